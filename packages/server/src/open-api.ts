import {
  ConsentOverview,
  ConsoleVersions,
  ErrorBody,
  OverviewQuery,
  Receipt,
  ReceiptDetail,
  ReceiptExportQuery,
  ReceiptListQuery,
  ReceiptPage,
  ReceiptRequest,
  ReceiptResponse,
  ScanReport,
  toJsonSchema,
  VerifyRun,
  VerifyRuns,
} from '@cookieproof/schema';
import { OPERATOR_ACTIONS } from '@cookieproof/store';
import { LoginRequest } from './operator-access.ts';
import { CSRF_HEADER, SESSION_COOKIE } from './operator-session.ts';
import { MAX_SCANS_PER_PAGE } from './scan-routes.ts';

// OpenAPI 3.1 document built from the same zod schemas that validate requests, so the two cannot drift apart.

function strip(schema: Record<string, unknown>): Record<string, unknown> {
  const { $schema: _ignored, ...rest } = schema;
  return rest;
}

const json = (ref: string) => ({ 'application/json': { schema: { $ref: `#/components/schemas/${ref}` } } });
const error = (description: string) => ({ description, content: json('ErrorBody') });
const subjectParam = {
  name: 'id',
  in: 'path',
  required: true,
  schema: { type: 'string', pattern: '^[A-Za-z0-9_-]{16,64}$' },
};
/** Operator routes take the bearer token or the console's session cookie (with the CSRF header when not GET). */
const operatorSecurity = [{ bearer: [] }, { session: [] }];
const operator = { security: operatorSecurity, parameters: [subjectParam] };
const unauthorized = error(
  'Missing or wrong bearer token and no live session (says nothing about whether the subject exists); session-expired once a console session expired.',
);
const csrfFailed = error(`A session request that changes something came without the session's ${CSRF_HEADER} header.`);
const objectOf = (properties: Record<string, unknown>) => ({
  'application/json': { schema: { type: 'object', properties } },
});
const session = {
  description: `The session: its CSRF token, to send as ${CSRF_HEADER} on every request that changes something, and when it ends (idle, absolute).`,
  content: objectOf({
    actor: { type: 'string', description: 'session:<fingerprint>, as the audit list names this session' },
    csrfToken: { type: 'string' },
    idleExpiresAt: { type: 'string', format: 'date-time' },
    expiresAt: { type: 'string', format: 'date-time' },
  }),
};
const auditEntry = {
  type: 'object',
  properties: {
    id: { type: 'integer' },
    at: { type: 'string', format: 'date-time' },
    action: { enum: [...OPERATOR_ACTIONS] },
    actor: { type: 'string', description: 'session:<fingerprint> or token:<fingerprint>; never the token' },
    subject: { type: ['string', 'null'], description: 'subject:<fingerprint> of the subject acted on' },
    detail: { type: ['string', 'null'] },
  },
};
const scanEntry = {
  type: 'object',
  required: ['id', 'url', 'startedAt', 'storedAt', 'violations', 'summary'],
  properties: {
    id: { type: 'string', description: 'UUIDv7 issued by the server' },
    url: { type: 'string', description: "The report's target" },
    startedAt: { type: 'string' },
    storedAt: { type: 'string' },
    violations: { type: 'integer' },
    summary: {
      type: 'object',
      description: 'finishedAt, declaration, passes [{ consent, pages }], findings (count), violationsByRule',
    },
  },
};

/** A query schema's properties as OpenAPI query parameters, so the document says what the route validates. */
function queryParameters(schema: Parameters<typeof toJsonSchema>[0]): Record<string, unknown>[] {
  const { properties = {} } = toJsonSchema(schema, 'input') as { properties?: Record<string, Record<string, unknown>> };
  return Object.entries(properties).map(([name, property]) => {
    const { description, ...rest } = property;
    return { name, in: 'query', schema: rest, ...(description ? { description } : {}) };
  });
}
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

