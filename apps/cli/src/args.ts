import { UsageError } from './errors.js';

export interface Args {
  command: 'plan' | 'lint' | 'help';
  input?: string;
  json: boolean;
  today?: string;
  seed?: number;
  baseline?: string;
}

export const usage = `Usage:
  caravan plan <request.json | "text request"> [--json] [--today YYYY-MM-DD] [--seed N]
  caravan lint <trip.json> [--json] [--baseline <trip-before.json>]

Exit status: 0 done, 1 the plan is impossible or the trip has errors, 2 invalid input.`;

export function parseArgs(argv: readonly string[]): Args {
  const rest = [...argv];
  const command = rest.shift();
  if (command === undefined || command === 'help' || command === '--help' || command === '-h')
    return { command: 'help', json: false };
  if (command !== 'plan' && command !== 'lint')
    throw new UsageError(`unknown command "${command}": use "plan" or "lint"`);
  const args: Args = { command, json: false };
  const positional: string[] = [];
  while (rest.length > 0) {
    const a = rest.shift()!;
    const value = (flag: string) => {
      const v = rest.shift();
      if (v === undefined || v.startsWith('--')) throw new UsageError(`${flag} needs a value`);
      return v;
    };
    if (a === '--json') args.json = true;
    else if (a === '--today') {
      args.today = value(a);
      if (!/^\d{4}-\d{2}-\d{2}$/.test(args.today))
        throw new UsageError(`--today must be a date YYYY-MM-DD, not "${args.today}"`);
    } else if (a === '--seed') {
      const n = Number(value(a));
      if (!Number.isInteger(n)) throw new UsageError('--seed must be a whole number');
      args.seed = n;
    } else if (a === '--baseline' && command === 'lint') args.baseline = value(a);
    else if (a.startsWith('--')) throw new UsageError(`unknown option ${a}`);
    else positional.push(a);
  }
  if (positional.length === 0)
    throw new UsageError(
      command === 'plan'
        ? 'plan needs a request: a JSON file or a text in quotes'
        : 'lint needs a trip JSON file',
    );
  args.input = positional.join(' ');
  return args;
}
