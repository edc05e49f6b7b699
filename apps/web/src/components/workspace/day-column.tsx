'use client';
import type { Item } from '@caravan/core';
import { useDroppable } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { memo } from 'react';
import { formatDay, formatMoney } from '../../lib/format';
import { Avatar } from '../avatar';
import { AddItemForm } from './add-item-form';
import { IDEAS } from './ids';
import { PlainItem } from './plain-item';
import { SortableItem } from './sortable-item';
import type { RunCommand } from '../../lib/trip/use-trip';

interface Props {
  container: string;
  label: string;
  date: string | null;
  items: Item[];
  currency: string;
  selected: boolean;
  /** Near the viewport: render the items; otherwise a placeholder of about their height. */
  near: boolean;
  /** Drag and drop is set up: sortable rows and drop targets (see drag-arming.tsx). */
  armed: boolean;
  onSelect: (date: string) => void;
  readOnly: boolean;
  run: RunCommand;
  viewers: { id: string; name: string }[];
}

/** About the height a day's rows and quick-add form take (see .item and .add-item in globals.css). */
function placeholderHeight(rows: number, readOnly: boolean): string {
  const list = rows === 0 ? '2.8rem' : `${rows * 2.95}rem`;
  return readOnly ? list : `calc(${list} + 3rem)`;
}

/** Same props, or the same items (by identity) in the same order. */
function sameColumn(a: Props, b: Props): boolean {
  const keys = Object.keys(a) as (keyof Props)[];
  return keys.every((key) => {
    if (key !== 'items' && key !== 'viewers') return a[key] === b[key];
    const x = a[key];
    const y = b[key];
    return x.length === y.length && x.every((v, i) => v === y[i]);
  });
}

/**
 * One day (or the ideas) of the itinerary. Memoized: with 30 days on screen, a remote edit or a
 * presence change re-renders only the days it touches. The header takes nothing from the drag
 * and drop context, which changes whenever rows mount; only the list below it does, once drag and
 * drop is set up.
 */
export const DayColumn = memo(function DayColumn(props: Props) {
  const { container, label, date, items, currency, selected, near, armed, readOnly, run, viewers } =
    props;
  const dayCost = items.reduce(
    (sum, item) => sum + (item.cost && item.cost.currency === currency ? item.cost.amount : 0),
    0,
  );
  const headingId = `day-${container}`;
  return (
    <section
      className={`day${selected ? ' selected' : ''}`}
      aria-labelledby={headingId}
      data-day={container}
    >
      <header className="day-header">
        <h2 id={headingId}>
          {date ? (
            <button
              type="button"
              className="day-select"
              onClick={() => props.onSelect(date)}
              aria-pressed={selected}
            >
              <span className="day-label">{label}</span> <span>{formatDay(date)}</span>
            </button>
          ) : (
            <span className="day-label">{label}</span>
          )}
        </h2>
        <span className="avatars small" role="group" aria-label="Looking at this day">
          {viewers.map((v) => (
            <Avatar key={v.id} id={v.id} name={v.name} label={`${v.name} is viewing this day`} />
          ))}
        </span>
        {dayCost > 0 ? <span className="muted">{formatMoney(dayCost, currency)}</span> : null}
      </header>
      <DayItems
        container={container}
        label={label}
        items={items}
        currency={currency}
        near={near}
        armed={armed}
        readOnly={readOnly}
      />
      {readOnly || !near ? null : <AddItemForm container={container} label={label} run={run} />}
    </section>
  );
}, sameColumn);

type ItemsProps = Pick<
  Props,
  'container' | 'label' | 'items' | 'currency' | 'near' | 'readOnly' | 'armed'
>;

/**
 * The day's rows. Once drag and drop is set up (`armed`), they are sortable and the list is a
 * drop target; before that, plain rows with no dnd-kit hooks (see drag-arming.tsx).
 */
function DayItems(props: ItemsProps) {
  return props.armed ? <DroppableItems {...props} /> : <ItemList {...props} />;
}

/**
 * A drop target for dragged items. Far from the viewport, a placeholder of about the rows'
 * height that is still a drop target, so an item dragged onto a far day lands at its end.
 */
function DroppableItems(props: ItemsProps) {
  const { setNodeRef, isOver } = useDroppable({ id: props.container, disabled: props.readOnly });
  return <ItemList {...props} listRef={setNodeRef} over={isOver} />;
}

function ItemList({
  container,
  label,
  items,
  currency,
  near,
  readOnly,
  armed,
  listRef,
  over = false,
}: ItemsProps & { listRef?: (node: HTMLElement | null) => void; over?: boolean }) {
  const overClass = over ? ' drop-target' : '';
  if (!near) {
    return (
      <div
        ref={listRef}
        className={`items-placeholder${overClass}`}
        style={{ height: placeholderHeight(items.length, readOnly) }}
      />
    );
  }
  const Row = armed ? SortableItem : PlainItem;
  const list = (
    <ol ref={listRef} className={`items${overClass}`} aria-label={`${label} items`}>
      {items.map((item) => (
        <Row key={item.id} item={item} readOnly={readOnly} currency={currency} />
      ))}
      {items.length === 0 ? (
        <li className="empty-day muted">
          {container === IDEAS
            ? 'Park ideas here, then drag them onto a day.'
            : 'Nothing planned yet.'}
        </li>
      ) : null}
    </ol>
  );
  if (!armed) return list;
  return (
    <SortableContext
      id={container}
      items={items.map((i) => i.id)}
      strategy={verticalListSortingStrategy}
    >
      {list}
    </SortableContext>
  );
}
