import type { VerifyResult, VerifyRun } from '@cookieproof/schema';
import type { Kysely } from 'kysely';
import type { VerifyStart } from './consent-store.ts';
import type { Database, VerifyRunsTable } from './database.ts';
import type { Dialect } from './dialect.ts';

// Verify runs of the whole log, kept in the database (migration 6) so that whichever process serves the console
// shows the one going and the last result. The run itself is ReceiptLog's verify, paged and yielding to the event
// loop between pages, with its progress written here now and then; that write doubles as a heartbeat: a run whose
// row has not moved for STALE_MS belongs to a process that stopped, and is shown (and replaced) as interrupted.

export const STALE_MS = 60_000;
/** Least time between two progress writes. */
export const PROGRESS_EVERY_MS = 500;

type Row = Omit<VerifyRunsTable, 'id'> & { id: number | string };

export function runOf(row: Row, now = Date.now()): VerifyRun {
  const stale = row.status === 'running' && Date.parse(row.updated_at) < now - STALE_MS;
  let result: VerifyResult | null = null;
  let error: string | null = null;
  if (row.result !== null) {
    const parsed = JSON.parse(row.result) as VerifyResult | { error: string };
    if ('error' in parsed) error = parsed.error;
    else result = parsed;
  }
  return {
    id: Number(row.id),
    status: stale ? 'interrupted' : (row.status as VerifyRun['status']),
    actor: row.actor,
    startedAt: row.started_at,
    updatedAt: row.updated_at,
    finishedAt: row.finished_at,
    total: Number(row.total),
    checked: Number(row.checked),
    result,
    error,
  };
}

/**
 * A new run, unless one is going (its row moved within STALE_MS). Under the chain lock, so two processes asking at
 * once start one run, and the run's total is the head it will verify up to.
 */
export function createRun(db: Kysely<Database>, dialect: Dialect, actor: string | null): Promise<VerifyStart> {
  return dialect.writeTransaction(db, async (trx) => {
    const head = await dialect.lockHead(trx);
    const now = new Date();
    const running = await trx
      .selectFrom('verify_runs')
      .selectAll()
      .where('status', '=', 'running')
      .orderBy('id', 'desc')
      .executeTakeFirst();
    if (running && Date.parse(running.updated_at) >= now.getTime() - STALE_MS)
      return { run: runOf(running), started: false };
    await trx.updateTable('verify_runs').set({ status: 'interrupted' }).where('status', '=', 'running').execute();
    const at = now.toISOString();
    const values = {
      started_at: at,
      updated_at: at,
      finished_at: null,
      status: 'running',
      actor,
      total: head.seq,
      checked: 0,
      result: null,
    };
    const { id } = await trx.insertInto('verify_runs').values(values).returning('id').executeTakeFirstOrThrow();
    return { run: runOf({ ...values, id }), started: true };
  });
}

export function writeProgress(db: Kysely<Database>, dialect: Dialect, id: number, checked: number): Promise<void> {
  return dialect.writeTransaction(db, async (trx) => {
    await trx
      .updateTable('verify_runs')
      .set({ checked, updated_at: new Date().toISOString() })
      .where('id', '=', id)
      .execute();
  });
}

export function finishRun(
  db: Kysely<Database>,
  dialect: Dialect,
  id: number,
  outcome: { status: 'ok' | 'broken' | 'failed' | 'interrupted'; checked: number; result: string | null },
): Promise<void> {
  const at = new Date().toISOString();
  return dialect.writeTransaction(db, async (trx) => {
    await trx
      .updateTable('verify_runs')
      .set({ ...outcome, updated_at: at, finished_at: outcome.status === 'interrupted' ? null : at })
      .where('id', '=', id)
      .execute();
  });
}

export async function listRuns(db: Kysely<Database>, limit: number): Promise<VerifyRun[]> {
  const rows = await db.selectFrom('verify_runs').selectAll().orderBy('id', 'desc').limit(limit).execute();
  const now = Date.now();
  return rows.map((r) => runOf(r, now));
}
