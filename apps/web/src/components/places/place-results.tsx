'use client';
import { formatMoney } from '../../lib/format';
import { categoryName } from './categories';
import { todayHours } from './hours';
import type { PlaceResult } from './places-api';

export interface AddTarget {
  /** "Day 2" */
  label: string;
  date: string;
}

function priceText(place: PlaceResult): string | null {
  if (place.priceLevel === 0 || place.typicalCost?.amount === 0) return 'Free';
  if (!place.typicalCost) return place.priceLevel === null ? null : '$'.repeat(place.priceLevel);
  const cost = formatMoney(place.typicalCost.amount, place.typicalCost.currency);
  return `about ${cost}`;
}

function hoursText(place: PlaceResult): { text: string; open: boolean | null } | null {
  if (!place.openingHours) return null;
  const today = todayHours(place.openingHours, place.timezone);
  const open = place.open ?? today.open;
  const state = open === null ? '' : open ? 'Open now · ' : 'Closed now · ';
  return { text: `${state}${today.label}`, open };
}

function distanceText(km: number | null | undefined, from: string): string | null {
  if (km === null || km === undefined) return null;
  const size = km < 1 ? `${Math.round(km * 1000)} m` : `${km.toFixed(1)} km`;
  return `${size} ${from}`;
}

/** Found or recommended places, numbered as on the map, each with its add buttons. */
export function PlaceResults({
  places,
  label,
  activeId,
  onActive,
  onSelect,
  distanceOf,
  day,
  onAdd,
  added,
}: {
  places: PlaceResult[];
  label: string;
  activeId: string | null;
  onActive: (id: string | null) => void;
  onSelect: (id: string) => void;
  /** Distance in km and what it is measured from, when known. */
  distanceOf: (place: PlaceResult) => { km: number; from: string } | null;
  day: AddTarget | null;
  /** Null for viewers: no add buttons. */
  onAdd: ((place: PlaceResult, to: 'ideas' | AddTarget) => void) | null;
  added: Record<string, string>;
}) {
  return (
    <ol className="place-results" aria-label={label}>
      {places.map((place, i) => {
        const hours = hoursText(place);
        const distance = distanceOf(place);
        const meta = [
          categoryName(place.category),
          priceText(place),
          distance ? distanceText(distance.km, distance.from) : null,
        ].filter((m): m is string => !!m);
        return (
          <li
            key={place.id}
            id={`place-${place.id}`}
            className={`place-result${activeId === place.id ? ' is-active' : ''}`}
            data-place-id={place.id}
            onMouseEnter={() => onActive(place.id)}
            onMouseLeave={() => onActive(null)}
          >
            <span className="place-number" aria-hidden="true">
              {i + 1}
            </span>
            <div className="place-body">
              <button
                type="button"
                className="place-name"
                aria-pressed={activeId === place.id}
                onClick={() => onSelect(place.id)}
                onFocus={() => onActive(place.id)}
              >
                {place.name}
              </button>
              <p className="place-meta muted">{meta.join(' · ')}</p>
              {hours ? (
                <p className={`place-hours${hours.open === false ? ' closed' : ''}`}>
                  {hours.text}
                </p>
              ) : null}
              {place.reasons && place.reasons.length > 0 ? (
                <p className="place-reasons muted">{place.reasons.join(' · ')}</p>
              ) : null}
              {place.source === 'user' ? <p className="hint">Added by your group</p> : null}
              {onAdd ? (
                <div className="place-actions">
                  {day ? (
                    <button
                      type="button"
                      className="secondary"
                      aria-label={`Add to ${day.label}: ${place.name}`}
                      onClick={() => onAdd(place, day)}
                    >
                      Add to {day.label}
                    </button>
                  ) : null}
                  <button
                    type="button"
                    aria-label={`Save as idea: ${place.name}`}
                    onClick={() => onAdd(place, 'ideas')}
                  >
                    Save as idea
                  </button>
                  {added[place.id] ? (
                    <span className="place-added" role="status">
                      {added[place.id]}
                    </span>
                  ) : null}
                </div>
              ) : null}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
