import { z } from 'zod';
import { integerInRange } from '../parsers.js';

/** An unset or empty variable both mean: not configured. */
const optionalSecret = z
  .string()
  .optional()
  .transform((value) => value?.trim() || undefined);

const httpUrl = z.url({ protocol: /^https?$/, error: 'must be an http(s):// URL' });
/** US dollars per million tokens, e.g. `0.15`. */
const pricePerMillion = z
  .string()
  .trim()
  .regex(/^\d+(\.\d+)?$/, { error: 'must be a price in USD per million tokens, e.g. 0.15' })
  .transform(Number);

/**
 * Optional language models. A provider is enabled by its key; without any key every feature
 * runs on the deterministic planning engine. OPENAI_BASE_URL points at any OpenAI-compatible
 * server (Ollama, vLLM), for which a placeholder key such as `ollama` will do.
 */
export const aiSection = z
  .object({
    OPENAI_API_KEY: optionalSecret,
    OPENAI_BASE_URL: httpUrl.optional(),
    OPENAI_MODEL: z.string().min(1).default('gpt-4o-mini'),
    OPENAI_INPUT_USD_PER_MTOK: pricePerMillion.default(0.15),
    OPENAI_OUTPUT_USD_PER_MTOK: pricePerMillion.default(0.6),
    ANTHROPIC_API_KEY: optionalSecret,
    ANTHROPIC_BASE_URL: httpUrl.optional(),
    ANTHROPIC_MODEL: z.string().min(1).default('claude-3-5-haiku-latest'),
    ANTHROPIC_INPUT_USD_PER_MTOK: pricePerMillion.default(0.8),
    ANTHROPIC_OUTPUT_USD_PER_MTOK: pricePerMillion.default(4),
    AI_TIMEOUT_MS: integerInRange(50, 300_000).default(30_000),
    AI_RETRIES: integerInRange(0, 5).default(2),
    AI_RETRY_BASE_MS: integerInRange(1, 60_000).default(500),
    AI_BREAKER_FAILURES: integerInRange(1, 100).default(5),
    AI_BREAKER_RESET_MS: integerInRange(10, 3_600_000).default(60_000),
  })
  .transform((env) => ({
    openai: env.OPENAI_API_KEY
      ? {
          apiKey: env.OPENAI_API_KEY,
          baseURL: env.OPENAI_BASE_URL,
          model: env.OPENAI_MODEL,
          price: { input: env.OPENAI_INPUT_USD_PER_MTOK, output: env.OPENAI_OUTPUT_USD_PER_MTOK },
        }
      : undefined,
    anthropic: env.ANTHROPIC_API_KEY
      ? {
          apiKey: env.ANTHROPIC_API_KEY,
          baseURL: env.ANTHROPIC_BASE_URL,
          model: env.ANTHROPIC_MODEL,
          price: {
            input: env.ANTHROPIC_INPUT_USD_PER_MTOK,
            output: env.ANTHROPIC_OUTPUT_USD_PER_MTOK,
          },
        }
      : undefined,
    timeoutMs: env.AI_TIMEOUT_MS,
    retries: env.AI_RETRIES,
    retryBaseMs: env.AI_RETRY_BASE_MS,
    breakerFailures: env.AI_BREAKER_FAILURES,
    breakerResetMs: env.AI_BREAKER_RESET_MS,
  }));

export type AiConfig = z.output<typeof aiSection>;
