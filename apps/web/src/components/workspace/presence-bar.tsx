import { formatDay } from '../../lib/format';
import { Avatar } from '../avatar';
import type { PresentUser } from './presence';

/** Who else has the trip open, and which day each is looking at. */
export function PresenceBar({ others }: { others: PresentUser[] }) {
  const unique = [...new Map(others.map((o) => [o.id, o])).values()];
  return (
    <span
      className="avatars presence"
      role="group"
      aria-label={`${unique.length} other people here`}
      data-presence={unique.length}
    >
      {unique.map((o) => (
        <Avatar
          key={o.id}
          id={o.id}
          name={o.name}
          label={o.day ? `${o.name} is looking at ${formatDay(o.day)}` : `${o.name} is here`}
        />
      ))}
    </span>
  );
}
