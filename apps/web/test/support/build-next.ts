import { ensureBuild } from '../../scripts/ensure-build';

/**
 * Vitest global setup of the browser tests: they run against the production build served by the
 * real server, so build it first when it is missing or stale (a fresh clone in CI builds once).
 */
export default function setup(): void {
  ensureBuild();
}
