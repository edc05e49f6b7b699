'use client';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { memo } from 'react';
import { ItemDetails, type ItemRowProps } from './item-details';

/**
 * One itinerary item once drag and drop is set up: drag by its handle (pointer or keyboard), open
 * it to edit. Memoized: the snapshot reader keeps unchanged items' identity, so a remote edit
 * re-renders only its own row.
 */
export const SortableItem = memo(function SortableItem({ item, readOnly, currency }: ItemRowProps) {
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
      <ItemDetails item={item} currency={currency} />
    </li>
  );
});
