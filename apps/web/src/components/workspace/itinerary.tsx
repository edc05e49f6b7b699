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
import { useMemo } from 'react';
import { DayColumn } from './day-column';
import { IDEAS } from './ids';
import { selectedDayAtom } from './state';

const NO_VIEWERS: { id: string; name: string }[] = [];
const noSelect = () => undefined;

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
      <div className="itinerary">
        {snapshot.days.map((day, i) => (
          <DayColumn
            key={day.date}
            container={day.date}
            label={`Day ${i + 1}`}
            date={day.date}
            items={day.items}
            currency={snapshot.details.currency}
            selected={selectedDay === day.date}
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
          onSelect={noSelect}
          readOnly={readOnly}
          run={run}
          viewers={NO_VIEWERS}
        />
      </div>
    </DndContext>
  );
}
