import type { MemberSummary } from '../../lib/types';

/** userId -> display name, for comments, expenses and presence. */
export type MemberNames = Map<string, string>;

export function namesOf(members: MemberSummary[]): MemberNames {
  return new Map(members.map((m) => [m.userId, m.name]));
}

export function nameOf(names: MemberNames, id: string): string {
  return names.get(id) ?? 'A former member';
}
