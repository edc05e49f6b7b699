'use client';
import type { SearchOutcome } from './places-api';
import type { SearchState } from './use-place-search';

function sourceNote(outcome: SearchOutcome): string {
  if (outcome.source === 'live') return 'Includes live data';
  return outcome.degraded
    ? `Offline data: the live source is unavailable${outcome.reason ? ` (${outcome.reason})` : ''}`
    : 'Offline data';
}

function countText(outcome: SearchOutcome): string {
  const n = outcome.results.length;
  const where = outcome.scope ? ` ${outcome.scope}` : '';
  if (n === 0) return 'No places match. Try other words, another kind of place or “Anywhere”.';
  const found = `${n} place${n === 1 ? '' : 's'} found${where}`;
  return outcome.widened ? `Nothing in the destination; ${found} elsewhere` : found;
}

/** What the list shows, announced to screen readers as it changes. */
export function SearchStatus({
  showingSearch,
  state,
  recommended,
}: {
  showingSearch: boolean;
  state: SearchState;
  /** Why recommendations are missing, if they are. */
  recommended: string | null;
}) {
  let text: string;
  let note: string | null = null;
  if (!showingSearch) {
    text = recommended ?? 'Search for a place, or pick from the recommendations below.';
  } else {
    switch (state.status) {
      case 'idle':
      case 'loading':
        text = 'Searching…';
        break;
      case 'done':
        text = countText(state.outcome);
        note = sourceNote(state.outcome);
        break;
      case 'invalid':
        text = 'Check the search.';
        break;
      case 'offline':
        text =
          'Place search needs the Caravan server and you seem to be offline. Your trip still works; search again when you are back online.';
        break;
      case 'failed':
        text = `Search failed: ${state.message}`;
        break;
    }
  }
  return (
    <div className="place-status">
      <p aria-live="polite" role="status" data-testid="place-status">
        {text}
      </p>
      {note ? (
        <p
          className="place-source muted"
          data-source={state.status === 'done' ? state.outcome.source : undefined}
        >
          {note}
        </p>
      ) : null}
    </div>
  );
}
