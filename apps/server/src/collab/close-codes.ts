/**
 * Why the server closed a sync connection. 44xx mirror HTTP so a client knows whether retrying
 * can help: 4401/4403/4404 will not change on their own, 4205 asks it to reconnect at once.
 */
export const CloseReason = {
  unauthorized: { code: 4401, reason: 'unauthorized' },
  forbidden: { code: 4403, reason: 'forbidden' },
  notFound: { code: 4404, reason: 'trip-not-found' },
  roleChanged: { code: 4205, reason: 'role-changed' },
  malformed: { code: 1007, reason: 'malformed-message' },
  // ws closes with 1009 itself when a frame exceeds maxPayload.
  tooBig: { code: 1009, reason: 'message-too-big' },
  storageUnavailable: { code: 1011, reason: 'storage-unavailable' },
  shuttingDown: { code: 1012, reason: 'server-restarting' },
} as const;

export type CloseReasonName = keyof typeof CloseReason;
