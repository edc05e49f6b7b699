import type { ColumnType, Generated } from 'kysely';

/** One model call: who asked, which provider answered, its tokens and cost. */
export interface AiUsageTable {
  id: Generated<string>;
  trip_id: string | null;
  user_id: string | null;
  provider: string;
  model: string;
  /** What the call was for, e.g. `proposal` or `agent:planner`. */
  purpose: string;
  /** `ok`, or why it failed: `timeout`, `rate_limited`, `server_error`, `malformed`, ... */
  outcome: string;
  input_tokens: number;
  output_tokens: number;
  /** Millionths of a US dollar (integer minor units). */
  cost_micro_usd: number;
  duration_ms: number;
  created_at: ColumnType<Date, Date | string | undefined, never>;
}

export interface AiTables {
  ai_usage: AiUsageTable;
}
