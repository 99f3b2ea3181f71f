/** Where a command writes. Commands never touch process.* directly, so tests run them in-process. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** True when stderr is a terminal: progress may be drawn there. */
  isTTY: boolean;
  /** Redraws the one progress line on stderr (terminals only). */
  progress(text: string): void;
  cwd: string;
  env: Record<string, string | undefined>;
  /** Resolves when the user asks a long-running command (serve) to stop. */
  stopSignal?: Promise<void>;
  /** Calls `fn` each time the user asks a long-running command (serve) to reload (SIGHUP). */
  onReload?(fn: () => void): void;
}

export function nodeIo(): Io {
  return {
    out: (t) => process.stdout.write(t.endsWith('\n') ? t : `${t}\n`),
    err: (t) => process.stderr.write(t.endsWith('\n') ? t : `${t}\n`),
    isTTY: Boolean(process.stderr.isTTY),
    progress: (t) => {
      if (process.stderr.isTTY) process.stderr.write(`\r\u001b[2K${t.slice(0, (process.stderr.columns || 80) - 1)}`);
    },
    cwd: process.cwd(),
    env: process.env,
    onReload: (fn) => process.on('SIGHUP', fn),
    stopSignal: new Promise((resolve) => {
      process.once('SIGINT', () => resolve());
      process.once('SIGTERM', () => resolve());
    }),
  };
}
