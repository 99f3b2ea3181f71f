import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { StoreOptions } from '../create-store.ts';

const CHILD = fileURLToPath(new URL('./append-child.ts', import.meta.url));

export interface AppendChild {
  process: ChildProcess;
  /** Receipt ids the child printed: each one's append() had resolved. */
  acknowledged: string[];
  /** Resolves once the child has printed at least n ids. */
  acknowledgedAtLeast(n: number): Promise<void>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>;
}

/** Starts append-child.ts: `count` appends (or until killed), `concurrency` at a time. */
export function startAppendChild(options: StoreOptions, count: number | 'forever', concurrency = 16): AppendChild {
  const child = spawn(
    process.execPath,
    [
      '--conditions=@cookieproof/source',
      '--import',
      'tsx',
      CHILD,
      JSON.stringify(options),
      String(count),
      String(concurrency),
    ],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const acknowledged: string[] = [];
  const waiters: { n: number; resolve(): void }[] = [];
  let buffer = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    buffer += chunk;
    const lines = buffer.split('\n');
    // Only complete lines count: a SIGKILL can cut the last one.
    buffer = lines.pop() ?? '';
    for (const line of lines) if (/^[0-9a-f-]{36}$/.test(line)) acknowledged.push(line);
    for (const w of waiters.filter((w) => acknowledged.length >= w.n)) w.resolve();
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal, stderr })),
  );
  return {
    process: child,
    acknowledged,
    exited,
    acknowledgedAtLeast: (n) =>
      new Promise<void>((resolve, reject) => {
        if (acknowledged.length >= n) return resolve();
        waiters.push({ n, resolve });
        exited.then(({ code, stderr }) =>
          reject(new Error(`append child exited (${code}) after ${acknowledged.length} acknowledgements: ${stderr}`)),
        );
      }),
  };
}
