import maplibregl from 'maplibre-gl';
import { defaultMapStyle, mapStyle } from './map-style';

/**
 * A map in `container` with the configured style and zoom buttons. A custom style that cannot
 * load falls back to the plain built-in one, so markers and legs still show.
 */
export function createMap(container: HTMLElement): maplibregl.Map {
  const map = new maplibregl.Map({
    container,
    style: mapStyle(),
    center: [2.35, 48.85],
    zoom: 2,
    attributionControl: { compact: true },
  });
  map.addControl(new maplibregl.NavigationControl({ showCompass: false }));
  map.on('error', (e) => {
    if (!map.isStyleLoaded() && (e.error as { status?: number } | undefined)?.status) {
      map.setStyle(defaultMapStyle());
    }
  });
  return map;
}
