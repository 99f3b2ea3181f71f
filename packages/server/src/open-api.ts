import { ErrorBody, Receipt, ReceiptRequest, ReceiptResponse, ScanReport, toJsonSchema } from '@cookieproof/schema';
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
const rollupRow = {
  type: 'object',
  properties: {
    day: { type: 'string', format: 'date' },
    surface: { type: 'string' },
    fingerprint: { type: 'string' },
    event: { type: 'string' },
    regime: { type: 'string', description: '"" for receipts recorded without a jurisdiction' },
    locale: { type: 'string' },
    receipts: { type: 'integer' },
    gpc: { type: 'integer', description: 'receipts with a GPC signal (header or body)' },
    dnt: { type: 'integer', description: 'receipts with a DNT signal (header or body)' },
    granted: {
      type: 'object',
      additionalProperties: { type: 'integer' },
      description: 'per category: receipts granting it',
    },
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
          summary: 'Receipts per UTC day by surface, declaration fingerprint, event, regime and locale',
          description:
            'Read from a rollup kept as receipts are appended, never from the receipt table. Default range: the last 30 days to today; at most 366 days.',
          security: operatorSecurity,
          parameters: [
            { name: 'from', in: 'query', schema: { type: 'string', format: 'date' } },
            { name: 'to', in: 'query', schema: { type: 'string', format: 'date' } },
          ],
          responses: {
            '200': {
              description: 'The rollup rows of the range',
              content: objectOf({
                from: { type: 'string', format: 'date' },
                to: { type: 'string', format: 'date' },
                rows: { type: 'array', items: rollupRow },
              }),
            },
            '401': unauthorized,
            '422': error('from or to is not a day, or the range is out of bounds.'),
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