export function openApiDocument(title: string): Record<string, unknown> {
  return {
    openapi: '3.1.0',
    info: {
      title: `${title}: Cookieproof consent server`,
      version: '1',
      description:
        'Every error has the ErrorBody shape and a 4xx status, 503 with Retry-After when storage is unavailable. That holds for requests the HTTP parser refuses too: 400 malformed-request, 408 request-timeout (headers within 10 s, the whole request within 15 s), 431 headers-too-large (over 16 KiB).',
    },
    components: {
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer' },
        session: {
          type: 'apiKey',
          in: 'cookie',
          name: SESSION_COOKIE,
          description: `From POST /v1/console/session; requests other than GET also send ${CSRF_HEADER}.`,
        },
      },
      schemas: {
        ReceiptRequest: strip(toJsonSchema(ReceiptRequest, 'input')),
        ReceiptResponse: strip(toJsonSchema(ReceiptResponse, 'output')),
        Receipt: strip(toJsonSchema(Receipt, 'output')),
        ErrorBody: strip(toJsonSchema(ErrorBody, 'output')),
        LoginRequest: strip(toJsonSchema(LoginRequest, 'input')),
        ScanReport: strip(toJsonSchema(ScanReport, 'input')),
        ScanEntry: scanEntry,
        ConsentOverview: strip(toJsonSchema(ConsentOverview, 'output')),
        ReceiptPage: strip(toJsonSchema(ReceiptPage, 'output')),
        ReceiptDetail: strip(toJsonSchema(ReceiptDetail, 'output')),
        ConsoleVersions: strip(toJsonSchema(ConsoleVersions, 'output')),
        VerifyRun: strip(toJsonSchema(VerifyRun, 'output')),
        VerifyRuns: strip(toJsonSchema(VerifyRuns, 'output')),
      },
    },
    paths: {
      '/v1/consents': {
        post: {
          summary: 'Record a consent receipt',
          description:
            "The receipt records the jurisdiction applied: the region from the operator's region header (regionHeader / COOKIEPROOF_REGION_HEADER, e.g. CF-IPCountry or CloudFront-Viewer-Country with CloudFront-Viewer-Country-Region), the declaration rule it matched and its regime. Where that regime honors a GPC or DNT signal (Sec-GPC: 1, DNT: 1, or the signals in the body) as an opt-out, the sale/share categories are recorded off and the signal is listed in jurisdiction.honored.",
          requestBody: { required: true, content: json('ReceiptRequest') },
          responses: {
            '201': {
              description: 'Recorded durably. Sets the cookieproof_consent cookie when same-site.',
              content: json('ReceiptResponse'),
            },
            '400': error('Body is not JSON or not UTF-8.'),
            '403': error('Origin is not one of the declared surfaces.'),
            '413': error('Body too large.'),
            '415': error(
              'Content-Type is neither application/json nor text/plain (what navigator.sendBeacon sends), or not UTF-8.',
            ),
            '409': error(
              'unknown-version: the fingerprint is not a version this server has loaded, as right after a deploy before it reloads; retry after Retry-After.',
            ),
            '422': error('Field is wrong; the message names it.'),
            '429': error('Rate limited; see Retry-After.'),
            '503': error('Storage unavailable; see Retry-After.'),
          },
        },
      },
      '/v1/subjects/{id}/receipts': {
        get: {
          summary: 'Every receipt of a subject, oldest first',
          ...operator,
          responses: {
            '200': {
              description: 'Receipts',
              content: {
                'application/json': {
                  schema: {
                    type: 'object',
                    properties: {
                      subjectId: { type: 'string' },
                      receipts: { type: 'array', items: { $ref: '#/components/schemas/Receipt' } },
                    },
                  },
                },
              },
            },
            '401': unauthorized,
            '404': error('No receipts for this subject.'),
          },
        },
      },
      '/v1/subjects/{id}/export': {
        get: {
          summary: 'Proof bundle: receipts, declaration versions with policy hashes, chain positions, Kantara CR v1.1',
          ...operator,
          responses: {
            '200': { description: 'Proof bundle', content: { 'application/json': { schema: { type: 'object' } } } },
            '401': unauthorized,
            '404': error('No receipts for this subject.'),
          },
        },
      },
      '/v1/subjects/{id}': {
        delete: {
          summary: "Erase a subject's personal fields; the log stays verifiable",
          ...operator,
          responses: {
            '200': {
              description: 'Erased',
              content: {
                'application/json': {
                  schema: {
                    type: 'object',
                    properties: { subjectId: { type: 'string' }, erased: { type: 'integer' } },
                  },
                },
              },
            },
            '401': unauthorized,
            '403': csrfFailed,
          },
        },
      },
      '/v1/audit/verify': {
        get: {
          summary: 'Re-compute every hash and link of the log',
          security: operatorSecurity,
          responses: {
            '200': {
              description:
                '{ ok, checked, erased }; when not ok, broken: { receiptId, reason } names the first problem, and unchained: { count, positions } lists rows outside the chain (before position 1 or past its head), which nothing checked and no read serves; unchecked: { count, from, to } counts the chained rows after the broken one, which the check did not reach',
              content: { 'application/json': { schema: { type: 'object' } } },
            },
            '401': unauthorized,
          },
        },
      },
      '/v1/console/session': {
        post: {
          summary: 'Log in to the console: exchange the operator token for a session cookie',
          description: `Sets ${SESSION_COOKIE} (HttpOnly, SameSite=Strict, Secure over https; Max-Age the absolute expiry). Recorded in the audit list as login.`,
          requestBody: { required: true, content: json('LoginRequest') },
          responses: {
            '201': session,
            '401': error('Wrong operator token, or none configured.'),
            '422': error('Body is not { token }.'),
          },
        },
        get: {
          summary: 'The current session (for the console after a reload)',
          security: operatorSecurity,
          responses: { '200': session, '401': unauthorized, '404': error('The request used the bearer token.') },
        },
        delete: {
          summary: 'Log out: ends the session and clears its cookie; recorded as logout',
          security: [{ session: [] }],
          responses: {
            '200': { description: '{ loggedOut: true }' },
            '401': unauthorized,
            '403': csrfFailed,
            '404': error('The request used the bearer token.'),
          },
        },
      },
      '/v1/console/audit': {
        get: {
          summary: 'The operator audit list: login, logout, verify, export and erase, newest first (at most 200)',
          security: operatorSecurity,
          responses: {
            '200': { description: 'Entries', content: objectOf({ entries: { type: 'array', items: auditEntry } }) },
            '401': unauthorized,
          },
        },
      },
      '/v1/console/overview': {
        get: {
          summary:
            'Receipts of a range of UTC days: per day, and by surface, declaration fingerprint, jurisdiction, regime and locale, each by event with granted counts per category, GPC/DNT and visitor-days',
          description:
            "Aggregated from a rollup kept as receipts are appended, never from the receipt table. A visitor-day is a receipt that was its subject's first of that UTC day. Default range: the last 30 days to today; at most 366 days.",
          security: operatorSecurity,
          parameters: queryParameters(OverviewQuery),
          responses: {
            '200': { description: 'The overview', content: { 'application/json': { schema: ref('ConsentOverview') } } },
            '401': unauthorized,
            '422': error('from or to is not a day, or the range is out of bounds.'),
          },
        },
      },
      '/v1/console/receipts': {
        get: {
          summary: 'Receipts matching a filter, newest recorded first, a page at a time',
          description:
            'Every filter is served by an index (the total comes from the rollup), so a page costs about `limit` rows however long the log. Pass `next` as `before` for the next page.',
          security: operatorSecurity,
          parameters: queryParameters(ReceiptListQuery),
          responses: {
            '200': { description: 'One page', content: { 'application/json': { schema: ref('ReceiptPage') } } },
            '401': unauthorized,
            '422': error('A filter, limit or before is wrong; the message names it.'),
          },
        },
      },
      '/v1/console/receipts/export': {
        get: {
          summary: 'Every receipt matching a filter, as CSV or JSON, streamed; recorded in the audit list as export',
          security: operatorSecurity,
          parameters: queryParameters(ReceiptExportQuery),
          responses: {
            '200': {
              description:
                'An attachment: CSV (one receipt a line, granted and refused categories space-separated, cells a spreadsheet would run as formulas prefixed with a quote) or JSON { exportedAt, filter, total, receipts }',
              content: {
                'text/csv': { schema: { type: 'string' } },
                'application/json': { schema: { type: 'object' } },
              },
            },
            '401': unauthorized,
            '422': error('A filter or the format is wrong; the message names it.'),
          },
        },
      },
      '/v1/console/receipts/{id}': {
        get: {
          summary: 'One receipt by its id, with its chain position and whether its hash matches',
          security: operatorSecurity,
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } }],
          responses: {
            '200': { description: 'The receipt', content: { 'application/json': { schema: ref('ReceiptDetail') } } },
            '401': unauthorized,
            '404': error('No receipt with this id in the log.'),
          },
        },
      },
      '/v1/console/versions': {
        get: {
          summary:
            'Every published declaration version, newest first: effective date, fingerprint, diff against the previous one, receipts referring to it',
          security: operatorSecurity,
          responses: {
            '200': { description: 'The versions', content: { 'application/json': { schema: ref('ConsoleVersions') } } },
            '401': unauthorized,
          },
        },
      },
      '/v1/console/verify': {
        post: {
          summary: 'Start a verify of the whole log in the background; recorded in the audit list as verify',
          description:
            'The run pages through the log and yields between pages, so receipts keep being recorded meanwhile. One run at a time: while one is going, its run is answered (200) instead of a new one (202).',
          security: operatorSecurity,
          responses: {
            '202': {
              description: 'Started',
              content: objectOf({ run: ref('VerifyRun'), started: { type: 'boolean', const: true } }),
            },
            '200': {
              description: 'A run is already going',
              content: objectOf({ run: ref('VerifyRun'), started: { type: 'boolean', const: false } }),
            },
            '401': unauthorized,
            '403': csrfFailed,
          },
        },
        get: {
          summary: 'The newest verify runs (at most 10) with their progress, and the last one that finished',
          security: operatorSecurity,
          responses: {
            '200': { description: 'Runs', content: { 'application/json': { schema: ref('VerifyRuns') } } },
            '401': unauthorized,
          },
        },
      },
      '/v1/scans': {
        post: {
          summary: 'Store a scanner report (what `cookieproof scan --server` sends)',
          security: operatorSecurity,
          requestBody: { required: true, content: json('ScanReport') },
          responses: {
            '201': { description: 'Stored durably; its entry in the history', content: json('ScanEntry') },
            '400': error('Body is not JSON or not UTF-8.'),
            '401': unauthorized,
            '413': error('Report larger than the server takes (maxScanBytes, default 16 MiB).'),
            '415': error('Content-Type is not application/json (UTF-8).'),
            '422': error('Not a scanner report; details name each wrong field.'),
            '503': error('Storage unavailable; see Retry-After.'),
          },
        },
        get: {
          summary: 'The scan history, newest stored first',
          security: operatorSecurity,
          parameters: [
            {
              name: 'limit',
              in: 'query',
              schema: { type: 'integer', minimum: 1, maximum: MAX_SCANS_PER_PAGE, default: 20 },
            },
            { name: 'before', in: 'query', description: 'The `next` of the previous page', schema: { type: 'string' } },
          ],
          responses: {
            '200': {
              description: 'One page; next is null on the last',
              content: {
                'application/json': {
                  schema: {
                    type: 'object',
                    properties: {
                      scans: { type: 'array', items: { $ref: '#/components/schemas/ScanEntry' } },
                      next: { type: ['string', 'null'] },
                    },
                  },
                },
              },
            },
            '401': unauthorized,
            '422': error('limit or before is wrong; the message says which.'),
          },
        },
      },
      '/v1/scans/{id}': {
        get: {
          summary: 'A stored scanner report, as it was posted',
          security: operatorSecurity,
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          responses: {
            '200': { description: 'The report', content: json('ScanReport') },
            '401': unauthorized,
            '404': error('No stored scan with this id.'),
          },
        },
      },
      '/.well-known/gpc.json': {
        get: {
          summary: 'Global Privacy Control support resource',
          responses: {
            '200': {
              description:
                'gpc is true when the site abides by GPC somewhere: it honors the signal everywhere, sells or shares personal information, or declares an opt-out jurisdiction with a sale/share category.',
              content: {
                'application/json': {
                  schema: {
                    type: 'object',
                    properties: { gpc: { type: 'boolean' }, lastUpdate: { type: 'string', format: 'date' } },
                  },
                },
              },
            },
          },
        },
      },
      '/livez': {
        get: {
          summary: 'Liveness: the process answers (touches nothing else, so a stalled database does not fail it)',
          responses: { '200': { description: '{ "status": "alive" }' } },
        },
      },
      '/readyz': {
        get: {
          summary: 'Readiness: the process answers and its store answers a small read within 2 s',
          responses: {
            '200': { description: '{ "status": "ready", version, fingerprint }' },
            '503': error('The store does not answer; see Retry-After.'),
          },
        },
      },
      '/healthz': {
        get: {
          summary: 'Readiness under its older name, for existing callers',
          responses: {
            '200': { description: '{ "status": "ok", version, fingerprint }' },
            '503': error('The store does not answer; see Retry-After.'),
          },
        },
      },
      '/openapi.json': { get: { summary: 'This document', responses: { '200': { description: 'OpenAPI 3.1' } } } },
    },
  };
}
