// `node --import tsx bench/server/run.ts`: requests/s and latency of POST /v1/consents at 64 connections against a
// bare node:http handler (the baseline, measured in the same run), the framework with validation and no storage,
// the real endpoint on SQLite, on PostgreSQL, and on SQLite with 1,000,000 receipts already stored; the SQLite pair
// once more with every other request from a returning visitor.
// BENCH_SECONDS (default 10), BENCH_SEED (default 1000000), BENCH_ONLY=bare,sqlite,… to pick targets,
// BENCH_CPU_PROF=dir writes a CPU profile of each target's measured window there (target.ts),
// BENCH_SEED_FILE=path keeps the seeded database there and reuses it on the next run, BENCH_ROUNDS (default 3):
// every target is measured once per round, so a machine whose speed drifts (a shared VM) skews every target
// alike; the table shows medians, and each ratio is the median of the ratios measured within one round.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadVersions } from '@cookieproof/schema';

interface AutocannonResult {
  requests: { average: number };
  latency: { p50: number; p99: number };
  non2xx: number;
  errors: number;
  timeouts: number;
  '2xx': number;
}
type Autocannon = (opts: Record<string, unknown>) => Promise<AutocannonResult>;
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 2);
const SEED = Number(process.env.BENCH_SEED ?? 1_000_000);
const CONNECTIONS = 64;
const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 3));
const only = process.env.BENCH_ONLY?.split(',');
const here = fileURLToPath(new URL('.', import.meta.url));
const declaration = join(here, '../../apps/ai-promo/cookieproof.yaml');

const current = (await loadVersions(declaration)).at(-1)!;
const choices = Object.fromEntries(Object.keys(current.declaration.categories).map((id) => [id, true]));
const request = {
  fingerprint: current.fingerprint,
  event: 'grant',
  choices,
  consentMode: { analytics_storage: 'granted' },
  surface: 'public',
  locale: 'en',
  signals: { gpc: null, dnt: null },
};
const body = JSON.stringify(request);

interface Target {
  url: string;
  child: ChildProcess;
  /** Next JSON line the target prints. */
  next(): Promise<Record<string, unknown>>;
}

