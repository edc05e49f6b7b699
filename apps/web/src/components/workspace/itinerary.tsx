'use client';
import type { Item, TripSnapshot } from '@caravan/core';
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
import { memo, startTransition, useEffect, useId, useMemo, useRef, useState } from 'react';
import { DayColumn } from './day-column';
import { ArmingProvider, ReplayIntent, useDragArming } from './drag-arming';
import { IDEAS } from './ids';
import { selectedDayAtom } from './state';
import type { RunCommand } from '../../lib/trip/use-trip';

const NO_VIEWERS: { id: string; name: string }[] = [];
const noSelect = () => undefined;
/** Days rendered in full before the observer first reports (a trip opens at its first day). */
const FIRST_DAYS = 1;
/** How far beyond the viewport a day starts rendering its items. */
const NEAR_MARGIN = '1200px 0px';
/** For screen readers, on every handle (dnd-kit says the same once drag and drop is set up). */
const INSTRUCTIONS =
  'To pick up an item, press space or enter. While dragging, use the arrow keys to move it. ' +
  'Press space or enter again to drop it in its new position, or press escape to cancel.';
const ACCESSIBILITY = { screenReaderInstructions: { draggable: INSTRUCTIONS } };

interface Props {
  snapshot: TripSnapshot;
  readOnly: boolean;
  run: RunCommand;
  viewersByDay: Map<string, { id: string; name: string }[]>;
}

/**
 * Every day with its timed items, plus the unscheduled ideas; drag items between them. Memoized:
 * the workspace re-renders for the sync state, the member list and the checks, none of which
 * change a row.
 */
export const Itinerary = memo(function Itinerary({ snapshot, readOnly, run, viewersByDay }: Props) {
  const [selectedDay, setSelectedDay] = useAtom(selectedDayAtom);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const near = useNearDays(snapshot.days.map((d) => d.date).join(' '));
  const instructionsId = useId();
  const { armed, arming, intent } = useDragArming(instructionsId);
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
    void run({ type: 'moveItem', itemId: String(active.id), to: to.container, index });
  }

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCorners}
      onDragEnd={onDragEnd}
      accessibility={ACCESSIBILITY}
    >
      <ReplayIntent armed={armed} intent={intent} root={near.ref} />
      <p id={instructionsId} hidden>
        {INSTRUCTIONS}
      </p>
      <ArmingProvider value={arming}>
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
              armed={armed}
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
            armed={armed}
            onSelect={noSelect}
            readOnly={readOnly}
            run={run}
            viewers={NO_VIEWERS}
          />
        </div>
      </ArmingProvider>
    </DndContext>
  );
});

/**
 * The days (by `data-day`) that have come within NEAR_MARGIN of the viewport. A day stays in the
 * set once added, so focus, a drag in progress and scroll position are never pulled from under
 * the user; a long trip renders its far days only as they are scrolled towards.
 *
 * Days that come near together join one at a time, nearest the top first, each in its own task:
 * a fast scroll or a tall screen never renders and lays out several days of rows in one go.
 */
function useNearDays(dayKeys: string) {
  const ref = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState<ReadonlySet<string>>(() => new Set());
  const queue = useRef<string[]>([]);
  const pending = useRef(false);
  // The next day joins once the previous one is on screen.
  const addNext = useRef(() => {
    const day = queue.current.shift();
    pending.current = day !== undefined;
    if (day === undefined) return;
    // A transition: React renders the day in slices and yields to input in between.
    // Always a new set, even for a day already near, so the effect below moves the queue on.
    startTransition(() => setNear((prev) => new Set(prev).add(day)));
  });
  useEffect(() => {
    if (!pending.current) return;
    const timer = window.setTimeout(addNext.current, 0);
    return () => window.clearTimeout(timer);
  }, [near]);

  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    const queued = new Set<string>();
    const observer = new IntersectionObserver(
      (entries) => {
        const seen = entries
          .filter((e) => e.isIntersecting)
          .sort((a, b) => a.boundingClientRect.top - b.boundingClientRect.top)
          .flatMap((e) => (e.target as HTMLElement).dataset.day ?? []);
        for (const day of seen) {
          if (queued.has(day)) continue;
          queued.add(day);
          queue.current.push(day);
        }
        if (!pending.current) addNext.current();
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
