import { existsSync, fsync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { exampleReceipt } from '../seed.ts';
import { mapSqliteError, openSqliteLog } from './sqlite-dialect.ts';

describe('SQLite errors', () => {
  it('maps a full disk, a lock held too long and I/O errors to unavailable, and leaves the rest alone', () => {
    for (const code of ['SQLITE_FULL', 'SQLITE_BUSY', 'SQLITE_IOERR_FSYNC', 'SQLITE_READONLY']) {
      expect(mapSqliteError(Object.assign(new Error(code), { code }))).toMatchObject({ code: 'unavailable' });
    }
    const constraint = Object.assign(new Error('UNIQUE constraint failed'), { code: 'SQLITE_CONSTRAINT_UNIQUE' });
    expect(mapSqliteError(constraint)).toBe(constraint);
  });
});

describe('SQLite durability (synchronous=NORMAL plus a WAL flush before answering)', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  /** A log whose WAL flushes can be held; each flush notes how many receipts another connection sees then. */
  async function heldLog() {
    const dir = mkdtempSync(join(tmpdir(), 'cookieproof-wal-'));
    dirs.push(dir);
    const file = join(dir, 'log.sqlite');
    let reader: SqliteDatabase.Database | undefined;
    let hold = false;
    const flushes: { committed: number; release(): void }[] = [];
    const log = await openSqliteLog(file, (fd, done) => {
      if (!hold) return fsync(fd, done);
      reader ??= new SqliteDatabase(file, { readonly: true });
      const { seq } = reader.prepare('select seq from chain_head where id = 1').get() as { seq: number };
      flushes.push({ committed: seq, release: () => fsync(fd, done) });
    });
    const settled = <T>(p: Promise<T>) => {
      const state = { done: false };
      void p.then(() => {
        state.done = true;
      });
      return state;
    };
    const until = async (ok: () => boolean) => {
      while (!ok()) await new Promise((r) => setTimeout(r, 2));
    };
    return {
      log,
      flushes,
      settled,
      until,
      hold: () => {
        hold = true;
      },
      close: async () => {
        reader?.close();
        await log.close();
      },
    };
  }

  it('answers an append only once a flush that began after its commit has finished', async () => {
    const t = await heldLog();
    t.hold();
    const first = t.log.appendBatch([exampleReceipt()]);
    const firstDone = t.settled(first);
    await t.until(() => t.flushes.length === 1);
    // The commit is in the WAL (another connection reads it) before the flush starts...
    expect(t.flushes[0]!.committed).toBe(1);
    await new Promise((r) => setTimeout(r, 20));
    // ...and the append is not answered while the flush is still running.
    expect(firstDone.done).toBe(false);

    // Two more batches commit meanwhile; they wait for one shared flush that starts after the running one.
    const later = [t.log.appendBatch([exampleReceipt()]), t.log.appendBatch([exampleReceipt()])];
    const laterDone = later.map(t.settled);
    await new Promise((r) => setTimeout(r, 20));
    expect(t.flushes).toHaveLength(1);
    t.flushes[0]!.release();
    await first;
    await t.until(() => t.flushes.length === 2);
    expect(t.flushes[1]!.committed).toBe(3);
    expect(laterDone.map((d) => d.done)).toEqual([false, false]);
    t.flushes[1]!.release();
    await Promise.all(later);
    expect(t.flushes).toHaveLength(2);
    expect((await t.log.verify()).ok).toBe(true);
    await t.close();
  });

  it('refuses an append as unavailable when the flush fails, and the next one succeeds', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cookieproof-wal-'));
    dirs.push(dir);
    let fail = false;
    const log = await openSqliteLog(join(dir, 'log.sqlite'), (fd, done) =>
      fail ? done(Object.assign(new Error('EIO: i/o error, fsync'), { code: 'EIO' })) : fsync(fd, done),
    );
    fail = true;
    await expect(log.appendBatch([exampleReceipt()])).rejects.toMatchObject({ code: 'unavailable' });
    fail = false;
    await expect(log.appendBatch([exampleReceipt()])).resolves.toHaveLength(1);
    await log.close();
  });
});

describe("a returning subject's latest receipt, remembered by the connection that wrote it", () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  async function twoLogs() {
    const dir = mkdtempSync(join(tmpdir(), 'cookieproof-latest-'));
    dirs.push(dir);
    const file = join(dir, 'log.sqlite');
    return { file, a: await openSqliteLog(file), b: await openSqliteLog(file) };
  }
  const returning = (subjectId: string) => exampleReceipt({ subjectId });

  it('links to the receipt another connection wrote since, and to none once another connection erased the subject', async () => {
    const { a, b } = await twoLogs();
    const [first] = await a.appendBatch([exampleReceipt()]);
    const subject = first!.subjectId!;
    const [second] = await b.appendBatch([returning(subject)]);
    expect(second!.previousReceiptId).toBe(first!.receiptId);
    const [third] = await a.appendBatch([returning(subject)]);
    expect(third!.previousReceiptId).toBe(second!.receiptId);
    expect(await b.eraseSubject(subject)).toBe(3);
    const [after] = await a.appendBatch([returning(subject)]);
    expect(after!.previousReceiptId).toBeNull();
    expect((await a.verify()).ok).toBe(true);
    await a.close();
    await b.close();
  });

  it('forgets an erased subject on the connection that erased it, and a batch that was rolled back', async () => {
    const { a, b } = await twoLogs();
    const [first] = await a.appendBatch([exampleReceipt()]);
    const subject = first!.subjectId!;
    await a.eraseSubject(subject);
    const [after] = await a.appendBatch([returning(subject)]);
    expect(after!.previousReceiptId).toBeNull();
    // A batch refused by the database (a NOT NULL column) leaves nothing remembered of its rows.
    const refused = { ...returning(subject), event: null as unknown as 'grant' };
    await expect(a.appendBatch([returning(subject), refused])).rejects.toThrow();
    const [next] = await a.appendBatch([returning(subject)]);
    expect(next!.previousReceiptId).toBe(after!.receiptId);
    expect((await b.verify()).ok).toBe(true);
    await a.close();
    await b.close();
  });
});

describe('SQLite erasure while another connection reads', () => {
  it('answers unavailable while a reader holds the old pages, and finishes when asked again after it ends', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cookieproof-erase-'));
    const file = join(dir, 'log.sqlite');
    const log = await openSqliteLog(file);
    const reader = new SqliteDatabase(file, { readonly: true });
    try {
      const subjectId = 'subject_read_while_erased_01';
      await log.appendBatch([exampleReceipt({ subjectId }), exampleReceipt()]);
      // An open read transaction keeps the pages it sees in the write-ahead log, where the id still is.
      reader.exec('begin');
      reader.prepare('select count(*) from receipts').get();
      await expect(log.eraseSubject(subjectId)).rejects.toMatchObject({
        code: 'unavailable',
        message: expect.stringMatching(/erase again/),
      });
      reader.exec('commit');
      expect(await log.eraseSubject(subjectId)).toBe(0);
      const onDisk = ['', '-wal', '-shm'].map((s) => file + s).filter(existsSync);
      for (const f of onDisk) expect(readFileSync(f).includes(Buffer.from(subjectId)), f).toBe(false);
      expect((await log.verify()).ok).toBe(true);
    } finally {
      reader.close();
      await log.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
