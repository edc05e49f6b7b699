import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialect } from '../../../test/support/database.js';
import { api } from '../../../test/support/http.js';
import {
  sessionCookie,
  signUp,
  startTestServer,
  type TestServer,
} from '../../../test/support/server.js';

describe(`accounts (${testDialect})`, () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({
      env: { SIGNIN_RATE_LIMIT_PER_MINUTE: '5', PLACES_SEED_CATALOGUE: 'false' },
    });
  }, 180_000);
  afterAll(() => server.close());

  it('signs up, sets an HTTP-only SameSite session cookie and knows the user', async () => {
    const response = await fetch(`${server.url}/api/v1/auth/signup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        email: 'Ada@Example.com',
        password: 'analytical engine',
        name: 'Ada',
      }),
    });
    expect(response.status).toBe(201);
    const setCookie = response.headers.getSetCookie().join('\n');
    expect(setCookie).toMatch(/caravan_session=/);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    const me = await api(server, 'GET', '/api/v1/me', { cookie: sessionCookie(response) });
    expect(me.status).toBe(200);
    expect(me.body.user).toMatchObject({ email: 'Ada@Example.com', name: 'Ada' });
  });

  it('refuses a second account with the same email in any case', async () => {
    await signUp(server, { email: 'grace@example.com' });
    const again = await api(server, 'POST', '/api/v1/auth/signup', {
      json: { email: 'GRACE@example.com', password: 'another password', name: 'G' },
    });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('email_taken');
  });

  it('signs in with the right password and refuses a wrong one without saying which part', async () => {
    const { user, password } = await signUp(server);
    const good = await api(server, 'POST', '/api/v1/auth/signin', {
      json: { email: user.email, password },
    });
    expect(good.status).toBe(200);
    const bad = await api(server, 'POST', '/api/v1/auth/signin', {
      json: { email: user.email, password: 'not it at all' },
    });
    expect(bad.status).toBe(401);
    expect(bad.body.code).toBe('invalid_credentials');
    const unknown = await api(server, 'POST', '/api/v1/auth/signin', {
      json: { email: 'nobody@example.com', password: 'whatever1' },
    });
    expect(unknown.body.code).toBe('invalid_credentials');
  });

  it('rate-limits repeated wrong passwords with 429', async () => {
    const { user, password } = await signUp(server);
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 7; attempt += 1) {
      const response = await api(server, 'POST', '/api/v1/auth/signin', {
        json: { email: user.email, password: `wrong-${attempt}` },
      });
      statuses.push(response.status);
    }
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses.slice(5)).toEqual([429, 429]);
    const limited = await api(server, 'POST', '/api/v1/auth/signin', {
      json: { email: user.email, password },
    });
    expect(limited.status).toBe(429);
    expect(limited.body.code).toBe('rate_limited');
  });

  it('signs out: the cookie stops working', async () => {
    const { cookie } = await signUp(server);
    const out = await api(server, 'POST', '/api/v1/auth/signout', { cookie });
    expect(out.status).toBe(204);
    const me = await api(server, 'GET', '/api/v1/me', { cookie });
    expect(me.status).toBe(401);
    expect(me.body.code).toBe('unauthorized');
  });

  it('lists my sessions and revoking one signs that device out', async () => {
    const { user, password, cookie: first } = await signUp(server);
    const signin = await fetch(`${server.url}/api/v1/auth/signin`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'user-agent': 'phone' },
      body: JSON.stringify({ email: user.email, password }),
    });
    const second = sessionCookie(signin);
    const list = await api<{ sessions: { id: string; current: boolean; userAgent: string }[] }>(
      server,
      'GET',
      '/api/v1/me/sessions',
      { cookie: first },
    );
    expect(list.body.sessions).toHaveLength(2);
    const phone = list.body.sessions.find((s) => s.userAgent === 'phone');
    expect(phone?.current).toBe(false);
    const revoke = await api(server, 'DELETE', `/api/v1/me/sessions/${phone?.id}`, {
      cookie: first,
    });
    expect(revoke.status).toBe(204);
    expect((await api(server, 'GET', '/api/v1/me', { cookie: second })).status).toBe(401);
    expect((await api(server, 'GET', '/api/v1/me', { cookie: first })).status).toBe(200);
  });

  it("cannot revoke someone else's session", async () => {
    const alice = await signUp(server);
    const bob = await signUp(server);
    const me = await api<{ sessionId: string }>(server, 'GET', '/api/v1/me', {
      cookie: bob.cookie,
    });
    const attempt = await api(server, 'DELETE', `/api/v1/me/sessions/${me.body.sessionId}`, {
      cookie: alice.cookie,
    });
    expect(attempt.status).toBe(404);
    expect((await api(server, 'GET', '/api/v1/me', { cookie: bob.cookie })).status).toBe(200);
  });

  it('treats an expired session as signed out', async () => {
    const { cookie, user } = await signUp(server);
    await server.database.db
      .updateTable('sessions')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .where('user_id', '=', user.id)
      .execute();
    expect((await api(server, 'GET', '/api/v1/me', { cookie })).status).toBe(401);
  });

  it('stores neither the password nor the session token in clear', async () => {
    const { cookie, user, password } = await signUp(server);
    const token = cookie.split('=')[1] ?? '';
    const row = await server.database.db
      .selectFrom('users')
      .select('password_hash')
      .where('id', '=', user.id)
      .executeTakeFirstOrThrow();
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    expect(row.password_hash).not.toContain(password);
    const sessions = await server.database.db
      .selectFrom('sessions')
      .select('token_hash')
      .where('user_id', '=', user.id)
      .execute();
    expect(sessions.map((s) => s.token_hash)).not.toContain(token);
  });
});
