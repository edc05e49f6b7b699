'use client';
import { memo } from 'react';
import { useArming } from './drag-arming';
import { ItemDetails, type ItemRowProps } from './item-details';

const START_KEYS = new Set(['Space', 'Enter']);

/**
 * One itinerary item before drag and drop is set up: the same row as SortableItem without
 * dnd-kit's hooks. Reaching for the handle sets drag and drop up (see drag-arming.tsx).
 */
export const PlainItem = memo(function PlainItem({ item, readOnly, currency }: ItemRowProps) {
  const { arm, instructionsId } = useArming();
  return (
    <li className="item" data-item-id={item.id}>
      {readOnly ? null : (
        <button
          type="button"
          className="drag-handle"
          aria-label={`Move ${item.title}`}
          aria-roledescription="sortable"
          aria-describedby={instructionsId}
          onPointerEnter={(e) => {
            if (e.pointerType === 'mouse') arm(item.id);
          }}
          onPointerDown={(e) => {
            if (e.isPrimary && e.button === 0) arm(item.id, e.nativeEvent);
          }}
          onFocus={() => arm(item.id)}
          onKeyDown={(e) => {
            if (!START_KEYS.has(e.code)) return;
            e.preventDefault();
            arm(item.id, e.nativeEvent);
          }}
        >
          ⋮⋮
        </button>
      )}
      <ItemDetails item={item} currency={currency} />
    </li>
  );
});
