import { type ChildProcess, spawn } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { connect, createServer } from 'node:net';
import { dirname, join } from 'node:path';

// Runs docs/guide.md as its last section says: every fenced block is a shell step, a file, or lines to add to a
// file, in order. Any fence (``` or ~~~, at any indent) that is none of these fails the run, so the guide cannot
// hold code that is not executed.

export type GuideStep =
  | { kind: 'sh'; code: string; background?: number }
  | { kind: 'file'; path: string; code: string }
  /** Entries added under the first line of a file that reads `after`, indented one level deeper (YAML). */
  | { kind: 'insert'; path: string; after: string; code: string };

const FENCE = /^( *)(`{3,}|~{3,})(.*)$/;

/** Every fenced block of a Markdown text as its info string and content (indent removed), with its line. */
export function fencedBlocks(markdown: string): { info: string; code: string; line: number }[] {
  const lines = markdown.split('\n');
  const blocks: { info: string; code: string; line: number }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = FENCE.exec(lines[i]!);
    if (!open) continue;
    const [, indent = '', fence = '', info = ''] = open;
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const close = FENCE.exec(lines[j]!);
      if (close && close[2]![0] === fence[0] && close[2]!.length >= fence.length && !close[3]!.trim()) break;
      body.push(lines[j]!.startsWith(indent) ? lines[j]!.slice(indent.length) : lines[j]!);
    }
    if (j === lines.length) throw new Error(`docs/guide.md:${i + 1}: a fence that is never closed`);
    blocks.push({ info: info.trim(), code: body.length ? `${body.join('\n')}\n` : '', line: i + 1 });
    i = j;
  }
  return blocks;
}

export function guideSteps(markdown: string): GuideStep[] {
  return fencedBlocks(markdown).map(({ info, code, line }) => {
    const lang = /^[\w-]*/.exec(info)![0];
    const file = /(?:^|\s)file=(\S+)/.exec(info)?.[1];
    const after = /(?:^|\s)after="([^"]+)"/.exec(info)?.[1];
    const port = /(?:^|\s)background port=(\d+)(?:\s|$)/.exec(info)?.[1];
    const rest = info
      .slice(lang.length)
      .replace(/(?:^|\s)(file=\S+|after="[^"]+"|background port=\d+)/g, '')
      .trim();
    if (rest || (after && !file) || (port && lang !== 'sh') || (!file && lang !== 'sh'))
      throw new Error(
        `docs/guide.md:${line}: a \`\`\`${info} block is neither a sh step (maybe \`background port=N\`), a file=PATH nor a file=PATH after="LINE"`,
      );
    if (file && after) return { kind: 'insert', path: file, after, code };
    if (file) return { kind: 'file', path: file, code };
    return { kind: 'sh', code, ...(port ? { background: Number(port) } : {}) };
  });
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
  substitute: (code: string) => string | Promise<string>,
): Promise<GuideRun> {
  const background: ChildProcess[] = [];
  const stop = () => {
    for (const c of background) if (c.exitCode === null && c.pid) process.kill(-c.pid, 'SIGTERM');
  };
  const outputs: GuideRun['outputs'] = [];
  try {
    for (const step of steps) {
      const code = await substitute(step.code);
      if (step.kind === 'file') {
        await mkdir(dirname(join(cwd, step.path)), { recursive: true });
        await writeFile(join(cwd, step.path), code);
        continue;
      }
      if (step.kind === 'insert') {
        const lines = (await readFile(join(cwd, step.path), 'utf8')).split('\n');
        const at = lines.indexOf(step.after);
        if (at < 0) throw new Error(`docs/guide.md: ${step.path} has no line ${JSON.stringify(step.after)}`);
        // Entries of the mapping that line opens: one level (two spaces) deeper than the line itself.
        const indent = `${/^ */.exec(step.after)![0]}  `;
        lines.splice(
          at + 1,
          0,
          ...code
            .replace(/\n$/, '')
            .split('\n')
            .map((l) => (l ? indent + l : l)),
        );
        await writeFile(join(cwd, step.path), lines.join('\n'));
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
        await listening(Number(await substitute(String(step.background))), child, () => out);
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
