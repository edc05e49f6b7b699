import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readTripSnapshot } from '../doc/read';
import { tripSnapshotSchema } from '../schema/snapshot';
import { seededTrip } from '../testing/seeded';
import { contextFor } from '../testing/trip';
import { applyCommand } from './apply';
import { CommandError } from './errors';
import { THREAD, type CommandCase } from '../testing/command-cases/case';
import { itineraryCases } from '../testing/command-cases/itinerary';
import { proposalCases } from '../testing/command-cases/proposals';
import { collabCases } from '../testing/command-cases/collab';
import { expenseCases } from '../testing/command-cases/expenses';
import { COMMAND_TYPES, type CommandType } from './schema';

/** One or more accepted and refused examples for every command type. */
const cases: Record<CommandType, CommandCase> = {
  ...itineraryCases,
  ...expenseCases,
  ...collabCases,
  ...proposalCases,
};

function withThread(command: unknown, threadId: string): unknown {
  return JSON.parse(JSON.stringify(command).replaceAll(THREAD, threadId)) as unknown;
}

function refusal(run: () => unknown): CommandError {
  try {
    run();
  } catch (error) {
    if (error instanceof CommandError) return error;
    throw error;
  }
  throw new Error('the command was accepted');
}

const bob = contextFor('bob');

describe('every command', () => {
  it('has accepted and refused examples in this table', () => {
    expect(Object.keys(cases).sort()).toEqual([...COMMAND_TYPES].sort());
  });

  describe.each(COMMAND_TYPES.map((type) => [type, cases[type]] as const))('%s', (_type, c) => {
    it('applies valid input and the trip stays valid against the schema', () => {
      for (const command of c.valid) {
        const { doc, threadId } = seededTrip();
        const before = readTripSnapshot(doc);
        applyCommand(doc, withThread(command, threadId), contextFor(c.actor ?? 'bob'));
        const after = readTripSnapshot(doc);
        expect(tripSnapshotSchema.safeParse(after).success).toBe(true);
        expect(after).not.toEqual(before);
      }
    });

    it('refuses bad input with a stable code and leaves the document untouched', () => {
      for (const { command, code } of c.invalid) {
        const { doc, threadId } = seededTrip();
        const before = Y.encodeStateAsUpdate(doc);
        const error = refusal(() => applyCommand(doc, withThread(command, threadId), bob));
        expect({ command, code: error.code }).toEqual({ command, code });
        expect(error.message.length).toBeGreaterThan(0);
        expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
      }
    });
  });
});
