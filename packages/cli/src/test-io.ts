import type { Io } from './io.ts';

/** An Io that records what a command printed, for in-process tests. */
export function captureIo(
  cwd: string,
  env: Record<string, string | undefined> = {},
  stopSignal?: Promise<void>,
  onReload?: (fn: () => void) => void,
) {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    progress: () => {},
    isTTY: false,
    cwd,
    env,
    ...(stopSignal ? { stopSignal } : {}),
    ...(onReload ? { onReload } : {}),
  };
  return { io, stdout: () => out.join('\n'), stderr: () => err.join('\n') };
}
