import { generateText, Output } from 'ai';
import { setTimeout as delay } from 'node:timers/promises';
import type { z } from 'zod';
import type { UsageLedger } from '../usage.js';
import { classify, isRetryable, type FailureReason } from './errors.js';
import type { ModelProvider, ProviderName } from './registry.js';

export interface CallPolicy {
  timeoutMs: number;
  retries: number;
  retryBaseMs: number;
}

export interface StructuredRequest<T> {
  purpose: string;
  system?: string;
  prompt: string;
  schema: z.ZodType<T>;
  /** The repair step: a reason to refuse a well-formed answer (e.g. nothing valid left). */
  check?: (value: T) => string | undefined;
  tripId?: string;
  userId?: string;
}

export interface Attempt {
  provider: ProviderName;
  outcome: 'ok' | FailureReason;
  detail?: string;
}

export type StructuredResult<T> =
  | { ok: true; value: T; via: ProviderName; attempts: Attempt[]; repaired: boolean }
  | { ok: false; attempts: Attempt[] };

/** A well-formed answer the repair step refused; handled like malformed output. */
class RejectedAnswer extends Error {
  readonly reason = 'rejected';
}

const REPAIR_NOTE =
  'Your previous reply could not be used because: {why}. Reply again with JSON only, exactly in the requested shape.';

/**
 * Asks each provider in turn for a zod-valid answer. Per provider: retryable failures (timeout,
 * 429, 5xx, network) are retried with exponential backoff through its circuit breaker; malformed
 * or refused output gets one repair retry; then the next provider. Every attempt is accounted.
 */
export async function callStructured<T>(
  providers: readonly ModelProvider[],
  policy: CallPolicy,
  ledger: UsageLedger,
  request: StructuredRequest<T>,
): Promise<StructuredResult<T>> {
  const attempts: Attempt[] = [];
  for (const provider of providers) {
    let prompt = request.prompt;
    let repaired = false;
    for (let attempt = 0; ; attempt += 1) {
      const started = Date.now();
      try {
        const result = (await provider.breaker.fire(async () => {
          const answer = await generateText({
            model: provider.model,
            ...(request.system ? { system: request.system } : {}),
            prompt,
            output: Output.object({ schema: request.schema }),
            maxRetries: 0,
            abortSignal: AbortSignal.timeout(policy.timeoutMs),
            providerOptions: {
              openai: { strictJsonSchema: false },
              anthropic: { structuredOutputMode: 'jsonTool' },
            },
          });
          const answered: Answer<T> = { output: answer.output, usage: answer.usage };
          return answered;
        })) as Answer<T>;
        const { output, usage } = result;
        const refusal = request.check?.(output);
        await account(ledger, provider, request, started, refusal ? 'rejected' : 'ok', usage);
        if (refusal) throw new RejectedAnswer(refusal);
        attempts.push({ provider: provider.name, outcome: 'ok' });
        return { ok: true, value: output, via: provider.name, attempts, repaired };
      } catch (error) {
        const reason = error instanceof RejectedAnswer ? 'rejected' : classify(error);
        const detail = error instanceof Error ? error.message.slice(0, 300) : String(error);
        if (!(error instanceof RejectedAnswer)) {
          await account(ledger, provider, request, started, reason, usageOf(error));
        }
        attempts.push({ provider: provider.name, outcome: reason, detail });
        if ((reason === 'malformed' || reason === 'rejected') && !repaired) {
          repaired = true;
          prompt = `${request.prompt}\n\n${REPAIR_NOTE.replace('{why}', detail)}`;
          continue;
        }
        if (isRetryable(reason) && attempt < policy.retries) {
          await delay(policy.retryBaseMs * 2 ** attempt);
          continue;
        }
        break;
      }
    }
  }
  return { ok: false, attempts };
}

interface Answer<T> {
  output: T;
  usage: Usage;
}

interface Usage {
  inputTokens: number | undefined;
  outputTokens: number | undefined;
}

function usageOf(error: unknown): Usage | undefined {
  if (typeof error === 'object' && error !== null && 'usage' in error) {
    return error.usage as Usage | undefined;
  }
  return undefined;
}

async function account(
  ledger: UsageLedger,
  provider: ModelProvider,
  request: Pick<StructuredRequest<unknown>, 'purpose' | 'tripId' | 'userId'>,
  started: number,
  outcome: string,
  usage: Usage | undefined,
): Promise<void> {
  await ledger.record(
    {
      provider: provider.name,
      model: provider.modelId,
      purpose: request.purpose,
      outcome,
      inputTokens: usage?.inputTokens ?? 0,
      outputTokens: usage?.outputTokens ?? 0,
      durationMs: Date.now() - started,
      tripId: request.tripId,
      userId: request.userId,
    },
    provider.price,
  );
}

/** A one-line account of what happened, for the response's `fallbackReason`. */
export function describeAttempts(attempts: readonly Attempt[]): string | undefined {
  const failed = attempts.filter((a) => a.outcome !== 'ok');
  if (failed.length === 0) return undefined;
  const byProvider = new Map<ProviderName, string[]>();
  for (const a of failed)
    byProvider.set(a.provider, [...(byProvider.get(a.provider) ?? []), a.outcome]);
  return [...byProvider].map(([name, outcomes]) => `${name}: ${outcomes.join(', ')}`).join('; ');
}
