'use client';
import type { FormEvent } from 'react';
import { PLACE_CATEGORIES } from './categories';
import type { PlaceQuery } from './places-api';
import { DAY_AREA } from './places-api';

/** The search box and its filters; Enter searches at once, typing searches after a pause. */
export function PlaceSearchForm({
  query,
  onChange,
  onSubmit,
  destinations,
  dayArea,
  error,
}: {
  query: PlaceQuery;
  onChange: (query: PlaceQuery) => void;
  onSubmit: () => void;
  destinations: string[];
  /** "around Day 2's stops" when the selected day has located stops. */
  dayArea: string | null;
  /** A message about the search text, shown next to it. */
  error: string | null;
}) {
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSubmit();
  }
  return (
    <form className="place-search" role="search" onSubmit={submit} noValidate>
      <div className="field place-search-text">
        <label htmlFor="place-search-q">Search places</label>
        <div className="place-search-box">
          <input
            id="place-search-q"
            type="search"
            name="q"
            value={query.text}
            placeholder="louvre, museo del prado, ramen near shinjuku open now"
            autoComplete="off"
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'place-search-error' : undefined}
            onChange={(e) => onChange({ ...query, text: e.target.value })}
          />
          <button type="submit" className="primary">
            Search
          </button>
        </div>
        {error ? (
          <small id="place-search-error" className="field-error" role="alert">
            {error}
          </small>
        ) : null}
      </div>
      <div className="place-filters">
        <div className="field">
          <label htmlFor="place-search-category">Kind of place</label>
          <select
            id="place-search-category"
            value={query.category}
            onChange={(e) => onChange({ ...query, category: e.target.value })}
          >
            <option value="">Any kind</option>
            {PLACE_CATEGORIES.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
          </select>
        </div>
        {destinations.length > 0 || dayArea ? (
          <div className="field">
            <label htmlFor="place-search-city">Look in</label>
            <select
              id="place-search-city"
              value={query.city}
              onChange={(e) => onChange({ ...query, city: e.target.value })}
            >
              {destinations.map((d) => (
                <option key={d} value={d}>
                  {d}
                </option>
              ))}
              {dayArea ? (
                <option value={DAY_AREA}>{dayArea[0]?.toUpperCase() + dayArea.slice(1)}</option>
              ) : null}
              <option value="">Anywhere</option>
            </select>
          </div>
        ) : null}
        <label className="place-open-now">
          <input
            type="checkbox"
            checked={query.openNow}
            onChange={(e) => onChange({ ...query, openNow: e.target.checked })}
          />{' '}
          Open now
        </label>
      </div>
    </form>
  );
}
