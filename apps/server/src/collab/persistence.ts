import type {
  afterUnloadDocumentPayload,
  Extension,
  onChangePayload,
  onLoadDocumentPayload,
  onStoreDocumentPayload,
} from '@hocuspocus/server';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { DB } from '../db/schema.js';
import { compactTrip } from '../documents/compaction.js';
import type { UpdateLog } from '../documents/update-log.js';
import { applyStoredUpdates } from '../documents/ydoc.js';
import { createLimiter } from './limiter.js';
import type { Projector } from './projector.js';

class TripDocumentMissing extends Error {}

/**
 * Loads a trip from its snapshot and log, schedules its projection after every change, and
 * compacts its log whenever Hocuspocus stores it (debounced, and when the last client leaves).
 */
export function persistenceExtension(deps: {
  db: Kysely<DB>;
  log: UpdateLog;
  projector: Projector;
  logger: Logger;
  /** After close, stores are skipped: the log already holds every update. */
  isClosed: () => boolean;
  /** Compactions under way, so closing can wait for them before the database goes. */
  inFlight: Set<Promise<unknown>>;
}): Extension {
  const report = (tripId: string, problem: string) =>
    deps.logger.error({ tripId, problem }, 'stored trip update problem');
  const compactions = createLimiter(2);
  return {
    extensionName: 'caravan-persistence',
    async onLoadDocument({ document, documentName }: onLoadDocumentPayload): Promise<void> {
      const state = await deps.log.load(documentName);
      if (!state) throw new TripDocumentMissing(`no document for trip ${documentName}`);
      applyStoredUpdates(document, state.updates, (index, error) =>
        report(documentName, `update ${index} skipped on load: ${String(error)}`),
      );
    },
    onChange({ documentName, document }: onChangePayload): Promise<void> {
      deps.projector.changed(documentName, document);
      return Promise.resolve();
    },
    async onStoreDocument({ documentName }: onStoreDocumentPayload): Promise<void> {
      if (deps.isClosed()) return;
      const work = compactions(() => compactTrip(deps.db, documentName, report));
      deps.inFlight.add(work);
      try {
        await work;
      } finally {
        deps.inFlight.delete(work);
      }
    },
    afterUnloadDocument({ documentName }: afterUnloadDocumentPayload): Promise<void> {
      deps.projector.unloaded(documentName);
      return Promise.resolve();
    },
  };
}
