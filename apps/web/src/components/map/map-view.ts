/**
 * The little Web Mercator geometry of a static map: which zoom and centre show a set of points
 * in a box, where each point lands on screen, and which 256 px raster tiles cover the box.
 * The same projection and tile scheme as maplibre and OpenStreetMap's tile server.
 */

export interface LngLat {
  lon: number;
  lat: number;
}

export interface Point {
  x: number;
  y: number;
}

export interface MapView {
  zoom: number;
  /** The centre, in world pixels at `zoom`. */
  center: Point;
  width: number;
  height: number;
}

export interface Tile {
  z: number;
  x: number;
  y: number;
  /** Where the tile's top-left corner goes, in pixels from the box's top-left. */
  left: number;
  top: number;
}

export const TILE_SIZE = 256;
/** Where a map with nothing on it looks, static or interactive. */
export const EMPTY_MAP: { center: LngLat; zoom: number } = {
  center: { lon: 2.35, lat: 48.85 },
  zoom: 2,
};

/** A point's position on the world map at `zoom`, in pixels from the top-left (180°W, 85°N). */
export function project(p: LngLat, zoom: number): Point {
  const scale = TILE_SIZE * 2 ** zoom;
  const sin = Math.min(0.9999, Math.max(-0.9999, Math.sin((p.lat * Math.PI) / 180)));
  return {
    x: ((p.lon + 180) / 360) * scale,
    y: (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * scale,
  };
}

/**
 * The largest whole zoom (so tiles are sharp) at which every point fits in the box with
 * `padding` around it, at most `maxZoom`; centred on the points' bounds.
 */
export function fitView(
  points: readonly LngLat[],
  width: number,
  height: number,
  { padding = 48, maxZoom = 15 }: { padding?: number; maxZoom?: number } = {},
): MapView {
  if (points.length === 0) {
    const { center, zoom } = EMPTY_MAP;
    return { zoom, center: project(center, zoom), width, height };
  }
  const world = points.map((p) => project(p, 0));
  const xs = world.map((p) => p.x);
  const ys = world.map((p) => p.y);
  const [minX, maxX, minY, maxY] = [
    Math.min(...xs),
    Math.max(...xs),
    Math.min(...ys),
    Math.max(...ys),
  ];
  const fit = Math.min(
    (width - 2 * padding) / Math.max(maxX - minX, 1e-9),
    (height - 2 * padding) / Math.max(maxY - minY, 1e-9),
  );
  const zoom = Math.max(0, Math.min(maxZoom, Math.floor(Math.log2(Math.max(fit, 1)))));
  const scale = 2 ** zoom;
  return {
    zoom,
    center: { x: ((minX + maxX) / 2) * scale, y: ((minY + maxY) / 2) * scale },
    width,
    height,
  };
}

/** Where a point lands in the box, in pixels from its top-left. */
export function toScreen(view: MapView, p: LngLat): Point {
  const world = project(p, view.zoom);
  return {
    x: world.x - view.center.x + view.width / 2,
    y: world.y - view.center.y + view.height / 2,
  };
}

/** The tiles that cover the box; across the antimeridian they wrap around. */
export function tilesFor(view: MapView): Tile[] {
  const count = 2 ** view.zoom;
  const left = view.center.x - view.width / 2;
  const top = view.center.y - view.height / 2;
  const tiles: Tile[] = [];
  for (let ty = Math.floor(top / TILE_SIZE); ty * TILE_SIZE < top + view.height; ty++) {
    if (ty < 0 || ty >= count) continue;
    for (let tx = Math.floor(left / TILE_SIZE); tx * TILE_SIZE < left + view.width; tx++) {
      tiles.push({
        z: view.zoom,
        x: ((tx % count) + count) % count,
        y: ty,
        left: tx * TILE_SIZE - left,
        top: ty * TILE_SIZE - top,
      });
    }
  }
  return tiles;
}

/** A tile's address from a `{z}/{x}/{y}` URL template. */
export function tileUrl(template: string, tile: Tile): string {
  return template
    .replace('{z}', String(tile.z))
    .replace('{x}', String(tile.x))
    .replace('{y}', String(tile.y));
}
