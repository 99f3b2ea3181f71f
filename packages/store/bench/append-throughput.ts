import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { type ConsentStore, createStore, exampleReceipt, type StoreOptions } from '../src/index.ts';
import { createTestDatabase } from '../src/testing/postgres.ts';

// Appends per second of each store: one append at a time (a transaction and an fsync each), 64 concurrent
// appenders (group commit), and behind a bare node:http handler under autocannon (64 connections), where the
// event loop also has requests to serve. Run: node --import tsx packages/store/bench/append-throughput.ts [seconds] [rounds]

const seconds = Number(process.argv[2] ?? 4);
const rounds = Number(process.argv[3] ?? 3);

async function during(ms: number, loops: number, fn: () => Promise<unknown>): Promise<number> {
  let done = 0;
  const end = Date.now() + ms;
  await Promise.all(
    Array.from({ length: loops }, async () => {
      while (Date.now() < end) {
        await fn();
        done += 1;
      }
    }),
  );
  return done / (ms / 1000);
}

async function http(store: ConsentStore | null): Promise<{ rps: number; p99: number }> {
  const body = JSON.stringify({ ok: true });
  const server: Server = createServer((req, res) => {
    req.resume();
    req.on('end', async () => {
      if (store) await store.append(exampleReceipt());
      res.writeHead(201, { 'content-type': 'application/json' }).end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const result = await autocannon({
    url: `http://127.0.0.1:${port}/`,
    method: 'POST',
    body: JSON.stringify(exampleReceipt()),
    connections: 64,
    duration: seconds,
  });
  server.close();
  return { rps: result.requests.average, p99: result.latency.p99 };
}

const dir = mkdtempSync(join(tmpdir(), 'cookieproof-bench-'));
const database = await createTestDatabase();
const configurations: [string, StoreOptions][] = [
  ['sqlite, main thread', { sqliteFile: join(dir, 'main.sqlite'), thread: 'main' }],
  ['sqlite, worker thread', { sqliteFile: join(dir, 'worker.sqlite'), thread: 'worker' }],
  ['postgres', { databaseUrl: database.url }],
];
try {
  const stores = await Promise.all(configurations.map(([, options]) => createStore(options)));
  const lines: string[] = [];
  for (const [i, [name]] of configurations.entries()) {
    const store = stores[i]!;
    const single = await during(seconds * 1000, 1, () => store.append(exampleReceipt()));
    const batched = await during(seconds * 1000, 64, () => store.append(exampleReceipt()));
    lines.push(
      `${name}: single ${single.toFixed(0)}/s, batched x64 ${batched.toFixed(0)}/s (${(batched / single).toFixed(1)}x)`,
    );
  }
  // HTTP rounds alternate between the configurations so that a change in machine load hits them alike.
  const bare: number[] = [];
  const served = configurations.map(() => [] as { rps: number; p99: number }[]);
  for (let round = 0; round < rounds; round++) {
    bare.push((await http(null)).rps);
    for (const [i, store] of stores.entries()) served[i]!.push(await http(store));
  }
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  console.log(`bare node:http: ${mean(bare).toFixed(0)} req/s (${bare.map((x) => x.toFixed(0)).join(', ')})`);
  for (const i of configurations.keys()) {
    const rps = mean(served[i]!.map((s) => s.rps));
    console.log(
      `${lines[i]}; http ${rps.toFixed(0)} req/s = ${(rps / mean(bare)).toFixed(2)}x bare, p99 ${served[i]!.map((s) => s.p99).join('/')} ms; ` +
        `verify ${(await stores[i]!.verify()).ok ? 'ok' : 'BROKEN'}`,
    );
    await stores[i]!.close();
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
  await database.drop();
}
