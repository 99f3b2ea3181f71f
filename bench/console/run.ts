// `npm run bench -- console`: p50 and p95 of every request the operator console makes, over 1,000,000 receipts
// seeded across 90 days, three declaration versions, surfaces, locales, jurisdictions and every event, on SQLite and
// on PostgreSQL, printed beside the time of a plain `select count(*) from receipts` on the same database (the
// baseline: what one pass over the table costs there). Target: every p95 under 300 ms.
// BENCH_SEED (default 1000000), BENCH_REPEAT (default 30 timed requests each, after 3 untimed),
// BENCH_ONLY=sqlite|postgres, BENCH_SEED_FILE=path keeps the seeded SQLite file there and reuses it.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadVersions, type ReceiptPage } from '@cookieproof/schema';
import { createConsentApp } from '@cookieproof/server';
import { type ConsentStore, createStore, type SeedPlan, seedReceipts } from '@cookieproof/store';
import SqliteDatabase from 'better-sqlite3';
import pg from 'pg';

const SEED = Number(process.env.BENCH_SEED ?? 1_000_000);
const REPEAT = Number(process.env.BENCH_REPEAT ?? 30);
const WARMUP = 3;
const TARGET_P95_MS = 300;
const only = process.env.BENCH_ONLY;
const TOKEN = 'bench-operator-token-0123456789';
const here = fileURLToPath(new URL('.', import.meta.url));
const versions = await loadVersions(join(here, '../../apps/ai-promo/cookieproof.yaml'));
const current = versions.at(-1)!.declaration;

// Three versions: the AI Promo ones and a third, older fingerprint that only receipts name (not loaded).
const plan: SeedPlan = {
  days: 90,
  versions: [
    { fingerprint: 'e'.repeat(64), version: '2025.4' },
    ...versions.map((v) => ({ fingerprint: v.fingerprint, version: v.version })),
  ],
  surfaces: Object.keys(current.site.surfaces),
  locales: ['en', 'de', 'fr', 'es', 'it'],
  jurisdictions: [
    null,
    { region: 'DE', id: 'eu', regime: 'opt-in', honored: [] },
    { region: 'US-CA', id: 'california', regime: 'opt-out', honored: ['gpc'] },
    { region: 'BR', id: 'brazil', regime: 'notice', honored: [] },
  ],
  categories: Object.entries(current.categories)
    .filter(([, c]) => !c.required)
    .map(([id]) => id),
};

const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const today = dayOf(Date.now());
const daysAgo = (n: number) => dayOf(Date.now() - n * 86_400_000);

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
}

async function timed(fn: () => Promise<unknown>, times: number): Promise<number[]> {
  for (let i = 0; i < WARMUP; i++) await fn();
  const out: number[] = [];
  for (let i = 0; i < times; i++) {
    const started = performance.now();
    await fn();
    out.push(performance.now() - started);
  }
  return out.sort((a, b) => a - b);
}

interface Row {
  request: string;
  p50: number;
  p95: number;
}

