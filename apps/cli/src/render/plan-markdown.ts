import { formatMoney, type GenerateResult } from '@caravan/planner';
import { renderFindings } from './findings.js';

type Ok = Extract<GenerateResult, { ok: true }>;

function end(start: string, minutes: number): string {
  const [h, m] = start.split(':').map(Number);
  const t = ((h ?? 0) * 60 + (m ?? 0) + minutes) % 1440;
  return `${String(Math.floor(t / 60)).padStart(2, '0')}:${String(t % 60).padStart(2, '0')}`;
}

/** The plan as Markdown: a heading per day, a table of timed slots, then the trade-offs. */
export function renderPlanMarkdown(result: Ok, notes: readonly string[]): string {
  const { plan } = result;
  const out: string[] = [
    `# ${plan.title}`,
    '',
    `${plan.startDate} to ${plan.endDate} · estimated ${formatMoney(plan.total)}${plan.budget ? ` of ${formatMoney(plan.budget)}` : ''}`,
    '',
  ];
  for (const day of plan.days) {
    out.push(
      `## ${day.date} · ${day.cityName}`,
      '',
      '| Time | What | Travel before | Cost | Why |',
      '|---|---|---|---|---|',
    );
    for (const s of day.slots) {
      const time =
        s.kind === 'lodging'
          ? `from ${s.startTime}`
          : `${s.startTime}–${end(s.startTime, s.durationMinutes)}`;
      out.push(
        `| ${time} | ${s.title} | ${s.travelMinutesBefore > 0 ? `${s.travelMinutesBefore} min` : ''} | ${s.cost.amount > 0 ? formatMoney(s.cost) : 'free'} | ${s.why} |`,
      );
    }
    out.push('');
  }
  out.push('## Satisfaction', '');
  for (const s of result.satisfaction)
    out.push(
      `- ${s.name}: ${Math.round(s.score * 100)}% (${s.matchedVisits} of ${s.visits} visits match their interests)`,
    );
  const why = [...notes, ...result.explanations];
  if (why.length > 0) out.push('', '## Notes', '', ...why.map((e) => `- ${e}`));
  out.push('', '## Check report', '', renderFindings(result.lint).trimEnd(), '');
  return `${out.join('\n')}\n`;
}
