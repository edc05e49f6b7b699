import { colourFor, initials } from '../lib/format';

export function Avatar({ id, name, label }: { id: string; name: string; label?: string }) {
  return (
    <span className="avatar" style={{ background: colourFor(id) }} title={label ?? name}>
      <span aria-hidden="true">{initials(name)}</span>
      <span className="visually-hidden">{label ?? name}</span>
    </span>
  );
}