async function startTarget(args: string[]): Promise<Target> {
  const child = spawn(
    process.execPath,
    ['--conditions=@cookieproof/source', '--import', 'tsx', join(here, 'target.ts'), ...args],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const lines: string[] = [];
  const waiting: ((line: string) => void)[] = [];
  let buf = '';
  child.stdout!.on('data', (c: Buffer) => {
    buf += c.toString();
    for (let i = buf.indexOf('\n'); i >= 0; i = buf.indexOf('\n')) {
      const line = buf.slice(0, i);
      buf = buf.slice(i + 1);
      if (!line.startsWith('{')) continue;
      const w = waiting.shift();
      if (w) w(line);
      else lines.push(line);
    }
  });
  const next = () =>
    new Promise<Record<string, unknown>>((ok, fail) => {
      const line = lines.shift();
      if (line) return ok(JSON.parse(line));
      waiting.push((l) => ok(JSON.parse(l)));
      child.once('exit', (code) => fail(new Error(`target ${args[0]} exited with ${code}`)));
    });
  const { url } = (await next()) as { url: string };
  return { url, child, next };
}

/**
 * New visitors only, or every other request from a returning visitor: each connection sends a first receipt, then
 * a second one under the subject id the server issued for it (the store then looks up and links that subject's
 * latest receipt, the lookup a log of millions must not make slow).
 */
type Visitors = 'new' | 'returning';

async function measure(url: string, seconds: number, visitors: Visitors) {
  const headers = { 'content-type': 'application/json', 'user-agent': 'Mozilla/5.0 Firefox/133.0' };
  return autocannon({
    url: `${url}/v1/consents`,
    method: 'POST',
    headers,
    body,
    connections: CONNECTIONS,
    duration: seconds,
    ...(visitors === 'returning'
      ? {
          requests: [
            {
              method: 'POST',
              onResponse: (status: number, answer: string, context: { subjectId?: string }) => {
                if (status === 201) context.subjectId = (JSON.parse(answer) as { subjectId: string }).subjectId;
              },
            },
            {
              method: 'POST',
              setupRequest: (req: Record<string, unknown>, context: { subjectId?: string }) => ({
                ...req,
                body: JSON.stringify({ ...request, subjectId: context.subjectId }),
              }),
            },
          ],
        }
      : {}),
  });
}

interface Row {
  name: string;
  round: number;
  rps: number;
  cpuMicrosPerRequest: number;
  p50: number;
  p99: number;
  failed: number;
}
const rows: Row[] = [];

async function bench(round: number, name: string, args: string[], visitors: Visitors = 'new') {
  if (only && !only.includes(args[0]!)) return;
  const { url, child, next } = await startTarget(args);
  try {
    if (WARMUP > 0) await measure(url, WARMUP, visitors);
    child.kill('SIGUSR2');
    const r = await measure(url, SECONDS, visitors);
    child.kill('SIGUSR1');
    const cpu = (await next()) as { requests: number; cpuMicros: number };
    rows.push({
      name,
      round,
      rps: r.requests.average,
      cpuMicrosPerRequest: cpu.cpuMicros / Math.max(1, cpu.requests),
      p50: r.latency.p50,
      p99: r.latency.p99,
      failed: r.non2xx + r.errors + r.timeouts,
    });
    process.stderr.write(`round ${round}, ${name}: ${Math.round(r.requests.average)} req/s\n`);
  } finally {
    child.kill('SIGTERM');
    await new Promise((done) => child.once('exit', done));
  }
}

const dir = mkdtempSync(join(tmpdir(), 'cookieproof-bench-'));
const pgName = `cookieproof_bench_${randomBytes(4).toString('hex')}`;
const psql = (sql: string) =>
  execFileSync('/usr/lib/postgresql/15/bin/psql', ['-h', '127.0.0.1', '-U', 'postgres', '-c', sql], { stdio: 'pipe' });
try {
  if (!only || only.includes('postgres')) psql(`CREATE DATABASE ${pgName}`);
  for (let round = 1; round <= ROUNDS; round++) {
    // The two pairs with targets are measured back to back (bare then durable SQLite, then the seeded store), so a
    // machine that drifts moves both sides of a ratio alike.
    await bench(round, 'bare node:http', ['bare']);
    await bench(round, 'SQLite (durable)', ['sqlite', join(dir, `empty-${round}.sqlite`)]);
    await bench(round, `SQLite, ${SEED.toLocaleString('en')} stored`, [
      'sqlite-seeded',
      process.env.BENCH_SEED_FILE ?? join(dir, 'seeded.sqlite'),
      String(SEED),
    ]);
    await bench(round, 'SQLite, half returning', ['sqlite', join(dir, `returning-${round}.sqlite`)], 'returning');
    await bench(
      round,
      `SQLite, ${SEED.toLocaleString('en')} stored, half returning`,
      ['sqlite-seeded', process.env.BENCH_SEED_FILE ?? join(dir, 'seeded.sqlite'), String(SEED)],
      'returning',
    );
    await bench(round, 'server, validation, no storage', ['framework']);
    await bench(round, 'PostgreSQL', ['postgres', `postgres://postgres@127.0.0.1:5432/${pgName}`]);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
  if (!only || only.includes('postgres')) psql(`DROP DATABASE IF EXISTS ${pgName} WITH (FORCE)`);
}

function median(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** One target over all rounds: medians, and ratios to the bare handler of the same round. */
interface Summary {
  name: string;
  rps: number;
  p50: number;
  p99: number;
  cpu: number;
  rpsRatio: number | null;
  cpuRatio: number | null;
  failed: number;
}
const names = [...new Set(rows.map((r) => r.name))];
const bareOf = (round: number) => rows.find((r) => r.round === round && r.name === 'bare node:http');
/** Per round, a target's value over the bare handler's of the same round. */
const perRound = (of: Row[], pick: (r: Row) => number) =>
  of.flatMap((r) => {
    const b = bareOf(r.round);
    return b ? [pick(r) / pick(b)] : [];
  });
const ratios = (of: Row[], pick: (r: Row) => number) => {
  const paired = perRound(of, pick);
  return paired.length ? median(paired) : null;
};
const rounds = (values: number[]) =>
  values.length > 1 ? ` (rounds: ${values.map((v) => v.toFixed(2)).join(', ')})` : '';
const summaries: Summary[] = names.map((name) => {
  const of = rows.filter((r) => r.name === name);
  return {
    name,
    rps: median(of.map((r) => r.rps)),
    p50: median(of.map((r) => r.p50)),
    p99: median(of.map((r) => r.p99)),
    cpu: median(of.map((r) => r.cpuMicrosPerRequest)),
    rpsRatio: ratios(of, (r) => r.rps),
    cpuRatio: ratios(of, (r) => r.cpuMicrosPerRequest),
    failed: of.reduce((n, r) => n + r.failed, 0),
  };
});
const cols: [string, number, (r: Summary) => string][] = [
  ['target', 44, (r) => r.name],
  ['req/s', 9, (r) => Math.round(r.rps).toString()],
  ['p50 ms', 9, (r) => r.p50.toString()],
  ['p99 ms', 9, (r) => r.p99.toString()],
  ['× bare', 9, (r) => r.rpsRatio?.toFixed(2) ?? '-'],
  ['CPU µs/req', 12, (r) => Math.round(r.cpu).toString()],
  ['CPU × bare', 12, (r) => r.cpuRatio?.toFixed(2) ?? '-'],
  ['failed', 8, (r) => r.failed.toString()],
];
const line = (cells: string[]) =>
  cells.map((c, i) => (i === 0 ? c.padEnd(cols[i]![1]) : c.padStart(cols[i]![1]))).join('');
console.log(
  `\nPOST /v1/consents, ${CONNECTIONS} connections, ${SECONDS} s each (after ${WARMUP} s warm-up), median of ${ROUNDS} round(s)\n`,
);
console.log(line(cols.map((c) => c[0])));
for (const r of summaries) console.log(line(cols.map((c) => c[2](r))));
const empty = rows.filter((r) => r.name === 'SQLite (durable)');
const storedOverEmpty = (seededName: string, emptyName: string) => {
  const seeded = rows.filter((r) => r.name === seededName);
  const per = seeded.flatMap((s) => {
    const e = rows.find((r) => r.round === s.round && r.name === emptyName);
    return e ? [s.rps / e.rps] : [];
  });
  if (per.length) console.log(`${seededName} / empty: ${median(per).toFixed(2)} (target > 0.9)${rounds(per)}`);
};
console.log('');
storedOverEmpty(`SQLite, ${SEED.toLocaleString('en')} stored`, 'SQLite (durable)');
storedOverEmpty(`SQLite, ${SEED.toLocaleString('en')} stored, half returning`, 'SQLite, half returning');
const postgres = summaries.find((r) => r.name === 'PostgreSQL');
if (postgres?.rpsRatio != null)
  console.log(
    `PostgreSQL / bare: ${postgres.rpsRatio.toFixed(2)} (target ≥ 0.45)${rounds(
      perRound(
        rows.filter((r) => r.name === 'PostgreSQL'),
        (r) => r.rps,
      ),
    )}`,
  );
const durable = summaries.find((r) => r.name === 'SQLite (durable)');
if (durable?.rpsRatio != null)
  console.log(
    `durable SQLite / bare: ${durable.rpsRatio.toFixed(2)} (target ≥ 0.6, aim 0.75), p99 ${durable.p99} ms (target < 25 ms)${rounds(perRound(empty, (r) => r.rps))}`,
  );
