import * as Y from 'yjs';
import { applyCommand } from '../commands/apply';
import type { CommandContext, CommandResult } from '../commands/context';
import type { CommandInput } from '../commands/schema';
import { createTripDoc } from '../doc/init';
import type { TripDetailsInput } from '../schema/details';

/** Fixtures for tests: a three-day trip and deterministic ids and clock. */
export const sampleDetails: TripDetailsInput = {
  title: 'Lisbon long weekend',
  startDate: '2026-05-01',
  endDate: '2026-05-03',
  timezone: 'Europe/Lisbon',
  currency: 'EUR',
  destinations: [{ name: 'Lisbon', lat: 38.72, lon: -9.14, countryCode: 'PT' }],
};

export function sequentialIds(prefix = 'id'): () => string {
  let next = 0;
  return () => `${prefix}-${++next}`;
}

export function buildTrip(details: Partial<TripDetailsInput> = {}): Y.Doc {
  return createTripDoc({ ...sampleDetails, ...details });
}

export function contextFor(actorId: string, extra: Partial<CommandContext> = {}): CommandContext {
  return {
    actorId,
    now: new Date('2026-04-01T10:00:00.000Z'),
    newId: sequentialIds(actorId),
    ...extra,
  };
}

/** Applies commands in order with one context, returning each result. */
export function run(doc: Y.Doc, ctx: CommandContext, ...commands: CommandInput[]): CommandResult[] {
  return commands.map((command) => applyCommand(doc, command, ctx));
}

export function docState(doc: Y.Doc): string {
  return Buffer.from(Y.encodeStateAsUpdate(doc)).toString('base64');
}
