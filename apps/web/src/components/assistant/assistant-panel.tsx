'use client';
import type { TripSnapshot } from '@caravan/core';
import type { MemberNames } from '../workspace/members-context';
import { ProposalList } from './proposal-list';
import { RequestForm } from './request-form';
import type { RunCommand } from '../../lib/trip/use-trip';

interface Props {
  tripId: string;
  snapshot: TripSnapshot;
  readOnly: boolean;
  run: RunCommand;
  names: MemberNames;
  meId: string | null;
}

/** Plans and AI edits as proposals: ask for one, then inspect, vote and apply it together. */
export function AssistantPanel({ tripId, ...rest }: Props) {
  return (
    <section className="assistant" aria-labelledby="assistant-title">
      <h2 id="assistant-title">Assistant</h2>
      {rest.readOnly ? (
        <p className="muted">
          You can view this trip’s proposals; editors ask for plans and apply them.
        </p>
      ) : (
        <RequestForm tripId={tripId} />
      )}
      <ProposalList {...rest} />
    </section>
  );
}
