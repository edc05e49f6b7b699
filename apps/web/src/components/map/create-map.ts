import maplibregl from 'maplibre-gl';
import { defaultMapStyle, mapStyle } from './map-style';
import { EMPTY_MAP } from './map-view';

/**
 * A map in `container` with the configured style and zoom buttons. A custom style that cannot
 * load falls back to the plain built-in one, so markers and legs still show.
 */
export function createMap(container: HTMLElement): maplibregl.Map {
  const map = new maplibregl.Map({
    container,
    style: mapStyle(),
    center: [EMPTY_MAP.center.lon, EMPTY_MAP.center.lat],
    zoom: EMPTY_MAP.zoom,
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
