import { getPlace } from '@caravan/catalogue';
import type { TripSnapshot } from '@caravan/core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { api } from '../../../test/support/http.js';
import {
  signUp,
  startTestServer,
  type SignedUp,
  type TestServer,
} from '../../../test/support/server.js';
import { fakeModelEnv, startFakeModels, type FakeModels } from '../../ai/testing/fake-models.js';
import { SAMPLES, startFakeSource, type FakeSource } from '../../places/testing/fake-http.js';

interface StreamEvent {
  type: string;
  agent?: string;
  tool?: string;
  text?: string;
  input?: string;
  ok?: boolean;
  agents?: string[];
  decidedBy?: string;
  proposalId?: string;
  via?: string;
}

const day = (offset: number) =>
  new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
// Two days from now: inside the forecast's reach whatever day the tests run.
const START = day(2);
const END = day(3);

async function ask(server: TestServer, user: SignedUp, tripId: string, message: string) {
  const response = await fetch(`${server.url}/api/v1/trips/${tripId}/assistant`, {
    method: 'POST',
    headers: { cookie: user.cookie, 'content-type': 'application/json' },
    body: JSON.stringify({ message }),
  });
  expect(response.headers.get('content-type')).toContain('text/event-stream');
  const events = (await response.text())
    .split('\n\n')
    .filter((block) => block.startsWith('event:'))
    .map((block) => {
      const [eventLine, dataLine] = block.split('\n');
      const event = JSON.parse(dataLine?.replace(/^data: /, '') ?? '{}') as StreamEvent;
      expect(eventLine).toBe(`event: ${event.type}`);
      return event;
    });
  return { events, steps: events.filter((e) => e.type === 'step') };
}

/** A Lisbon trip whose first day goes Belém → castle → Belém, one cost in US dollars. */
async function lisbonTrip(server: TestServer, owner: SignedUp): Promise<string> {
  const created = await api<{ id: string }>(server, 'POST', '/api/v1/trips', {
    cookie: owner.cookie,
    json: {
      title: 'Lisbon soon',
      startDate: START,
      endDate: END,
      timezone: 'Europe/Lisbon',
      currency: 'EUR',
      destinations: [{ name: 'Lisbon', placeId: 'lisbon' }],
    },
  });
  const tripId = created.body.id;
  const stops: [string, { amount: number; currency: string }][] = [
    ['lisbon-padrao-dos-descobrimentos', { amount: 1000, currency: 'EUR' }],
    ['lisbon-sao-jorge-castle', { amount: 1500, currency: 'EUR' }],
    ['lisbon-pasteis-de-belem', { amount: 1100, currency: 'USD' }],
  ];
  for (const [id, cost] of stops) {
    const place = getPlace(id);
    if (!place) throw new Error(`no catalogue place ${id}`);
    const added = await api(server, 'POST', `/api/v1/trips/${tripId}/commands`, {
      cookie: owner.cookie,
      json: {
        type: 'addItem',
        to: START,
        item: {
          kind: 'place',
          title: place.name,
          durationMinutes: place.durationMinutes,
          cost,
          place: {
            name: place.name,
            lat: place.lat,
            lon: place.lon,
            catalogueId: place.id,
            openingHours: place.openingHours,
          },
        },
      },
    });
    expect(added.status).toBe(200);
  }
  return tripId;
}

describe('the assistant on the deterministic engine (no model configured)', () => {
  let server: TestServer;
  let openMeteo: FakeSource;
  let owner: SignedUp;
  let tripId: string;

  beforeAll(async () => {
    openMeteo = await startFakeSource();
    openMeteo.script({
      status: 200,
      json: { ...SAMPLES.forecast, daily: { ...SAMPLES.forecast.daily, time: [START, END] } },
    });
    server = await startTestServer({ env: { OPEN_METEO_URL: openMeteo.url, LIVE_RETRIES: '0' } });
    owner = await signUp(server);
    tripId = await lisbonTrip(server, owner);
  });
  afterAll(async () => {
    await server.close();
    await openMeteo.close();
  });

  it('picks the agents by rules, says so, and streams every tool call as a step', async () => {
    const { events, steps } = await ask(
      server,
      owner,
      tripId,
      'Can you reorder our first day to walk less, what will it cost in USD, and will it rain? We like history.',
    );
    const [choice] = steps;
    expect(choice).toMatchObject({
      agent: 'orchestrator',
      tool: 'chooseAgents',
      decidedBy: 'rules',
      agents: ['local guide', 'budget analyst', 'planner'],
    });
    expect(choice?.text).toMatch(/keyword rules/);
    expect(steps.map((s) => `${s.agent}:${s.tool}`)).toEqual([
      'orchestrator:chooseAgents',
      'local guide:searchPlaces',
      'local guide:openingHours',
      'local guide:weatherOutlook',
      'budget analyst:estimateCosts',
      'planner:routeDay',
    ]);
    for (const step of steps.slice(1)) {
      expect(step.ok).toBe(true);
      expect(step.input).toEqual(expect.any(String));
      expect(step.text).toEqual(expect.any(String));
    }
    const byTool = (tool: string) => steps.find((s) => s.tool === tool);
    expect(byTool('searchPlaces')?.input).toBe('history');
    expect(byTool('weatherOutlook')?.text).toMatch(/^Open-Meteo forecast for Lisbon/);
    expect(byTool('estimateCosts')?.input).toMatch(/^USD/);
    expect(byTool('estimateCosts')?.text).toMatch(/Rates used: 1 EUR = \d+\.\d{4} USD/);
    const route = byTool('routeDay');
    expect(route?.text).toMatch(/\d+ saved/);
    expect(route?.proposalId).toEqual(expect.any(String));
    expect(events.find((e) => e.type === 'proposal')).toMatchObject({
      proposalId: route?.proposalId,
      via: 'engine',
    });
    expect(events.at(-1)?.type).toBe('done');

    const trip = await api<TripSnapshot>(server, 'GET', `/api/v1/trips/${tripId}/document`, {
      cookie: owner.cookie,
    });
    const proposal = trip.body.proposals.find((p) => p.id === route?.proposalId);
    expect(proposal?.status).toBe('open');
    expect(proposal?.commands.some((c) => c.type === 'moveItem')).toBe(true);
  });

  it('asks only the local guide about places to see', async () => {
    const { events, steps } = await ask(server, owner, tripId, 'What should we see? We love art.');
    expect(steps[0]).toMatchObject({ tool: 'chooseAgents', agents: ['local guide'] });
    expect(new Set(steps.slice(1).map((s) => s.agent))).toEqual(new Set(['local guide']));
    expect(events.some((e) => e.type === 'proposal')).toBe(false);
    expect(events.at(-1)?.type).toBe('done');
  });
});