async function measure(name: string, store: ConsentStore, countAll: () => Promise<unknown>): Promise<void> {
  const { listener } = createConsentApp({ versions, store, adminToken: TOKEN, rateLimit: false });
  const server = createServer(listener);
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const get = async (path: string) => {
    const res = await fetch(`${base}${path}`, { headers: { authorization: `Bearer ${TOKEN}` } });
    if (res.status !== 200) throw new Error(`${path}: HTTP ${res.status} ${await res.text()}`);
    return res.text();
  };
  const first = JSON.parse(await get('/v1/console/receipts?limit=50')) as ReceiptPage;
  const someId = first.receipts[17]!.receiptId;
  await store.saveScan({
    target: 'https://aipromo.example/',
    startedAt: new Date().toISOString(),
    violations: 2,
    summary: { violationsByRule: { 'before-consent': 2 } },
    report: '{}',
  });
  const requests: [string, string][] = [
    ['overview, 30 days', '/v1/console/overview'],
    ['overview, 90 days', `/v1/console/overview?from=${daysAgo(89)}&to=${today}`],
    ['receipts, newest page', '/v1/console/receipts?limit=50'],
    ['receipts, second page', `/v1/console/receipts?limit=50&before=${first.next}`],
    ['receipts, event=withdraw', '/v1/console/receipts?limit=50&event=withdraw'],
    ['receipts, oldest version', `/v1/console/receipts?limit=50&fingerprint=${'e'.repeat(64)}`],
    ['receipts, surface + category', `/v1/console/receipts?limit=50&surface=dashboard&category=${plan.categories[0]}`],
    [
      'receipts, 3 filters + range',
      `/v1/console/receipts?limit=50&from=${daysAgo(60)}&to=${daysAgo(30)}&surface=public&event=partial&fingerprint=${versions[0]!.fingerprint}`,
    ],
    ['receipts, a day long ago', `/v1/console/receipts?limit=50&from=${daysAgo(80)}&to=${daysAgo(80)}`],
    ['receipt by id', `/v1/console/receipts/${someId}`],
    ['versions', '/v1/console/versions'],
    ['verify runs', '/v1/console/verify'],
    ['scans', '/v1/scans?limit=100'],
    ['audit list', '/v1/console/audit'],
    [
      'export, one day + event (CSV)',
      `/v1/console/receipts/export?from=${daysAgo(10)}&to=${daysAgo(10)}&event=withdraw`,
    ],
  ];
  const baseline = await timed(countAll, Math.min(REPEAT, 10));
  const countMs = quantile(baseline, 0.5);
  const rows: Row[] = [];
  for (const [request, path] of requests) {
    const times = await timed(() => get(path), REPEAT);
    rows.push({ request, p50: quantile(times, 0.5), p95: quantile(times, 0.95) });
  }
  server.close();
  console.log(`\n${name}: ${SEED.toLocaleString('en')} receipts; plain count(*) p50 ${countMs.toFixed(2)} ms`);
  console.log(`${'request'.padEnd(34)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)} ${'p95/count(*)'.padStart(13)}`);
  for (const r of rows)
    console.log(
      `${r.request.padEnd(34)} ${r.p50.toFixed(1).padStart(8)} ${r.p95.toFixed(1).padStart(8)} ${(r.p95 / countMs).toFixed(2).padStart(13)}${r.p95 > TARGET_P95_MS ? '  over the 300 ms target' : ''}`,
    );
  const worst = Math.max(...rows.map((r) => r.p95));
  console.log(`${name}: slowest p95 ${worst.toFixed(1)} ms (target < ${TARGET_P95_MS} ms)`);
}

async function seeded(store: ConsentStore, label: string): Promise<void> {
  const have = await store.count();
  if (have >= SEED) return;
  const started = performance.now();
  await seedReceipts(store, SEED - have, plan);
  console.log(
    `${label}: seeded ${(SEED - have).toLocaleString('en')} receipts in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}

if (!only || only === 'sqlite') {
  const dir = process.env.BENCH_SEED_FILE ? null : mkdtempSync(join(tmpdir(), 'cookieproof-bench-console-'));
  const file = process.env.BENCH_SEED_FILE ?? join(dir!, 'consent.sqlite');
  const fresh = !existsSync(file);
  const store = await createStore({ sqliteFile: file });
  if (fresh || (await store.count()) < SEED) await seeded(store, 'SQLite');
  const raw = new SqliteDatabase(file, { readonly: true });
  raw.pragma('cache_size = -65536');
  const count = raw.prepare('select count(*) from receipts');
  await measure('SQLite', store, async () => count.get());
  raw.close();
  await store.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
}

if (!only || only === 'postgres') {
  const name = `cookieproof_bench_console_${randomBytes(4).toString('hex')}`;
  const psql = (sql: string) =>
    execFileSync('/usr/lib/postgresql/15/bin/psql', ['-h', '127.0.0.1', '-U', 'postgres', '-c', sql], {
      stdio: 'pipe',
    });
  psql(`CREATE DATABASE ${name}`);
  const url = `postgres://postgres@127.0.0.1:5432/${name}`;
  try {
    const store = await createStore({ databaseUrl: url });
    await seeded(store, 'PostgreSQL');
    const pool = new pg.Pool({ connectionString: url, max: 1 });
    await measure('PostgreSQL', store, () => pool.query('select count(*) from receipts'));
    await pool.end();
    await store.close();
  } finally {
    psql(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
}
