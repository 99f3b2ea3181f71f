import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { canonicalJson, type ListedReceipt, Receipt, type ReceiptFilter } from '@cookieproof/schema';
import SqliteDatabase from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { receiptHashMatches } from './chain.ts';
import type { ConsentStore, NewReceipt } from './consent-store.ts';
import { createStore, type StoreOptions } from './create-store.ts';
import { exampleReceipt, type SeedPlan } from './seed.ts';
import { seedReceipts } from './seed-receipts.ts';
import { createTestDatabase, postgresForTests } from './testing/postgres.ts';

// One contract, every implementation: SQLite with its connection in a worker thread (the default), SQLite on
// the main thread, and PostgreSQL. Each test gets a fresh database.

type Row = Record<string, unknown>;

interface Env {
  options: StoreOptions;
  /** SQL straight to the database, bypassing the store; parameters as $1, $2, ... */
  query(text: string, values?: unknown[]): Promise<Row[]>;
  /** Which of the given texts occur anywhere in the bytes of the database's files. */
  onDisk(texts: string[]): Promise<string[]>;
  /** What the operator runs after erasures for them to leave the files (see README: erasure). */
  afterErasure(): Promise<void>;
  cleanup(): Promise<void>;
}

function foundIn(files: string[], texts: string[]): string[] {
  const contents = files.filter((f) => existsSync(f)).map((f) => readFileSync(f));
  return texts.filter((t) => contents.some((c) => c.includes(Buffer.from(t))));
}

interface Implementation {
  name: string;
  fresh(): Promise<Env>;
}

function sqliteImplementation(thread: 'worker' | 'main'): Implementation {
  return {
    name: `sqlite (${thread} thread)`,
    async fresh() {
      const dir = mkdtempSync(join(tmpdir(), 'cookieproof-store-'));
      const file = join(dir, 'consent.sqlite');
      return {
        options: { sqliteFile: file, thread },
        async query(text, values = []) {
          const db = new SqliteDatabase(file);
          db.pragma('busy_timeout = 10000');
          try {
            const statement = db.prepare(text.replace(/\$\d+/g, '?'));
            const ordered = [...text.matchAll(/\$(\d+)/g)].map((m) => values[Number(m[1]) - 1]);
            if (statement.reader) return statement.all(...ordered) as Row[];
            statement.run(...ordered);
            return [];
          } finally {
            db.close();
          }
        },
        async onDisk(texts) {
          return foundIn([file, `${file}-wal`, `${file}-shm`], texts);
        },
        async afterErasure() {},
        async cleanup() {
          rmSync(dir, { recursive: true, force: true });
        },
      };
    },
  };
}

const postgresImplementation: Implementation = {
  name: 'postgres',
  async fresh() {
    const database = await createTestDatabase();
    return {
      options: { databaseUrl: database.url },
      query: database.query,
      // The files of this database in the server's data directory (readable here as root, as in CI); written out
      // by a checkpoint first, since changed pages live in shared buffers until then.
      async onDisk(texts) {
        await database.query('checkpoint');
        const [{ dir, oid }] = (await database.query(
          `select current_setting('data_directory') as dir, oid from pg_database where datname = current_database()`,
        )) as [{ dir: string; oid: number }];
        const base = join(dir, 'base', String(oid));
        return foundIn(
          readdirSync(base).map((f) => join(base, f)),
          texts,
        );
      },
      async afterErasure() {
        await database.query('vacuum full receipts');
      },
      cleanup: database.drop,
    };
  },
};

const postgres = await postgresForTests();

/** A small log spread like a site's: five days, two versions, surfaces, locales, jurisdictions, every event. */
const PLAN: SeedPlan = {
  days: 5,
  versions: [
    { fingerprint: '1'.repeat(64), version: '2026.1' },
    { fingerprint: '2'.repeat(64), version: '2026.2' },
  ],
  surfaces: ['public', 'dashboard', 'docs'],
  locales: ['en', 'de-AT'],
  jurisdictions: [null, { region: 'US-CA', id: 'california', regime: 'opt-out', honored: ['gpc'] }],
  categories: ['analytics', 'ad_marketing'],
};
const dayOf = (iso: string) => iso.slice(0, 10);

describe('PostgreSQL for the contract suite', () => {
  it.runIf(postgres.required)('is reachable (required when CI is set)', () => {
    expect(postgres.available, 'PostgreSQL at 127.0.0.1:5432 is unreachable and CI is set').toBe(true);
  });
});

const implementations = [
  sqliteImplementation('worker'),
  sqliteImplementation('main'),
  ...(postgres.available ? [postgresImplementation] : []),
];

