import { CookieproofError, ScanReport } from '@cookieproof/schema';
import type { ConsentStore, NewScan } from '@cookieproof/store';
import type { Context, Hono } from 'hono';
import { errorResponse, invalidInput } from './http-errors.ts';
import { readJsonBody } from './read-json-body.ts';

// The operator's scan history: `cookieproof scan --server` posts its report here; the console lists them.
// Mounted behind the operator token by app.ts.

/** Largest report accepted; a 200-page scan's report is a few MiB. */
export const DEFAULT_MAX_SCAN_BYTES = 16 * 1024 * 1024;
export const MAX_SCANS_PER_PAGE = 100;
const DEFAULT_SCANS_PER_PAGE = 20;
const SCAN_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** What the history shows of a report without opening it. */
export function scanSummary(report: ScanReport): Record<string, unknown> {
  const byRule: Record<string, number> = {};
  for (const v of report.violations) byRule[v.rule] = (byRule[v.rule] ?? 0) + 1;
  return {
    finishedAt: report.finishedAt,
    declaration: report.declaration,
    passes: report.passes.map((p) => ({ consent: p.consent, pages: p.pages.length })),
    findings: report.findings.length,
    violationsByRule: byRule,
  };
}

/** report: the checked report; posted: the body as sent, kept whole (a newer scanner's fields included). */
function newScan(report: ScanReport, posted: unknown): NewScan {
  return {
    target: report.target,
    startedAt: report.startedAt,
    violations: report.violations.length,
    summary: scanSummary(report),
    report: JSON.stringify(posted),
  };
}

function invalid(path: string, message: string): CookieproofError {
  return new CookieproofError('invalid-input', `${path}: ${message}`, [{ path, message }]);
}

function pageQuery(c: Context): { limit: number; before?: string } {
  const limitText = c.req.query('limit');
  const before = c.req.query('before');
  let limit = DEFAULT_SCANS_PER_PAGE;
  if (limitText !== undefined) {
    if (!/^[0-9]{1,4}$/.test(limitText) || Number(limitText) < 1 || Number(limitText) > MAX_SCANS_PER_PAGE)
      throw invalid('limit', `a whole number from 1 to ${MAX_SCANS_PER_PAGE}`);
    limit = Number(limitText);
  }
  if (before !== undefined && !SCAN_ID.test(before)) throw invalid('before', 'the `next` of the previous page');
  return before === undefined ? { limit } : { limit, before };
}

export function mountScanRoutes(app: Hono, store: ConsentStore, maxBytes: number): void {
  app.post('/v1/scans', async (c) => {
    const body = await readJsonBody(c.req.raw, c.req.header('content-type'), c.req.header('content-length'), maxBytes);
    if (!body.ok) return errorResponse(c, body.code, body.message);
    const parsed = ScanReport.safeParse(body.value);
    if (!parsed.success) throw invalidInput(parsed.error);
    return c.json(await store.saveScan(newScan(parsed.data, body.value)), 201);
  });
  app.get('/v1/scans', async (c) => c.json(await store.listScans(pageQuery(c))));
  app.get('/v1/scans/:id', async (c) => {
    const id = c.req.param('id');
    const report = SCAN_ID.test(id) ? await store.scanReport(id) : null;
    if (report === null) return errorResponse(c, 'not-found', `no stored scan ${id}; GET /v1/scans lists them`);
    return c.body(report, 200, { 'Content-Type': 'application/json' });
  });
}
