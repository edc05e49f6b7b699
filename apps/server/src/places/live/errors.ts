/** Why a live source could not answer; travels to the client as the `reason` of a degraded reply. */
export type LiveFailureReason =
  | 'timeout'
  | 'rate-limited'
  | 'server-error'
  | 'client-error'
  | 'bad-response'
  | 'network'
  | 'circuit-open'
  | 'not-configured';

export class LiveSourceError extends Error {
  constructor(
    readonly source: string,
    readonly reason: LiveFailureReason,
    message: string,
    readonly retryAfterMs?: number,
  ) {
    super(`${source}: ${message}`);
    this.name = 'LiveSourceError';
  }

  /** Worth another attempt: the same request may succeed a moment later. */
  get retryable(): boolean {
    return (
      this.reason === 'timeout' ||
      this.reason === 'rate-limited' ||
      this.reason === 'server-error' ||
      this.reason === 'network'
    );
  }
}

/** The reason of any error thrown by a live call. */
export function failureReason(error: unknown): LiveFailureReason {
  if (error instanceof LiveSourceError) return error.reason;
  if (error instanceof Error && error.name === 'ZodError') return 'bad-response';
  return 'network';
}

/** What a reply says about where its data came from. */
export type Provenance =
  | { source: 'live'; provider: string; degraded: false; cached: boolean }
  | { source: 'offline'; degraded: boolean; reason?: LiveFailureReason; detail?: string };
