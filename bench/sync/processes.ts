import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));

export interface Child {
  process: ChildProcess;
  /** Resolves with each JSON line the child prints, in order. */
  nextLine(): Promise<unknown>;
  stop(): Promise<void>;
}

/** Runs one of this folder's scripts under tsx in its own process. */
export function runScript(
  file: string,
  args: string[],
  env: Record<string, string> = {},
  nodeArgs: string[] = [],
): Child {
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', here(file), ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines: unknown[] = [];
  const waiters: ((line: unknown) => void)[] = [];
  let buffer = '';
  let failure: Error | undefined;
  const fail = (error: Error) => {
    failure = error;
    waiters.splice(0).forEach((resolve) => resolve(error));
  };
  child.stdout?.on('data', (chunk: Buffer) => {
    buffer += chunk.toString();
    let newline = buffer.indexOf('\n');
    while (newline >= 0) {
      const text = buffer.slice(0, newline).trim();
      buffer = buffer.slice(newline + 1);
      newline = buffer.indexOf('\n');
      if (!text.startsWith('{')) continue;
      const parsed = JSON.parse(text) as unknown;
      const waiter = waiters.shift();
      if (waiter) waiter(parsed);
      else lines.push(parsed);
    }
  });
  child.once('exit', (code) => fail(new Error(`${file} exited with ${String(code)}`)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    process: child,
    nextLine: () => {
      if (lines.length > 0) return Promise.resolve(lines.shift());
      if (failure) return Promise.reject(failure);
      return new Promise((resolve, reject) =>
        waiters.push((line) => (line instanceof Error ? reject(line) : resolve(line))),
      );
    },
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

/** Resident set size of a process in MiB (Linux /proc). */
export function rssMiB(pid: number | undefined): number {
  if (pid === undefined) return 0;
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    return Math.round(kb / 1024);
  } catch {
    return 0;
  }
}

/** Samples a process's RSS every interval; stop() returns the peak. */
export function sampleRss(pid: number | undefined, intervalMs = 500) {
  let peak = rssMiB(pid);
  const timer = setInterval(() => {
    peak = Math.max(peak, rssMiB(pid));
  }, intervalMs);
  return {
    stop: () => {
      clearInterval(timer);
      return Math.max(peak, rssMiB(pid));
    },
  };
}
