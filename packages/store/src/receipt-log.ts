import {
  type ChainPosition,
  type ConsentOverview,
  CookieproofError,
  canonicalJson,
  type ListedReceipt,
  type Receipt,
  type ReceiptPage,
  sha256Hex,
  type VerifyResult,
  type VerifyRun,
  type VersionReceipts,
} from '@cookieproof/schema';
import { type ExpressionBuilder, type Kysely, sql } from 'kysely';
import { type ChainedFields, chainHashOf, commitmentOf, GENESIS_HASH, newSalt, type PersonalFields } from './chain.ts';
import type {
  DailyRollupRow,
  NewOperatorAction,
  NewReceipt,
  NewScan,
  OperatorAuditEntry,
  ReceiptListRequest,
  ScanEntry,
  ScanPage,
  VerifyStart,
} from './consent-store.ts';
import { listReceipts, overview, receiptById, receiptsPerVersion } from './console-queries.ts';
import { RollupCounts, readRollup } from './daily-rollup.ts';
import type { Database, ReceiptRow } from './database.ts';
import type { Dialect } from './dialect.ts';
import { newSubjectId, uuidV7 } from './random-pool.ts';
import {
  chainedFieldsOf,
  jurisdictionColumns,
  newChainedFields,
  personalFieldsOf,
  receiptFrom,
  receiptOf,
} from './receipt-rows.ts';
import { listScans, saveScan, scanReport } from './scan-log.ts';
import { type SeedPlan, seedBatches } from './seed.ts';
import { createRun, finishRun, listRuns, PROGRESS_EVERY_MS, writeProgress } from './verify-runs.ts';

/** The operations behind a ConsentStore, one batch at a time; implemented in-process and across a worker. */
export interface LogOps {
  /** at: the recording time of every receipt of the batch, for seeding only (default: now). */
  appendBatch(receipts: NewReceipt[], at?: string): Promise<Receipt[]>;
  receiptsOf(subjectId: string): Promise<Receipt[]>;
  chainPositions(receiptIds: readonly string[]): Promise<ChainPosition[]>;
  eraseSubject(subjectId: string): Promise<number>;
  verify(): Promise<VerifyResult>;
  count(): Promise<number>;
  seed(n: number, plan?: SeedPlan): Promise<void>;
  recordOperatorAction(entry: NewOperatorAction): Promise<OperatorAuditEntry>;
  operatorActions(limit: number): Promise<OperatorAuditEntry[]>;
  dailyRollup(range: { from: string; to: string }): Promise<DailyRollupRow[]>;
  overview(range: { from: string; to: string }): Promise<ConsentOverview>;
  listReceipts(request: ReceiptListRequest): Promise<ReceiptPage>;
  receiptById(receiptId: string): Promise<{ receipt: ListedReceipt; position: ChainPosition } | null>;
  receiptsPerVersion(): Promise<VersionReceipts[]>;
  startVerify(actor: string | null): Promise<VerifyStart>;
  verifyRuns(limit: number): Promise<VerifyRun[]>;
  saveScan(scan: NewScan): Promise<ScanEntry>;
  listScans(page: { limit: number; before?: string }): Promise<ScanPage>;
  scanReport(id: string): Promise<string | null>;
  close(): Promise<void>;
}

/** What the audit list keeps of a subject id: enough to match a support request, not the id an erasure removes. */
export function subjectFingerprint(subjectId: string): string {
  return `subject:${sha256Hex(`cookieproof-operator-audit\n${subjectId}`).slice(0, 16)}`;
}

const ROWS_PER_INSERT = 5000;
// Bound values per statement: SQLite allows 32,766, PostgreSQL 65,535.
const IDS_PER_QUERY = 500;
// Small enough that checking one page (hashing it) keeps the thread busy for milliseconds, not seconds: between pages
// verify yields to the event loop, so appends and requests go on during a verify of millions.
const VERIFY_PAGE = 1000;
const UNCHAINED_SHOWN = 100;

