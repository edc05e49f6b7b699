import type { Proposal, TripSnapshot } from '@caravan/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api } from '../../../test/support/http.js';
import {
  signUp,
  startTestServer,
  type SignedUp,
  type TestServer,
} from '../../../test/support/server.js';

interface Generated {
  proposal: Proposal;
  via: string;
  explanations: string[];
}

describe('proposals from the planning engine', () => {
  let server: TestServer;
  let owner: SignedUp;
  let viewer: SignedUp;
  let tripId: string;

  const generate = (user: SignedUp, request: unknown) =>
    api<Generated & { code?: string; errors?: { field: string; message: string }[] }>(
      server,
      'POST',
      `/api/v1/trips/${tripId}/proposals/generate`,
      { cookie: user.cookie, json: { request } },
    );
  const document = async () =>
    (
      await api<TripSnapshot>(server, 'GET', `/api/v1/trips/${tripId}/document`, {
        cookie: owner.cookie,
      })
    ).body;

  beforeAll(async () => {
    server = await startTestServer();
    [owner, viewer] = await Promise.all([signUp(server), signUp(server)]);
    const created = await api<{ id: string }>(server, 'POST', '/api/v1/trips', {
      cookie: owner.cookie,
      json: {
        title: 'Lisbon in May',
        startDate: '2027-05-01',
        endDate: '2027-05-03',
        timezone: 'Europe/Lisbon',
        currency: 'EUR',
      },
    });
    tripId = created.body.id;
    const invite = await api<{ token: string }>(server, 'POST', `/api/v1/trips/${tripId}/invites`, {
      cookie: owner.cookie,
      json: { role: 'viewer' },
    });
    await api(server, 'POST', `/api/v1/invites/${invite.body.token}/accept`, {
      cookie: viewer.cookie,
    });
  });
  afterAll(async () => {
    await server.close();
  });

  it('adds a plain-English request to the trip as an open engine proposal with its checks', async () => {
    const response = await generate(
      owner,
      '3 days in Lisboa in May for 2 friends, EUR 900, art and history',
    );
    expect(response.status).toBe(200);
    const { proposal, via } = response.body;
    expect(via).toBe('engine');
    expect(proposal).toMatchObject({ source: 'engine', status: 'open', authorId: owner.user.id });
    expect(proposal.commands.filter((c) => c.type === 'addItem').length).toBeGreaterThan(3);
    const findings = (proposal.findings ?? []) as { rule?: string; severity?: string }[];
    expect(findings.some((f) => f.rule === 'satisfaction')).toBe(true);
    expect(findings.some((f) => f.severity === 'error')).toBe(false);
    const trip = await document();
    expect(trip.proposals.map((p) => p.id)).toContain(proposal.id);
  });

  it('lets members vote and applies the whole plan in one step', async () => {
    const { body } = await generate(owner, {
      destinations: [{ city: 'Lisbon' }],
      startDate: '2027-05-01',
      endDate: '2027-05-02',
      party: [{ name: 'Ana', interests: ['food'] }],
    });
    const id = body.proposal.id;
    const voted = await api(server, 'POST', `/api/v1/trips/${tripId}/commands`, {
      cookie: owner.cookie,
      json: { type: 'voteProposal', proposalId: id, vote: 'up' },
    });
    expect(voted.status).toBe(200);
    const itemCount = (trip: TripSnapshot) => trip.days.flatMap((day) => day.items).length;
    const before = itemCount(await document());
    const applied = await api<{ snapshot: TripSnapshot }>(
      server,
      'POST',
      `/api/v1/trips/${tripId}/commands`,
      { cookie: owner.cookie, json: { type: 'applyProposal', proposalId: id } },
    );
    expect(applied.status).toBe(200);
    const { snapshot } = applied.body;
    expect(snapshot.proposals.find((p) => p.id === id)?.status).toBe('applied');
    const added = body.proposal.commands.filter((c) => c.type === 'addItem').length;
    expect(itemCount(snapshot) - before).toBe(added);
    expect(snapshot.details.startDate).toBe('2027-05-01');
  });

  it('refuses an impossible request with the engine reasons naming the field', async () => {
    const response = await generate(owner, '3 days in Atlantis in May');
    expect(response.status).toBe(422);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(response.body.code).toBe('plan_impossible');
    expect(response.body.errors?.[0]?.field).toMatch(/^body\.request\./);
    expect(JSON.stringify(response.body.errors)).toMatch(/Atlantis/);
  });

  it('does not let a viewer generate proposals', async () => {
    const response = await generate(viewer, '2 days in Lisbon in May');
    expect(response.status).toBe(403);
  });

  it('streams each agent step and a proposal as server-sent events', async () => {
    const response = await fetch(`${server.url}/api/v1/trips/${tripId}/assistant`, {
      method: 'POST',
      headers: { cookie: owner.cookie, 'content-type': 'application/json' },
      body: JSON.stringify({ message: '2 days in Lisbon in May for 2, museums and food' }),
    });
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const events = (await response.text())
      .split('\n\n')
      .filter((block) => block.startsWith('event:'))
      .map(
        (block) => JSON.parse(block.split('data: ')[1] ?? '{}') as { type: string; agent?: string },
      );
    const agents = events.filter((e) => e.type === 'step').map((e) => e.agent);
    // The rules pick the local guide (interests) and the planner (a plan of 2 days).
    expect([...new Set(agents)]).toEqual(['orchestrator', 'local guide', 'planner']);
    expect(events.some((e) => e.type === 'proposal')).toBe(true);
    expect(events.at(-1)?.type).toBe('done');
  });
});
