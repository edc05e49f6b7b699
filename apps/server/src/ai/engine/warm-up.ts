import type { Logger } from 'pino';
import { planWithEngine } from './plan.js';

const SAMPLE_REQUEST = '3 days in Lisbon in May for 2 friends, EUR 900, food and history';

/**
 * Plans a sample trip a few times so the engine's code is compiled and its catalogue indexes are
 * built before the first member asks: the first plan of a fresh process takes several times
 * longer than the next ones.
 */
export function warmUpEngine(logger: Logger): void {
  const started = performance.now();
  for (let run = 0; run < 3; run++) {
    if (!planWithEngine(SAMPLE_REQUEST).ok) {
      logger.warn('planning engine warm-up: the sample request was refused');
      return;
    }
  }
  logger.info({ ms: Math.round(performance.now() - started) }, 'planning engine ready');
}
