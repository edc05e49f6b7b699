import type { TimeWindow } from '../routing/types.js';
import { openWindows, parseHours } from '../lint/index.js';
import type { CataloguePlaceLike } from './types.js';

/**
 * Most opening hours repeat every week, so their intervals are cached per weekday across runs;
 * hours with dates or holidays in them are evaluated per date.
 */
const shared = new Map<string, TimeWindow[]>();

/** Opening intervals of a place on a local date, minutes from midnight. */
export class WindowCache {
  private readonly cache = new Map<string, TimeWindow[]>();

  windows(place: CataloguePlaceLike, date: string): TimeWindow[] {
    const own = `${place.id}|${date}`;
    let hit = this.cache.get(own);
    if (hit) return hit;
    const hours = parseHours(place.openingHours, place.lat, place.lon);
    if (hours instanceof Error) hit = [];
    else {
      const weekly = hours.isWeekStable();
      const key = weekly
        ? `${place.openingHours}|${new Date(`${date}T00:00:00Z`).getUTCDay()}`
        : undefined;
      hit = key === undefined ? undefined : shared.get(key);
      if (!hit) {
        hit = openWindows(hours, date, 0, 1440).map(([open, close]) => ({ open, close }));
        if (key !== undefined) {
          if (shared.size > 20_000) shared.clear();
          shared.set(key, hit);
        }
      }
    }
    this.cache.set(own, hit);
    return hit;
  }

  /** The earliest start at or after `from` such that the whole visit fits in one opening, if any. */
  earliestStart(
    place: CataloguePlaceLike,
    date: string,
    from: number,
    duration: number,
  ): number | undefined {
    for (const w of this.windows(place, date)) {
      const start = Math.max(from, w.open);
      if (start + duration <= w.close) return start;
    }
    return undefined;
  }
}
