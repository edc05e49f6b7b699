import { tripSnapshotSchema, type TripSnapshot } from '@caravan/core';
import { lintTrip } from '@caravan/planner';
import type { Args } from '../args.js';
import { convert, timeZoneAt } from '../environment.js';
import { EXIT, UsageError } from '../errors.js';
import { readJsonFile } from '../read-json.js';
import { renderFindings } from '../render/findings.js';
import type { Output } from './plan.js';

function readTrip(path: string, what: string): TripSnapshot {
  const parsed = tripSnapshotSchema.safeParse(readJsonFile(path));
  if (!parsed.success) {
    const issues = parsed.error.issues.map(
      (i) => `  - ${i.path.join('.') || '(root)'}: ${i.message}`,
    );
    throw new UsageError(`${path} is not a valid ${what}:\n${issues.join('\n')}`);
  }
  return parsed.data;
}

export function runLint(args: Args): Output {
  const trip = readTrip(args.input ?? '', 'trip');
  const baseline = args.baseline ? readTrip(args.baseline, 'baseline trip') : undefined;
  const findings = lintTrip(trip, { convert, timeZoneAt, ...(baseline ? { baseline } : {}) });
  const code = findings.some((f) => f.severity === 'error') ? EXIT.problems : EXIT.ok;
  if (args.json) return { out: `${JSON.stringify(findings, null, 2)}\n`, err: '', code };
  return { out: renderFindings(findings), err: '', code };
}
