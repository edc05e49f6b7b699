import { headers } from 'next/headers';

/**
 * Where the server can reach its own API while rendering a page. The web app is served by the
 * same process as the API, so by default the request's own host works; CARAVAN_INTERNAL_URL
 * overrides it behind a proxy.
 */
export async function apiOrigin(): Promise<string> {
  const internal = process.env.CARAVAN_INTERNAL_URL;
  if (internal) return internal.replace(/\/$/, '');
  const host = (await headers()).get('host') ?? '127.0.0.1:3000';
  return `http://${host}`;
}
