'use client';
import type { ReactNode } from 'react';
import { api } from '../lib/api';

/** The top bar: home link, page-specific actions and sign-out. */
export function AppHeader({ children }: { children?: ReactNode }) {
  async function signOut() {
    try {
      await api('POST', '/auth/signout');
    } finally {
      window.location.assign('/signin');
    }
  }
  return (
    <header className="app-header">
      <a className="brand" href="/trips">
        <img src="/icon.svg" alt="" width={28} height={28} />
        Caravan
      </a>
      <div className="header-actions">
        {children}
        <button type="button" className="ghost" onClick={() => void signOut()}>
          Sign out
        </button>
      </div>
    </header>
  );
}
