import type { beforeHandleMessagePayload, Extension } from '@hocuspocus/server';
import type { Logger } from 'pino';
import type { UpdateLog } from '../documents/update-log.js';
import { isDecodableUpdate } from '../documents/ydoc.js';
import { CloseReason } from './close-codes.js';
import { collabContext } from './context.js';
import { closeSocket } from './live-sockets.js';
import { isEmptyUpdate, parseFrame } from './sync-message.js';

class Rejected extends Error {}

/**
 * Appends every update a client sends to the update log BEFORE Hocuspocus applies it. Hocuspocus
 * awaits this hook, then applies the update and acknowledges it (SyncStatus), so an
 * acknowledged update is always on disk. Frames that do not decode close the connection before
 * they touch the document.
 */
export function durabilityExtension(deps: { log: UpdateLog; logger: Logger }): Extension {
  return {
    extensionName: 'caravan-durability',
    async beforeHandleMessage(payload: beforeHandleMessagePayload): Promise<void> {
      const { connection, documentName } = payload;
      const ws = connection.webSocket;
      const frame = parseFrame(payload.update);
      if (frame.kind === 'malformed') {
        closeSocket(ws, CloseReason.malformed);
        throw new Rejected(CloseReason.malformed.reason);
      }
      if (frame.kind !== 'update' || connection.readOnly || isEmptyUpdate(frame.update)) return;
      // Updates still queued on a socket we are closing (e.g. after a malformed frame or a lost
      // membership) must not change the document.
      if (ws.readyState !== ws.OPEN) throw new Rejected('socket closing');
      if (!isDecodableUpdate(frame.update)) {
        closeSocket(ws, CloseReason.malformed);
        throw new Rejected(CloseReason.malformed.reason);
      }
      const actorId = collabContext(payload.context).userId ?? null;
      try {
        await deps.log.append(documentName, frame.update, actorId);
      } catch (error) {
        // Not stored, so not acknowledged: the client keeps the change and resends it.
        deps.logger.error({ err: error, tripId: documentName }, 'update log append failed');
        closeSocket(ws, CloseReason.storageUnavailable);
        throw new Rejected(CloseReason.storageUnavailable.reason);
      }
    },
  };
}
