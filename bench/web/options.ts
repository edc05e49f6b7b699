import { parseArgs } from 'node:util';

export interface WebBenchOptions {
  out: string;
  days: number;
  itemsPerDay: number;
  /** How many times to measure; only benchmarks that repeat accept `--runs`. */
  runs: number;
}

function positive(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 200) {
    throw new Error(`--${name} must be a whole number from 1 to 200, got "${value}"`);
  }
  return n;
}

/**
 * `--out <file>` (where the JSON goes), `--days <n>` and `--items <n>` (per day) of the trip, and
 * `--runs <n>` when the benchmark repeats its measurement (`defaultRuns` given).
 */
export function parseWebBenchArgs(
  argv: string[],
  defaultOut: string,
  defaultRuns?: number,
): WebBenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      out: { type: 'string' },
      days: { type: 'string' },
      items: { type: 'string' },
      ...(defaultRuns === undefined ? {} : { runs: { type: 'string' as const } }),
    },
    strict: true,
  });
  const runs = (values as { runs?: string }).runs;
  return {
    out: values.out ?? defaultOut,
    days: positive('days', values.days, 30),
    itemsPerDay: positive('items', values.items, 15),
    runs: positive('runs', runs, defaultRuns ?? 1),
  };
}
