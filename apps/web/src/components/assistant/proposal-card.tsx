'use client';
import type { Proposal, TripSnapshot } from '@caravan/core';
import { useMemo, useState } from 'react';
import { formatRelative } from '../../lib/format';
import type { MemberNames } from '../workspace/members-context';
import { nameOf } from '../workspace/members-context';
import { readCheckReport } from './check-report';
import { CheckReportView } from './check-report-view';
import { diffProposal } from './proposal-diff';
import { ProposalDiffView } from './proposal-diff-view';
import { ProposalVotes } from './proposal-votes';
import type { RunCommand } from '../../lib/trip/use-trip';

const SOURCE_LABELS: Record<Proposal['source'], string> = {
  engine: 'planning engine',
  ai: 'AI model',
  member: 'member',
};

const STATUS_LABELS: Record<Proposal['status'], string> = {
  open: 'Open',
  applied: 'Applied',
  dismissed: 'Dismissed',
};

/** A refused apply in words: usually the trip changed since the proposal was made. */
function applyProblem(message: string | null): string | null {
  if (message === null) return null;
  if (/already taken/.test(message))
    return 'Some of its items are already in the trip (another plan with the same stops was applied). Generate a new plan instead.';
  return `This proposal no longer fits the trip: ${message}`;
}

interface Props {
  proposal: Proposal;
  snapshot: TripSnapshot;
  readOnly: boolean;
  run: RunCommand;
  names: MemberNames;
  meId: string | null;
}

/** One proposal: who and where from, votes, the check report, the diff, and apply / dismiss. */
export function ProposalCard({ proposal, snapshot, readOnly, run, names, meId }: Props) {
  const [error, setError] = useState<string | null>(null);
  const open = proposal.status === 'open';
  const report = useMemo(() => readCheckReport(proposal.findings), [proposal.findings]);
  const diff = useMemo(
    () => (open ? diffProposal(snapshot, proposal.commands) : null),
    [open, snapshot, proposal.commands],
  );
  const headingId = `proposal-${proposal.id}`;
  return (
    <article
      className={`card proposal proposal-${proposal.status}`}
      aria-labelledby={headingId}
      data-proposal-id={proposal.id}
      data-status={proposal.status}
    >
      <header className="proposal-header">
        <h3 id={headingId}>{proposal.title}</h3>
        <span className={`badge status-${proposal.status}`}>{STATUS_LABELS[proposal.status]}</span>
      </header>
      <p className="muted">
        By {nameOf(names, proposal.authorId)} with the {SOURCE_LABELS[proposal.source]} ·{' '}
        {formatRelative(proposal.createdAt)} · {proposal.commands.length} changes
      </p>
      {proposal.summary ? <p className="proposal-summary">{proposal.summary}</p> : null}
      <ProposalVotes
        proposal={proposal}
        names={names}
        meId={meId}
        canVote={open && !readOnly}
        run={run}
        onError={setError}
      />
      {open ? (
        <>
          <CheckReportView report={report} />
          <details className="proposal-diff" open>
            <summary>Changes to the trip</summary>
            {diff ? <ProposalDiffView diff={diff} startDate={snapshot.details.startDate} /> : null}
          </details>
        </>
      ) : null}
      {open && !readOnly ? (
        <div className="inline-form proposal-actions">
          <button
            type="button"
            className="primary"
            onClick={() =>
              void run({ type: 'applyProposal', proposalId: proposal.id }).then((problem) =>
                setError(applyProblem(problem)),
              )
            }
          >
            Apply to the trip
          </button>
          <button
            type="button"
            className="ghost"
            onClick={() =>
              void run({ type: 'dismissProposal', proposalId: proposal.id }).then(setError)
            }
          >
            Dismiss
          </button>
        </div>
      ) : null}
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
    </article>
  );
}
