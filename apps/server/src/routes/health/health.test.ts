import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../http/logger.js';
import { testDialect } from '../../../test/support/database.js';
import { api } from '../../../test/support/http.js';
import { signUp, startTestServer, type TestServer } from '../../../test/support/server.js';

describe(`operating the server (${testDialect})`, () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ env: { PLACES_SEED_CATALOGUE: 'false' } });
  }, 180_000);
  afterAll(() => server.close());

  it('answers liveness and readiness while the database is reachable', async () => {
    expect((await api(server, 'GET', '/healthz')).body).toEqual({ status: 'ok' });
    expect((await api(server, 'GET', '/readyz')).body).toEqual({ status: 'ok' });
  });

  it('publishes an OpenAPI 3.1 document generated from the route schemas', async () => {
    const response = await api<{
      openapi: string;
      paths: Record<string, Record<string, unknown>>;
    }>(server, 'GET', '/api/openapi.json');
    expect(response.status).toBe(200);
    expect(response.body.openapi).toBe('3.1.0');
    for (const path of [
      '/api/v1/auth/signup',
      '/api/v1/trips',
      '/api/v1/trips/{tripId}',
      '/api/v1/trips/{tripId}/members/{userId}',
      '/api/v1/trips/{tripId}/invites',
      '/api/v1/invites/{token}/accept',
    ]) {
      expect(Object.keys(response.body.paths)).toContain(path);
    }
    const docs = await fetch(`${server.url}/api/docs/`);
    expect(docs.status).toBe(200);
  });

  it('echoes a request id so a log line can be found from a response', async () => {
    const response = await fetch(`${server.url}/healthz`, {
      headers: { 'x-request-id': 'trace-abc-123' },
    });
    expect(response.headers.get('x-request-id')).toBe('trace-abc-123');
    const generated = await fetch(`${server.url}/healthz`);
    expect(generated.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('announces a revoked session on the bus so sync can disconnect it', async () => {
    const { cookie, user } = await signUp(server);
    const me = await api<{ sessionId: string }>(server, 'GET', '/api/v1/me', { cookie });
    const heard = new Promise((resolve) => {
      const stop = server.running.bus.subscribe((event) => {
        if (event.type === 'session.revoked') {
          stop();
          resolve(event);
        }
      });
    });
    await api(server, 'DELETE', `/api/v1/me/sessions/${me.body.sessionId}`, { cookie });
    expect(await heard).toEqual({
      type: 'session.revoked',
      sessionId: me.body.sessionId,
      userId: user.id,
    });
  });
});

describe('logs', () => {
  it('never contain cookies, authorization headers, passwords or tokens', () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const logger = createLogger('info', sink);
    logger.info({
      req: { headers: { cookie: 'caravan_session=secret1', authorization: 'Bearer secret2' } },
      body: { password: 'secret3', token: 'secret4' },
    });
    const output = lines.join('');
    expect(output).toContain('[redacted]');
    for (const secret of ['secret1', 'secret2', 'secret3', 'secret4']) {
      expect(output).not.toContain(secret);
    }
  });
});
