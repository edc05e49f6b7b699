import type { TripSnapshot } from '@caravan/core';
import { formatRelative } from '../../lib/format';
import { Avatar } from '../avatar';
import type { MemberNames } from './members-context';
import { nameOf } from './members-context';

interface Entry {
  at: string;
  actor: string;
  text: string;
}

/** Recent changes by member, newest first, read from the authorship the document records. */
export function ActivityFeed({ snapshot, names }: { snapshot: TripSnapshot; names: MemberNames }) {
  const entries: Entry[] = [];
  for (const item of [...snapshot.days.flatMap((d) => d.items), ...snapshot.ideas]) {
    entries.push({
      at: item.updatedAt,
      actor: item.createdBy,
      text: `added or changed “${item.title}”`,
    });
  }
  for (const e of snapshot.expenses) {
    entries.push({ at: e.createdAt, actor: e.createdBy, text: `added the expense “${e.title}”` });
  }
  for (const thread of snapshot.threads) {
    for (const c of thread.comments) {
      entries.push({
        at: c.createdAt,
        actor: c.authorId,
        text: `commented: “${c.text.slice(0, 80)}”`,
      });
    }
  }
  entries.sort((a, b) => b.at.localeCompare(a.at));
  return (
    <section className="activity" aria-labelledby="activity-title">
      <h2 id="activity-title">Activity</h2>
      <ol>
        {entries.slice(0, 50).map((e, i) => (
          <li key={`${e.at}-${i}`}>
            <Avatar id={e.actor} name={nameOf(names, e.actor)} />
            <span>
              <strong>{nameOf(names, e.actor)}</strong> {e.text}{' '}
              <span className="muted">{formatRelative(e.at)}</span>
            </span>
          </li>
        ))}
        {entries.length === 0 ? <li className="muted">Nothing has happened yet.</li> : null}
      </ol>
    </section>
  );
}
