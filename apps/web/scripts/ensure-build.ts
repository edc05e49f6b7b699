import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const WEB_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BUILD_ID = path.join(WEB_DIR, '.next', 'BUILD_ID');
const SOURCES = [path.join(WEB_DIR, 'src'), path.join(WEB_DIR, 'public')];
/** Build settings: a change here changes the output as much as a source file does. */
const CONFIG_FILES = [path.join(WEB_DIR, 'next.config.mjs'), path.join(WEB_DIR, 'package.json')];

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    const mtime = entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs;
    if (mtime > newest) newest = mtime;
  }
  return newest;
}

/** True when there is no production build or a source file changed since it was made. */
export function needsBuild(): boolean {
  if (!existsSync(BUILD_ID)) return true;
  const built = statSync(BUILD_ID).mtimeMs;
  return (
    SOURCES.some((dir) => existsSync(dir) && newestMtime(dir) > built) ||
    CONFIG_FILES.some((file) => existsSync(file) && statSync(file).mtimeMs > built)
  );
}

/**
 * Builds the production web app when it is missing or stale. `npm start` runs this first, and so
 * do the browser tests, so a fresh clone builds once and later starts are immediate.
 */
export function ensureBuild(): void {
  if (!needsBuild()) return;
  console.log('Building the web app (first start only, a few minutes)...');
  const result = spawnSync('npx', ['next', 'build', '--webpack'], {
    cwd: WEB_DIR,
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  if (result.status !== 0) throw new Error(`next build failed with status ${result.status}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  ensureBuild();
}
