'use client';
import maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import { useEffect, useRef } from 'react';
import { createMap } from '../map/create-map';

export interface MapPlace {
  id: string;
  name: string;
  lat: number;
  lon: number;
}

/** The listed places as numbered markers; the hovered or selected one stands out. */
export function ResultsMap({
  places,
  activeId,
  onSelect,
}: {
  places: MapPlace[];
  activeId: string | null;
  onSelect: (id: string) => void;
}) {
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<maplibregl.Map | null>(null);
  const markers = useRef(new Map<string, maplibregl.Marker>());
  const select = useRef(onSelect);
  select.current = onSelect;
  const key = JSON.stringify(places);

  useEffect(() => {
    if (!container.current) return;
    const map = createMap(container.current);
    mapRef.current = map;
    const current = markers.current;
    return () => {
      current.clear();
      map.remove();
      mapRef.current = null;
    };
  }, []);

  useEffect(() => {
    const map = mapRef.current;
    if (!map) return;
    const parsed = JSON.parse(key) as MapPlace[];
    for (const m of markers.current.values()) m.remove();
    markers.current.clear();
    parsed.forEach((place, i) => {
      const el = document.createElement('button');
      el.type = 'button';
      el.className = 'place-marker';
      el.textContent = String(i + 1);
      el.setAttribute('aria-label', `${i + 1}. ${place.name}`);
      el.dataset.placeId = place.id;
      el.addEventListener('click', () => select.current(place.id));
      markers.current.set(
        place.id,
        new maplibregl.Marker({ element: el }).setLngLat([place.lon, place.lat]).addTo(map),
      );
    });
    if (parsed.length > 0) {
      const bounds = new maplibregl.LngLatBounds();
      for (const p of parsed) bounds.extend([p.lon, p.lat]);
      map.fitBounds(bounds, { padding: 40, maxZoom: 15, duration: 0 });
    }
  }, [key]);

  useEffect(() => {
    for (const [id, marker] of markers.current) {
      const active = id === activeId;
      marker.getElement().classList.toggle('is-active', active);
      marker.getElement().setAttribute('aria-pressed', String(active));
    }
  }, [activeId, key]);

  return (
    <div
      ref={container}
      className="places-map"
      role="region"
      aria-label="Map of the places listed"
    />
  );
}
