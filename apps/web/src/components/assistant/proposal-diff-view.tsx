'use client';
import { formatDateRange, formatTime } from '../../lib/format';
import { dayLabel } from './day-label';
import type { DetailChange, DiffItem, ProposalDiff } from './proposal-diff';

const DETAIL_LABELS: Record<DetailChange['field'], string> = {
  title: 'Title',
  dates: 'Dates',
  timezone: 'Time zone',
  currency: 'Currency',
  destinations: 'Destinations',
  budget: 'Budget',
};

function detailValue(change: DetailChange, value: string): string {
  if (change.field !== 'dates') return value || 'none';
  const [start = '', end = ''] = value.split('/');
  return formatDateRange(start, end);
}

function ItemText({ item }: { item: DiffItem }) {
  return (
    <>
      {item.startTime ? <span className="diff-time">{formatTime(item.startTime)}</span> : null}{' '}
      <span className="diff-title">{item.title}</span>
    </>
  );
}

/** The proposal as a readable diff: trip details before → after, then what each day gains, loses and moves. */
export function ProposalDiffView({ diff, startDate }: { diff: ProposalDiff; startDate: string }) {
  const proposedStart =
    diff.details.find((d) => d.field === 'dates')?.to.split('/')[0] ?? startDate;
  const empty = diff.details.length + diff.days.length + diff.other.length === 0;
  if (empty)
    return <p className="muted">This proposal changes nothing in the trip as it is now.</p>;
  return (
    <div className="diff">
      {diff.details.length > 0 ? (
        <ul className="diff-details">
          {diff.details.map((change) => (
            <li key={change.field}>
              <strong>{DETAIL_LABELS[change.field]}:</strong>{' '}
              <del>{detailValue(change, change.from)}</del> →{' '}
              <ins>{detailValue(change, change.to)}</ins>
            </li>
          ))}
        </ul>
      ) : null}
      {diff.days.map((day) => (
        <section key={day.day} className="diff-day" data-diff-day={day.day}>
          <h4>{dayLabel(day.day, proposedStart)}</h4>
          <ul>
            {day.added.map((item) => (
              <li key={`a-${item.id}`} className="diff-added">
                <span className="diff-sign" aria-label="Gains">
                  +
                </span>{' '}
                <ItemText item={item} />
              </li>
            ))}
            {day.movedIn.map((item) => (
              <li key={`i-${item.id}`} className="diff-moved">
                <span className="diff-sign" aria-label="Moves in">
                  →
                </span>{' '}
                <ItemText item={item} />{' '}
                <span className="muted">from {dayLabel(item.from, proposedStart)}</span>
              </li>
            ))}
            {day.movedOut.map((item) => (
              <li key={`o-${item.id}`} className="diff-moved">
                <span className="diff-sign" aria-label="Moves out">
                  ←
                </span>{' '}
                <ItemText item={item} />{' '}
                <span className="muted">to {dayLabel(item.to, proposedStart)}</span>
              </li>
            ))}
            {day.updated.map((item) => (
              <li key={`u-${item.id}`} className="diff-updated">
                <span className="diff-sign" aria-label="Changes">
                  ✎
                </span>{' '}
                <ItemText item={item} /> <span className="muted">({item.fields.join(', ')})</span>
              </li>
            ))}
            {day.removed.map((item) => (
              <li key={`r-${item.id}`} className="diff-removed">
                <span className="diff-sign" aria-label="Loses">
                  −
                </span>{' '}
                <ItemText item={item} />
              </li>
            ))}
          </ul>
        </section>
      ))}
      {diff.other.length > 0 ? (
        <ul className="diff-other">
          {diff.other.map((line, index) => (
            <li key={index}>{line}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
