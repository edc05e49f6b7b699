import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { DB } from '../db/schema.js';
import type { Price, ProviderName } from './providers/registry.js';

export interface UsageEntry {
  provider: ProviderName;
  model: string;
  purpose: string;
  outcome: string;
  inputTokens: number;
  outputTokens: number;
  durationMs: number;
  tripId?: string | undefined;
  userId?: string | undefined;
}

/** Millionths of a dollar: the price is USD per million tokens, so tokens × price. */
export function costMicroUsd(price: Price, inputTokens: number, outputTokens: number): number {
  return Math.round(inputTokens * price.input + outputTokens * price.output);
}

export interface UsageTotals {
  provider: string;
  calls: number;
  failures: number;
  inputTokens: number;
  outputTokens: number;
  costMicroUsd: number;
}

/** Token and cost accounting: every call (failed ones too) is a row and a log line. */
export function createUsageLedger(db: Kysely<DB>, logger: Logger) {
  return {
    async record(entry: UsageEntry, price: Price): Promise<void> {
      const cost = costMicroUsd(price, entry.inputTokens, entry.outputTokens);
      logger.info({ ai: { ...entry, costMicroUsd: cost } }, 'model call');
      try {
        await db
          .insertInto('ai_usage')
          .values({
            trip_id: entry.tripId ?? null,
            user_id: entry.userId ?? null,
            provider: entry.provider,
            model: entry.model,
            purpose: entry.purpose,
            outcome: entry.outcome,
            input_tokens: entry.inputTokens,
            output_tokens: entry.outputTokens,
            cost_micro_usd: cost,
            duration_ms: entry.durationMs,
          })
          .execute();
      } catch (error) {
        // Accounting must never fail the user's request.
        logger.warn({ err: error }, 'could not record model usage');
      }
    },

    /** Totals per provider since a moment (all time by default), of everyone or of one user. */
    async totals(since?: Date, filter: { userId?: string } = {}): Promise<UsageTotals[]> {
      let query = db
        .selectFrom('ai_usage')
        .select((eb) => [
          'provider',
          eb.fn.countAll<number>().as('calls'),
          eb.fn
            .sum<number>(eb.case().when('outcome', '!=', 'ok').then(1).else(0).end())
            .as('failures'),
          eb.fn.sum<number>('input_tokens').as('inputTokens'),
          eb.fn.sum<number>('output_tokens').as('outputTokens'),
          eb.fn.sum<number>('cost_micro_usd').as('costMicroUsd'),
        ])
        .groupBy('provider')
        .orderBy('provider');
      if (since) query = query.where('created_at', '>=', since);
      if (filter.userId) query = query.where('user_id', '=', filter.userId);
      const rows = await query.execute();
      return rows.map((row) => ({
        provider: row.provider,
        calls: Number(row.calls),
        failures: Number(row.failures),
        inputTokens: Number(row.inputTokens),
        outputTokens: Number(row.outputTokens),
        costMicroUsd: Number(row.costMicroUsd),
      }));
    },
  };
}

export type UsageLedger = ReturnType<typeof createUsageLedger>;
