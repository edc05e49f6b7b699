import type { Finding } from '../lint/index.js';
import type { PlanRequest } from '../request/schema.js';
import type { LodgingStyle } from './costs.js';
import { excluded, phraseMatches } from './preferences.js';
import type { Stay } from './stays.js';
import type { CataloguePlaceLike, MemberSatisfaction, Plan } from './types.js';

/** Plain-language reasons for the plan's trade-offs, in the order a reader would ask. */
export function explainPlan(input: {
  request: PlanRequest;
  plan: Plan;
  stays: Stay[];
  style: LodgingStyle;
  satisfaction: MemberSatisfaction[];
  mustSeeHit: Set<string>;
  lint: Finding[];
  allPlaces: CataloguePlaceLike[];
}): string[] {
  const { request, plan } = input;
  const out: string[] = [];
  if (plan.destinations.length > 1) {
    out.push(
      `Route: ${plan.destinations.map((d) => `${d.name} (${d.firstDate} to ${d.lastDate})`).join(', then ')}; each move happens in the morning of the first day in the next city.`,
    );
  }
  const wanted = request.lodging?.style ?? 'mid';
  if (input.style !== wanted)
    out.push(`Lodging is ${input.style} rather than ${wanted} so the trip fits the budget.`);
  for (const m of request.mustSee) {
    if (input.mustSeeHit.has(m)) continue;
    const place = input.allPlaces.find((p) => phraseMatches(m, p));
    if (!place)
      out.push(`"${m}" is not in the catalogue for these cities, so it could not be scheduled.`);
    else if (excluded(request, place))
      out.push(`"${m}" was left out: ${excluded(request, place)}.`);
    else out.push(`"${m}" did not fit: its opening hours or the budget left no slot for it.`);
  }
  const avoided = input.allPlaces.filter((p) => excluded(request, p)).length;
  if (avoided > 0)
    out.push(
      `${avoided} place${avoided === 1 ? ' was' : 's were'} left out for the avoid list or mobility needs.`,
    );
  const diets = [...new Set([...request.diet, ...request.party.flatMap((m) => m.diet)])];
  if (diets.length > 0) {
    out.push(
      `Meals favour places tagged for ${diets.join(', ')} where the catalogue has them; check menus for ${diets.join(', ')} options when booking.`,
    );
  }
  const sat = [...input.satisfaction].sort((a, b) => a.score - b.score);
  const low = sat[0];
  const high = sat.at(-1);
  if (low && high && input.satisfaction.length > 1 && low.score < high.score) {
    out.push(
      `Interests are balanced across the group: ${input.satisfaction.map((s) => `${s.name} ${Math.round(s.score * 100)}%`).join(', ')} of visits match each member's interests; the least served (${low.name}) was favoured when choosing each next day.`,
    );
  }
  const errors = input.lint.filter((f) => f.severity === 'error');
  for (const e of errors) out.push(`Unavoidable: ${e.message}`);
  return out;
}
