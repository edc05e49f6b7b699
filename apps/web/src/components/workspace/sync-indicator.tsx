import { useEffect, useState } from 'react';
import type { SyncState } from '../../lib/trip/protocol';

const LABEL: Record<SyncState, string> = {
  offline: 'Offline · changes kept on this device',
  connecting: 'Connecting…',
  syncing: 'Syncing…',
  saved: 'All changes synced',
};
const UNSAVED_OFFLINE = 'Offline · not saved yet, keep this page open';
/** An edit's write, or its sync, normally takes milliseconds; only a state this lasting is news. */
const LASTING_MS = 1000;

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

/** `value` once it has stayed the same for `ms`. */
function useSettled<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/**
 * Online / offline / syncing. `unsaved`: some of this member's edits are not stored on this
 * device yet, which offline means they are nowhere else; said only when the write is slow.
 * Screen readers hear a state once it has lasted a second: online, every edit is "Syncing…" for
 * a few milliseconds, and hearing that and "All changes synced" after each one drowns out the
 * rest.
 */
export function SyncIndicator({ state, unsaved }: { state: SyncState; unsaved: boolean }) {
  const slowWrite = useLasting(state === 'offline' && unsaved, LASTING_MS);
  const label = slowWrite ? UNSAVED_OFFLINE : LABEL[state];
  const announced = useSettled(label, LASTING_MS);
  return (
    <span className={`sync sync-${state}`} data-sync={state} data-unsaved={slowWrite}>
      <span className="dot" aria-hidden="true" />
      <span aria-hidden="true">{label}</span>
      <span className="visually-hidden" role="status" aria-live="polite">
        {announced}
      </span>
    </span>
  );
}
