import { parseArgs, usage } from './args.js';
import type { Output } from './commands/plan.js';
import { EXIT, UsageError } from './errors.js';

/** Runs one command and returns the exit status; output goes to stdout, problems to stderr. */
export async function main(argv: readonly string[]): Promise<number> {
  let result: Output;
  try {
    const args = parseArgs(argv);
    switch (args.command) {
      case 'help':
        result = { out: `${usage}\n`, err: '', code: EXIT.ok };
        break;
      case 'plan':
        // Loaded on demand: the catalogue and gazetteer are large and lint needs no catalogue.
        result = (await import('./commands/plan.js')).runPlan(args);
        break;
      case 'lint':
        result = (await import('./commands/lint.js')).runLint(args);
        break;
    }
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    result = { out: '', err: `caravan: ${e.message}\n\n${usage}\n`, code: EXIT.invalidInput };
  }
  await write(process.stdout, result.out);
  await write(process.stderr, result.err);
  return result.code;
}

/** Waits for the stream to take the text, so large JSON is not cut off at exit. */
function write(stream: NodeJS.WriteStream, text: string): Promise<void> {
  if (text.length === 0) return Promise.resolve();
  return new Promise((resolve) => stream.write(text, () => resolve()));
}
