import { CookieproofError, canonicalJson, type Receipt, sha256Hex } from '@cookieproof/schema';
import { type ExpressionBuilder, type Kysely, sql } from 'kysely';
import { type ChainedFields, chainHashOf, commitmentOf, GENESIS_HASH, newSalt, type PersonalFields } from './chain.ts';
import type {
  ChainPosition,
  DailyRollupRow,
  NewOperatorAction,
  NewReceipt,
  NewScan,
  OperatorAuditEntry,
  ScanEntry,
  ScanPage,
  VerifyResult,
} from './consent-store.ts';
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
import { exampleReceipts } from './seed.ts';

/** The operations behind a ConsentStore, one batch at a time; implemented in-process and across a worker. */
export interface LogOps {
  appendBatch(receipts: NewReceipt[]): Promise<Receipt[]>;
  receiptsOf(subjectId: string): Promise<Receipt[]>;
  chainPositions(receiptIds: readonly string[]): Promise<ChainPosition[]>;
  eraseSubject(subjectId: string): Promise<number>;
  verify(): Promise<VerifyResult>;
  count(): Promise<number>;
  seed(n: number): Promise<void>;
  recordOperatorAction(entry: NewOperatorAction): Promise<OperatorAuditEntry>;
  operatorActions(limit: number): Promise<OperatorAuditEntry[]>;
  dailyRollup(range: { from: string; to: string }): Promise<DailyRollupRow[]>;
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
const VERIFY_PAGE = 5000;
const SEED_BATCH = 10_000;
const UNCHAINED_SHOWN = 100;

/** The chain head's position, as a subquery: read paths serve only rows from 1 to it. */
const headSeq = (eb: ExpressionBuilder<Database, 'receipts'>) =>
  eb.selectFrom('chain_head').select('chain_head.seq').where('chain_head.id', '=', 1);

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export class ReceiptLog implements LogOps {
  readonly #db: Kysely<Database>;
  readonly #dialect: Dialect;

  readonly #afterClose: () => void;

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

  appendBatch(items: NewReceipt[]): Promise<Receipt[]> {
    if (items.length === 0) return Promise.resolve([]);
    return this.#append(items).catch(async (error: unknown) => {
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

  #append(items: NewReceipt[]): Promise<Receipt[]> {
    return this.#run(() =>
      this.#dialect.writeTransaction(this.#db, async (trx) => {
        // Everything from here to commit runs under the chain lock, so the head and each subject's latest
        // receipt cannot change underneath, whichever process or host is writing.
        const head = await this.#dialect.lockHead(trx);
        const returning = new Set<string>();
        for (const item of items) if (item.subjectId !== null) returning.add(item.subjectId);
        const latest = returning.size > 0 ? await this.#latestReceiptIds(trx, [...returning], head.seq) : new Map();
        const recordedAt = new Date().toISOString();
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
        await rollup.write(trx);
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
    return this.#run(async () => {
      // Rows up to the head never change their chained fields and only lose personal fields on erasure, so
      // paging without one long snapshot is sound and lets appends continue meanwhile.
      const head = await this.#db
        .selectFrom('chain_head')
        .select(['seq', 'hash'])
        .where('id', '=', 1)
        .executeTakeFirst();
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
    });
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

  saveScan(scan: NewScan): Promise<ScanEntry> {
    return this.#run(() => saveScan(this.#db, this.#dialect, scan));
  }

  listScans(page: { limit: number; before?: string }): Promise<ScanPage> {
    return this.#run(() => listScans(this.#db, page));
  }

  scanReport(id: string): Promise<string | null> {
    return this.#run(() => scanReport(this.#db, id));
  }

  async seed(n: number): Promise<void> {
    for (let done = 0; done < n; done += SEED_BATCH) {
      // New subjects, whose ids the store issues: no lookup of earlier receipts.
      await this.appendBatch(exampleReceipts(Math.min(SEED_BATCH, n - done)));
    }
    await this.#dialect.analyze(this.#db);
  }

  async close(): Promise<void> {
    await this.#db.destroy();
    this.#afterClose();
  }
}
