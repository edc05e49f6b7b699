'use client';
import { useEffect, useRef, useState } from 'react';
import type { LngLat } from './map-view';
import { fitView, tilesFor, tileUrl, toScreen } from './map-view';

export interface MapStop extends LngLat {
  id: string;
  title: string;
}

interface Props {
  stops: readonly MapStop[];
  /** `{z}/{x}/{y}` raster tiles to draw under the stops; none for a plain background. */
  tiles: string | null;
  /** The user reached for the map (pointer, touch, wheel or keyboard focus). */
  onActivate: () => void;
}

/**
 * The day's stops, numbered, with straight legs between them, drawn with plain images and SVG:
 * no map library, no WebGL, a few elements. It stands in for the interactive map until the user
 * reaches for it, so opening a trip never waits for the map library. Tiles that cannot load
 * (offline, blocked) leave the plain background, and the stops and legs still show.
 */
export function LiteMap({ stops, tiles, onActivate }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState<{ width: number; height: number } | null>(null);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const observer = new ResizeObserver(([entry]) => {
      if (!entry) return;
      const { width, height } = entry.contentRect;
      setSize((prev) =>
        prev && prev.width === width && prev.height === height ? prev : { width, height },
      );
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  const view = size && size.width > 0 ? fitView(stops, size.width, size.height) : null;
  const points = view ? stops.map((s) => toScreen(view, s)) : [];
  return (
    <div
      ref={box}
      className="map lite-map"
      role="region"
      aria-label="Map of the day's stops"
      tabIndex={0}
      onPointerEnter={onActivate}
      onPointerDown={onActivate}
      onTouchStart={onActivate}
      onWheel={onActivate}
      onFocus={onActivate}
    >
      {view && tiles
        ? tilesFor(view).map((tile) => (
            <img
              key={`${tile.z}/${tile.x}/${tile.y}/${tile.left}`}
              className="map-tile"
              src={tileUrl(tiles, tile)}
              alt=""
              width={256}
              height={256}
              decoding="async"
              draggable={false}
              style={{ left: tile.left, top: tile.top }}
              onError={(e) => {
                e.currentTarget.hidden = true;
              }}
            />
          ))
        : null}
      {view ? (
        <svg className="map-legs" width={view.width} height={view.height} aria-hidden="true">
          <polyline points={points.map((p) => `${p.x},${p.y}`).join(' ')} />
        </svg>
      ) : null}
      {points.map((p, i) => (
        <div
          key={stops[i]?.id}
          className="map-marker"
          role="img"
          aria-label={`${i + 1}. ${stops[i]?.title}`}
          style={{ left: p.x, top: p.y }}
        >
          {i + 1}
        </div>
      ))}
      {tiles ? <span className="map-attribution">© OpenStreetMap contributors</span> : null}
    </div>
  );
}
