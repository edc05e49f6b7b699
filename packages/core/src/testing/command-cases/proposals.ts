import type { CommandType } from '../../commands/schema';
import type { CommandCase } from './case';

export const proposalCases = {
  addProposal: {
    valid: [
      {
        type: 'addProposal',
        title: 'Rainy day plan',
        summary: 'Museums instead of the beach',
        source: 'ai',
        commands: [
          { type: 'addItem', item: { kind: 'place', title: 'Gulbenkian' }, to: '2026-05-03' },
          { type: 'deleteItem', itemId: 'beach' },
        ],
        findings: [{ rule: 'opening-hours', severity: 'info' }],
      },
    ],
    invalid: [
      {
        command: { type: 'addProposal', title: 'X', source: 'engine', commands: [] },
        code: 'invalid_command',
      },
      {
        command: {
          type: 'addProposal',
          title: 'X',
          source: 'engine',
          commands: [{ type: 'applyProposal', proposalId: 'plan' }],
        },
        code: 'invalid_command',
      },
      {
        command: {
          type: 'addProposal',
          title: 'X',
          source: 'oracle',
          commands: [{ type: 'deleteItem', itemId: 'beach' }],
        },
        code: 'invalid_command',
      },
    ],
  },
  voteProposal: {
    valid: [
      { type: 'voteProposal', proposalId: 'plan', vote: 'up' },
      { type: 'voteProposal', proposalId: 'plan', vote: 'down' },
    ],
    invalid: [
      {
        command: { type: 'voteProposal', proposalId: 'ghost', vote: 'up' },
        code: 'proposal_not_found',
      },
      {
        command: { type: 'voteProposal', proposalId: 'plan', vote: 'meh' },
        code: 'invalid_command',
      },
    ],
  },
  applyProposal: {
    valid: [{ type: 'applyProposal', proposalId: 'plan' }],
    invalid: [
      { command: { type: 'applyProposal', proposalId: 'ghost' }, code: 'proposal_not_found' },
    ],
  },
  dismissProposal: {
    valid: [{ type: 'dismissProposal', proposalId: 'plan' }],
    invalid: [
      { command: { type: 'dismissProposal', proposalId: 'ghost' }, code: 'proposal_not_found' },
    ],
  },
} satisfies Partial<Record<CommandType, CommandCase>>;
