'use client';
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../../lib/api';
import type { PlaceQuery, SearchOutcome } from './places-api';
import { searchPlaces } from './places-api';

const DEBOUNCE_MS = 350;

export type SearchState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'done'; outcome: SearchOutcome }
  /** The server answered 4xx: `field` is the message to show next to the search box. */
  | { status: 'invalid'; field: string }
  /** The request never reached the server. */
  | { status: 'offline' }
  | { status: 'failed'; message: string };

/** Whether the query asks for anything: some text or a category. */
export function hasQuery(query: PlaceQuery): boolean {
  return query.text.trim() !== '' || query.category !== '';
}

/**
 * Searches as the member types (debounced) and at once on `searchNow`; only the latest request's
 * answer is kept, so a slow earlier answer never replaces a newer one.
 */
export function usePlaceSearch(tripId: string, query: PlaceQuery, refreshKey: number) {
  const [state, setState] = useState<SearchState>({ status: 'idle' });
  const latest = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const run = useCallback(
    async (q: PlaceQuery) => {
      const ticket = ++latest.current;
      if (!hasQuery(q)) {
        setState({ status: 'idle' });
        return;
      }
      setState({ status: 'loading' });
      try {
        const outcome = await searchPlaces(tripId, q);
        if (ticket === latest.current) setState({ status: 'done', outcome });
      } catch (error) {
        if (ticket !== latest.current) return;
        if (error instanceof ApiError && error.problem.status === 0)
          setState({ status: 'offline' });
        else if (error instanceof ApiError && error.problem.status < 500) {
          const { fields, detail, title } = error.problem;
          const field = fields.q ?? Object.values(fields)[0] ?? detail ?? title;
          setState({ status: 'invalid', field });
        } else {
          setState({
            status: 'failed',
            message: error instanceof Error ? error.message : 'Search failed',
          });
        }
      }
    },
    [tripId],
  );

  const key = JSON.stringify(query);
  useEffect(() => {
    clearTimeout(timer.current);
    const q = JSON.parse(key) as PlaceQuery;
    timer.current = setTimeout(() => void run(q), q.text.trim() ? DEBOUNCE_MS : 0);
    return () => clearTimeout(timer.current);
  }, [key, run, refreshKey]);

  const searchNow = useCallback(() => {
    clearTimeout(timer.current);
    void run(JSON.parse(key) as PlaceQuery);
  }, [key, run]);

  return { state, searchNow };
}
