'use client';
import { Provider, useAtom, useAtomValue } from 'jotai';
import dynamic from 'next/dynamic';
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { formatDateRange } from '../../lib/format';
import { useTrip } from '../../lib/trip/use-trip';
import { useMe } from '../../lib/use-me';
import { AppHeader } from '../app-header';
import { DayMap } from '../map/day-map';
import { problemCount, useTripChecks } from '../checks/use-trip-checks';
import { AccessProblemPage } from './access-problem';
import { Itinerary } from './itinerary';
import { namesOf } from './members-context';
import { PresenceBar } from './presence-bar';
import { useSharePresence } from './presence';
import type { Panel } from './state';
import { editingItemAtom, panelAtom, selectedDayAtom } from './state';
import { SyncIndicator } from './sync-indicator';
import { UndoRedo } from './undo-redo';
import { useMembers } from './use-members';

const PlacesPanel = dynamic(() => import('../places/places-panel').then((m) => m.PlacesPanel), {
  ssr: false,
  loading: () => <p className="loading">Loading places…</p>,
});

// Panels that are closed when the trip opens, and the item editor, load when first opened, so
// the first load carries only the itinerary.
const panelLoading = () => (
  <p className="loading" aria-live="polite">
    Loading…
  </p>
);
const Budget = dynamic(() => import('./budget').then((m) => m.Budget), {
  ssr: false,
  loading: panelLoading,
});
const Lists = dynamic(() => import('./lists').then((m) => m.Lists), {
  ssr: false,
  loading: panelLoading,
});
const People = dynamic(() => import('./people').then((m) => m.People), {
  ssr: false,
  loading: panelLoading,
});
const ActivityFeed = dynamic(() => import('./activity-feed').then((m) => m.ActivityFeed), {
  ssr: false,
  loading: panelLoading,
});
const AssistantPanel = dynamic(
  () => import('../assistant/assistant-panel').then((m) => m.AssistantPanel),
  { ssr: false, loading: panelLoading },
);
const ChecksPanel = dynamic(() => import('../checks/checks-panel').then((m) => m.ChecksPanel), {
  ssr: false,
  loading: panelLoading,
});
const ItemEditor = dynamic(() => import('./item-editor').then((m) => m.ItemEditor), {
  ssr: false,
});

const PANELS: { id: Panel; label: string }[] = [
  { id: 'plan', label: 'Plan' },
  { id: 'map', label: 'Map' },
  { id: 'places', label: 'Places' },
  { id: 'checks', label: 'Checks' },
  { id: 'budget', label: 'Budget' },
  { id: 'lists', label: 'Lists & polls' },
  { id: 'people', label: 'People' },
  { id: 'activity', label: 'Activity' },
  { id: 'assistant', label: 'Assistant' },
];

/** `heading`: the trip's title as the server read it, shown until the live trip arrives. */
export function TripWorkspace({ tripId, heading }: { tripId: string; heading: ReactNode }) {
  return (
    <Provider>
      <Workspace tripId={tripId} heading={heading} />
    </Provider>
  );
}

