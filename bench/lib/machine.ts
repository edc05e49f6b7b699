import { cpus, totalmem, release, platform } from 'node:os';

/** A description of the machine a benchmark ran on, recorded beside its results. */
export function describeMachine(): Record<string, string | number> {
  const cpu = cpus();
  return {
    platform: `${platform()} ${release()}`,
    cpu: cpu[0]?.model ?? 'unknown',
    cores: cpu.length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
  };
}
