export const SESSION_COOKIE = 'caravan_session';

/** The session token from a raw Cookie header (used on WebSocket upgrades). */
export function readSessionToken(cookieHeader: string | undefined): string | undefined {
  if (!cookieHeader) return undefined;
  for (const part of cookieHeader.split(';')) {
    const separator = part.indexOf('=');
    if (separator < 0 || part.slice(0, separator).trim() !== SESSION_COOKIE) continue;
    const raw = part.slice(separator + 1).trim();
    // Tokens are base64url; anything else is not one of ours.
    return /^[A-Za-z0-9_-]{16,128}$/.test(raw) ? raw : undefined;
  }
  return undefined;
}
