import type { AddressInfo } from 'node:net';
import { connect, createServer, type Server, type Socket } from 'node:net';
import { CookieproofError } from '@cookieproof/schema';
import { afterEach, describe, expect, it } from 'vitest';
import type { ConsentStore } from '../consent-store.ts';
import { createStore } from '../create-store.ts';
import { exampleReceipt } from '../seed.ts';
import { createTestDatabase, postgresForTests } from '../testing/postgres.ts';
import { isUnavailable } from './postgres-dialect.ts';

// PostgreSQL going away, simulated by a TCP proxy in front of the real server that can cut every connection
// and refuse new ones, then come back on the same port. (The server's test restarts a whole cluster.)

class CuttableProxy {
  #server: Server | null = null;
  readonly #sockets = new Set<Socket>();
  port = 0;

  async start(): Promise<void> {
    const server = createServer((client) => {
      const upstream = connect(5432, '127.0.0.1');
      for (const s of [client, upstream]) {
        this.#sockets.add(s);
        s.on('error', () => undefined);
        s.on('close', () => this.#sockets.delete(s));
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => server.listen(this.port, '127.0.0.1', resolve));
    this.port = (server.address() as AddressInfo).port;
    this.#server = server;
  }

  async stop(): Promise<void> {
    const server = this.#server;
    this.#server = null;
    for (const s of this.#sockets) s.destroy();
    if (server) await new Promise((resolve) => server.close(resolve));
  }
}

const postgres = await postgresForTests();
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function appendUntilItWorks(store: ConsentStore, tries = 50) {
  for (let i = 0; ; i++) {
    try {
      return await store.append(exampleReceipt());
    } catch (error) {
      if (i >= tries) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

describe('PostgreSQL unavailable', () => {
  it('classifies connection failures as unavailable and nothing else', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' });
    expect(isUnavailable(refused)).toBe(true);
    expect(isUnavailable(Object.assign(new Error('terminating connection'), { code: '57P01' }))).toBe(true);
    expect(isUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isUnavailable(Object.assign(new Error('duplicate key'), { code: '23505' }))).toBe(false);
    expect(isUnavailable(Object.assign(new Error('syntax error'), { code: '42601' }))).toBe(false);
  });

  it.runIf(postgres.required)('has PostgreSQL (required when CI is set)', () => {
    expect(postgres.available, 'PostgreSQL at 127.0.0.1:5432 is unreachable and CI is set').toBe(true);
  });

  it('refuses to open with code unavailable when nothing listens', async () => {
    const proxy = new CuttableProxy();
    await proxy.start();
    const { port } = proxy;
    await proxy.stop();
    await expect(createStore({ databaseUrl: `postgres://postgres@127.0.0.1:${port}/nowhere` })).rejects.toMatchObject({
      code: 'unavailable',
    });
  });

  it.runIf(postgres.available)(
    'rejects appends as unavailable while the database is away, then reconnects',
    async () => {
      const database = await createTestDatabase();
      cleanups.push(database.drop);
      const proxy = new CuttableProxy();
      await proxy.start();
      cleanups.push(() => proxy.stop());
      const url = new URL(database.url);
      url.port = String(proxy.port);
      const background: Error[] = [];
      const store = await createStore({ databaseUrl: url.href, onBackgroundError: (e) => background.push(e) });
      cleanups.push(() => store.close());

      // Several pooled connections, idle when the cut comes, plus appends in flight at that moment.
      await Promise.all(Array.from({ length: 40 }, () => store.append(exampleReceipt())));
      const inFlight = Array.from({ length: 40 }, () => store.append(exampleReceipt()));
      await proxy.stop();
      const settled = await Promise.allSettled(inFlight);
      for (const s of settled) {
        if (s.status === 'rejected') expect(s.reason).toMatchObject({ code: 'unavailable' });
      }

      const error = await store.append(exampleReceipt()).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(CookieproofError);
      expect(error).toMatchObject({ code: 'unavailable' });
      expect(background.length).toBeGreaterThan(0);

      await proxy.start();
      const after = await appendUntilItWorks(store);
      const acknowledged = [
        ...settled.flatMap((s) => (s.status === 'fulfilled' ? [s.value.receiptId] : [])),
        after.receiptId,
      ];
      expect(await store.chainPositions(acknowledged)).toHaveLength(acknowledged.length);
      expect(await store.verify()).toMatchObject({ ok: true });
    },
  );
});
