/** What a server process hands to the client process. */
export interface BenchFixture {
  /** WebSocket URL of the sync endpoint. */
  url: string;
  storage: 'pglite' | 'postgresql' | 'none';
  trips: { tripId: string; cookies: string[] }[];
}

export interface LoadResult {
  editors: number;
  trips: number;
  durationSeconds: number;
  edits: number;
  /** Edit -> arrival at each other member of the trip, in milliseconds. */
  latencyMs: { p50: number; p90: number; p99: number; max: number; samples: number };
  /** Edits that did not reach every other member of their trip. */
  editsLost: number;
  /** Edits the server never acknowledged (SyncStatus) by the end. */
  unacknowledged: number;
  connectSeconds: number;
}

export interface IdleResult {
  connections: number;
  connectSeconds: number;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return Math.round((sorted[Math.max(0, index)] ?? 0) * 100) / 100;
}
