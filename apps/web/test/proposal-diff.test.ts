import type { ContentCommand } from '@caravan/core';
import { applyCommand, createTripDoc, readTripSnapshot } from '@caravan/core';
import { describe, expect, it } from 'vitest';
import { readCheckReport } from '../src/components/assistant/check-report';
import { diffProposal } from '../src/components/assistant/proposal-diff';
import { createSseParser } from '../src/components/assistant/sse';
import { formatMoney } from '../src/lib/format';

const ctx = { actorId: 'ana' };

function lisbonTrip() {
  const doc = createTripDoc({
    title: 'Lisbon',
    startDate: '2027-05-01',
    endDate: '2027-05-03',
    timezone: 'Europe/Lisbon',
    currency: 'EUR',
  });
  const add = (id: string, title: string, to: string, startTime?: string) =>
    applyCommand(doc, { type: 'addItem', item: { id, kind: 'place', title, startTime }, to }, ctx);
  add('maat', 'MAAT', '2027-05-01', '10:00');
  add('tram', 'Tram 28', '2027-05-02');
  add('fado', 'Fado night', '2027-05-03', '21:00');
  add('sintra', 'Sintra', 'ideas');
  return readTripSnapshot(doc);
}

describe('the diff of a proposal against the trip as it is now', () => {
  it('lists the items each day gains, in date order, and the new trip details', () => {
    const commands: ContentCommand[] = [
      {
        type: 'updateTripDetails',
        patch: { endDate: '2027-05-04', currency: 'USD' },
      },
      {
        type: 'addItem',
        to: '2027-05-04',
        item: { id: 'p2', kind: 'place', title: 'Belém Tower', startTime: '09:40', attendees: [] },
      },
      {
        type: 'addItem',
        to: '2027-05-01',
        item: { id: 'p1', kind: 'place', title: 'Alfama walk', attendees: [] },
      },
    ];
    const diff = diffProposal(lisbonTrip(), commands);
    expect(diff.details).toEqual([
      { field: 'dates', from: '2027-05-01/2027-05-03', to: '2027-05-01/2027-05-04' },
      { field: 'currency', from: 'EUR', to: 'USD' },
    ]);
    expect(diff.days.map((d) => [d.day, d.added.map((i) => i.title)])).toEqual([
      ['2027-05-01', ['Alfama walk']],
      ['2027-05-04', ['Belém Tower']],
    ]);
    expect(diff.days[1]?.added[0]).toMatchObject({ id: 'p2', startTime: '09:40' });
  });

  it('shows the budget a plan brings to a trip that had none', () => {
    const diff = diffProposal(lisbonTrip(), [
      { type: 'updateTripDetails', patch: { budget: { amount: 120_000, currency: 'EUR' } } },
    ]);
    expect(diff.details).toEqual([{ field: 'budget', from: '', to: formatMoney(120_000, 'EUR') }]);
    expect(diff.details[0]?.to).toMatch(/1,?200/);
  });

  it('shows moves on both days, deletions and changed fields of existing items', () => {
    const diff = diffProposal(lisbonTrip(), [
      { type: 'moveItem', itemId: 'tram', to: '2027-05-01' },
      { type: 'deleteItem', itemId: 'sintra' },
      { type: 'updateItem', itemId: 'fado', patch: { startTime: '20:30', notes: 'book' } },
    ]);
    const day = (d: string) => diff.days.find((x) => x.day === d);
    expect(day('2027-05-01')?.movedIn).toEqual([
      { id: 'tram', title: 'Tram 28', from: '2027-05-02', to: '2027-05-01' },
    ]);
    expect(day('2027-05-02')?.movedOut.map((i) => i.title)).toEqual(['Tram 28']);
    expect(day('ideas')?.removed.map((i) => i.title)).toEqual(['Sintra']);
    expect(day('2027-05-03')?.updated).toEqual([
      { id: 'fado', title: 'Fado night', startTime: '20:30', fields: ['startTime', 'notes'] },
    ]);
    expect(diff.days.at(-1)?.day).toBe('ideas');
    expect(diff.details).toEqual([]);
  });

  it('moves items of days a shorter trip loses to the ideas, as core does', () => {
    const diff = diffProposal(lisbonTrip(), [
      { type: 'updateTripDetails', patch: { endDate: '2027-05-02' } },
    ]);
    const ideas = diff.days.find((d) => d.day === 'ideas');
    expect(ideas?.movedIn.map((i) => [i.title, i.from])).toEqual([['Fado night', '2027-05-03']]);
  });

  it('describes changes outside the itinerary in words', () => {
    const diff = diffProposal(lisbonTrip(), [
      { type: 'addChecklist', title: 'Packing', kind: 'packing' },
      {
        type: 'createPoll',
        question: 'Sintra or Cascais?',
        options: [{ label: 'Sintra' }, { label: 'Cascais' }],
      },
    ]);
    expect(diff.other).toEqual(['Adds the list “Packing”', 'Starts the poll “Sintra or Cascais?”']);
    expect(diff.days).toEqual([]);
  });
});

describe('the check report of a proposal', () => {
  it('puts errors first, counts severities and reads each member’s interest match', () => {
    const report = readCheckReport([
      { rule: 'budget', severity: 'info', message: 'Day 2 spends most of the budget', itemIds: [] },
      {
        rule: 'opening-hours',
        severity: 'error',
        message: 'MAAT is closed on Tuesdays',
        itemIds: ['maat'],
      },
      {
        rule: 'satisfaction',
        severity: 'info',
        members: [{ name: 'Ana', score: 0.8, matchedVisits: 4, visits: 5 }],
      },
      'not a finding',
    ]);
    expect(report.findings.map((f) => f.severity)).toEqual(['error', 'info']);
    expect(report.counts).toEqual({ error: 1, warning: 0, info: 1 });
    expect(report.satisfaction).toEqual([{ name: 'Ana', score: 0.8, matchedVisits: 4, visits: 5 }]);
  });
});

describe('reading the assistant stream', () => {
  it('returns each event once it is complete, across chunk boundaries', () => {
    const parser = createSseParser();
    expect(parser.push('event: step\ndata: {"agent":"planner",')).toEqual([]);
    expect(parser.push('"tool":"x","text":"y"}\n\nevent: done\r\n')).toEqual([
      { event: 'step', data: '{"agent":"planner","tool":"x","text":"y"}' },
    ]);
    expect(parser.push('data: {"type":"done"}\r\n\r\n: keep-alive\n\n')).toEqual([
      { event: 'done', data: '{"type":"done"}' },
    ]);
    expect(parser.push('event: error\ndata: {"message":"late"}')).toEqual([]);
    expect(parser.end()).toEqual([{ event: 'error', data: '{"message":"late"}' }]);
  });
});
