'use client';
import type { CommandInput, Item, TripSnapshot } from '@caravan/core';
import type { DragEndEvent } from '@dnd-kit/core';
import {
  closestCorners,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import { useAtom } from 'jotai';
import { startTransition, useEffect, useMemo, useRef, useState } from 'react';
import { DayColumn } from './day-column';
import { IDEAS } from './ids';
import { selectedDayAtom } from './state';

const NO_VIEWERS: { id: string; name: string }[] = [];
const noSelect = () => undefined;
/** Days rendered in full before the observer first reports (a trip opens at its first days). */
const FIRST_DAYS = 2;
/** How far beyond the viewport a day starts rendering its items. */
const NEAR_MARGIN = '1200px 0px';

interface Props {
  snapshot: TripSnapshot;
  readOnly: boolean;
  run: (command: CommandInput) => string | null;
  viewersByDay: Map<string, { id: string; name: string }[]>;
}

/** Every day with its timed items, plus the unscheduled ideas; drag items between them. */
export function Itinerary({ snapshot, readOnly, run, viewersByDay }: Props) {
  const [selectedDay, setSelectedDay] = useAtom(selectedDayAtom);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const near = useNearDays(snapshot.days.map((d) => d.date).join(' '));
  const isNear = (container: string, index: number) =>
    index < FIRST_DAYS || near.has(container) || container === selectedDay;
  const containers = useMemo(() => {
    const map = new Map<string, Item[]>();
    for (const day of snapshot.days) map.set(day.date, day.items);
    map.set(IDEAS, snapshot.ideas);
    return map;
  }, [snapshot]);

  function locate(id: string): { container: string; index: number } | null {
    if (containers.has(id)) return { container: id, index: containers.get(id)?.length ?? 0 };
    for (const [container, items] of containers) {
      const index = items.findIndex((item) => item.id === id);
      if (index >= 0) return { container, index };
    }
    return null;
  }

  function onDragEnd(event: DragEndEvent) {
    const { active, over } = event;
    if (!over || active.id === over.id) return;
    const from = locate(String(active.id));
    const to = locate(String(over.id));
    if (!from || !to) return;
    // Within one list the dragged item leaves its slot first; the core index excludes it.
    const index = to.index;
    run({ type: 'moveItem', itemId: String(active.id), to: to.container, index });
  }

  return (
    <DndContext sensors={sensors} collisionDetection={closestCorners} onDragEnd={onDragEnd}>
      <div className="itinerary" ref={near.ref}>
        {snapshot.days.map((day, i) => (
          <DayColumn
            key={day.date}
            container={day.date}
            label={`Day ${i + 1}`}
            date={day.date}
            items={day.items}
            currency={snapshot.details.currency}
            selected={selectedDay === day.date}
            near={isNear(day.date, i)}
            onSelect={setSelectedDay}
            readOnly={readOnly}
            run={run}
            viewers={viewersByDay.get(day.date) ?? NO_VIEWERS}
          />
        ))}
        <DayColumn
          container={IDEAS}
          label="Ideas"
          date={null}
          items={snapshot.ideas}
          currency={snapshot.details.currency}
          selected={false}
          near={isNear(IDEAS, snapshot.days.length)}
          onSelect={noSelect}
          readOnly={readOnly}
          run={run}
          viewers={NO_VIEWERS}
        />
      </div>
    </DndContext>
  );
}

/**
 * The days (by `data-day`) that have come within NEAR_MARGIN of the viewport. A day stays in the
 * set once added, so focus, a drag in progress and scroll position are never pulled from under
 * the user; a long trip renders its far days only as they are scrolled towards.
 */
function useNearDays(dayKeys: string) {
  const ref = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState<ReadonlySet<string>>(() => new Set());
  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    const observer = new IntersectionObserver(
      (entries) => {
        const seen = entries.flatMap((e) => {
          const day = (e.target as HTMLElement).dataset.day;
          return e.isIntersecting && day ? [day] : [];
        });
        if (seen.length === 0) return;
        // A transition: React renders the new days in slices and yields to input in between.
        startTransition(() =>
          setNear((prev) => {
            if (seen.every((d) => prev.has(d))) return prev;
            const next = new Set(prev);
            for (const d of seen) next.add(d);
            return next;
          }),
        );
      },
      { rootMargin: NEAR_MARGIN },
    );
    for (const section of root.querySelectorAll<HTMLElement>(':scope > section[data-day]')) {
      observer.observe(section);
    }
    return () => observer.disconnect();
  }, [dayKeys]);
  return { ref, has: (day: string) => near.has(day) };
}
