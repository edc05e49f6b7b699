import { existsSync, readFileSync } from 'node:fs';
import { UsageError } from './errors.js';

/** Reads and decodes a JSON file, with messages that say which file and what is wrong. */
export function readJsonFile(path: string): unknown {
  if (!existsSync(path)) throw new UsageError(`file not found: ${path}`);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new UsageError(`cannot read ${path}: ${e instanceof Error ? e.message : String(e)}`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new UsageError(
      `${path} is not valid JSON: ${e instanceof Error ? e.message : String(e)}`,
    );
  }
}

/** Whether the argument names a JSON file rather than being a text request. */
export function looksLikeFile(input: string): boolean {
  return /\.json$/i.test(input) || (existsSync(input) && !input.includes(' '));
}
