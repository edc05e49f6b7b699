import { useEffect, useState } from 'react';
import type { SyncState } from '../../lib/trip/protocol';

const LABEL: Record<SyncState, string> = {
  offline: 'Offline · changes kept on this device',
  connecting: 'Connecting…',
  syncing: 'Syncing…',
  saved: 'All changes synced',
};
const UNSAVED_OFFLINE = 'Offline · not saved yet, keep this page open';
/** An edit's write normally takes milliseconds; only a write this slow is worth saying. */
const UNSAVED_AFTER_MS = 1000;

/** True once `value` has stayed true for `ms`; false as soon as it is not. */
function useLasting(value: boolean, ms: number): boolean {
  const [lasting, setLasting] = useState(false);
  useEffect(() => {
    if (!value) return;
    const timer = setTimeout(() => setLasting(true), ms);
    return () => {
      clearTimeout(timer);
      setLasting(false);
    };
  }, [value, ms]);
  return value && lasting;
}

/**
 * Online / offline / syncing, announced politely to screen readers. `unsaved`: some of this
 * member's edits are not stored on this device yet, which offline means they are nowhere else;
 * said only when the write is slow, so every edit does not announce itself twice.
 */
export function SyncIndicator({ state, unsaved }: { state: SyncState; unsaved: boolean }) {
  const slowWrite = useLasting(state === 'offline' && unsaved, UNSAVED_AFTER_MS);
  return (
    <span
      className={`sync sync-${state}`}
      role="status"
      aria-live="polite"
      data-sync={state}
      data-unsaved={slowWrite}
    >
      <span className="dot" aria-hidden="true" />
      {slowWrite ? UNSAVED_OFFLINE : LABEL[state]}
    </span>
  );
}
