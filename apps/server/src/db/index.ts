export {
  createDatabase,
  type Database,
  type DatabaseOptions,
  type DialectName,
} from './database.js';
export type { DB } from './schema.js';
