'use client';
import type { Item } from '@caravan/core';
import { useSetAtom } from 'jotai';
import { formatMoney, formatTime } from '../../lib/format';
import { editingItemAtom } from './state';

const KIND_ICON: Record<Item['kind'], string> = {
  place: '📍',
  activity: '🎟️',
  transport: '🚆',
  lodging: '🛏️',
  note: '📝',
};

/** What every itinerary row takes, plain or sortable. */
export interface ItemRowProps {
  item: Item;
  readOnly: boolean;
  currency: string;
}

/** A row's time, title and cost; the title opens the item to edit. */
export function ItemDetails({ item, currency }: { item: Item; currency: string }) {
  const setEditing = useSetAtom(editingItemAtom);
  return (
    <>
      <span className="item-time">{item.startTime ? formatTime(item.startTime) : ''}</span>
      <button type="button" className="item-open" onClick={() => setEditing(item.id)}>
        <span aria-hidden="true">{KIND_ICON[item.kind]}</span>{' '}
        <span className="item-title">{item.title}</span>
        {item.place ? <span className="item-place muted"> · {item.place.name}</span> : null}
      </button>
      {item.cost ? (
        <span className="item-cost muted">
          {formatMoney(item.cost.amount, item.cost.currency || currency)}
        </span>
      ) : null}
    </>
  );
}