/** The chain head's position, as a subquery: read paths serve only rows from 1 to it. */
const headSeq = (eb: ExpressionBuilder<Database, 'receipts'>) =>
  eb.selectFrom('chain_head').select('chain_head.seq').where('chain_head.id', '=', 1);

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export class ReceiptLog implements LogOps {
  readonly #db: Kysely<Database>;
  readonly #dialect: Dialect;

  readonly #afterClose: () => void;
  /** The background verify this log runs, if any; close() stops it and waits for it. */
  #background: Promise<void> | null = null;
  #closing = false;

  /** afterClose: releases what the dialect holds beside the connection (SQLite: the WAL file it flushes). */
  constructor(db: Kysely<Database>, dialect: Dialect, afterClose: () => void = () => {}) {
    this.#db = db;
    this.#dialect = dialect;
    this.#afterClose = afterClose;
  }

  async #run<T>(fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (error) {
      throw this.#dialect.mapError(error);
    }
  }

  appendBatch(items: NewReceipt[], at?: string): Promise<Receipt[]> {
    if (items.length === 0) return Promise.resolve([]);
    return this.#append(items, at).catch(async (error: unknown) => {
      if (error instanceof CookieproofError) throw error;
      // A row written past the head by something other than the store takes the next position: no append can
      // succeed until it is gone. Looked for only when an append failed, so the hot path pays nothing for it.
      const outside = await this.#unchained().catch(() => null);
      if (outside && outside.count > 0)
        throw new CookieproofError(
          'unavailable',
          `the log cannot grow: ${outside.count} row(s) outside the chain (first at position ${outside.rows[0]!.seq}) were written without the store; GET /v1/audit/verify lists them, and they must be removed`,
        );
      throw error;
    });
  }

  #append(items: NewReceipt[], at?: string): Promise<Receipt[]> {
    return this.#run(() =>
      this.#dialect.writeTransaction(this.#db, async (trx) => {
        // Everything from here to commit runs under the chain lock, so the head and each subject's latest
        // receipt cannot change underneath, whichever process or host is writing.
        const head = await this.#dialect.lockHead(trx);
        const returning = new Set<string>();
        for (const item of items) if (item.subjectId !== null) returning.add(item.subjectId);
        const latest = returning.size > 0 ? await this.#latestReceiptIds(trx, [...returning], head.seq) : new Map();
        const recordedAt = at ?? new Date().toISOString();
        const rows: ReceiptRow[] = [];
        const receipts: Receipt[] = [];
        const rollup = new RollupCounts();
        let seq = head.seq;
        let previousHash = head.hash;
        for (const given of items) {
          seq += 1;
          const receiptId = uuidV7();
          const subjectId = given.subjectId ?? newSubjectId();
          const previousReceiptId = latest.get(subjectId) ?? null;
          latest.set(subjectId, receiptId);
          const salt = newSalt();
          const personal = { subjectId, userAgent: given.userAgent, ipPrefix: given.ipPrefix, previousReceiptId };
          const commitment = commitmentOf(salt, personal);
          const fields = newChainedFields(given, receiptId, recordedAt);
          const json = { choices: canonicalJson(fields.choices), consentMode: canonicalJson(fields.consentMode) };
          const hash = chainHashOf(previousHash, seq, commitment, fields, json);
          const row = this.#rowOf(seq, fields, json, personal, salt, commitment, previousHash, hash);
          rows.push(row);
          rollup.add(row, fields.choices);
          receipts.push(receiptFrom(fields, personal, hash));
          previousHash = hash;
        }
        const parts = chunks(rows, ROWS_PER_INSERT);
        for (const [i, part] of parts.entries())
          await this.#dialect.insertRows(trx, part, i === parts.length - 1 ? { seq, hash: previousHash } : undefined);
        await rollup.write(trx, this.#dialect);
        return receipts;
      }),
    );
  }

  #rowOf(
    seq: number,
    fields: ChainedFields,
    json: { choices: string; consentMode: string },
    personal: PersonalFields,
    salt: string,
    commitment: string,
    previousHash: string,
    hash: string,
  ): ReceiptRow {
    const bool = this.#dialect.bool;
    return {
      seq,
      receipt_id: fields.receiptId,
      subject_id: personal.subjectId,
      user_agent: personal.userAgent,
      ip_prefix: personal.ipPrefix,
      previous_receipt_id: personal.previousReceiptId,
      salt,
      commitment,
      recorded_at: fields.recordedAt,
      event: fields.event,
      choices: json.choices,
      consent_mode: json.consentMode,
      fingerprint: fields.fingerprint,
      version: fields.version,
      surface: fields.surface,
      locale: fields.locale,
      gpc_header: bool(fields.signals.gpcHeader),
      dnt_header: bool(fields.signals.dntHeader),
      gpc: fields.signals.gpc === null ? null : bool(fields.signals.gpc),
      dnt: fields.signals.dnt === null ? null : bool(fields.signals.dnt),
      ...jurisdictionColumns(fields.jurisdiction),
      previous_hash: previousHash,
      hash,
    };
  }

  async #latestReceiptIds(trx: Kysely<Database>, subjectIds: string[], head: number): Promise<Map<string, string>> {
    const latest = new Map<string, string>();
    for (const part of chunks(subjectIds, IDS_PER_QUERY)) {
      for (const row of await this.#dialect.latestReceiptIds(trx, part, head))
        latest.set(row.subject_id, row.receipt_id);
    }
    return latest;
  }

  receiptsOf(subjectId: string): Promise<Receipt[]> {
    return this.#run(async () => {
      const rows = await this.#db
        .selectFrom('receipts')
        .selectAll()
        .where('subject_id', '=', subjectId)
        .where('seq', '>=', 1)
        .where('seq', '<=', headSeq)
        .orderBy('seq')
        .execute();
      return rows.map(receiptOf);
    });
  }

  chainPositions(receiptIds: readonly string[]): Promise<ChainPosition[]> {
    return this.#run(async () => {
      const out: ChainPosition[] = [];
      for (const part of chunks([...new Set(receiptIds)], IDS_PER_QUERY)) {
        const rows = await this.#db
          .selectFrom('receipts')
          .select(['receipt_id', 'seq', 'previous_hash', 'hash', 'commitment'])
          .where('receipt_id', 'in', part)
          .where('seq', '>=', 1)
          .where('seq', '<=', headSeq)
          .execute();
        for (const r of rows) {
          out.push({
            receiptId: r.receipt_id,
            sequence: Number(r.seq),
            previousHash: r.previous_hash,
            hash: r.hash,
            commitment: r.commitment,
          });
        }
      }
      return out.sort((a, b) => a.sequence - b.sequence);
    });
  }

  eraseSubject(subjectId: string): Promise<number> {
    return this.#run(async () => {
      const erased = await this.#dialect.writeTransaction(this.#db, async (trx) => {
        // Under the chain lock so no batch links a new receipt to one being erased at the same moment.
        await this.#dialect.lockHead(trx);
        this.#dialect.forgetSubject?.(subjectId);
        const result = await trx
          .updateTable('receipts')
          .set({ subject_id: null, user_agent: null, ip_prefix: null, previous_receipt_id: null, salt: null })
          .where('subject_id', '=', subjectId)
          .executeTakeFirst();
        return Number(result.numUpdatedRows);
      });
      // Also when nothing was erased now: a retry after a purge that failed finishes it.
      await this.#dialect.purgeErased(this.#db);
      return erased;
    });
  }

  verify(): Promise<VerifyResult> {
    return this.#run(() => this.#verify());
  }

  /** onPage: after each page, with the receipts checked so far; false stops the verify (undefined is returned). */
  async #verify(onPage?: (checked: number) => Promise<boolean>): Promise<VerifyResult> {
    // Rows up to the head never change their chained fields and only lose personal fields on erasure, so
    // paging without one long snapshot is sound and lets appends continue meanwhile.
    const head = await this.#db.selectFrom('chain_head').select(['seq', 'hash']).where('id', '=', 1).executeTakeFirst();
    const headSeq = Number(head?.seq ?? 0);
    let expected = 1;
    let previousHash = GENESIS_HASH;
    let lastId: string | null = null;
    let checked = 0;
    let erased = 0;
    // Whatever stops the check, the result also says which rows it therefore did not check.
    const broken = async (receiptId: string, reason: string, at = headSeq): Promise<VerifyResult> => {
      const rest = await this.#db
        .selectFrom('receipts')
        .select((eb) => eb.fn.countAll<number | string>().as('n'))
        .where('seq', '>', at)
        .where('seq', '<=', headSeq)
        .executeTakeFirst();
      const unchecked = Number(rest?.n ?? 0);
      const unchained = await this.#unchained();
      return {
        ok: false,
        checked,
        erased,
        broken: { receiptId, reason },
        ...(unchecked > 0 ? { unchecked: { count: unchecked, from: at + 1, to: headSeq } } : {}),
        ...(unchained.count > 0
          ? { unchained: { count: unchained.count, positions: unchained.rows.map((r) => r.seq) } }
          : {}),
      };
    };
    while (expected <= headSeq) {
      const page = await this.#db
        .selectFrom('receipts')
        .selectAll()
        .where('seq', '>=', expected)
        .where('seq', '<=', headSeq)
        .orderBy('seq')
        .limit(VERIFY_PAGE)
        .execute();
      if (page.length === 0) break;
      for (const row of page) {
        checked += 1;
        const problem = this.#checkRow(row, expected, previousHash);
        if (problem) return broken(row.receipt_id, problem, Number(row.seq));
        if (row.salt === null) erased += 1;
        previousHash = row.hash;
        lastId = row.receipt_id;
        expected += 1;
      }
      if (onPage && !(await onPage(checked))) throw new CookieproofError('unavailable', 'the store is closing');
      // A macrotask turn: a synchronous driver (better-sqlite3) would otherwise never let another message in.
      await nextTurn();
    }
    if (expected - 1 !== headSeq || previousHash !== (head?.hash ?? GENESIS_HASH)) {
      return broken(
        lastId ?? '(chain head)',
        `the log ends at position ${expected - 1} but its head records position ${headSeq}: receipts are missing at the end`,
      );
    }
    const unchained = await this.#unchained();
    if (unchained.count > 0) {
      const [first] = unchained.rows;
      return broken(
        first!.receipt_id,
        `at position ${first!.seq}, not in the chain (positions 1 to ${headSeq}): ${unchained.count} row(s) outside the chain were not checked`,
      );
    }
    return { ok: true, checked, erased };
  }

  startVerify(actor: string | null): Promise<VerifyStart> {
    return this.#run(async () => {
      if (this.#closing) throw new CookieproofError('unavailable', 'the consent store is closed');
      const start = await createRun(this.#db, this.#dialect, actor);
      if (start.started) {
        const previous = this.#background ?? Promise.resolve();
        const run = previous.then(() => this.#verifyInBackground(start.run.id));
        this.#background = run.finally(() => {
          if (this.#background === run) this.#background = null;
        });
      }
      return start;
    });
  }

  async #verifyInBackground(id: number): Promise<void> {
    let lastWrite = Date.now();
    let checkedSoFar = 0;
    const finish = (outcome: Parameters<typeof finishRun>[3]) =>
      finishRun(this.#db, this.#dialect, id, outcome).catch(() => undefined);
    try {
      const result = await this.#verify(async (checked) => {
        checkedSoFar = checked;
        if (this.#closing) return false;
        if (Date.now() - lastWrite >= PROGRESS_EVERY_MS) {
          lastWrite = Date.now();
          await writeProgress(this.#db, this.#dialect, id, checked);
        }
        return true;
      });
      await finish({ status: result.ok ? 'ok' : 'broken', checked: result.checked, result: JSON.stringify(result) });
    } catch (error) {
      if (this.#closing) await finish({ status: 'interrupted', checked: checkedSoFar, result: null });
      else {
        const message = error instanceof Error ? error.message : String(error);
        await finish({ status: 'failed', checked: checkedSoFar, result: JSON.stringify({ error: message }) });
      }
    }
  }

  verifyRuns(limit: number): Promise<VerifyRun[]> {
    return this.#run(() => listRuns(this.#db, limit));
  }

  /**
   * Rows before position 1 or past the chain head. One statement, so it reads the head and the rows in one snapshot:
   * a batch committed meanwhile moved the head together with its rows.
   */
  async #unchained(): Promise<{ count: number; rows: { seq: number; receipt_id: string }[] }> {
    const { rows } = await sql<{ seq: number | string; receipt_id: string; n: number | string }>`
      select seq, receipt_id, count(*) over () as n from receipts
      where seq < 1 or seq > (select seq from chain_head where id = 1)
      order by seq limit ${UNCHAINED_SHOWN}`.execute(this.#db);
    return {
      count: Number(rows[0]?.n ?? 0),
      rows: rows.map((r) => ({ seq: Number(r.seq), receipt_id: r.receipt_id })),
    };
  }

  #checkRow(row: ReceiptRow, expected: number, previousHash: string): string | null {
    const seq = Number(row.seq);
    if (seq !== expected)
      return `found at position ${seq} where ${expected} was expected: receipts before it are missing`;
    if (row.previous_hash !== previousHash) return 'its previous hash does not match the receipt before it';
    const personal = personalFieldsOf(row);
    if (row.salt === null) {
      if (Object.values(personal).some((v) => v !== null)) return 'erased, yet personal fields are present';
    } else if (commitmentOf(row.salt, personal) !== row.commitment) {
      return 'its personal fields do not match their commitment';
    }
    let fields: ChainedFields;
    try {
      fields = chainedFieldsOf(row);
    } catch {
      return 'its stored choices or consent mode are not valid JSON';
    }
    if (chainHashOf(previousHash, seq, row.commitment, fields) !== row.hash) {
      return 'its stored fields do not match its hash';
    }
    return null;
  }

  count(): Promise<number> {
    return this.#run(async () => {
      const head = await this.#db.selectFrom('chain_head').select('seq').where('id', '=', 1).executeTakeFirst();
      return Number(head?.seq ?? 0);
    });
  }

  recordOperatorAction(entry: NewOperatorAction): Promise<OperatorAuditEntry> {
    return this.#run(async () => {
      const values = {
        at: new Date().toISOString(),
        action: entry.action,
        actor: entry.actor,
        subject: entry.subjectId ? subjectFingerprint(entry.subjectId) : null,
        detail: entry.detail ?? null,
      };
      const { id } = await this.#dialect.writeTransaction(this.#db, (trx) =>
        trx.insertInto('operator_audit').values(values).returning('id').executeTakeFirstOrThrow(),
      );
      return { id: Number(id), ...values };
    });
  }

  operatorActions(limit: number): Promise<OperatorAuditEntry[]> {
    return this.#run(async () => {
      const rows = await this.#db.selectFrom('operator_audit').selectAll().orderBy('id', 'desc').limit(limit).execute();
      return rows.map((r) => ({ ...r, id: Number(r.id), action: r.action as OperatorAuditEntry['action'] }));
    });
  }

  dailyRollup(range: { from: string; to: string }): Promise<DailyRollupRow[]> {
    return this.#run(() => readRollup(this.#db, range));
  }

  overview(range: { from: string; to: string }): Promise<ConsentOverview> {
    return this.#run(() => overview(this.#db, range));
  }

  listReceipts(request: ReceiptListRequest): Promise<ReceiptPage> {
    return this.#run(() => listReceipts(this.#db, request));
  }

  receiptById(receiptId: string): Promise<{ receipt: ListedReceipt; position: ChainPosition } | null> {
    return this.#run(() => receiptById(this.#db, receiptId));
  }

  receiptsPerVersion(): Promise<VersionReceipts[]> {
    return this.#run(() => receiptsPerVersion(this.#db));
  }

  saveScan(scan: NewScan): Promise<ScanEntry> {
    return this.#run(() => saveScan(this.#db, this.#dialect, scan));
  }

  listScans(page: { limit: number; before?: string }): Promise<ScanPage> {
    return this.#run(() => listScans(this.#db, page));
  }

  scanReport(id: string): Promise<string | null> {
    return this.#run(() => scanReport(this.#db, id));
  }

  async seed(n: number, plan?: SeedPlan): Promise<void> {
    for (const batch of seedBatches(n, plan)) await this.appendBatch(batch.receipts, batch.at);
    await this.#dialect.analyze(this.#db);
  }

  async close(): Promise<void> {
    this.#closing = true;
    await this.#background;
    await this.#db.destroy();
    this.#afterClose();
  }
}
