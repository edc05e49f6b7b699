import type { SyncState } from '../../lib/trip/protocol';

const LABEL: Record<SyncState, string> = {
  offline: 'Offline · changes kept on this device',
  connecting: 'Connecting…',
  syncing: 'Syncing…',
  saved: 'All changes synced',
};

/** Online / offline / syncing, announced politely to screen readers. */
export function SyncIndicator({ state }: { state: SyncState }) {
  return (
    <span className={`sync sync-${state}`} role="status" aria-live="polite" data-sync={state}>
      <span className="dot" aria-hidden="true" />
      {LABEL[state]}
    </span>
  );
}
