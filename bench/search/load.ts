/** Latency percentiles of a run, in milliseconds. */
export interface LatencySummary {
  requests: number;
  concurrency: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  throughputPerSecond: number;
  emptyResults: number;
  /** CPU time of this Node process (search code, driver, load loop) per request; the database's is not included. */
  nodeCpuMsPerRequest: number;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? 0;
}

const round = (value: number) => Math.round(value * 100) / 100;

/**
 * Runs `requests` calls of `call(i)` with `concurrency` callers in flight at once (a closed
 * loop, as 50 users clicking with no pause), after `warmup` untimed calls. In a closed loop the
 * mean latency is concurrency / throughput (Little's law): once the machine is saturated, 50
 * callers wait in line, so latency there measures throughput; run with concurrency 1 for the
 * time one search takes.
 */
export async function runLoad(options: {
  requests: number;
  concurrency: number;
  warmup: number;
  call: (i: number) => Promise<number>;
}): Promise<LatencySummary> {
  for (let i = 0; i < options.warmup; i++) await options.call(-1 - i);
  const latencies: number[] = [];
  let next = 0;
  let empty = 0;
  const started = performance.now();
  const cpuStart = process.cpuUsage();
  const worker = async () => {
    for (;;) {
      const i = next++;
      if (i >= options.requests) return;
      const t0 = performance.now();
      const results = await options.call(i);
      latencies.push(performance.now() - t0);
      if (results === 0) empty++;
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuStart);
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    concurrency: options.concurrency,
    p50: round(percentile(latencies, 50)),
    p95: round(percentile(latencies, 95)),
    p99: round(percentile(latencies, 99)),
    max: round(latencies[latencies.length - 1] ?? 0),
    throughputPerSecond: round(latencies.length / seconds),
    emptyResults: empty,
    nodeCpuMsPerRequest: round((cpu.user + cpu.system) / 1000 / Math.max(1, latencies.length)),
  };
}
