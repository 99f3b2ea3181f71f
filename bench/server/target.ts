// One benchmark target per process, so each is measured alone: `node --import tsx bench/server/target.ts <kind>`.
// Prints one JSON line {"url": …} when it listens, then serves until killed.
import { randomBytes, randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { Session } from 'node:inspector/promises';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadVersions, type Receipt } from '@cookieproof/schema';
import { createConsentApp } from '@cookieproof/server';
import { type ConsentStore, createStore, seedReceipts } from '@cookieproof/store';

const kind = process.argv[2];
const DECLARATION = fileURLToPath(new URL('../../apps/ai-promo/cookieproof.yaml', import.meta.url));

function listening(url: string) {
  process.stdout.write(`${JSON.stringify({ url })}\n`);
}

// CPU time per request is reported besides throughput: on a shared machine it stays comparable between targets
// when requests/s do not. SIGUSR2 (sent after the warm-up) starts the count, SIGUSR1 prints it. With
// BENCH_CPU_PROF=dir the same window is also profiled (the V8 profiler `node --cpu-prof` uses, without start-up and
// warm-up in it) into dir/<target>.cpuprofile.
const profileDir = process.env.BENCH_CPU_PROF;
const profiler = profileDir ? new Session() : null;
let requests = 0;
let cpuFrom = process.cpuUsage();
function countRequests(server: Server) {
  server.on('request', () => requests++);
  process.on('SIGUSR2', async () => {
    requests = 0;
    cpuFrom = process.cpuUsage();
    if (profiler) {
      profiler.connect();
      await profiler.post('Profiler.enable');
      await profiler.post('Profiler.start');
    }
  });
  process.on('SIGUSR1', async () => {
    const { user, system } = process.cpuUsage(cpuFrom);
    if (profiler) {
      const { profile } = await profiler.post('Profiler.stop');
      writeFileSync(
        join(profileDir!, `${process.argv.slice(2, 3).join('-')}-${process.pid}.cpuprofile`),
        JSON.stringify(profile),
      );
      profiler.disconnect();
    }
    process.stdout.write(`${JSON.stringify({ requests, cpuMicros: user + system })}\n`);
  });
}

if (kind === 'bare') {
  // The baseline: node:http reading the same body and answering the same JSON, nothing else.
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      const out = JSON.stringify({
        receiptId: randomUUID(),
        subjectId: body.subjectId ?? randomBytes(16).toString('base64url'),
        recordedAt: new Date().toISOString(),
        hash: randomBytes(32).toString('hex'),
      });
      res.writeHead(201, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(out) });
      res.end(out);
    });
  });
  countRequests(server);
  server.listen(0, '127.0.0.1', () => listening(`http://127.0.0.1:${(server.address() as AddressInfo).port}`));
} else {
  const versions = await loadVersions(DECLARATION);
  let store: ConsentStore;
  if (kind === 'framework') {
    // Validation, rules and response, but a store that keeps nothing.
    store = {
      append: async (n) =>
        ({
          ...n,
          receiptId: randomUUID(),
          recordedAt: new Date().toISOString(),
          previousReceiptId: null,
          hash: randomBytes(32).toString('hex'),
        }) as Receipt,
      receiptsOf: async () => [],
      chainPositions: async () => [],
      eraseSubject: async () => 0,
      verify: async () => ({ ok: true, checked: 0, erased: 0 }),
      count: async () => 0,
      recordOperatorAction: async (e) => ({ ...e, id: 0, at: '', subject: null, detail: null }),
      operatorActions: async () => [],
      dailyRollup: async () => [],
      overview: noConsole,
      listReceipts: noConsole,
      receiptById: noConsole,
      receiptsPerVersion: noConsole,
      startVerify: noConsole,
      verifyRuns: noConsole,
      saveScan: async () => {
        throw new Error('the framework target keeps no scans');
      },
      listScans: async () => ({ scans: [], next: null }),
      scanReport: async () => null,
      close: async () => {},
    };
  } else if (kind === 'sqlite' || kind === 'sqlite-seeded') {
    store = await createStore({ sqliteFile: process.argv[3]! });
    const seed = Number(process.argv[4] ?? 0);
    if (seed > 0 && (await store.count()) < seed) {
      const started = performance.now();
      await seedReceipts(store, seed - (await store.count()));
      process.stderr.write(`seeded ${seed} receipts in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
    }
  } else if (kind === 'postgres') {
    store = await createStore({ databaseUrl: process.argv[3]! });
  } else {
    throw new Error(`unknown target ${kind}`);
  }
  // The listener `cookieproof serve` runs.
  const { listener } = createConsentApp({ versions, store, rateLimit: false });
  const server = createServer(listener);
  server.listen(0, '127.0.0.1', () => listening(`http://127.0.0.1:${(server.address() as AddressInfo).port}`));
  countRequests(server);
  const stop = async () => {
    server.close();
    await store.close();
    process.exit(0);
  };
  process.on('SIGTERM', stop);
}

async function noConsole(): Promise<never> {
  throw new Error('the framework target keeps nothing for the console');
}
