import { createRequire } from 'node:module';

// The data packages are CommonJS/JSON; createRequire loads them from ESM without import attributes.
const require = createRequire(import.meta.url);

export function requireData(specifier: string): unknown {
  return require(specifier) as unknown;
}
