'use client';
import type { Feature, LineString } from 'geojson';
import maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import { useEffect, useRef } from 'react';
import { createMap } from './create-map';
import type { MapStop } from './lite-map';

const LEGS = 'legs';

/**
 * The day's stops on the interactive map (maplibre): pan, zoom, numbered markers and the legs
 * between them. `onReady` fires once its style has loaded and it covers the static map.
 */
export function InteractiveMap({
  stops,
  onReady,
}: {
  stops: readonly MapStop[];
  onReady: () => void;
}) {
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<maplibregl.Map | null>(null);
  const markers = useRef<maplibregl.Marker[]>([]);
  const key = JSON.stringify(stops);
  const ready = useRef(onReady);
  useEffect(() => {
    ready.current = onReady;
  }, [onReady]);

  useEffect(() => {
    if (!container.current) return;
    const map = createMap(container.current);
    mapRef.current = map;
    void map.once('load', () => ready.current());
    return () => {
      map.remove();
      mapRef.current = null;
    };
  }, []);

  useEffect(() => {
    const map = mapRef.current;
    if (!map) return;
    const parsed = JSON.parse(key) as MapStop[];
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
    <div
      ref={container}
      className="map interactive-map"
      role="region"
      aria-label="Interactive map of the day's stops"
    />
  );
}
