import { cpus, loadavg, totalmem, release, platform } from 'node:os';

/**
 * A description of the machine a benchmark ran on, recorded beside its results. The load average
 * (1, 5 and 15 minutes) says how busy the machine was with other work when the run started.
 */
export function describeMachine(): Record<string, string | number> {
  const cpu = cpus();
  return {
    platform: `${platform()} ${release()}`,
    cpu: cpu[0]?.model ?? 'unknown',
    cores: cpu.length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    loadAverage: loadavg()
      .map((l) => l.toFixed(2))
      .join(' '),
  };
}
