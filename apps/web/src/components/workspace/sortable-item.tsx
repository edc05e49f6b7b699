'use client';
import type { Item } from '@caravan/core';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { useSetAtom } from 'jotai';
import { memo } from 'react';
import { formatMoney, formatTime } from '../../lib/format';
import { editingItemAtom } from './state';

const KIND_ICON: Record<Item['kind'], string> = {
  place: '📍',
  activity: '🎟️',
  transport: '🚆',
  lodging: '🛏️',
  note: '📝',
};

/**
 * One itinerary item: drag by its handle (pointer or keyboard), open it to edit. Memoized: the
 * snapshot reader keeps unchanged items' identity, so a remote edit re-renders only its own row.
 */
export const SortableItem = memo(function SortableItem({
  item,
  readOnly,
  currency,
}: {
  item: Item;
  readOnly: boolean;
  currency: string;
}) {
  const setEditing = useSetAtom(editingItemAtom);
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({
    id: item.id,
    disabled: readOnly,
  });
  const style = { transform: CSS.Transform.toString(transform), transition };
  return (
    <li
      ref={setNodeRef}
      style={style}
      className={`item${isDragging ? ' dragging' : ''}`}
      data-item-id={item.id}
    >
      {readOnly ? null : (
        <button
          type="button"
          className="drag-handle"
          aria-label={`Move ${item.title}`}
          {...attributes}
          {...listeners}
        >
          ⋮⋮
        </button>
      )}
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
    </li>
  );
});