function Workspace({ tripId, heading }: { tripId: string; heading: ReactNode }) {
  const me = useMe();
  const trip = useTrip(tripId, me?.id ?? null);
  const { members, reload } = useMembers(tripId);
  const names = useMemo(() => namesOf(members), [members]);
  const [panel, setPanel] = useAtom(panelAtom);
  const [selectedDay, setSelectedDay] = useAtom(selectedDayAtom);
  const editing = useAtomValue(editingItemAtom);
  // The checks (a large parser in its own worker) start once the trip has loaded and the browser
  // is idle, not while the trip's own worker is still starting.
  const idle = useIdleAfter(trip.snapshot !== null);
  // On one column the side panel is hidden while the plan is shown: no map to draw then.
  const narrow = useNarrow();
  const sideHidden = narrow && panel === 'plan';
  useSharePresence(trip.client, me, selectedDay);
  const { others } = trip;
  const { snapshot } = trip;
  const findings = useTripChecks(snapshot, idle);
  const problems = problemCount(findings);

  // The tab and the history say which trip, and follow a rename by anyone.
  const title = snapshot?.details.title;
  useEffect(() => {
    if (title) document.title = `${title} · Caravan`;
  }, [title]);

  useEffect(() => {
    if (snapshot && (!selectedDay || !snapshot.days.some((d) => d.date === selectedDay))) {
      setSelectedDay(snapshot.days[0]?.date ?? null);
    }
  }, [snapshot, selectedDay, setSelectedDay]);

  // Someone who just joined shows up in presence before the member list knows them.
  const askedFor = useRef(new Set<string>());
  useEffect(() => {
    const unknown = others.filter((o) => !names.has(o.id) && !askedFor.current.has(o.id));
    if (unknown.length === 0) return;
    for (const o of unknown) askedFor.current.add(o.id);
    reload();
  }, [others, names, reload]);

  const viewersByDay = useMemo(() => {
    const map = new Map<string, { id: string; name: string }[]>();
    for (const o of others) {
      if (!o.day) continue;
      map.set(o.day, [...(map.get(o.day) ?? []), { id: o.id, name: o.name }]);
    }
    return map;
  }, [others]);

  if (trip.problem) return <AccessProblemPage problem={trip.problem} />;
  const side: Panel = panel === 'plan' ? 'map' : panel;
  return (
    <>
      <AppHeader>
        <SyncIndicator state={trip.sync} unsaved={trip.unsaved} />
      </AppHeader>
      <main id="main" className="workspace" data-panel={panel}>
        <div className="ws-top">
          <div>
            <h1>{snapshot?.details.title ?? heading}</h1>
            {snapshot ? (
              <p className="muted">
                {formatDateRange(snapshot.details.startDate, snapshot.details.endDate)} ·{' '}
                {snapshot.details.destinations.map((d) => d.name).join(' · ')}
                {trip.readOnly ? ' · View only' : ''}
              </p>
            ) : null}
          </div>
          <div className="ws-tools">
            <PresenceBar others={others} />
            <UndoRedo trip={trip} />
            <a className="button ghost" href={`/trips/${tripId}/settings`}>
              Settings
            </a>
          </div>
        </div>
        <nav className="tabs" aria-label="Trip sections">
          {PANELS.map((p) => (
            <button
              key={p.id}
              type="button"
              className={`tab tab-${p.id}`}
              // Beside the plan, the side shows the map; on one column the plan is shown alone.
              aria-current={
                panel === p.id || (p.id === 'map' && panel === 'plan' && !narrow)
                  ? 'page'
                  : undefined
              }
              onClick={() => setPanel(p.id)}
            >
              {p.label}
              {p.id === 'checks' && problems > 0 ? (
                <span className="tab-count" aria-label={`, ${problems} to look at`}>
                  {' '}
                  {problems}
                </span>
              ) : null}
            </button>
          ))}
        </nav>
        {snapshot ? (
          <div className="ws-body">
            <div className="ws-plan">
              <Itinerary
                snapshot={snapshot}
                readOnly={trip.readOnly}
                run={trip.run}
                viewersByDay={viewersByDay}
              />
            </div>
            <div className="ws-side">
              {side === 'map' && !sideHidden ? (
                <DayMap snapshot={snapshot} day={selectedDay} />
              ) : null}
              {side === 'places' ? (
                <PlacesPanel
                  tripId={tripId}
                  snapshot={snapshot}
                  readOnly={trip.readOnly}
                  run={trip.run}
                />
              ) : null}
              {side === 'checks' ? (
                <ChecksPanel
                  findings={findings}
                  snapshot={snapshot}
                  readOnly={trip.readOnly}
                  run={trip.run}
                />
              ) : null}
              {side === 'budget' ? (
                <Budget
                  tripId={tripId}
                  snapshot={snapshot}
                  readOnly={trip.readOnly}
                  run={trip.run}
                  members={members}
                  meId={me?.id ?? null}
                />
              ) : null}
              {side === 'lists' ? (
                <Lists
                  snapshot={snapshot}
                  readOnly={trip.readOnly}
                  run={trip.run}
                  names={names}
                  meId={me?.id ?? null}
                />
              ) : null}
              {side === 'people' ? (
                <People tripId={tripId} members={members} meId={me?.id ?? null} reload={reload} />
              ) : null}
              {side === 'activity' ? <ActivityFeed snapshot={snapshot} names={names} /> : null}
              {side === 'assistant' ? (
                <AssistantPanel
                  tripId={tripId}
                  snapshot={snapshot}
                  readOnly={trip.readOnly}
                  run={trip.run}
                  names={names}
                  meId={me?.id ?? null}
                />
              ) : null}
            </div>
          </div>
        ) : (
          <p className="loading" aria-live="polite">
            {trip.sync === 'offline'
              ? 'This trip has not been saved on this device yet.'
              : 'Loading trip…'}
          </p>
        )}
        {snapshot && editing ? (
          <ItemEditor snapshot={snapshot} readOnly={trip.readOnly} run={trip.run} names={names} />
        ) : null}
      </main>
    </>
  );
}

/** True while the viewport is narrow enough for one column (see .ws-body in globals.css). */
function useNarrow(): boolean {
  const [narrow, setNarrow] = useState(false);
  useEffect(() => {
    const query = window.matchMedia('(max-width: 860px)');
    setNarrow(query.matches);
    const onChange = () => setNarrow(query.matches);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, []);
  return narrow;
}

/** True once the browser has been idle after `ready` (or two seconds after it). */
function useIdleAfter(ready: boolean): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    if (!ready) return;
    if (typeof window.requestIdleCallback !== 'function') {
      const timer = window.setTimeout(() => setIdle(true), 200);
      return () => window.clearTimeout(timer);
    }
    const handle = window.requestIdleCallback(() => setIdle(true), { timeout: 2000 });
    return () => window.cancelIdleCallback(handle);
  }, [ready]);
  return idle;
}

export function useSelectedDay(): string | null {
  return useAtomValue(selectedDayAtom);
}
