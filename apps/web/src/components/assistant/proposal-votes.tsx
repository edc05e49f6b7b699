'use client';
import type { Proposal } from '@caravan/core';
import { Avatar } from '../avatar';
import type { MemberNames } from '../workspace/members-context';
import { nameOf } from '../workspace/members-context';
import type { RunCommand } from '../../lib/trip/use-trip';

interface Props {
  proposal: Proposal;
  names: MemberNames;
  meId: string | null;
  canVote: boolean;
  run: RunCommand;
  onError: (message: string | null) => void;
}

/** Who voted what, and the member's own vote: one per member, pressed again to withdraw. */
export function ProposalVotes({ proposal, names, meId, canVote, run, onError }: Props) {
  const votes = Object.entries(proposal.votes);
  const mine = meId ? proposal.votes[meId] : undefined;
  const yes = votes.filter(([, v]) => v === 'up').length;
  const vote = (value: 'up' | 'down') =>
    void run({
      type: 'voteProposal',
      proposalId: proposal.id,
      vote: mine === value ? null : value,
    }).then(onError);
  return (
    <div className="proposal-votes">
      <p className="muted" data-votes-yes={yes} data-votes-no={votes.length - yes}>
        {votes.length === 0 ? 'No votes yet' : `${yes} yes · ${votes.length - yes} no`}
      </p>
      {votes.length > 0 ? (
        <ul className="voters" aria-label="Votes">
          {votes.map(([userId, value]) => (
            <li key={userId} data-voter={nameOf(names, userId)} data-vote={value}>
              <Avatar id={userId} name={nameOf(names, userId)} />
              <span>
                {nameOf(names, userId)}
                {userId === meId ? ' (you)' : ''}: {value === 'up' ? 'yes' : 'no'}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
      {canVote ? (
        <span className="vote-buttons">
          <button
            type="button"
            className="ghost"
            aria-pressed={mine === 'up'}
            onClick={() => vote('up')}
          >
            Vote yes
          </button>
          <button
            type="button"
            className="ghost"
            aria-pressed={mine === 'down'}
            onClick={() => vote('down')}
          >
            Vote no
          </button>
        </span>
      ) : null}
    </div>
  );
}
