'use client';
import type { Proposal, TripSnapshot } from '@caravan/core';
import type { MemberNames } from '../workspace/members-context';
import { ProposalCard } from './proposal-card';
import type { RunCommand } from '../../lib/trip/use-trip';

interface Props {
  snapshot: TripSnapshot;
  readOnly: boolean;
  run: RunCommand;
  names: MemberNames;
  meId: string | null;
}

const newestFirst = (a: Proposal, b: Proposal) => b.createdAt.localeCompare(a.createdAt);

/** The trip's proposals from the live document: everyone sees a new one the moment it lands. */
export function ProposalList(props: Props) {
  const { snapshot } = props;
  const open = snapshot.proposals.filter((p) => p.status === 'open').sort(newestFirst);
  const closed = snapshot.proposals.filter((p) => p.status !== 'open').sort(newestFirst);
  return (
    <section className="proposals" aria-labelledby="proposals-title">
      <h2 id="proposals-title">Proposals</h2>
      {open.length === 0 ? (
        <p className="muted">No open proposals. Describe a trip above to get one.</p>
      ) : (
        open.map((proposal) => <ProposalCard key={proposal.id} proposal={proposal} {...props} />)
      )}
      {closed.length > 0 ? (
        <details className="proposals-closed">
          <summary>Earlier proposals ({closed.length})</summary>
          {closed.map((proposal) => (
            <ProposalCard key={proposal.id} proposal={proposal} {...props} />
          ))}
        </details>
      ) : null}
    </section>
  );
}
