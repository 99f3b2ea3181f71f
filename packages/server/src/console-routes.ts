import {
  type ConsoleVersion,
  CookieproofError,
  diffDeclarations,
  type ListedReceipt,
  OverviewQuery,
  type PublishedVersion,
  type ReceiptDetail,
  ReceiptExportQuery,
  type ReceiptFilter,
  ReceiptListQuery,
  type VerifyRuns,
} from '@cookieproof/schema';
import { type ConsentStore, receiptHashMatches } from '@cookieproof/store';
import type { Context, Hono } from 'hono';
import type { z } from 'zod';
import { errorResponse, invalidInput } from './http-errors.ts';
import type { OperatorAccess } from './operator-access.ts';

// What the operator console reads, under /v1/console (behind the operator middleware, which app.ts mounts there):
// the overview, the receipt list and its export, one receipt, the declaration versions, and the background verify.
// Every read goes through the store's indexed or rollup queries; none scans the receipt table.

/** Days the overview covers by default, and at most. */
const OVERVIEW_DAYS = 30;
const MAX_OVERVIEW_DAYS = 366;
const EXPORT_PAGE = 1000;
const RUNS_SHOWN = 10;
const RECEIPT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

function parsed<S extends z.ZodType>(schema: S, c: Context): z.infer<S> {
  const result = schema.safeParse(c.req.query());
  if (!result.success) throw invalidInput(result.error);
  return result.data;
}

function filterOf(query: ReceiptFilter): ReceiptFilter {
  const { from, to, surface, fingerprint, event, category } = query;
  if (from && to && from > to)
    throw new CookieproofError('invalid-input', 'from, to: from is after to', [{ path: 'from', message: 'after to' }]);
  return Object.fromEntries(
    Object.entries({ from, to, surface, fingerprint, event, category }).filter(([, v]) => v !== undefined),
  ) as ReceiptFilter;
}

/** Every published version, newest first, each with its diff against the one before; computed once. */
function publishedVersions(
  versions: readonly PublishedVersion[],
): Omit<ConsoleVersion, 'receipts' | 'firstDay' | 'lastDay'>[] {
  return versions
    .map((v, i) => {
      const previous = versions[i - 1];
      const diff = previous ? diffDeclarations(previous.declaration, v.declaration) : null;
      return {
        version: v.version,
        fingerprint: v.fingerprint,
        effectiveDate: v.effectiveDate,
        current: i === versions.length - 1,
        loaded: true,
        diff: diff && previous ? { from: previous.version, reconsent: diff.reconsent, changes: diff.changes } : null,
      };
    })
    .reverse();
}

