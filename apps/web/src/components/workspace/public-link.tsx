'use client';
import { useState } from 'react';
import { api, ApiError } from '../../lib/api';

/** A read-only link for people without an account, rendered on the server. */
export function PublicLink({ tripId }: { tripId: string }) {
  const [url, setUrl] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  async function create() {
    try {
      const share = await api<{ token: string }>('POST', `/trips/${tripId}/public-link`);
      setUrl(`${window.location.origin}/p/${share.token}`);
      setError(null);
    } catch (err) {
      setError(err instanceof ApiError ? err.problem.title : 'Could not create the link');
    }
  }
  async function revoke() {
    await api('DELETE', `/trips/${tripId}/public-link`).catch(() => undefined);
    setUrl(null);
  }
  return (
    <div className="public-link">
      <h3>Public read-only link</h3>
      {url ? (
        <>
          <label htmlFor="public-link">Anyone with this link can see the itinerary</label>
          <input id="public-link" readOnly value={url} onFocus={(e) => e.currentTarget.select()} />
          <button type="button" className="ghost" onClick={() => void revoke()}>
            Stop sharing
          </button>
        </>
      ) : (
        <button type="button" className="secondary" onClick={() => void create()}>
          Create public link
        </button>
      )}
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
