import { describe, expect, it } from 'vitest';
import { fitView, project, tilesFor, tileUrl, toScreen } from './map-view';

const LISBON = [
  { lon: -9.1427, lat: 38.7139 }, // Praça do Comércio
  { lon: -9.1334, lat: 38.7139 }, // Castelo de São Jorge
  { lon: -9.2159, lat: 38.6916 }, // Belém Tower
];

describe('a static map of a day’s stops', () => {
  it('places points where OpenStreetMap’s tiles have them', () => {
    // Null Island is the centre of the world map; at zoom 1 the map is 512 px wide.
    expect(project({ lon: 0, lat: 0 }, 1)).toEqual({ x: 256, y: 256 });
    // Lisbon's Praça do Comércio is in tile 15/15551/12556 (the slippy-map tile formula).
    const p = project(LISBON[0]!, 15);
    expect([Math.floor(p.x / 256), Math.floor(p.y / 256)]).toEqual([15551, 12556]);
  });

  it('zooms in as far as it can with every stop inside the padding', () => {
    const view = fitView(LISBON, 400, 420);
    const screen = LISBON.map((p) => toScreen(view, p));
    for (const s of screen) {
      expect(s.x).toBeGreaterThanOrEqual(48);
      expect(s.x).toBeLessThanOrEqual(400 - 48);
      expect(s.y).toBeGreaterThanOrEqual(48);
      expect(s.y).toBeLessThanOrEqual(420 - 48);
    }
    // One zoom level more would double the spread and push a stop out of the box.
    const wider = {
      ...view,
      zoom: view.zoom + 1,
      center: { x: view.center.x * 2, y: view.center.y * 2 },
    };
    const out = LISBON.map((p) => toScreen(wider, p)).some((s) => s.x < 48 || s.x > 400 - 48);
    expect(out).toBe(true);
  });

  it('shows a single stop at street level, centred', () => {
    const view = fitView([LISBON[1]!], 400, 420);
    expect(view.zoom).toBe(15);
    expect(toScreen(view, LISBON[1]!)).toEqual({ x: 200, y: 210 });
  });

  it('covers the whole box with tiles, and no more', () => {
    const view = fitView(LISBON, 400, 420);
    const tiles = tilesFor(view);
    const minLeft = Math.min(...tiles.map((t) => t.left));
    const minTop = Math.min(...tiles.map((t) => t.top));
    const maxRight = Math.max(...tiles.map((t) => t.left + 256));
    const maxBottom = Math.max(...tiles.map((t) => t.top + 256));
    expect(minLeft).toBeLessThanOrEqual(0);
    expect(minTop).toBeLessThanOrEqual(0);
    expect(maxRight).toBeGreaterThanOrEqual(400);
    expect(maxBottom).toBeGreaterThanOrEqual(420);
    expect(tiles.every((t) => t.left < 400 && t.top < 420 && t.left > -256 && t.top > -256)).toBe(
      true,
    );
    expect(tileUrl('https://tile.example/{z}/{x}/{y}.png', tiles[0]!)).toBe(
      `https://tile.example/${view.zoom}/${tiles[0]!.x}/${tiles[0]!.y}.png`,
    );
  });

  it('wraps tiles across the antimeridian and shows the world when there is nothing to show', () => {
    const fiji = fitView(
      [
        { lon: 179.9, lat: -17 },
        { lon: -179.9, lat: -17.1 },
      ],
      400,
      420,
    );
    expect(tilesFor(fiji).every((t) => t.x >= 0 && t.x < 2 ** fiji.zoom)).toBe(true);
    const empty = fitView([], 400, 420);
    expect(empty.zoom).toBe(2);
  });
});
