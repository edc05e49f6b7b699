import type { Proposal, TripSnapshot } from '@caravan/core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { api } from '../../../test/support/http.js';
import {
  signUp,
  startTestServer,
  type SignedUp,
  type TestServer,
} from '../../../test/support/server.js';
import { fakeModelEnv, startFakeModels, type FakeModels } from '../../ai/testing/fake-models.js';

interface Generated {
  proposal: Proposal;
  via: string;
  fallbackReason?: string;
  notes: string[];
}

/** What a model answers: one real catalogue place and one it made up. */
const modelPlan = {
  title: 'Castle morning and a museum',
  summary: 'A slow first day.',
  commands: [
    {
      type: 'addItem',
      to: '2027-05-01',
      item: {
        kind: 'place',
        title: 'São Jorge Castle',
        startTime: '10:00',
        durationMinutes: 90,
        // Coordinates deliberately off: the catalogue's are used.
        place: { name: 'São Jorge Castle', lat: 1, lon: 1, catalogueId: 'lisbon-sao-jorge-castle' },
        cost: { amount: 1500, currency: 'EUR' },
      },
    },
    {
      type: 'addItem',
      to: '2027-05-01',
      item: {
        kind: 'place',
        title: 'Museum of Imaginary Tiles',
        startTime: '14:00',
        durationMinutes: 60,
        place: { name: 'Museum of Imaginary Tiles', lat: 38.71, lon: -9.13 },
      },
    },
  ],
};

describe('proposals made by a model over HTTP', () => {
  let server: TestServer;
  let fake: FakeModels;
  let owner: SignedUp;
  let tripId: string;

  const generate = (request: string) =>
    api<Generated>(server, 'POST', `/api/v1/trips/${tripId}/proposals/generate`, {
      cookie: owner.cookie,
      json: { request, use: 'auto' },
    });

  beforeAll(async () => {
    fake = await startFakeModels();
    // OpenAI only (an OpenAI-compatible local server), then the engine.
    server = await startTestServer({ env: fakeModelEnv(fake, { ANTHROPIC_API_KEY: '' }) });
    owner = await signUp(server);
    const created = await api<{ id: string }>(server, 'POST', '/api/v1/trips', {
      cookie: owner.cookie,
      json: {
        title: 'Lisbon in May',
        startDate: '2027-05-01',
        endDate: '2027-05-02',
        timezone: 'Europe/Lisbon',
        currency: 'EUR',
        destinations: [{ name: 'Lisbon', placeId: 'lisbon' }],
      },
    });
    expect(created.status).toBe(201);
    tripId = created.body.id;
  });
  afterEach(() => {
    fake.openai.length = 0;
  });
  afterAll(async () => {
    await server.close();
    await fake.close();
  });

  it('keeps the catalogue place, drops the invented one and says so', async () => {
    fake.openai.push({ json: modelPlan });
    const response = await generate('Plan our first morning around the castle');
    expect(response.status).toBe(200);
    const { proposal, via, notes } = response.body;
    expect(via).toBe('openai');
    expect(proposal.source).toBe('ai');
    const added = proposal.commands.filter((c) => c.type === 'addItem');
    expect(added.map((c) => (c.type === 'addItem' ? c.item.title : ''))).toEqual([
      'São Jorge Castle',
    ]);
    const castle = added[0];
    expect(castle?.type === 'addItem' ? castle.item.place : undefined).toMatchObject({
      catalogueId: 'lisbon-sao-jorge-castle',
      lat: 38.7139,
      lon: -9.1335,
    });
    expect(notes.join(' ')).toMatch(/Museum of Imaginary Tiles/);
    expect(proposal.summary).toMatch(/unknown place "Museum of Imaginary Tiles"/);
    const findings = (proposal.findings ?? []) as { severity?: string }[];
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);

    // The model saw the catalogue places of the trip's city it may use.
    expect(JSON.stringify(fake.received.openai[0])).toContain('lisbon-sao-jorge-castle');
    const trip = await api<TripSnapshot>(server, 'GET', `/api/v1/trips/${tripId}/document`, {
      cookie: owner.cookie,
    });
    const stored = trip.body.proposals.find((p) => p.id === proposal.id);
    expect(stored?.status).toBe('open');
    expect(JSON.stringify(stored?.commands)).not.toContain('Imaginary');
  });

  it('falls back to the engine, saying why, when the model keeps answering 429', async () => {
    fake.openai.push({ status: 429 }, { status: 429 });
    const response = await generate('2 days in Lisbon in May for 2, museums and food');
    expect(response.status).toBe(200);
    expect(response.body.via).toBe('engine');
    expect(response.body.fallbackReason).toBe('openai: rate_limited, rate_limited');
    expect(response.body.proposal.source).toBe('engine');
  });

  it('counts the calls in the member’s own model usage', async () => {
    const mine = await api<{ scope: string; providers: { provider: string; calls: number }[] }>(
      server,
      'GET',
      '/api/v1/me/ai-usage',
      { cookie: owner.cookie },
    );
    expect(mine.status).toBe(200);
    expect(mine.body.scope).toBe('me');
    // One good answer and two rate-limited attempts.
    expect(mine.body.providers).toEqual([
      expect.objectContaining({ provider: 'openai', calls: 3 }),
    ]);
    const other = await signUp(server);
    const theirs = await api<{ providers: unknown[] }>(server, 'GET', '/api/v1/me/ai-usage', {
      cookie: other.cookie,
    });
    expect(theirs.body.providers).toEqual([]);
  });
});
