import type { IndexeddbPersistence } from 'y-indexeddb';

const UPDATES_STORE = 'updates';

/**
 * Resolves once every write y-indexeddb has started on the trip's store so far has finished.
 *
 * y-indexeddb writes each update in its own transaction as the update happens, but does not say
 * when the write is done. IndexedDB starts a read-only transaction on a store only after every
 * read-write transaction on it that was created before, so one opened now completes after them.
 * Before the database is open, y-indexeddb writes the whole document as it opens; this waits for
 * that. Never resolves while IndexedDB cannot be opened at all.
 */
export async function writesSettled(persistence: IndexeddbPersistence): Promise<void> {
  await persistence.whenSynced;
  const db = persistence.db;
  if (!db) return;
  await new Promise<void>((resolve) => {
    try {
      const transaction = db.transaction(UPDATES_STORE, 'readonly');
      transaction.oncomplete = () => resolve();
      transaction.onabort = () => resolve();
      // One request, so the transaction is scheduled like any other rather than skipped.
      transaction.objectStore(UPDATES_STORE).count(IDBKeyRange.only(0));
    } catch {
      // The database was closed: the trip was closed with it.
      resolve();
    }
  });
}
