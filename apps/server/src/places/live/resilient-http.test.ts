import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startFakeSource, type FakeSource } from '../testing/fake-http.js';
import { LiveSourceError } from './errors.js';
import { createResilientHttp, type ResilientHttp } from './resilient-http.js';

describe('a live source behind timeout, retries and a circuit breaker', () => {
  let fake: FakeSource;
  const clients: ResilientHttp[] = [];
  const client = (overrides: Partial<Parameters<typeof createResilientHttp>[0]> = {}) => {
    const http = createResilientHttp({
      source: 'test',
      timeoutMs: 3000,
      retries: 2,
      backoffMs: 5,
      volumeThreshold: 100,
      ...overrides,
    });
    clients.push(http);
    return http;
  };
  const failure = async (promise: Promise<unknown>) => {
    try {
      await promise;
    } catch (error) {
      if (error instanceof LiveSourceError) return error;
      throw error;
    }
    throw new Error('expected the call to fail');
  };

  beforeAll(async () => {
    fake = await startFakeSource();
  });
  afterEach(() => {
    fake.requests.length = 0;
    for (const http of clients.splice(0)) http.shutdown();
  });
  afterAll(() => fake.close());

  it('returns the parsed body of a healthy source', async () => {
    fake.script({ status: 200, json: { ok: true } });
    expect(await client().requestJson(`${fake.url}/x`)).toEqual({ ok: true });
  });

  it('gives up on a source that does not answer in time, after retrying', async () => {
    fake.script({ hang: true });
    const error = await failure(
      client({ retries: 1, timeoutMs: 200 }).requestJson(`${fake.url}/slow`),
    );
    expect(error.reason).toBe('timeout');
    expect(fake.requests).toHaveLength(2);
  });

  it('retries a rate limit and a server error, then succeeds', async () => {
    fake.script(
      { status: 429, headers: { 'retry-after': '0' } },
      { status: 503, body: 'overloaded' },
      { status: 200, json: { ok: 1 } },
    );
    expect(await client().requestJson(`${fake.url}/flaky`)).toEqual({ ok: 1 });
    expect(fake.requests).toHaveLength(3);
  });

  it('does not wait out a Retry-After longer than it allows', async () => {
    fake.script({ status: 429, headers: { 'retry-after': '3600' } });
    const error = await failure(client().requestJson(`${fake.url}/limited`));
    expect(error.reason).toBe('rate-limited');
    expect(fake.requests).toHaveLength(1);
  });

  it('reports a server that keeps failing after its retries', async () => {
    fake.script({ status: 500, body: 'boom' });
    const error = await failure(client().requestJson(`${fake.url}/down`));
    expect(error.reason).toBe('server-error');
    expect(fake.requests).toHaveLength(3);
  });

  it('treats a body that is not JSON, or not the expected shape, as a bad response', async () => {
    fake.script({ status: 200, body: '<html>Gateway</html>' });
    expect((await failure(client().requestJson(`${fake.url}/html`))).reason).toBe('bad-response');
    fake.script({ status: 200, body: '{"elements": [' });
    expect((await failure(client().requestJson(`${fake.url}/cut`))).reason).toBe('bad-response');
    fake.script({ status: 200, json: { unexpected: true } });
    const parse = (body: unknown) => {
      if (!(body as { elements?: unknown }).elements) throw new Error('no elements');
      return body;
    };
    expect(
      (await failure(client().requestJson(`${fake.url}/shape`, undefined, parse))).reason,
    ).toBe('bad-response');
    // Bad responses are not retried: the same request would get the same garbage.
    expect(fake.requests).toHaveLength(3);
  });

  it('does not retry or blame the source for a request it refused (404)', async () => {
    fake.script({ status: 404, body: 'no such thing' });
    expect((await failure(client().requestJson(`${fake.url}/missing`))).reason).toBe(
      'client-error',
    );
    expect(fake.requests).toHaveLength(1);
  });

  it('opens the breaker after repeated failures, fails fast, then closes after a good trial', async () => {
    const states: string[] = [];
    const http = client({
      retries: 0,
      volumeThreshold: 2,
      errorThresholdPercentage: 50,
      resetTimeoutMs: 100,
      onStateChange: (state) => states.push(state),
    });
    fake.script({ status: 502 });
    expect((await failure(http.requestJson(`${fake.url}/a`))).reason).toBe('server-error');
    expect((await failure(http.requestJson(`${fake.url}/a`))).reason).toBe('server-error');
    expect(http.breaker.opened).toBe(true);
    const before = fake.requests.length;
    expect((await failure(http.requestJson(`${fake.url}/a`))).reason).toBe('circuit-open');
    expect(fake.requests).toHaveLength(before);

    fake.script({ status: 200, json: { back: true } });
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(http.breaker.halfOpen).toBe(true);
    expect(await http.requestJson(`${fake.url}/a`)).toEqual({ back: true });
    expect(http.breaker.closed).toBe(true);
    expect(states).toEqual(['open', 'half-open', 'closed']);
  });
});
