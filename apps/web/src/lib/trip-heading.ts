import { headers } from 'next/headers';
import { cache } from 'react';
import { apiOrigin } from './server-api';

/**
 * The trip's title for the page's first paint and its browser tab, read as the signed-in member
 * (their session cookie goes along). Null when they may not see the trip, are signed out, or the
 * API does not answer: the workspace then finds out for itself, as it always did. Cached per
 * request, so the heading and the tab title cost one small request.
 */
export const loadTripTitle = cache(async (tripId: string): Promise<string | null> => {
  const cookie = (await headers()).get('cookie');
  if (!cookie) return null;
  try {
    const response = await fetch(
      `${await apiOrigin()}/api/v1/trips/${encodeURIComponent(tripId)}/summary`,
      { cache: 'no-store', headers: { accept: 'application/json', cookie } },
    );
    if (!response.ok) return null;
    const { title } = (await response.json()) as { title?: unknown };
    return typeof title === 'string' && title.length > 0 ? title : null;
  } catch {
    return null;
  }
});
