import type { CityResolver } from './cities.js';
import type { Parsed, RequestIssue } from './issues.js';
import { planRequestSchema, requestDayCount, type PlanRequest } from './schema.js';

/**
 * Validates a structured request (already JSON-decoded) and resolves its cities, returning issues
 * that name each field at fault (`party.1.interests`, `destinations.0.city`).
 */
export function parseRequestJson(input: unknown, resolveCity: CityResolver): Parsed<PlanRequest> {
  const parsed = planRequestSchema.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.error.issues.map((i): RequestIssue => ({
        code: 'invalid_field',
        field: i.path.join('.') || '(root)',
        message: i.message,
      })),
    };
  }
  const request = parsed.data;
  const issues: RequestIssue[] = [];
  const destinations = request.destinations.map((d, i) => {
    const city = resolveCity(d.city);
    if (!city)
      issues.push({
        code: 'unknown_city',
        field: `destinations.${i}.city`,
        message: `"${d.city}" is not a city the planner knows`,
      });
    return { ...d, city: city?.id ?? d.city };
  });
  const fixed = request.fixed.map((f, i) => {
    const city = resolveCity(f.city);
    if (!city)
      issues.push({
        code: 'unknown_city',
        field: `fixed.${i}.city`,
        message: `"${f.city}" is not a city the planner knows`,
      });
    return { ...f, city: city?.id ?? f.city };
  });
  const days = requestDayCount(request);
  const stated = destinations.reduce((s, d) => s + (d.days ?? 0), 0);
  if (
    destinations.every((d) => d.days !== undefined) &&
    stated !== days &&
    destinations.length > 0
  ) {
    issues.push({
      code: 'invalid_field',
      field: 'destinations',
      message: `the stays add up to ${stated} days but the trip lasts ${days}`,
    });
  }
  if (issues.length > 0) return { ok: false, issues };
  return {
    ok: true,
    value: { ...request, destinations, fixed },
    notes: [],
  };
}
