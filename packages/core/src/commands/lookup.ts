import * as Y from 'yjs';
import { childMap } from '../doc/layout';
import { CommandError, type CommandErrorCode, type IssuePath } from './errors';

/** The entity's Y.Map, or a `*_not_found` error naming the field that referred to it. */
export function requireRecord(
  collection: Y.Map<unknown>,
  id: string,
  code: CommandErrorCode,
  path: IssuePath,
  noun: string,
): Y.Map<unknown> {
  const record = childMap(collection, id);
  if (!record) throw new CommandError(code, `${noun} ${id} does not exist`, path);
  return record;
}

export function requireFreeId(collection: Y.Map<unknown>, id: string, path: IssuePath): void {
  if (collection.has(id)) {
    throw new CommandError('duplicate_id', `id ${id} is already taken`, path);
  }
}

export function requireIndex(index: number | undefined, length: number, path: IssuePath): number {
  if (index === undefined) return length;
  if (index > length) {
    throw new CommandError(
      'index_out_of_range',
      `index ${index} is past the end (${length})`,
      path,
    );
  }
  return index;
}

export function arrayOfMaps(array: Y.Array<unknown> | undefined): Y.Map<unknown>[] {
  if (!array) return [];
  return array.toArray().filter((value): value is Y.Map<unknown> => value instanceof Y.Map);
}
