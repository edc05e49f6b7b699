import type { StyleSpecification } from 'maplibre-gl';

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
        tiles: [
          process.env.NEXT_PUBLIC_MAP_TILES_URL ?? 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
        ],
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
