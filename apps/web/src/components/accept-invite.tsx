'use client';
import { useEffect, useState } from 'react';
import { api, ApiError, redirectToSignIn } from '../lib/api';

/** Accepts an invite link: sign in first if needed, then land in the trip. */
export function AcceptInvite({ token }: { token: string }) {
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api<{ tripId?: string; trip?: { id: string } }>(
      'POST',
      `/invites/${encodeURIComponent(token)}/accept`,
    )
      .then((data) => {
        const tripId = data.tripId ?? data.trip?.id;
        window.location.assign(tripId ? `/trips/${tripId}` : '/trips');
      })
      .catch((err: unknown) => {
        if (err instanceof ApiError && err.problem.status === 401) return redirectToSignIn();
        setError(
          err instanceof ApiError && err.problem.status !== 0
            ? 'This invite link has expired or was revoked. Ask the trip owner for a new one.'
            : 'You are offline. Open the link again when you are connected.',
        );
      });
  }, [token]);
  return (
    <main id="main" className="narrow">
      <h1>Joining the trip…</h1>
      {error ? (
        <>
          <p role="alert">{error}</p>
          <a className="button primary" href="/trips">
            Go to your trips
          </a>
        </>
      ) : (
        <p aria-live="polite">One moment.</p>
      )}
    </main>
  );
}
