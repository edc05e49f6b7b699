'use client';
import { useState } from 'react';
import { api, ApiError } from '../../lib/api';

/** A read-only link for people without an account, rendered on the server. */
export function PublicLink({ tripId }: { tripId: string }) {
  const [url, setUrl] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const fail = (err: unknown, fallback: string) =>
    setError(err instanceof ApiError ? err.problem.title : fallback);
  async function create() {
    try {
      const share = await api<{ token: string; url: string }>(
        'POST',
        `/trips/${tripId}/public-link`,
      );
      setUrl(new URL(share.url, window.location.origin).toString());
      setCopied(false);
      setError(null);
    } catch (err) {
      fail(err, 'Could not create the link');
    }
  }
  async function copy(link: string) {
    try {
      await navigator.clipboard.writeText(link);
      setCopied(true);
    } catch {
      setError('Copying is not allowed here: select the link and copy it');
    }
  }
  async function revoke() {
    try {
      await api('DELETE', `/trips/${tripId}/public-link`);
      setUrl(null);
      setError(null);
    } catch (err) {
      fail(err, 'Could not stop sharing');
    }
  }
  return (
    <div className="public-link">
      <h3>Public read-only link</h3>
      {url ? (
        <>
          <label htmlFor="public-link">Anyone with this link can see the itinerary</label>
          <input id="public-link" readOnly value={url} onFocus={(e) => e.currentTarget.select()} />
          <button type="button" className="secondary" onClick={() => void copy(url)}>
            {copied ? 'Copied' : 'Copy link'}
          </button>
          <button type="button" className="ghost" onClick={() => void revoke()}>
            Stop sharing
          </button>
        </>
      ) : (
        <>
          <p className="muted">Creating a new link stops the previous one.</p>
          <button type="button" className="secondary" onClick={() => void create()}>
            Create public link
          </button>
        </>
      )}
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
