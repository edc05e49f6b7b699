'use client';
import type { Feature, LineString } from 'geojson';
import type { TripSnapshot } from '@caravan/core';
import maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import { useEffect, useRef } from 'react';
import { formatDay } from '../../lib/format';
import { createMap } from './create-map';

interface Stop {
  id: string;
  title: string;
  lat: number;
  lon: number;
}

function stopsOf(snapshot: TripSnapshot, day: string | null): Stop[] {
  const items = snapshot.days.find((d) => d.date === day)?.items ?? [];
  return items.flatMap((item) =>
    item.place
      ? [{ id: item.id, title: item.title, lat: item.place.lat, lon: item.place.lon }]
      : [],
  );
}

const LEGS = 'legs';

/** The selected day's stops in order, numbered, with straight legs between them. */
export function DayMap({ snapshot, day }: { snapshot: TripSnapshot; day: string | null }) {
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<maplibregl.Map | null>(null);
  const markers = useRef<maplibregl.Marker[]>([]);
  const stops = stopsOf(snapshot, day);
  const key = JSON.stringify(stops);

  useEffect(() => {
    if (!container.current) return;
    const map = createMap(container.current);
    mapRef.current = map;
    return () => {
      map.remove();
      mapRef.current = null;
    };
  }, []);

  useEffect(() => {
    const map = mapRef.current;
    if (!map) return;
    const parsed = JSON.parse(key) as Stop[];
    for (const m of markers.current) m.remove();
    markers.current = parsed.map((stop, i) => {
      const el = document.createElement('div');
      el.className = 'map-marker';
      el.textContent = String(i + 1);
      el.setAttribute('aria-label', `${i + 1}. ${stop.title}`);
      el.setAttribute('role', 'img');
      return new maplibregl.Marker({ element: el }).setLngLat([stop.lon, stop.lat]).addTo(map);
    });
    const draw = () => {
      const data: Feature<LineString> = {
        type: 'Feature',
        properties: {},
        geometry: { type: 'LineString', coordinates: parsed.map((s) => [s.lon, s.lat]) },
      };
      const source = map.getSource<maplibregl.GeoJSONSource>(LEGS);
      if (source) source.setData(data);
      else {
        map.addSource(LEGS, { type: 'geojson', data });
        map.addLayer({
          id: LEGS,
          type: 'line',
          source: LEGS,
          paint: { 'line-color': '#0f766e', 'line-width': 3, 'line-dasharray': [2, 1] },
        });
      }
    };
    if (map.isStyleLoaded()) draw();
    else void map.once('load', draw);
    if (parsed.length > 0) {
      const bounds = new maplibregl.LngLatBounds();
      for (const s of parsed) bounds.extend([s.lon, s.lat]);
      map.fitBounds(bounds, { padding: 48, maxZoom: 15, duration: 0 });
    }
  }, [key]);

  return (
    <section className="map-panel" aria-labelledby="map-title">
      <h2 id="map-title">{day ? `Map · ${formatDay(day)}` : 'Map'}</h2>
      <div ref={container} className="map" role="region" aria-label="Map of the day's stops" />
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
