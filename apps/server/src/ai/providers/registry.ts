import { createAnthropic } from '@ai-sdk/anthropic';
import { createOpenAI } from '@ai-sdk/openai';
import type { LanguageModel } from 'ai';
import CircuitBreaker from 'opossum';
import type { AiConfig } from '../../config/sections/ai.js';

export type ProviderName = 'openai' | 'anthropic';

/** USD per million tokens. */
export interface Price {
  input: number;
  output: number;
}

/** One configured model, with its own circuit breaker. */
export interface ModelProvider {
  name: ProviderName;
  modelId: string;
  model: LanguageModel;
  price: Price;
  breaker: CircuitBreaker<[() => Promise<unknown>], unknown>;
}

/** Errors that say nothing about the provider's health (e.g. a malformed answer). */
export type BreakerIgnores = (error: unknown) => boolean;

function breakerFor(config: AiConfig, ignores: BreakerIgnores) {
  return new CircuitBreaker((run: () => Promise<unknown>) => run(), {
    // Timeouts are the call's own (AbortSignal), so the breaker never abandons a running call.
    timeout: false,
    volumeThreshold: config.breakerFailures,
    errorThresholdPercentage: 50,
    resetTimeout: config.breakerResetMs,
    rollingCountTimeout: Math.max(10_000, config.breakerResetMs),
    errorFilter: ignores,
  });
}

/** The fallback chain in order: OpenAI (or any OpenAI-compatible server), then Anthropic. */
export function createProviders(config: AiConfig, ignores: BreakerIgnores): ModelProvider[] {
  const providers: ModelProvider[] = [];
  if (config.openai) {
    const openai = createOpenAI({
      apiKey: config.openai.apiKey,
      ...(config.openai.baseURL ? { baseURL: config.openai.baseURL } : {}),
    });
    providers.push({
      name: 'openai',
      modelId: config.openai.model,
      // Chat completions: the wire format OpenAI-compatible servers (Ollama, vLLM) speak.
      model: openai.chat(config.openai.model),
      price: config.openai.price,
      breaker: breakerFor(config, ignores),
    });
  }
  if (config.anthropic) {
    const anthropic = createAnthropic({
      apiKey: config.anthropic.apiKey,
      ...(config.anthropic.baseURL ? { baseURL: config.anthropic.baseURL } : {}),
    });
    providers.push({
      name: 'anthropic',
      modelId: config.anthropic.model,
      model: anthropic(config.anthropic.model),
      price: config.anthropic.price,
      breaker: breakerFor(config, ignores),
    });
  }
  return providers;
}
