import type { ContentCommand, MemberRole, Proposal, ProposalSource } from '@caravan/core';
import type { Finding, MemberSatisfaction } from '@caravan/planner';
import type { TripDocuments } from '../documents/index.js';

/** What becomes one open proposal in the trip. */
export interface ProposalDraft {
  title: string;
  summary: string;
  source: ProposalSource;
  commands: ContentCommand[];
  lint: Finding[];
  satisfaction: MemberSatisfaction[];
}

/** Findings are stored as JSON next to the diff: the lint, then each member's satisfaction. */
export function proposalFindings(draft: Pick<ProposalDraft, 'lint' | 'satisfaction'>): unknown[] {
  const entries: unknown[] = [
    ...draft.lint,
    ...(draft.satisfaction.length > 0
      ? [{ rule: 'satisfaction', severity: 'info', members: draft.satisfaction }]
      : []),
  ];
  // JSON round trip drops `undefined` fields, which the document's JSON schema refuses.
  return JSON.parse(JSON.stringify(entries)) as unknown[];
}

export function summaryOf(satisfaction: readonly MemberSatisfaction[], extra: string[]): string {
  const members = satisfaction.map((m) => `${m.name} ${Math.round(m.score * 100)}%`).join(', ');
  return [...extra, ...(members ? [`Interests matched: ${members}.`] : [])]
    .join('\n')
    .slice(0, 5000);
}

/**
 * Adds the draft as an open proposal through the live document (connected members see it at
 * once) and returns it as stored. Applying it later is core's `applyProposal`: one transaction.
 */
export async function addProposal(
  documents: TripDocuments,
  target: { tripId: string; actorId: string; role: MemberRole },
  draft: ProposalDraft,
): Promise<Proposal> {
  const { snapshot, results } = await documents.apply(
    target.tripId,
    target.actorId,
    {
      type: 'addProposal',
      title: draft.title.slice(0, 200),
      summary: draft.summary,
      source: draft.source,
      commands: draft.commands,
      findings: proposalFindings(draft) as Proposal['findings'],
    },
    { role: target.role },
  );
  const id = results[0]?.id;
  const proposal = snapshot.proposals.find((p) => p.id === id);
  if (!proposal) throw new Error(`proposal ${String(id)} missing after it was added`);
  return proposal;
}