describe('the assistant with a model choosing the tools', () => {
  let server: TestServer;
  let fake: FakeModels;
  let owner: SignedUp;
  let tripId: string;

  beforeAll(async () => {
    fake = await startFakeModels();
    server = await startTestServer({
      env: fakeModelEnv(fake, { ANTHROPIC_API_KEY: '', AI_RETRIES: '0', AI_TIMEOUT_MS: '5000' }),
    });
    owner = await signUp(server);
    tripId = await lisbonTrip(server, owner);
  });
  afterEach(() => {
    fake.openai.length = 0;
  });
  afterAll(async () => {
    await server.close();
    await fake.close();
  });

  it('streams the tools the model calls, under their agents, then its answer', async () => {
    fake.openai.push(
      {
        toolCalls: [
          { name: 'searchPlaces', input: { interests: ['history'] } },
          { name: 'estimateCosts', input: {} },
        ],
      },
      { text: 'Start at the castle; the day costs about EUR 35 for the two of you.' },
    );
    const { events, steps } = await ask(server, owner, tripId, 'History sights and costs?');
    expect(steps.map((s) => `${s.agent}:${s.tool}`)).toEqual([
      'orchestrator:chooseAgents',
      'local guide:searchPlaces',
      'budget analyst:estimateCosts',
      'orchestrator:answer',
    ]);
    expect(steps[0]).toMatchObject({ decidedBy: 'model' });
    expect(steps.at(-1)).toMatchObject({
      decidedBy: 'model',
      agents: ['local guide', 'budget analyst'],
      text: 'Start at the castle; the day costs about EUR 35 for the two of you.',
    });
    expect(events.at(-1)?.type).toBe('done');

    // The model was offered every tool, and got the tools' results back.
    const [first, second] = fake.received.openai as {
      tools?: { function: { name: string } }[];
      messages: { role: string; content: unknown }[];
    }[];
    expect(first?.tools?.map((t) => t.function.name).sort()).toEqual([
      'estimateCosts',
      'generatePlan',
      'openingHours',
      'routeDay',
      'searchPlaces',
      'weatherOutlook',
    ]);
    const toolResults = second?.messages.filter((m) => m.role === 'tool') ?? [];
    expect(toolResults).toHaveLength(2);
    expect(JSON.stringify(toolResults)).toMatch(/lisbon-/);
  });

  it('streams a tool call the model got wrong as a failed step', async () => {
    fake.openai.push(
      { toolCalls: [{ name: 'estimateCosts', input: { currency: 'EURO' } }] },
      { text: 'I could not price that.' },
    );
    const { steps } = await ask(server, owner, tripId, 'Costs in euros?');
    const failed = steps.find((s) => s.tool === 'estimateCosts');
    expect(failed).toMatchObject({ agent: 'budget analyst', ok: false });
    expect(failed?.text).toMatch(/^Could not run estimateCosts/);
    expect(steps.at(-1)).toMatchObject({ tool: 'answer', text: 'I could not price that.' });
  });

  it('falls back to the rules, saying why, when the model is rate-limited', async () => {
    fake.openai.push({ status: 429 });
    const { events, steps } = await ask(server, owner, tripId, 'How much will this cost us?');
    const rules = steps.find((s) => s.decidedBy === 'rules');
    expect(rules?.text).toMatch(/openai: rate_limited/);
    expect(rules?.agents).toEqual(['budget analyst']);
    expect(steps.at(-1)?.tool).toBe('estimateCosts');
    expect(events.at(-1)?.type).toBe('done');
  });
});
