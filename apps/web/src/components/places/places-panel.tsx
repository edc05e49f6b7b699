'use client';
import type { TripSnapshot } from '@caravan/core';
import { useAtomValue } from 'jotai';
import dynamic from 'next/dynamic';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { ApiError } from '../../lib/api';
import { formatDay } from '../../lib/format';
import { selectedDayAtom } from '../workspace/state';
import { dayStops, nearestStop } from './distance';
import { OwnPlaceForm } from './own-place-form';
import { addPlaceCommand } from './place-item';
import type { AddTarget } from './place-results';
import { PlaceResults } from './place-results';
import { PlaceSearchForm } from './place-search-form';
import type { PlaceQuery, PlaceResult, RecommendationsResponse } from './places-api';
import { DAY_AREA, fetchRecommendations } from './places-api';
import { SearchStatus } from './search-status';
import { hasQuery, usePlaceSearch } from './use-place-search';
import type { RunCommand } from '../../lib/trip/use-trip';

// maplibre-gl is most of the app's JavaScript: it loads only once the panel is open.
const ResultsMap = dynamic(() => import('./results-map').then((m) => m.ResultsMap), {
  ssr: false,
  loading: () => <div className="places-map map-placeholder">Loading map…</div>,
});

type Recommended =
  | { status: 'loading' }
  | { status: 'done'; data: RecommendationsResponse }
  | { status: 'error'; message: string };

/** Find places (offline catalogue, live sources, the trip's own) and put them on the plan. */
export function PlacesPanel({
  tripId,
  snapshot,
  readOnly,
  run,
}: {
  tripId: string;
  snapshot: TripSnapshot;
  readOnly: boolean;
  run: RunCommand;
}) {
  const selectedDay = useAtomValue(selectedDayAtom);
  const destinations = snapshot.details.destinations.map((d) => d.name);
  const [query, setQuery] = useState<PlaceQuery>({
    text: '',
    category: '',
    openNow: false,
    city: destinations[0] ?? '',
  });
  const [refreshKey, setRefreshKey] = useState(0);
  const [emptySubmit, setEmptySubmit] = useState(false);
  const dayIndex = snapshot.days.findIndex((d) => d.date === selectedDay);
  const day: AddTarget | null =
    selectedDay && dayIndex >= 0 ? { label: `Day ${dayIndex + 1}`, date: selectedDay } : null;
  const stops = useMemo(() => dayStops(snapshot, selectedDay), [snapshot, selectedDay]);
  const dayLabel = day?.label ?? null;
  const dayArea = useMemo(() => {
    if (!dayLabel || stops.length === 0) return null;
    const lat = stops.reduce((sum, s) => sum + s.lat, 0) / stops.length;
    const lon = stops.reduce((sum, s) => sum + s.lon, 0) / stops.length;
    return { lat, lon, label: `around ${dayLabel}’s stops` };
  }, [dayLabel, stops]);
  const effective = useMemo(
    () =>
      query.city === DAY_AREA
        ? { ...query, dayArea, city: dayArea ? DAY_AREA : (destinations[0] ?? '') }
        : query,
    [query, dayArea, destinations],
  );
  const { state, searchNow } = usePlaceSearch(tripId, effective, refreshKey);
  const [hovered, setHovered] = useState<string | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [added, setAdded] = useState<Record<string, string>>({});
  const [recommended, setRecommended] = useState<Recommended>({ status: 'loading' });

  useEffect(() => {
    let live = true;
    fetchRecommendations(tripId).then(
      (data) => live && setRecommended({ status: 'done', data }),
      (error: unknown) =>
        live &&
        setRecommended({
          status: 'error',
          message:
            error instanceof ApiError && error.problem.status === 0
              ? 'Recommendations need the server; you are offline.'
              : 'Recommendations are not available right now.',
        }),
    );
    return () => {
      live = false;
    };
  }, [tripId, refreshKey]);

  const showingSearch = hasQuery(query);
  const places: PlaceResult[] = useMemo(() => {
    if (showingSearch) return state.status === 'done' ? state.outcome.results : [];
    return recommended.status === 'done' ? recommended.data.results : [];
  }, [showingSearch, state, recommended]);

  // The nearest of the day's stops says more than the distance from a city's centre.
  const distanceOf = useCallback(
    (place: PlaceResult) =>
      nearestStop(place, stops) ??
      (place.distanceKm !== null && place.distanceKm !== undefined
        ? { km: place.distanceKm, from: 'away' }
        : null),
    [stops],
  );

  const add = useCallback(
    (place: PlaceResult, to: 'ideas' | AddTarget) => {
      void run(addPlaceCommand(place, to === 'ideas' ? 'ideas' : to.date)).then((problem) => {
        const note = problem ?? (to === 'ideas' ? 'Saved as an idea' : `Added to ${to.label}`);
        setAdded((prev) => ({ ...prev, [place.id]: note }));
      });
    },
    [run],
  );

  const select = useCallback((id: string) => {
    setSelected(id);
    document.getElementById(`place-${id}`)?.scrollIntoView({ block: 'nearest' });
  }, []);

  function change(next: PlaceQuery) {
    setEmptySubmit(false);
    setAdded({});
    setQuery(next);
  }

  function submit() {
    setEmptySubmit(!hasQuery(query));
    searchNow();
  }

  const fieldError = emptySubmit
    ? 'Type a place or what you are looking for, or pick a kind of place'
    : state.status === 'invalid'
      ? state.field
      : null;

  return (
    <section className="places-panel" aria-labelledby="places-title">
      <h2 id="places-title">Places</h2>
      <PlaceSearchForm
        query={query}
        onChange={change}
        onSubmit={submit}
        destinations={destinations}
        dayArea={dayArea ? dayArea.label : null}
        error={fieldError}
      />
      <SearchStatus
        showingSearch={showingSearch}
        state={state}
        recommended={recommended.status === 'error' ? recommended.message : null}
      />
      <ResultsMap places={places} activeId={hovered ?? selected} onSelect={select} />
      {places.length > 0 ? (
        <>
          <h3 className="places-list-title">
            {showingSearch ? 'Results' : 'Recommended for this group'}
          </h3>
          <PlaceResults
            places={places}
            label={showingSearch ? 'Search results' : 'Recommended for this group'}
            activeId={hovered ?? selected}
            onActive={setHovered}
            onSelect={select}
            distanceOf={distanceOf}
            day={day}
            onAdd={readOnly ? null : add}
            added={added}
          />
        </>
      ) : null}
      {day && !readOnly ? (
        <p className="hint">
          Adding to {day.label}, {formatDay(day.date)}: pick another day in the plan to change it.
        </p>
      ) : null}
      {readOnly ? null : (
        <OwnPlaceForm tripId={tripId} onAdded={() => setRefreshKey((k) => k + 1)} />
      )}
    </section>
  );
}