// A spreadsheet opens a cell that starts with one of these as a formula.
const FORMULA = /^[=+\-@\t\r]/;
function csvCell(value: unknown): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (FORMULA.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const CSV_COLUMNS = [
  'receiptId',
  'sequence',
  'recordedAt',
  'event',
  'granted',
  'refused',
  'surface',
  'locale',
  'version',
  'fingerprint',
  'jurisdiction',
  'region',
  'regime',
  'honored',
  'gpcHeader',
  'dntHeader',
  'gpc',
  'dnt',
  'consentMode',
  'subjectId',
  'userAgent',
  'ipPrefix',
  'previousReceiptId',
  'hash',
] as const;

function csvRow(r: ListedReceipt): string {
  const categories = Object.keys(r.choices).sort();
  const cells: Record<(typeof CSV_COLUMNS)[number], unknown> = {
    ...r,
    granted: categories.filter((k) => r.choices[k]).join(' '),
    refused: categories.filter((k) => !r.choices[k]).join(' '),
    jurisdiction: r.jurisdiction?.id,
    region: r.jurisdiction?.region,
    regime: r.jurisdiction?.regime,
    honored: r.jurisdiction?.honored.join(' '),
    gpcHeader: r.signals.gpcHeader,
    dntHeader: r.signals.dntHeader,
    gpc: r.signals.gpc,
    dnt: r.signals.dnt,
    consentMode: JSON.stringify(r.consentMode),
  };
  return `${CSV_COLUMNS.map((c) => csvCell(cells[c])).join(',')}\r\n`;
}

export function mountConsoleRoutes(
  app: Hono,
  options: { store: ConsentStore; versions: readonly PublishedVersion[]; operator: OperatorAccess },
): void {
  const { store, operator } = options;
  const published = publishedVersions(options.versions);
  const loaded = new Set(published.map((v) => v.fingerprint));

  app.get('/v1/console/overview', async (c) => {
    const query = parsed(OverviewQuery, c);
    const to = query.to ?? dayOf(Date.now());
    const from = query.from ?? dayOf(Date.parse(to) - (OVERVIEW_DAYS - 1) * 86_400_000);
    const days = (Date.parse(to) - Date.parse(from)) / 86_400_000 + 1;
    if (!(days >= 1 && days <= MAX_OVERVIEW_DAYS))
      throw new CookieproofError(
        'invalid-input',
        `from, to: a range of 1 to ${MAX_OVERVIEW_DAYS} days, from not after to`,
        [{ path: 'from', message: 'range out of bounds' }],
      );
    return c.json(await store.overview({ from, to }));
  });

  app.get('/v1/console/receipts', async (c) => {
    const { limit, before, ...rest } = parsed(ReceiptListQuery, c);
    return c.json(await store.listReceipts({ filter: filterOf(rest), limit, ...(before ? { before } : {}) }));
  });

  // Streamed a page at a time (each an indexed read), so an export of millions holds one page in memory.
  app.get('/v1/console/receipts/export', async (c) => {
    const { format, ...rest } = parsed(ReceiptExportQuery, c);
    const filter = filterOf(rest);
    const first = await store.listReceipts({ filter, limit: EXPORT_PAGE });
    await operator.audit(c, {
      action: 'export',
      detail: `${first.total} receipts as ${format.toUpperCase()}, filter ${JSON.stringify(filter)}`,
    });
    const encoder = new TextEncoder();
    let page: typeof first | null = first;
    let started = false;
    let written = 0;
    const stream = new ReadableStream<Uint8Array>({
      async pull(controller) {
        let text = '';
        if (!started) {
          started = true;
          text =
            format === 'csv'
              ? `${CSV_COLUMNS.join(',')}\r\n`
              : `{"exportedAt":${JSON.stringify(new Date().toISOString())},"filter":${JSON.stringify(filter)},"total":${first.total},"receipts":[`;
        }
        if (page === null) {
          if (format === 'json') controller.enqueue(encoder.encode(']}\n'));
          controller.close();
          return;
        }
        for (const r of page.receipts) {
          text += format === 'csv' ? csvRow(r) : `${written > 0 ? ',' : ''}\n${JSON.stringify(r)}`;
          written += 1;
        }
        controller.enqueue(encoder.encode(text));
        page = page.next
          ? await store.listReceipts({ filter, limit: EXPORT_PAGE, before: page.next, knownTotal: first.total })
          : null;
      },
    });
    const name = `cookieproof-receipts-${filter.from ?? 'start'}-${filter.to ?? 'now'}.${format}`;
    c.header('Content-Disposition', `attachment; filename="${name}"`);
    return c.body(stream, 200, {
      'Content-Type': format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8',
    });
  });

  app.get('/v1/console/receipts/:id', async (c) => {
    const id = c.req.param('id');
    const found = RECEIPT_ID.test(id) ? await store.receiptById(id) : null;
    if (!found) return errorResponse(c, 'not-found', `no receipt ${id} in the log`);
    const detail: ReceiptDetail = {
      receipt: found.receipt,
      position: found.position,
      hashMatches: receiptHashMatches(found.receipt, found.position),
    };
    return c.json(detail);
  });

  app.get('/v1/console/versions', async (c) => {
    const counts = new Map((await store.receiptsPerVersion()).map((v) => [v.fingerprint, v]));
    const of = (fingerprint: string) => {
      const n = counts.get(fingerprint);
      return { receipts: n?.receipts ?? 0, firstDay: n?.firstDay ?? null, lastDay: n?.lastDay ?? null };
    };
    // Receipts may name a version this server no longer loads (its history entry has no file).
    const unknown: ConsoleVersion[] = [...counts.keys()]
      .filter((f) => !loaded.has(f))
      .map((fingerprint) => ({
        version: 'not loaded',
        fingerprint,
        effectiveDate: null,
        current: false,
        loaded: false,
        diff: null,
        ...of(fingerprint),
      }));
    const versions: ConsoleVersion[] = [...published.map((v) => ({ ...v, ...of(v.fingerprint) })), ...unknown];
    return c.json({ versions });
  });

  app.post('/v1/console/verify', async (c) => {
    const who = operator.actorOf(c);
    const start = await store.startVerify(who);
    if (start.started)
      await operator.audit(c, {
        action: 'verify',
        detail: `started run ${start.run.id} of ${start.run.total} receipts`,
      });
    return c.json(start, start.started ? 202 : 200);
  });

  app.get('/v1/console/verify', async (c) => {
    const runs = await store.verifyRuns(RUNS_SHOWN);
    let lastFinished = runs.find((r) => r.finishedAt !== null) ?? null;
    // Older than the runs shown: one more look, further back.
    if (!lastFinished && runs.length === RUNS_SHOWN)
      lastFinished = (await store.verifyRuns(1000)).find((r) => r.finishedAt !== null) ?? null;
    const body: VerifyRuns = { runs, lastFinished };
    return c.json(body);
  });
}
