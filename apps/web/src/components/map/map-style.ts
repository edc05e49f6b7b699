import type { StyleSpecification } from 'maplibre-gl';

const DEFAULT_TILES =
  process.env.NEXT_PUBLIC_MAP_TILES_URL ?? 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';

/**
 * OpenStreetMap raster tiles over a plain background, so markers and legs stay visible when tiles
 * cannot load (offline, blocked). A deployment may point NEXT_PUBLIC_MAP_STYLE_URL at any style.
 */
export function defaultMapStyle(): StyleSpecification {
  return {
    version: 8,
    sources: {
      osm: {
        type: 'raster',
        tiles: [DEFAULT_TILES],
        tileSize: 256,
        maxzoom: 19,
        attribution: '© OpenStreetMap contributors',
      },
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': '#e8eef1' } },
      { id: 'osm', type: 'raster', source: 'osm' },
    ],
  };
}

export function mapStyle(): string | StyleSpecification {
  return process.env.NEXT_PUBLIC_MAP_STYLE_URL || defaultMapStyle();
}

/** The raster tiles of the default style, or null when a deployment set its own style. */
export function rasterTilesUrl(): string | null {
  return process.env.NEXT_PUBLIC_MAP_STYLE_URL ? null : DEFAULT_TILES;
}
