import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { AiConfig } from '../config/sections/ai.js';
import type { DB } from '../db/schema.js';
import { loadPrompts, type Prompt, type PromptName } from './prompts/index.js';
import type { CallPolicy } from './providers/call.js';
import { isMalformed } from './providers/errors.js';
import { createProviders, type ModelProvider } from './providers/registry.js';
import { createUsageLedger, type UsageLedger } from './usage.js';

/** The model layer of one server: providers with their breakers, prompts and the ledger. */
export interface AiService {
  providers: ModelProvider[];
  policy: CallPolicy;
  ledger: UsageLedger;
  prompt(name: PromptName): Prompt;
  /** Whether any model is configured; without one everything runs on the engine. */
  enabled: boolean;
  close(): void;
}

export function createAiService(deps: {
  config: AiConfig;
  db: Kysely<DB>;
  logger: Logger;
}): AiService {
  const prompts = loadPrompts();
  // A malformed answer says nothing about a provider's health: it does not trip the breaker.
  const providers = createProviders(deps.config, isMalformed);
  for (const provider of providers) {
    provider.breaker.on('open', () =>
      deps.logger.warn({ provider: provider.name }, 'model breaker open'),
    );
    provider.breaker.on('close', () =>
      deps.logger.info({ provider: provider.name }, 'model breaker closed'),
    );
  }
  return {
    providers,
    policy: {
      timeoutMs: deps.config.timeoutMs,
      retries: deps.config.retries,
      retryBaseMs: deps.config.retryBaseMs,
    },
    ledger: createUsageLedger(deps.db, deps.logger),
    prompt(name) {
      const prompt = prompts.get(name);
      if (!prompt) throw new Error(`prompt ${name} not loaded`);
      return prompt;
    },
    enabled: providers.length > 0,
    close() {
      providers.forEach((p) => p.breaker.shutdown());
    },
  };
}

const services = new WeakMap<object, AiService>();

/** One service per assembled app (its route context), shared by every AI route. */
export function aiServiceFor(context: {
  config: { ai: AiConfig };
  db: Kysely<DB>;
  logger: Logger;
}): AiService {
  let service = services.get(context);
  if (!service) {
    service = createAiService({
      config: context.config.ai,
      db: context.db,
      logger: context.logger,
    });
    services.set(context, service);
  }
  return service;
}
