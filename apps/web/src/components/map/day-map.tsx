'use client';
import type { TripSnapshot } from '@caravan/core';
import dynamic from 'next/dynamic';
import { useCallback, useMemo, useState } from 'react';
import { formatDay } from '../../lib/format';
import { rasterTilesUrl } from './map-style';
import type { MapStop } from './lite-map';
import { LiteMap } from './lite-map';

// The map library is large (about 250 KB gzip, and WebGL to start): it loads only when the
// user reaches for the map.
const InteractiveMap = dynamic(() => import('./interactive-map').then((m) => m.InteractiveMap), {
  ssr: false,
});

function stopsOf(snapshot: TripSnapshot, day: string | null): MapStop[] {
  const items = snapshot.days.find((d) => d.date === day)?.items ?? [];
  return items.flatMap((item) =>
    item.place
      ? [{ id: item.id, title: item.title, lat: item.place.lat, lon: item.place.lon }]
      : [],
  );
}

/**
 * The selected day's stops in order, numbered, with straight legs between them. A static map
 * shows at once; pointing at it, touching it, scrolling on it or tabbing to it starts the
 * interactive map in its place.
 */
export function DayMap({ snapshot, day }: { snapshot: TripSnapshot; day: string | null }) {
  const stops = useMemo(() => stopsOf(snapshot, day), [snapshot, day]);
  const [interactive, setInteractive] = useState(false);
  const [ready, setReady] = useState(false);
  const activate = useCallback(() => setInteractive(true), []);
  const onReady = useCallback(() => setReady(true), []);
  return (
    <section className="map-panel" aria-labelledby="map-title">
      <h2 id="map-title">{day ? `Map · ${formatDay(day)}` : 'Map'}</h2>
      <div className="map-stack" data-interactive={ready ? 'true' : 'false'}>
        {ready ? null : <LiteMap stops={stops} tiles={rasterTilesUrl()} onActivate={activate} />}
        {interactive ? <InteractiveMap stops={stops} onReady={onReady} /> : null}
      </div>
      <ol className="map-legend">
        {stops.map((s) => (
          <li key={s.id}>{s.title}</li>
        ))}
        {stops.length === 0 ? (
          <li className="muted">No places with a location on this day.</li>
        ) : null}
      </ol>
    </section>
  );
}
