'use client';
import { useEffect } from 'react';

/** How long after the page's load event the browser must also have been idle. */
const SETTLE_MS = 3000;

interface SerwistWindow {
  serwist?: { register: (options?: { immediate?: boolean }) => Promise<unknown> };
}

/**
 * Registers the service worker once the page has loaded and settled. Its first install downloads
 * the whole app for offline use (about 2 MB of scripts, the map library among them), which must
 * not compete with the trip the member is opening for the network and the processor. Later
 * visits are already controlled by the installed worker; for them, registering is only the check
 * for an update.
 */
export function RegisterServiceWorker() {
  useEffect(() => {
    const { serwist } = window as SerwistWindow;
    if (!serwist) return;
    let timer: number | undefined;
    let idle: number | undefined;
    const register = () => void serwist.register({ immediate: true });
    const settle = () => {
      timer = window.setTimeout(() => {
        if (typeof window.requestIdleCallback !== 'function') register();
        else idle = window.requestIdleCallback(register, { timeout: SETTLE_MS });
      }, SETTLE_MS);
    };
    if (document.readyState === 'complete') settle();
    else window.addEventListener('load', settle, { once: true });
    return () => {
      window.removeEventListener('load', settle);
      window.clearTimeout(timer);
      if (idle !== undefined) window.cancelIdleCallback(idle);
    };
  }, []);
  return null;
}
