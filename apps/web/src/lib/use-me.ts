'use client';
import { useEffect, useState } from 'react';
import { api, ApiError, redirectToSignIn } from './api';
import type { Me } from './types';

/** The signed-in user; an expired session sends the user to sign in and back. */
export function useMe(): Me | null {
  const [me, setMe] = useState<Me | null>(null);
  useEffect(() => {
    let alive = true;
    api<Me | { user: Me }>('GET', '/me')
      .then((data) => {
        if (alive) setMe('user' in data ? data.user : data);
      })
      .catch((err: unknown) => {
        if (err instanceof ApiError && err.problem.status === 401) redirectToSignIn();
        else if (alive) setMe(cachedMe());
      });
    return () => {
      alive = false;
    };
  }, []);
  useEffect(() => {
    if (me) localStorage.setItem('caravan.me', JSON.stringify(me));
  }, [me]);
  return me;
}

/** Offline, the last known user keeps the app usable. */
function cachedMe(): Me | null {
  try {
    const raw = localStorage.getItem('caravan.me');
    return raw ? (JSON.parse(raw) as Me) : null;
  } catch {
    return null;
  }
}
