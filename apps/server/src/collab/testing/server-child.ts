import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const entry = fileURLToPath(new URL('./server-process.ts', import.meta.url));
const serverRoot = fileURLToPath(new URL('../../..', import.meta.url));

export interface ServerChild {
  url: string;
  port: number;
  process: ChildProcess;
  /** kill -9, then wait until the process is gone. */
  crash(): Promise<void>;
  stop(): Promise<void>;
}

/** Starts the server in a child process (tsx) and resolves once it listens. */
export function startServerChild(
  env: Record<string, string>,
  timeoutMs = 300_000,
): Promise<ServerChild> {
  const child = spawn(process.execPath, ['--import', 'tsx', entry], {
    cwd: serverRoot,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const kill = async (signal: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await exited;
  };
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  return new Promise<ServerChild>((resolve, reject) => {
    const timer = setTimeout(() => {
      void kill('SIGKILL');
      reject(new Error(`server did not start in time: ${stderr}`));
    }, timeoutMs);
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /listening (\S+)/.exec(stdout);
      if (!match?.[1]) return;
      clearTimeout(timer);
      const url = match[1];
      resolve({
        url,
        port: Number(new URL(url).port),
        process: child,
        crash: () => kill('SIGKILL'),
        stop: () => kill('SIGTERM'),
      });
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${String(code)}) before listening: ${stderr}`));
    });
  });
}