describe.each(implementations)('ConsentStore contract: $name', (implementation) => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  async function fresh(): Promise<Env & { open(): Promise<ConsentStore> }> {
    const env = await implementation.fresh();
    cleanups.push(env.cleanup);
    return {
      ...env,
      async open() {
        const store = await createStore(env.options);
        cleanups.push(() => store.close());
        return store;
      },
    };
  }

  it('issues a UUIDv7 subject id for a new subject and links it to nothing', async () => {
    const env = await fresh();
    const store = await env.open();
    const [a, b] = await Promise.all([
      store.append(exampleReceipt({ subjectId: null })),
      store.append(exampleReceipt({ subjectId: null })),
    ]);
    for (const r of [a!, b!]) {
      expect(r.subjectId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(r.previousReceiptId).toBeNull();
    }
    expect(a!.subjectId).not.toBe(b!.subjectId);
    // The issued id is the subject's from then on: its next receipt links back.
    const next = await store.append(exampleReceipt({ subjectId: a!.subjectId }));
    expect(next.previousReceiptId).toBe(a!.receiptId);
    expect((await store.receiptsOf(a!.subjectId!)).map((r) => r.receiptId)).toEqual([a!.receiptId, next.receiptId]);
    expect((await store.verify()).ok).toBe(true);
  });

  it('keeps every field of an appended receipt and assigns id, server time, chain link and hash', async () => {
    const env = await fresh();
    const store = await env.open();
    const input: NewReceipt = {
      subjectId: 'subject_0123456789abcdef',
      event: 'partial',
      choices: { essential: true, analytics: false, marketing: true },
      consentMode: { analytics_storage: 'denied', ad_storage: 'granted', ad_user_data: 'granted' },
      fingerprint: 'f'.repeat(64),
      version: '2026.2',
      surface: 'dashboard',
      locale: 'de-AT',
      signals: { gpcHeader: true, dntHeader: false, gpc: true, dnt: null },
      userAgent: 'Firefox 133',
      ipPrefix: '2001:db8:1234::/48',
    };
    const before = Date.now();
    const receipt = await store.append(input);
    const after = Date.now();

    expect(() => Receipt.parse(receipt)).not.toThrow();
    expect(receipt).toMatchObject({ ...input, previousReceiptId: null });
    // UUIDv7: time-ordered, so a log of millions appends at the end of its receipt-id index.
    expect(receipt.receiptId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(receipt.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(receipt.recordedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(Date.parse(receipt.recordedAt)).toBeGreaterThanOrEqual(before);
    expect(Date.parse(receipt.recordedAt)).toBeLessThanOrEqual(after);

    expect(await store.receiptsOf(input.subjectId!)).toEqual([receipt]);
    expect(await store.receiptsOf('nobody_0123456789abcdef')).toEqual([]);
    expect(await store.count()).toBe(1);

    const nulls = await store.append({
      ...input,
      subjectId: 'subject_nulls_0123456789',
      userAgent: null,
      ipPrefix: null,
    });
    expect(await store.receiptsOf('subject_nulls_0123456789')).toEqual([nulls]);
    expect(nulls).toMatchObject({ userAgent: null, ipPrefix: null, signals: input.signals });
  });

  it('records the jurisdiction and regime applied, bound by the hash; a receipt without one keeps the old format', async () => {
    const env = await fresh();
    const store = await env.open();
    const subjectId = 'subject_region_0123456789';
    const jurisdiction = { region: 'US-CA', id: 'california', regime: 'opt-out' as const, honored: ['gpc' as const] };
    const withOne = await store.append(exampleReceipt({ subjectId, jurisdiction }));
    const without = await store.append(exampleReceipt({ subjectId }));
    const unknown = await store.append(
      exampleReceipt({ subjectId, jurisdiction: { region: null, id: 'unknown', regime: 'opt-in', honored: [] } }),
    );
    expect(() => Receipt.parse(withOne)).not.toThrow();
    expect(withOne.jurisdiction).toEqual(jurisdiction);
    expect(without.jurisdiction).toBeNull();
    expect(await store.receiptsOf(subjectId)).toEqual([withOne, without, unknown]);
    expect((await store.verify()).ok).toBe(true);
    const positions = await store.chainPositions([withOne.receiptId, without.receiptId]);
    expect(receiptHashMatches(withOne, positions[0]!)).toBe(true);
    expect(receiptHashMatches(without, positions[1]!)).toBe(true);
    // Changing the regime after the fact breaks the chain at that receipt.
    await env.query(`update receipts set regime = 'notice' where receipt_id = $1`, [withOne.receiptId]);
    expect((await store.verify()).broken?.receiptId).toBe(withOne.receiptId);
  });

  it("links each receipt to the subject's previous one and each hash to the log's previous one", async () => {
    const env = await fresh();
    const store = await env.open();
    const a = 'subject_a_0123456789abcd';
    const first = await store.append(exampleReceipt({ subjectId: a }));
    const other = await store.append(exampleReceipt());
    // Appends of one subject in the same batch still chain in log order.
    const [second, third] = await Promise.all([
      store.append(exampleReceipt({ subjectId: a })),
      store.append(exampleReceipt({ subjectId: a })),
    ]);
    expect(first.previousReceiptId).toBeNull();
    expect(other.previousReceiptId).toBeNull();
    expect(second!.previousReceiptId).toBe(first.receiptId);
    expect(third!.previousReceiptId).toBe(second!.receiptId);
    expect((await store.receiptsOf(a)).map((r) => r.receiptId)).toEqual(
      [first, second, third].map((r) => r!.receiptId),
    );

    const ids = [third!, first, other, second!].map((r) => r.receiptId);
    const positions = await store.chainPositions([...ids, randomUUID()]);
    expect(positions.map((p) => p.sequence)).toEqual([1, 2, 3, 4]);
    expect(positions[0]!.previousHash).toBe('0'.repeat(64));
    for (let i = 1; i < positions.length; i++) expect(positions[i]!.previousHash).toBe(positions[i - 1]!.hash);
    expect(positions.map((p) => p.hash)).toEqual([first, other, second!, third!].map((r) => r.hash));
    expect(receiptHashMatches(first, positions[0]!)).toBe(true);
    expect(receiptHashMatches({ ...first, surface: 'elsewhere' }, positions[0]!)).toBe(false);
    expect(receiptHashMatches(first, positions[1]!)).toBe(false);
    expect(await store.verify()).toEqual({ ok: true, checked: 4, erased: 0 });
  });

  it('erases a subject: personal fields gone, the rest kept, the log still verifies', async () => {
    const env = await fresh();
    const store = await env.open();
    const gone = 'subject_gone_0123456789a';
    const kept = 'subject_kept_0123456789a';
    const goneIds: string[] = [];
    for (let i = 0; i < 3; i++) {
      goneIds.push((await store.append(exampleReceipt({ subjectId: gone }))).receiptId);
      await store.append(exampleReceipt({ subjectId: kept }));
    }
    expect(await store.eraseSubject(gone)).toBe(3);
    expect(await store.eraseSubject(gone)).toBe(0);
    expect(await store.receiptsOf(gone)).toEqual([]);
    expect(await store.receiptsOf(kept)).toHaveLength(3);
    expect(await store.verify()).toEqual({ ok: true, checked: 6, erased: 3 });
    expect((await store.chainPositions(goneIds)).map((p) => p.sequence)).toEqual([1, 3, 5]);

    const rows = await env.query(
      'select subject_id, user_agent, ip_prefix, previous_receipt_id, salt, choices, commitment from receipts where receipt_id in ($1, $2, $3)',
      goneIds,
    );
    expect(rows).toHaveLength(3);
    for (const row of rows) {
      expect(row).toMatchObject({
        subject_id: null,
        user_agent: null,
        ip_prefix: null,
        previous_receipt_id: null,
        salt: null,
      });
      expect(row.choices).toEqual(expect.any(String));
      expect(row.commitment).toMatch(/^[0-9a-f]{64}$/);
    }
    const again = await store.append(exampleReceipt({ subjectId: gone }));
    expect(again.previousReceiptId).toBeNull();
    expect(await store.verify()).toEqual({ ok: true, checked: 7, erased: 3 });
  });

  it("erasure removes the subject's id and salts from the database files", async () => {
    const env = await fresh();
    const store = await env.open();
    const gone = `subject_gone_${randomBytes(8).toString('hex')}`;
    const kept = `subject_kept_${randomBytes(8).toString('hex')}`;
    for (let i = 0; i < 3; i++) {
      await store.append(exampleReceipt({ subjectId: gone }));
      await Promise.all(Array.from({ length: 20 }, () => store.append(exampleReceipt())));
      await store.append(exampleReceipt({ subjectId: kept }));
    }
    const salts = (await env.query('select salt from receipts where subject_id = $1', [gone])).map((r) =>
      String(r.salt),
    );
    expect(await env.onDisk([gone, kept, ...salts])).toEqual([gone, kept, ...salts]);
    expect(await store.eraseSubject(gone)).toBe(3);
    if (implementation.name === 'postgres') {
      // Old row versions and index entries keep it until the table is rewritten: what the operator's step is for.
      expect(await env.onDisk([gone])).toEqual([gone]);
    }
    await env.afterErasure();
    expect(await env.onDisk([gone, kept, ...salts])).toEqual([kept]);
    expect(await store.verify()).toEqual({ ok: true, checked: 66, erased: 3 });
    expect(await store.receiptsOf(kept)).toHaveLength(3);
  });

  it('names the tampered receipt whichever stored field was changed, erased rows included', async () => {
    const env = await fresh();
    const store = await env.open();
    const victim = 'subject_victim_012345678';
    for (let i = 0; i < 5; i++) await store.append(i === 1 ? exampleReceipt({ subjectId: victim }) : exampleReceipt());
    expect((await store.verify()).ok).toBe(true);

    const column = async (seq: number, name: string) =>
      (await env.query(`select ${name} as v, receipt_id from receipts where seq = $1`, [seq]))[0]!;
    async function expectNamed(seq: number, change: string, reason: RegExp) {
      const original = await column(seq, change.split(' ')[0]!);
      await env.query(`update receipts set ${change} where seq = $1`, [seq]);
      const tampered = await column(seq, 'receipt_id');
      const result = await store.verify();
      expect(result.ok, change).toBe(false);
      expect(result.broken, change).toEqual({ receiptId: tampered.v, reason: expect.stringMatching(reason) });
      // The rows after it were not checked, and the result says which.
      expect(result.unchecked, change).toEqual({ count: 5 - seq, from: seq + 1, to: 5 });
      await env.query(`update receipts set ${change.split(' ')[0]} = $2 where seq = $1`, [seq, original.v]);
      expect((await store.verify()).ok, `restored ${change}`).toBe(true);
    }

    const textColumns = ['receipt_id', 'recorded_at', 'event', 'fingerprint', 'version', 'surface', 'locale'];
    for (const name of textColumns) await expectNamed(3, `${name} = ${name} || 'x'`, /hash/);
    for (const name of ['subject_id', 'user_agent', 'ip_prefix', 'salt']) {
      await expectNamed(3, `${name} = ${name} || 'x'`, /commitment/);
    }
    await expectNamed(3, `previous_receipt_id = '${randomUUID()}'`, /commitment/);
    await expectNamed(3, `commitment = '${'e'.repeat(64)}'`, /commitment/);
    await expectNamed(3, `hash = '${'d'.repeat(64)}'`, /hash/);
    await expectNamed(3, `previous_hash = '${'c'.repeat(64)}'`, /previous hash/);
    for (const name of ['gpc_header', 'dnt_header']) await expectNamed(3, `${name} = not ${name}`, /hash/);
    for (const [name, other] of [
      ['gpc', 'gpc_header'],
      ['dnt', 'dnt_header'],
    ]) {
      await expectNamed(3, `${name} = case when ${name} is null then ${other} else null end`, /hash/);
    }
    const choices = JSON.parse(String((await column(3, 'choices')).v)) as Record<string, boolean>;
    await expectNamed(3, `choices = '${canonicalJson({ ...choices, analytics: !choices.analytics })}'`, /hash/);
    await expectNamed(3, `consent_mode = '{}'`, /hash/);
    await expectNamed(3, `choices = choices || 'x'`, /JSON/);

    await store.eraseSubject(victim);
    expect(await store.verify()).toEqual({ ok: true, checked: 5, erased: 1 });
    await expectNamed(2, `surface = surface || 'x'`, /hash/);
    await expectNamed(2, `subject_id = '${victim}'`, /erased/);

    const [third] = await env.query('select * from receipts where seq = 3');
    await env.query('delete from receipts where seq = 3');
    const fourth = (await column(4, 'receipt_id')).v;
    const gap = await store.verify();
    expect(gap.broken).toEqual({ receiptId: fourth, reason: expect.stringMatching(/missing/) });
    expect(gap.unchecked).toEqual({ count: 1, from: 5, to: 5 });
    const columns = Object.keys(third!);
    await env.query(
      `insert into receipts (${columns.join(', ')}) values (${columns.map((_, i) => `$${i + 1}`).join(', ')})`,
      Object.values(third!),
    );
    expect((await store.verify()).ok).toBe(true);
    await env.query('delete from receipts where seq = 5');
    expect((await store.verify()).broken).toEqual({
      receiptId: fourth,
      reason: expect.stringMatching(/missing at the end/),
    });
  });

  it('keeps every one of many concurrent appends, chained and verifiable', async () => {
    const env = await fresh();
    const store = await env.open();
    const subjects = Array.from({ length: 20 }, (_, i) => `subject_${String(i).padStart(2, '0')}_0123456789ab`);
    const receipts = await Promise.all(
      Array.from({ length: 600 }, (_, i) => store.append(exampleReceipt({ subjectId: subjects[i % subjects.length] }))),
    );
    expect(new Set(receipts.map((r) => r.receiptId)).size).toBe(600);
    expect(await store.count()).toBe(600);
    expect(await store.verify()).toEqual({ ok: true, checked: 600, erased: 0 });
    for (const subject of subjects) {
      const own = await store.receiptsOf(subject);
      expect(own).toHaveLength(30);
      for (const [i, r] of own.entries()) expect(r.previousReceiptId).toBe(i === 0 ? null : own[i - 1]!.receiptId);
    }
  });

  it('finishes accepted appends on close and refuses new ones after it', async () => {
    const env = await fresh();
    const store = await createStore(env.options);
    const pending = Array.from({ length: 50 }, () => store.append(exampleReceipt()));
    await store.close();
    expect(await Promise.all(pending)).toHaveLength(50);
    await expect(store.append(exampleReceipt())).rejects.toMatchObject({ code: 'unavailable' });
    const reopened = await env.open();
    expect(await reopened.count()).toBe(50);
    expect((await reopened.verify()).ok).toBe(true);
  });

  it('runs migrations once, whether opened again or twice at the same moment', async () => {
    const env = await fresh();
    const [one, two] = await Promise.all([env.open(), env.open()]);
    await Promise.all([one.append(exampleReceipt()), two.append(exampleReceipt())]);
    await Promise.all([one.append(exampleReceipt()), two.append(exampleReceipt())]);
    await one.close();
    await two.close();
    const three = await env.open();
    expect(await three.count()).toBe(4);
    expect(await three.verify()).toEqual({ ok: true, checked: 4, erased: 0 });
    expect(await env.query('select version from schema_migrations order by version')).toEqual([
      { version: 1 },
      { version: 2 },
      { version: 3 },
      { version: 4 },
      { version: 5 },
      { version: 6 },
    ]);
    await env.query(`insert into schema_migrations (version, name, applied_at) values (999, 'from the future', 'x')`);
    await expect(createStore(env.options)).rejects.toThrow(/migration 999/);
  });

  it('refuses a receipt with a lone surrogate or a control character in any string, and only that one', async () => {
    const env = await fresh();
    const store = await env.open();
    const bad: [string, Partial<NewReceipt>][] = [];
    for (const text of ['en\ud800', 'en\u0000', 'en\udfffx', 'en\u001b', 'en\u0085'])
      for (const field of [
        'locale',
        'surface',
        'version',
        'userAgent',
        'ipPrefix',
        'fingerprint',
        'subjectId',
      ] as const)
        bad.push([`${field} ${JSON.stringify(text)}`, { [field]: text }]);
    bad.push(['choices key', { choices: { essential: true, 'a\ud800': true } }]);
    bad.push(['consent mode value', { consentMode: { ad_storage: 'granted\u0000' as 'granted' } }]);
    // Sent together, so that they share batches with good receipts.
    const good = Array.from({ length: 40 }, () => store.append(exampleReceipt()));
    const refused = await Promise.allSettled(bad.map(([, change]) => store.append(exampleReceipt(change))));
    expect(await Promise.all(good)).toHaveLength(40);
    for (const [i, outcome] of refused.entries()) {
      expect(outcome.status, bad[i]![0]).toBe('rejected');
      expect((outcome as PromiseRejectedResult).reason, bad[i]![0]).toMatchObject({ code: 'invalid-input' });
    }
    expect(await store.count()).toBe(40);
    expect(await store.verify()).toEqual({ ok: true, checked: 40, erased: 0 });
    // Paired surrogates (emoji) and other non-ASCII text are fine, and come back as the same bytes that were hashed.
    const kept = await store.append(exampleReceipt({ version: 'v😀-ä' }));
    expect((await store.receiptsOf(kept.subjectId!))[0]).toEqual(kept);
    expect((await store.verify()).ok).toBe(true);
  });

  it('when the database refuses a batch, stores the rest of it and refuses only the row it refused', async () => {
    const env = await fresh();
    const store = await env.open();
    await store.append(exampleReceipt());
    // A refusal that only the database makes: rows with this locale fail whatever batch they are in.
    if (implementation.name === 'postgres')
      await env.query(`alter table receipts add constraint test_no_xx check (locale <> 'xx-refused')`);
    else
      await env.query(
        `create trigger test_no_xx before insert on receipts when new.locale = 'xx-refused' begin select raise(abort, 'refused by the test'); end`,
      );
    const all = await Promise.allSettled(
      Array.from({ length: 60 }, (_, i) => store.append(exampleReceipt(i % 20 === 7 ? { locale: 'xx-refused' } : {}))),
    );
    const refused = all.filter((o) => o.status === 'rejected') as PromiseRejectedResult[];
    expect(refused).toHaveLength(3);
    for (const r of refused) expect(r.reason).toMatchObject({ code: 'invalid-input' });
    expect(await store.count()).toBe(58);
    expect(await store.verify()).toEqual({ ok: true, checked: 58, erased: 0 });
  });

  it('reports rows beyond the chain head and never serves them', async () => {
    const env = await fresh();
    const store = await env.open();
    const subject = 'subject_forged_012345678';
    const first = await store.append(exampleReceipt({ subjectId: subject }));
    await store.append(exampleReceipt());
    const [row] = await env.query('select * from receipts where seq = 1');
    const forge = async (seq: number) => {
      const columns = Object.keys(row!);
      const values = columns.map((c) => (c === 'seq' ? seq : c === 'receipt_id' ? randomUUID() : (row![c] as unknown)));
      await env.query(
        `insert into receipts (${columns.join(', ')}) values (${columns.map((_, i) => `$${i + 1}`).join(', ')})`,
        values,
      );
    };
    await forge(1000);
    await forge(1001);
    await forge(0);
    const result = await store.verify();
    expect(result).toMatchObject({ ok: false, checked: 2, unchained: { count: 3, positions: [0, 1000, 1001] } });
    expect(result.unchecked).toBeUndefined();
    expect(result.broken?.reason).toMatch(/not in the chain/);
    expect((await store.receiptsOf(subject)).map((r) => r.receiptId)).toEqual([first.receiptId]);
    const forged = (await env.query('select receipt_id from receipts where seq in (0, 1000, 1001)')).map(
      (r) => r.receipt_id as string,
    );
    expect(await store.chainPositions([first.receiptId, ...forged])).toHaveLength(1);
    // Nor does the console's list or lookup serve them.
    expect((await store.listReceipts({ filter: {}, limit: 10 })).receipts.map((r) => r.sequence)).toEqual([2, 1]);
    for (const id of forged) expect(await store.receiptById(id)).toBeNull();
    // A new receipt of the subject links to its last chained receipt, not to a forged one.
    const next = await store.append(exampleReceipt({ subjectId: subject }));
    expect(next.previousReceiptId).toBe(first.receiptId);

    // A forged row at the next position stops the log from growing: said plainly, as unavailable (503), until
    // it is removed, and nothing is lost meanwhile.
    await forge(4);
    await expect(store.append(exampleReceipt())).rejects.toMatchObject({
      code: 'unavailable',
      message: expect.stringMatching(/outside the chain \(first at position 0\).*must be removed/),
    });
    await env.query('delete from receipts where seq in (0, 4, 1000, 1001)');
    await store.append(exampleReceipt());
    expect(await store.verify()).toEqual({ ok: true, checked: 4, erased: 0 });
  });

  it('records operator actions with who and when, newest first, keeping only a fingerprint of the subject', async () => {
    const env = await fresh();
    const store = await env.open();
    const subjectId = 'subject_audited_0123456789';
    await store.append(exampleReceipt({ subjectId }));
    const before = new Date().toISOString();
    const login = await store.recordOperatorAction({ action: 'login', actor: 'token:0123456789ab' });
    const erase = await store.recordOperatorAction({
      action: 'erase',
      actor: 'session:abcdef012345',
      subjectId,
      detail: 'erased 1',
    });
    expect(login).toMatchObject({ action: 'login', actor: 'token:0123456789ab', subject: null, detail: null });
    expect(login.at >= before).toBe(true);
    expect(erase.id).toBeGreaterThan(login.id);
    expect(erase.subject).toMatch(/^subject:[0-9a-f]{16}$/);
    expect(await store.operatorActions(10)).toEqual([erase, login]);
    expect(await store.operatorActions(1)).toEqual([erase]);
    // Reopened (a restart), the list is still there.
    await store.close();
    expect(await (await env.open()).operatorActions(10)).toEqual([erase, login]);
    // The audit of an erasure must not keep the id the erasure removed.
    await (await env.open()).eraseSubject(subjectId);
    await env.afterErasure();
    expect(await env.onDisk([subjectId])).toEqual([]);
  });

  it('keeps a daily rollup of receipts in the append transaction, by surface, version, event, jurisdiction, regime and locale', async () => {
    const env = await fresh();
    const store = await env.open();
    const base = exampleReceipt();
    const receipt = (o: Partial<NewReceipt>) => ({
      ...base,
      subjectId: null,
      signals: { gpcHeader: false, dntHeader: false, gpc: null, dnt: null },
      ...o,
    });
    const optOut = { region: 'US-CA', id: 'california', regime: 'opt-out' as const, honored: [] };
    await Promise.all([
      store.append(receipt({ event: 'grant', choices: { essential: true, analytics: true } })),
      store.append(
        receipt({
          event: 'grant',
          choices: { essential: true, analytics: true },
          signals: { gpcHeader: true, dntHeader: false, gpc: null, dnt: null },
        }),
      ),
      store.append(
        receipt({
          event: 'refuse',
          choices: { essential: true, analytics: false },
          signals: { gpcHeader: false, dntHeader: false, gpc: true, dnt: true },
        }),
      ),
      store.append(receipt({ event: 'grant', choices: { essential: true, analytics: false }, jurisdiction: optOut })),
    ]);
    await store.append(receipt({ event: 'grant', choices: { essential: true, analytics: true }, locale: 'de-AT' }));
    const today = new Date().toISOString().slice(0, 10);
    const key = { day: today, surface: base.surface, fingerprint: base.fingerprint };
    const rows = await store.dailyRollup({ from: today, to: today });
    expect(rows).toHaveLength(4);
    expect(rows).toEqual(
      expect.arrayContaining([
        {
          ...key,
          event: 'grant',
          jurisdiction: '',
          regime: '',
          locale: 'en-GB',
          receipts: 2,
          gpc: 1,
          dnt: 0,
          visitors: 2,
          visitorGpc: 1,
          visitorDnt: 0,
          granted: { essential: 2, analytics: 2 },
        },
        {
          ...key,
          event: 'refuse',
          jurisdiction: '',
          regime: '',
          locale: 'en-GB',
          receipts: 1,
          gpc: 1,
          dnt: 1,
          visitors: 1,
          visitorGpc: 1,
          visitorDnt: 1,
          granted: { essential: 1 },
        },
        {
          ...key,
          event: 'grant',
          jurisdiction: 'california',
          regime: 'opt-out',
          locale: 'en-GB',
          receipts: 1,
          gpc: 0,
          dnt: 0,
          visitors: 1,
          visitorGpc: 0,
          visitorDnt: 0,
          granted: { essential: 1 },
        },
        {
          ...key,
          event: 'grant',
          jurisdiction: '',
          regime: '',
          locale: 'de-AT',
          receipts: 1,
          gpc: 0,
          dnt: 0,
          visitors: 1,
          visitorGpc: 0,
          visitorDnt: 0,
          granted: { essential: 1, analytics: 1 },
        },
      ]),
    );
    expect(await store.dailyRollup({ from: '2000-01-01', to: '2000-12-31' })).toEqual([]);
    // The rollup sums to the log: every receipt counted once.
    expect(rows.reduce((n, r) => n + r.receipts, 0)).toBe(await store.count());
  });

  it("counts a visitor once a day: a subject's later receipts that day are not visitors, a new day's first is", async () => {
    const env = await fresh();
    const store = await env.open();
    const gpc = { gpcHeader: true, dntHeader: false, gpc: null, dnt: null };
    const none = { gpcHeader: false, dntHeader: false, gpc: null, dnt: null };
    const first = await store.append(exampleReceipt({ subjectId: null, signals: gpc }));
    await store.append(exampleReceipt({ subjectId: first.subjectId, signals: gpc }));
    await store.append(exampleReceipt({ subjectId: first.subjectId, signals: none }));
    await store.append(exampleReceipt({ subjectId: null, signals: none }));
    const today = new Date().toISOString().slice(0, 10);
    const sum = (rows: { visitors: number; visitorGpc: number; receipts: number; gpc: number }[]) =>
      rows.reduce(
        (n, r) => ({
          receipts: n.receipts + r.receipts,
          gpc: n.gpc + r.gpc,
          visitors: n.visitors + r.visitors,
          visitorGpc: n.visitorGpc + r.visitorGpc,
        }),
        { receipts: 0, gpc: 0, visitors: 0, visitorGpc: 0 },
      );
    expect(sum(await store.dailyRollup({ from: today, to: today }))).toEqual({
      receipts: 4,
      gpc: 2,
      visitors: 2,
      visitorGpc: 1,
    });
    // A subject whose latest receipt was issued yesterday (its id, a UUIDv7, says when): its first receipt today
    // makes it one of today's visitors. The id is rewritten to yesterday's time behind the store's back.
    const old = await store.append(exampleReceipt({ subjectId: null }));
    const ms = (Date.now() - 86_400_000).toString(16).padStart(12, '0');
    const yesterdayId = `${ms.slice(0, 8)}-${ms.slice(8)}${old.receiptId.slice(13)}`;
    await store.close();
    await env.query('update receipts set receipt_id = $1 where receipt_id = $2', [yesterdayId, old.receiptId]);
    const reopened = await env.open();
    await reopened.append(exampleReceipt({ subjectId: old.subjectId }));
    expect(sum(await reopened.dailyRollup({ from: today, to: today })).visitors).toBe(4);
  });

  it('backfills the daily rollup from receipts stored before its migration', async () => {
    const env = await fresh();
    const store = await env.open();
    for (let i = 0; i < 3; i++) await Promise.all(Array.from({ length: 40 }, () => store.append(exampleReceipt())));
    const today = new Date().toISOString().slice(0, 10);
    const kept = await store.dailyRollup({ from: today, to: today });
    const overview = await store.overview({ from: today, to: today });
    await store.close();
    // As a database migrated up to 5 would be, less the rollup's counts: receipts present, migration 6 rebuilds.
    await env.query('delete from receipt_daily');
    await env.query('delete from receipt_daily_granted');
    await env.query('drop table receipt_facet');
    await env.query('drop table receipt_facet_granted');
    await env.query('delete from schema_migrations where version = 6');
    for (const index of ['receipts_time', 'receipts_surface_time', 'receipts_fingerprint_time', 'receipts_event_time'])
      await env.query(`drop index ${index}`);
    await env.query('drop table verify_runs');
    const reopened = await env.open();
    const rebuilt = await reopened.dailyRollup({ from: today, to: today });
    const sorted = (rows: typeof kept) => [...rows].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
    expect(sorted(rebuilt)).toEqual(sorted(kept));
    expect(rebuilt.reduce((n, r) => n + r.receipts, 0)).toBe(120);
    expect(await reopened.overview({ from: today, to: today })).toEqual(overview);
  });

  it('verifies an empty log', async () => {
    const env = await fresh();
    const store = await env.open();
    expect(await store.verify()).toEqual({ ok: true, checked: 0, erased: 0 });
    expect(await store.count()).toBe(0);
    expect(await store.chainPositions([])).toEqual([]);
  });

  it('keeps scan reports, lists them newest first a page at a time, and serves each back as stored', async () => {
    const env = await fresh();
    const store = await env.open();
    const saved = [];
    for (let i = 0; i < 5; i++) {
      const report = JSON.stringify({ target: `https://example.test/${i}`, note: 'é \u0000 \ud800', i });
      saved.push(
        await store.saveScan({
          target: `https://example.test/${i}`,
          startedAt: `2026-12-0${i + 1}T00:00:00.000Z`,
          violations: i,
          summary: { pages: i * 2 },
          report,
        }),
      );
    }
    expect(saved[0]).toMatchObject({ url: 'https://example.test/0', violations: 0, summary: { pages: 0 } });
    const first = await store.listScans({ limit: 2 });
    expect(first.scans.map((s) => s.url)).toEqual(['https://example.test/4', 'https://example.test/3']);
    expect(first.scans[0]).toEqual(saved[4]);
    const second = await store.listScans({ limit: 2, before: first.next! });
    const third = await store.listScans({ limit: 2, before: second.next! });
    expect([...second.scans, ...third.scans].map((s) => s.violations)).toEqual([2, 1, 0]);
    expect(third.next).toBeNull();
    const text = await store.scanReport(saved[3]!.id);
    expect(JSON.parse(text!)).toEqual({ target: 'https://example.test/3', note: 'é \u0000 \ud800', i: 3 });
    expect(await store.scanReport('0190d3a0-0000-7000-8000-000000000000')).toBeNull();
    // Kept across a reopen, and apart from the receipt log.
    await store.close();
    const again = await env.open();
    expect((await again.listScans({ limit: 10 })).scans).toHaveLength(5);
    expect(await again.count()).toBe(0);
    expect((await again.verify()).ok).toBe(true);
  });

  it('refuses a scan whose listed fields it cannot store, as invalid input', async () => {
    const env = await fresh();
    const store = await env.open();
    await expect(
      store.saveScan({ target: 'https://a.test/\u0000', startedAt: 'x', violations: 0, summary: {}, report: '{}' }),
    ).rejects.toMatchObject({ code: 'invalid-input' });
    expect((await store.listScans({ limit: 10 })).scans).toEqual([]);
  });

  describe('console reads', () => {
    /** Every receipt of the seeded log, newest recorded first, by paging the unfiltered list. */
    async function everything(store: ConsentStore): Promise<ListedReceipt[]> {
      const out: ListedReceipt[] = [];
      let before: string | undefined;
      do {
        const page = await store.listReceipts({ filter: {}, limit: 200, ...(before ? { before } : {}) });
        out.push(...page.receipts);
        before = page.next ?? undefined;
      } while (before);
      return out;
    }

    it('lists receipts newest first by keyset, each filter and their combinations, with the total', async () => {
      const env = await fresh();
      const store = await env.open();
      await seedReceipts(store, 600, PLAN);
      const all = await everything(store);
      expect(all).toHaveLength(600);
      expect(new Set(all.map((r) => r.receiptId)).size).toBe(600);
      const newestFirst = (a: ListedReceipt, b: ListedReceipt) =>
        b.recordedAt.localeCompare(a.recordedAt) || b.sequence - a.sequence;
      expect(all).toEqual([...all].sort(newestFirst));
      expect(new Set(all.map((r) => dayOf(r.recordedAt))).size).toBe(5);

      const days = [...new Set(all.map((r) => dayOf(r.recordedAt)))].sort();
      const filters: ReceiptFilter[] = [
        { surface: 'docs' },
        { fingerprint: '1'.repeat(64) },
        { event: 'withdraw' },
        { category: 'ad_marketing' },
        { from: days[1], to: days[2] },
        { from: days[3] },
        { to: days[0] },
        { surface: 'public', event: 'grant', category: 'analytics', from: days[1] },
        { surface: 'docs', fingerprint: '2'.repeat(64), event: 'signal' },
        // Nothing matches: answered from the rollup.
        { surface: 'nowhere' },
        { from: '2000-01-01', to: '2000-01-02' },
      ];
      const matches = (f: ReceiptFilter) => (r: ListedReceipt) =>
        (!f.surface || r.surface === f.surface) &&
        (!f.fingerprint || r.fingerprint === f.fingerprint) &&
        (!f.event || r.event === f.event) &&
        (!f.category || r.choices[f.category] === true) &&
        (!f.from || dayOf(r.recordedAt) >= f.from) &&
        (!f.to || dayOf(r.recordedAt) <= f.to);
      for (const filter of filters) {
        const expected = all.filter(matches(filter));
        const got: ListedReceipt[] = [];
        let before: string | undefined;
        for (;;) {
          const page = await store.listReceipts({ filter, limit: 7, ...(before ? { before } : {}) });
          expect(page.total, JSON.stringify(filter)).toBe(expected.length);
          got.push(...page.receipts);
          if (!page.next) break;
          before = page.next;
        }
        expect(
          got.map((r) => r.receiptId),
          JSON.stringify(filter),
        ).toEqual(expected.map((r) => r.receiptId));
      }
      // A listed receipt is the stored receipt, with its chain position.
      const [one] = all;
      expect(await store.receiptById(one!.receiptId)).toEqual({
        receipt: one,
        position: (await store.chainPositions([one!.receiptId]))[0],
      });
      expect(await store.receiptById('01900000-0000-7000-8000-000000000000')).toBeNull();
    });

    it('counts receipts per declaration version and aggregates the overview from the rollup', async () => {
      const env = await fresh();
      const store = await env.open();
      await seedReceipts(store, 300, PLAN);
      const all = await everything(store);
      const perVersion = await store.receiptsPerVersion();
      for (const { fingerprint } of PLAN.versions) {
        const mine = all.filter((r) => r.fingerprint === fingerprint);
        expect(perVersion.find((v) => v.fingerprint === fingerprint)).toEqual({
          fingerprint,
          receipts: mine.length,
          firstDay: dayOf(mine.at(-1)!.recordedAt),
          lastDay: dayOf(mine[0]!.recordedAt),
        });
      }
      const days = [...new Set(all.map((r) => dayOf(r.recordedAt)))].sort();
      const o = await store.overview({ from: days[0]!, to: days.at(-1)! });
      expect(o.days.map((d) => d.day)).toEqual(days);
      expect(o.total.receipts).toBe(300);
      // Seeded receipts are all of new subjects: each is a visitor of its day.
      expect(o.total.visitors).toBe(300);
      const count = (f: (r: ListedReceipt) => boolean) => all.filter(f).length;
      expect(o.total.gpc).toBe(count((r) => r.signals.gpcHeader || r.signals.gpc === true));
      expect(o.total.events.withdraw).toBe(count((r) => r.event === 'withdraw'));
      expect(o.total.granted.analytics).toBe(count((r) => r.choices.analytics === true));
      expect(o.days[0]!.receipts).toBe(count((r) => dayOf(r.recordedAt) === days[0]));
      const california = o.by.jurisdiction.find((s) => s.key === 'california')!;
      expect(california.receipts).toBe(count((r) => r.jurisdiction?.id === 'california'));
      expect(california.granted.ad_marketing).toBe(
        count((r) => r.jurisdiction?.id === 'california' && r.choices.ad_marketing === true),
      );
      expect(o.by.jurisdiction.find((s) => s.key === '')!.receipts).toBe(count((r) => r.jurisdiction === null));
      expect(o.by.surface.map((s) => s.key).sort()).toEqual(['dashboard', 'docs', 'public']);
      expect(o.by.locale.reduce((n, s) => n + s.receipts, 0)).toBe(300);
      expect(o.by.regime.find((s) => s.key === 'opt-out')!.events).toEqual(
        Object.fromEntries(
          [...new Set(all.filter((r) => r.jurisdiction).map((r) => r.event))].map((e) => [
            e,
            count((r) => r.jurisdiction !== null && r.event === e),
          ]),
        ),
      );
      const none = await store.overview({ from: '2000-01-01', to: '2000-01-31' });
      expect(none).toMatchObject({ days: [], total: { receipts: 0 }, by: { surface: [] } });
    });

    it('runs a verify in the background, keeps its progress and result, and runs one at a time', async () => {
      const env = await fresh();
      const store = await env.open();
      await seedReceipts(store, 2500);
      const started = await store.startVerify('session:0123456789ab');
      expect(started).toMatchObject({
        started: true,
        run: { status: 'running', total: 2500, checked: 0, actor: 'session:0123456789ab', result: null },
      });
      // Asked again while it runs: the same run.
      const again = await store.startVerify('token:0123456789ab');
      if (again.started) expect(again.run.id).toBeGreaterThan(started.run.id);
      else expect(again.run.id).toBe(started.run.id);
      await expect.poll(async () => (await store.verifyRuns(1))[0]!.status, { timeout: 30_000 }).toBe('ok');
      const [run] = await store.verifyRuns(5);
      expect(run).toMatchObject({
        status: 'ok',
        total: 2500,
        checked: 2500,
        result: { ok: true, checked: 2500, erased: 0 },
        error: null,
      });
      expect(run!.finishedAt! >= run!.startedAt).toBe(true);

      // A tampered log: the run ends broken and names the receipt.
      const [victim] = await env.query('select receipt_id from receipts where seq = 1200');
      await env.query(`update receipts set event = 'withdraw' where seq = 1200`);
      const broken = await store.startVerify(null);
      expect(broken.started).toBe(true);
      await expect.poll(async () => (await store.verifyRuns(1))[0]!.status, { timeout: 30_000 }).toBe('broken');
      expect((await store.verifyRuns(1))[0]).toMatchObject({
        id: broken.run.id,
        checked: 1200,
        result: { ok: false, broken: { receiptId: victim!.receipt_id } },
      });
      // Kept across a restart.
      await store.close();
      const reopened = await env.open();
      expect((await reopened.verifyRuns(10)).map((r) => r.status).slice(0, 2)).toEqual(['broken', 'ok']);
    });

    it('marks a verify cut short by closing the store as interrupted, and one whose process vanished too', async () => {
      const env = await fresh();
      const store = await env.open();
      await seedReceipts(store, 20_000);
      const { run } = await store.startVerify(null);
      await store.close();
      const reopened = await env.open();
      const [after] = await reopened.verifyRuns(1);
      expect(after!.id).toBe(run.id);
      // Closed before it finished (interrupted), or it finished first on a fast machine.
      expect(['interrupted', 'ok']).toContain(after!.status);
      // A run left 'running' by a process that died: no progress for a minute reads as interrupted, and a new
      // verify replaces it instead of waiting for it.
      const old = new Date(Date.now() - 5 * 60_000).toISOString();
      await env.query(`update verify_runs set status = 'running', updated_at = $1`, [old]);
      expect((await reopened.verifyRuns(1))[0]!.status).toBe('interrupted');
      const next = await reopened.startVerify(null);
      expect(next.started).toBe(true);
      expect(next.run.id).toBeGreaterThan(run.id);
    });
  });
});
