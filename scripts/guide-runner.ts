import { type ChildProcess, spawn } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { connect, createServer } from 'node:net';
import { dirname, join } from 'node:path';

// Runs docs/guide.md as its last section says: every fenced block is a shell step or a file, in order. A block
// that is neither fails the run, so the guide cannot hold code that is not executed.

export type GuideStep =
  | { kind: 'sh'; code: string; background?: number }
  | { kind: 'file'; path: string; code: string };

export function guideSteps(markdown: string): GuideStep[] {
  const steps: GuideStep[] = [];
  for (const m of markdown.matchAll(/^```(\w*)([^\n]*)\n([\s\S]*?)^```$/gm)) {
    const [, lang, info = '', code = ''] = m;
    const file = /\bfile=(\S+)/.exec(info)?.[1];
    const port = /\bbackground port=(\d+)/.exec(info)?.[1];
    if (file) steps.push({ kind: 'file', path: file, code });
    else if (lang === 'sh') steps.push({ kind: 'sh', code, ...(port ? { background: Number(port) } : {}) });
    else throw new Error(`docs/guide.md: a \`\`\`${lang}${info} block is neither a sh step nor a file=PATH`);
  }
  return steps;
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  await new Promise((r) => server.close(r));
  return port;
}

/** Resolves once something accepts connections on the port, or rejects when the process ends first. */
function listening(port: number, child: ChildProcess, output: () => string): Promise<void> {
  return new Promise((resolve, reject) => {
    let done = false;
    child.once('exit', (code) => {
      if (!done) reject(new Error(`exited with ${code} before port ${port} answered:\n${output()}`));
    });
    const attempt = () => {
      if (done) return;
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        done = true;
        socket.end();
        resolve();
      });
      socket.once('error', () => setTimeout(attempt, 100));
    };
    attempt();
  });
}

export interface GuideRun {
  /** Each foreground step as run (after substitution) with its output, in order. */
  outputs: { code: string; output: string }[];
  stop(): void;
}

export async function runGuide(
  steps: GuideStep[],
  cwd: string,
  env: NodeJS.ProcessEnv,
  substitute: (code: string) => string,
): Promise<GuideRun> {
  const background: ChildProcess[] = [];
  const stop = () => {
    for (const c of background) if (c.exitCode === null && c.pid) process.kill(-c.pid, 'SIGTERM');
  };
  const outputs: GuideRun['outputs'] = [];
  try {
    for (const step of steps) {
      const code = substitute(step.code);
      if (step.kind === 'file') {
        await mkdir(dirname(join(cwd, step.path)), { recursive: true });
        await writeFile(join(cwd, step.path), code);
        continue;
      }
      // Own process group, so that stopping it stops what the shell started.
      const child = spawn('bash', ['-euo', 'pipefail', '-c', code], { cwd, env, detached: !!step.background });
      let out = '';
      child.stdout.on('data', (c: Buffer) => {
        out += c.toString();
      });
      child.stderr.on('data', (c: Buffer) => {
        out += c.toString();
      });
      if (step.background) {
        background.push(child);
        await listening(Number(substitute(String(step.background))), child, () => out);
        continue;
      }
      const exit = await new Promise<number | null>((r) => child.once('exit', r));
      if (exit !== 0) throw new Error(`docs/guide.md step failed (exit ${exit}):\n${code}\n${out}`);
      outputs.push({ code, output: out });
    }
  } catch (err) {
    stop();
    throw err;
  }
  return { outputs, stop };
}

/** The trimmed output of the one foreground step whose code contains `fragment`. */
export function outputOf(run: GuideRun, fragment: string): string {
  const found = run.outputs.filter((o) => o.code.includes(fragment));
  if (found.length !== 1) throw new Error(`${found.length} guide steps contain ${JSON.stringify(fragment)}`);
  return found[0]!.output.trim();
}

export async function readGuide(root: string): Promise<string> {
  return readFile(join(root, 'docs/guide.md'), 'utf8');
}
