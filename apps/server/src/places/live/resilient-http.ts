import CircuitBreaker from 'opossum';
import { LiveSourceError } from './errors.js';

export interface ResilientHttpOptions {
  /** Names the source in errors and logs: "overpass", "open-meteo". */
  source: string;
  timeoutMs: number;
  /** Further attempts after the first, for timeouts, 429, 5xx and network errors. */
  retries: number;
  /** First backoff; doubles each attempt, with jitter. */
  backoffMs?: number;
  /** Longest wait honoured from a Retry-After header. */
  maxRetryAfterMs?: number;
  /** Breaker: failure percentage that opens it, over at least `volumeThreshold` calls. */
  errorThresholdPercentage?: number;
  volumeThreshold?: number;
  /** Breaker: how long it stays open before letting one trial call through. */
  resetTimeoutMs?: number;
  userAgent?: string;
  onStateChange?: (state: 'open' | 'half-open' | 'closed') => void;
}

export interface ResilientHttp {
  /** Fetches JSON; `parse` validates the body inside the breaker, so garbage counts as failure. */
  requestJson<T = unknown>(
    url: string,
    init?: RequestInit,
    parse?: (body: unknown) => T,
  ): Promise<T>;
  readonly breaker: CircuitBreaker;
  shutdown(): void;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function retryAfterMs(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

async function attempt(
  options: ResilientHttpOptions,
  url: string,
  init: RequestInit | undefined,
): Promise<unknown> {
  const { source } = options;
  let response: Response;
  try {
    response = await fetch(url, {
      ...init,
      headers: {
        accept: 'application/json',
        ...(options.userAgent ? { 'user-agent': options.userAgent } : {}),
        ...(init?.headers as Record<string, string> | undefined),
      },
      signal: AbortSignal.timeout(options.timeoutMs),
    });
  } catch (error) {
    const name = (error as { name?: string }).name;
    if (name === 'TimeoutError' || name === 'AbortError') {
      throw new LiveSourceError(source, 'timeout', `no answer within ${options.timeoutMs} ms`);
    }
    throw new LiveSourceError(source, 'network', (error as Error).message);
  }
  if (response.status === 429) {
    await response.body?.cancel();
    throw new LiveSourceError(
      source,
      'rate-limited',
      'rate limited (429)',
      retryAfterMs(response.headers.get('retry-after')),
    );
  }
  if (response.status >= 500) {
    await response.body?.cancel();
    throw new LiveSourceError(source, 'server-error', `server error ${response.status}`);
  }
  if (!response.ok) {
    await response.body?.cancel();
    throw new LiveSourceError(source, 'client-error', `refused with ${response.status}`);
  }
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    const name = (error as { name?: string }).name;
    const reason = name === 'TimeoutError' || name === 'AbortError' ? 'timeout' : 'network';
    throw new LiveSourceError(source, reason, 'the body did not arrive in full');
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new LiveSourceError(source, 'bad-response', 'the body is not JSON');
  }
}

/**
 * HTTP JSON calls to one remote source behind a timeout, retries with exponential backoff and
 * jitter, and a circuit breaker: once the source keeps failing, calls fail at once (reason
 * 'circuit-open') until a trial call after `resetTimeoutMs` succeeds.
 */
export function createResilientHttp(options: ResilientHttpOptions): ResilientHttp {
  const backoffMs = options.backoffMs ?? 200;
  const maxRetryAfterMs = options.maxRetryAfterMs ?? 2000;

  async function withRetries(
    url: string,
    init: RequestInit | undefined,
    parse: ((body: unknown) => unknown) | undefined,
  ): Promise<unknown> {
    for (let tries = 0; ; tries++) {
      try {
        const body = await attempt(options, url, init);
        try {
          return parse ? parse(body) : body;
        } catch (error) {
          throw new LiveSourceError(
            options.source,
            'bad-response',
            `unexpected shape: ${(error as Error).message.slice(0, 200)}`,
          );
        }
      } catch (error) {
        if (!(error instanceof LiveSourceError) || !error.retryable || tries >= options.retries) {
          throw error;
        }
        const exponential = backoffMs * 2 ** tries * (0.5 + Math.random() / 2);
        const wait =
          error.retryAfterMs !== undefined
            ? Math.min(error.retryAfterMs, maxRetryAfterMs)
            : exponential;
        // A Retry-After longer than we are willing to wait: give up now, the caller falls back.
        if (error.retryAfterMs !== undefined && error.retryAfterMs > maxRetryAfterMs) throw error;
        await sleep(wait);
      }
    }
  }

  const breaker = new CircuitBreaker(withRetries, {
    // Timeouts are per attempt (above); the breaker only counts outcomes.
    timeout: false,
    errorThresholdPercentage: options.errorThresholdPercentage ?? 50,
    volumeThreshold: options.volumeThreshold ?? 4,
    resetTimeout: options.resetTimeoutMs ?? 30_000,
    rollingCountTimeout: 60_000,
    name: options.source,
    // A request we got wrong (400, 404) says nothing about the source's health.
    errorFilter: (error: unknown) =>
      error instanceof LiveSourceError && error.reason === 'client-error',
  });
  breaker.on('open', () => options.onStateChange?.('open'));
  breaker.on('halfOpen', () => options.onStateChange?.('half-open'));
  breaker.on('close', () => options.onStateChange?.('closed'));

  return {
    breaker,
    async requestJson<T>(url: string, init?: RequestInit, parse?: (body: unknown) => T) {
      try {
        return (await breaker.fire(url, init, parse)) as T;
      } catch (error) {
        if (error instanceof LiveSourceError) throw error;
        if ((error as { code?: string }).code === 'EOPENBREAKER') {
          throw new LiveSourceError(options.source, 'circuit-open', 'circuit open after failures');
        }
        throw new LiveSourceError(options.source, 'network', (error as Error).message);
      }
    },
    shutdown: () => breaker.shutdown(),
  };
}
