import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api } from '../../../test/support/http.js';
import {
  signUp,
  startTestServer,
  type SignedUp,
  type TestServer,
} from '../../../test/support/server.js';
import { fakeModelEnv, startFakeModels, type FakeModels } from '../../ai/testing/fake-models.js';

interface Usage {
  scope?: string;
  code?: string;
  providers?: { provider: string; calls: number; costMicroUsd: number }[];
}

describe('model usage for operators and members', () => {
  let server: TestServer;
  let fake: FakeModels;
  let operator: SignedUp;
  let member: SignedUp;

  beforeAll(async () => {
    fake = await startFakeModels();
    server = await startTestServer({
      env: fakeModelEnv(fake, {
        ANTHROPIC_API_KEY: '',
        AI_RETRIES: '0',
        ADMIN_EMAILS: 'Ops@Example.org, root@example.org',
      }),
    });
    [operator, member] = await Promise.all([
      signUp(server, { email: 'ops@example.org' }),
      signUp(server),
    ]);
    // The member makes one model call (the fake answers 500), so there is usage to read.
    const trip = await api<{ id: string }>(server, 'POST', '/api/v1/trips', {
      cookie: member.cookie,
      json: {
        title: 'Lisbon',
        startDate: '2027-05-01',
        endDate: '2027-05-02',
        timezone: 'Europe/Lisbon',
        currency: 'EUR',
      },
    });
    await api(server, 'POST', `/api/v1/trips/${trip.body.id}/proposals/generate`, {
      cookie: member.cookie,
      json: { request: '2 days in Lisbon in May' },
    });
  });
  afterAll(async () => {
    await server.close();
    await fake.close();
  });

  it('refuses everyone’s totals to a member who is not an operator', async () => {
    const response = await api<Usage>(server, 'GET', '/api/v1/ai/usage', {
      cookie: member.cookie,
    });
    expect(response.status).toBe(403);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(response.body.code).toBe('operator_only');
  });

  it('asks for a sign-in before anything else', async () => {
    const response = await api<Usage>(server, 'GET', '/api/v1/ai/usage');
    expect(response.status).toBe(401);
  });

  it('shows an operator (matched case-insensitively) the totals of everyone', async () => {
    const response = await api<Usage>(server, 'GET', '/api/v1/ai/usage', {
      cookie: operator.cookie,
    });
    expect(response.status).toBe(200);
    expect(response.body.scope).toBe('all');
    expect(response.body.providers).toEqual([
      expect.objectContaining({ provider: 'openai', calls: 1 }),
    ]);
  });

  it('gives each member their own usage, and names a bad `since`', async () => {
    const mine = await api<Usage>(server, 'GET', '/api/v1/me/ai-usage', { cookie: member.cookie });
    expect(mine.body.providers?.[0]?.calls).toBe(1);
    const operatorsOwn = await api<Usage>(server, 'GET', '/api/v1/me/ai-usage', {
      cookie: operator.cookie,
    });
    expect(operatorsOwn.body.providers).toEqual([]);
    const future = await api<Usage>(
      server,
      'GET',
      '/api/v1/me/ai-usage?since=2999-01-01T00:00:00Z',
      { cookie: member.cookie },
    );
    expect(future.body.providers).toEqual([]);
    const bad = await api<{ errors?: { field: string }[] }>(
      server,
      'GET',
      '/api/v1/me/ai-usage?since=yesterday',
      { cookie: member.cookie },
    );
    expect(bad.status).toBe(400);
    expect(bad.body.errors?.[0]?.field).toMatch(/since/);
  });
});
