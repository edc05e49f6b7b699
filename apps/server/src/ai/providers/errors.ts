import { APICallError, NoObjectGeneratedError } from 'ai';

/** Why a model call did not give a usable answer; recorded and told to the user. */
export type FailureReason =
  | 'timeout'
  | 'rate_limited'
  | 'server_error'
  | 'client_error'
  | 'network'
  | 'malformed'
  | 'rejected'
  | 'breaker_open';

export function isMalformed(error: unknown): boolean {
  return NoObjectGeneratedError.isInstance(error);
}

export function classify(error: unknown): FailureReason {
  if (isMalformed(error)) return 'malformed';
  if (error instanceof Error && 'code' in error && error.code === 'EOPENBREAKER') {
    return 'breaker_open';
  }
  if (APICallError.isInstance(error)) {
    const status = error.statusCode;
    if (status === 429) return 'rate_limited';
    if (status !== undefined && status >= 500) return 'server_error';
    if (status !== undefined) return 'client_error';
    return timedOut(error.cause) ? 'timeout' : 'network';
  }
  return timedOut(error) ? 'timeout' : 'network';
}

function timedOut(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (error.name === 'TimeoutError' || error.name === 'AbortError') return true;
  return timedOut(error.cause);
}

/** Worth another attempt on the same provider (after a backoff). */
export function isRetryable(reason: FailureReason): boolean {
  return (
    reason === 'timeout' ||
    reason === 'rate_limited' ||
    reason === 'server_error' ||
    reason === 'network'
  );
}
