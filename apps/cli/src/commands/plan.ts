import {
  generatePlan,
  parseRequestJson,
  parseRequestText,
  planToCommands,
  type PlanRequest,
} from '@caravan/planner';
import type { Args } from '../args.js';
import { generateOptions, interestTags, resolveCity } from '../environment.js';
import { EXIT, UsageError } from '../errors.js';
import { looksLikeFile, readJsonFile } from '../read-json.js';
import { renderPlanMarkdown } from '../render/plan-markdown.js';

export interface Output {
  out: string;
  err: string;
  code: number;
}

function readRequest(input: string, today: string): { request: PlanRequest; notes: string[] } {
  const parsed = looksLikeFile(input)
    ? parseRequestJson(readJsonFile(input), resolveCity)
    : parseRequestText(input, { referenceDate: today, resolveCity, interestTags });
  if (!parsed.ok) {
    throw new UsageError(
      `invalid request:\n${parsed.issues.map((i) => `  - ${i.field}: ${i.message}`).join('\n')}`,
    );
  }
  return { request: parsed.value, notes: parsed.notes };
}

export function runPlan(args: Args): Output {
  const today = args.today ?? new Date().toISOString().slice(0, 10);
  const { request, notes } = readRequest(args.input ?? '', today);
  const result = generatePlan(request, generateOptions(args.seed));
  if (!result.ok) {
    const text = `No plan is possible:\n${result.reasons.map((r) => `  - ${r}`).join('\n')}\n`;
    return args.json
      ? {
          out: `${JSON.stringify({ ok: false, reasons: result.reasons }, null, 2)}\n`,
          err: '',
          code: EXIT.problems,
        }
      : { out: '', err: text, code: EXIT.problems };
  }
  if (args.json) {
    const json = { ...result, request, notes, commands: planToCommands(result.plan) };
    return { out: `${JSON.stringify(json, null, 2)}\n`, err: '', code: EXIT.ok };
  }
  return { out: renderPlanMarkdown(result, notes), err: '', code: EXIT.ok };
}
