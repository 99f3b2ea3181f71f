import { CookieproofError } from '@cookieproof/schema';
import type { Kysely } from 'kysely';
import type { NewScan, ScanEntry, ScanPage } from './consent-store.ts';
import type { Database, ScansTable } from './database.ts';
import type { Dialect } from './dialect.ts';
import { uuidV7 } from './random-pool.ts';
import { bad } from './storable-text.ts';

// Scanner reports kept for the operator's scan history. Shared by both dialects, as receipt-log.ts is.

function entryOf(row: Omit<ScansTable, 'report'>): ScanEntry {
  return {
    id: row.scan_id,
    url: row.target,
    startedAt: row.started_at,
    storedAt: row.stored_at,
    violations: Number(row.violations),
    summary: JSON.parse(row.summary) as Record<string, unknown>,
  };
}

export async function saveScan(db: Kysely<Database>, dialect: Dialect, scan: NewScan): Promise<ScanEntry> {
  // The report itself is JSON text, in which such characters are escaped; the listed columns are stored as they are.
  for (const field of ['target', 'startedAt'] as const)
    if (bad(scan[field])) {
      const message = 'contains a lone surrogate or a control character, which the store cannot keep';
      throw new CookieproofError('invalid-input', `${field}: ${message}`, [{ path: field, message }]);
    }
  const row: ScansTable = {
    scan_id: uuidV7(),
    target: scan.target,
    started_at: scan.startedAt,
    stored_at: new Date().toISOString(),
    violations: scan.violations,
    summary: JSON.stringify(scan.summary),
    report: scan.report,
  };
  await dialect.writeTransaction(db, (trx) => trx.insertInto('scans').values(row).execute());
  return entryOf(row);
}

export async function listScans(db: Kysely<Database>, page: { limit: number; before?: string }): Promise<ScanPage> {
  let query = db
    .selectFrom('scans')
    .select(['scan_id', 'target', 'started_at', 'stored_at', 'violations', 'summary'])
    .orderBy('scan_id', 'desc')
    .limit(page.limit + 1);
  if (page.before !== undefined) query = query.where('scan_id', '<', page.before);
  const rows = await query.execute();
  const more = rows.length > page.limit;
  const scans = rows.slice(0, page.limit).map(entryOf);
  return { scans, next: more ? (scans.at(-1)?.id ?? null) : null };
}

export async function scanReport(db: Kysely<Database>, id: string): Promise<string | null> {
  const row = await db.selectFrom('scans').select('report').where('scan_id', '=', id).executeTakeFirst();
  return row?.report ?? null;
}
