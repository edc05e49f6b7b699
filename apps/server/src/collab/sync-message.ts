import * as decoding from 'lib0/decoding';

// Hocuspocus wire format: varString documentName, varUint message type, then the body.
const MESSAGE_SYNC = 0;
const MESSAGE_SYNC_REPLY = 4;
// y-protocols sync sub-types.
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

export type ParsedFrame =
  | { kind: 'update'; documentName: string; update: Uint8Array }
  | { kind: 'other'; documentName: string }
  | { kind: 'malformed' };

/**
 * Reads the envelope of one incoming frame and, for sync messages that carry document content
 * (SyncStep2 and Update), the Yjs update inside. Anything that does not decode is malformed.
 */
export function parseFrame(data: Uint8Array): ParsedFrame {
  try {
    const decoder = decoding.createDecoder(data);
    const documentName = decoding.readVarString(decoder);
    const type = decoding.readVarUint(decoder);
    if (type !== MESSAGE_SYNC && type !== MESSAGE_SYNC_REPLY)
      return { kind: 'other', documentName };
    const syncType = decoding.readVarUint(decoder);
    if (syncType !== SYNC_STEP_2 && syncType !== SYNC_UPDATE)
      return { kind: 'other', documentName };
    const update = decoding.readVarUint8Array(decoder);
    return { kind: 'update', documentName, update };
  } catch {
    return { kind: 'malformed' };
  }
}

/** An update with no structs and no deletions: `[0, 0]`, sent by clients with nothing new. */
export function isEmptyUpdate(update: Uint8Array): boolean {
  return update.length <= 2 && update.every((byte) => byte === 0);
}
