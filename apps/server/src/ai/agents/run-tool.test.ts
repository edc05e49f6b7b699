import { createTripDoc, readTripSnapshot } from '@caravan/core';
import { describe, expect, it } from 'vitest';
import type { AssistantEvent } from './events.js';
import { runTool } from './run-tool.js';
import {
  estimateCostsTool,
  searchPlacesTool,
  type AgentPlaces,
  type ToolContext,
} from './tools/index.js';

function context(extra: Partial<ToolContext> = {}): ToolContext {
  const doc = createTripDoc({
    title: 'Lisbon',
    startDate: '2027-05-01',
    endDate: '2027-05-02',
    timezone: 'Europe/Lisbon',
    currency: 'EUR',
    destinations: [{ name: 'Lisbon', placeId: 'lisbon' }],
  });
  const trip = readTripSnapshot(doc);
  doc.destroy();
  return {
    tripId: '00000000-0000-4000-8000-00000000000a',
    trip,
    actor: { id: '00000000-0000-4000-8000-000000000001', name: 'Ana', role: 'owner' },
    memberCount: 1,
    now: () => new Date('2027-04-01T00:00:00Z'),
    ...extra,
  };
}

describe('running one agent tool', () => {
  it('streams a failed step naming the field when the input is wrong', async () => {
    const events: AssistantEvent[] = [];
    const run = await runTool(estimateCostsTool, context(), { currency: 'EURO' }, (e) =>
      events.push(e),
    );
    expect(run.ok).toBe(false);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      type: 'step',
      agent: 'budget analyst',
      tool: 'estimateCosts',
      ok: false,
    });
    const [step] = events;
    expect(step?.type === 'step' ? step.text : '').toMatch(
      /^Could not run estimateCosts: currency: must be an ISO 4217/,
    );
  });

  it('reports an unexpected failure, streams it as a failed step and lets the run go on', async () => {
    const events: AssistantEvent[] = [];
    const reported: string[] = [];
    const broken = {
      search: () => Promise.reject(new Error('connection reset')),
    } as unknown as AgentPlaces;
    const run = await runTool(
      searchPlacesTool,
      context({
        places: broken,
        report: (error, tool) => reported.push(`${tool}: ${String(error)}`),
      }),
      { query: 'tiles' },
      (e) => events.push(e),
    );
    expect(run.ok).toBe(false);
    expect(reported).toEqual(['searchPlaces: Error: connection reset']);
    const [step] = events;
    expect(step).toMatchObject({ ok: false });
    expect(step?.type === 'step' ? step.text : '').toMatch(/on our side/);
    // The member never sees the internal message.
    expect(JSON.stringify(events)).not.toContain('connection reset');
  });
});
