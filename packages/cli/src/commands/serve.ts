import { resolve } from 'node:path';
import { CookieproofError } from '@cookieproof/schema';
import { intOption, parse } from '../args.ts';
import type { Io } from '../io.ts';

export const serveHelp = `cookieproof serve [--declaration file] [--host h] [--port n] [--data dir] [--public dir]
                  [--trust-proxy] [--region-header name]

Runs the consent server for a declaration (default ./cookieproof.yaml). Receipts go to PostgreSQL when
DATABASE_URL is set, otherwise to a SQLite file in --data (default ./data). Operator endpoints need the bearer
token in COOKIEPROOF_ADMIN_TOKEN; without it they are disabled. Stops cleanly on Ctrl-C.

--region-header names the request header with the visitor's country or region, set by your CDN or proxy
(CF-IPCountry, CloudFront-Viewer-Country, X-Vercel-IP-Country, ...; "<name>-Region" adds the subdivision);
receipts record the jurisdiction it selects. Default COOKIEPROOF_REGION_HEADER; without one every visitor's
region is unknown.
--public names \`cookieproof build\`'s output folder: its SDK files are served at /sdk/<name> with immutable
caching, so pages may load the SDK from the consent server (build with --base-url <this server's URL>/).
--trust-proxy: behind a reverse proxy, the client address is the last X-Forwarded-For entry (the one your proxy
added) and the scheme X-Forwarded-Proto; without it the socket's address (the proxy's) is used.
The declaration with its history, and the --public folder's SDK files, are read again when the declaration file
changes or \`cookieproof build\` rewrites the --public folder, and on SIGHUP (\`kill -HUP <pid>\`); a declaration
that does not load leaves the running one in place.`;

export async function serve(argv: string[], io: Io): Promise<number> {
  const { values } = parse('serve', argv, {
    declaration: { type: 'string', short: 'd' },
    host: { type: 'string' },
    port: { type: 'string', short: 'p' },
    data: { type: 'string' },
    'region-header': { type: 'string' },
    public: { type: 'string' },
    'trust-proxy': { type: 'boolean' },
  });
  const regionHeader = values['region-header'] ?? io.env.COOKIEPROOF_REGION_HEADER;
  const { portProblem, startServer } = await import('@cookieproof/server');
  const declarationFile = resolve(io.cwd, values.declaration ?? 'cookieproof.yaml');
  const server = await startServer({
    declarationFile,
    host: values.host ?? '127.0.0.1',
    port: intOption('serve', 'port', values.port, 4100),
    dataDir: resolve(io.cwd, values.data ?? 'data'),
    ...(io.env.DATABASE_URL ? { databaseUrl: io.env.DATABASE_URL } : {}),
    ...(io.env.COOKIEPROOF_ADMIN_TOKEN ? { adminToken: io.env.COOKIEPROOF_ADMIN_TOKEN } : {}),
    ...(regionHeader ? { regionHeader } : {}),
    handleSignals: false,
    watch: true,
    ...(values['trust-proxy'] ? { trustProxy: true } : {}),
    ...(values.public ? { publicDir: resolve(io.cwd, values.public) } : {}),
  }).catch((err: unknown) => {
    const problem = portProblem(err);
    if (!problem) throw err;
    throw new CookieproofError(
      'usage',
      `serve: port ${problem.port} is ${problem.reason}. Stop the program that holds it, or choose another port: --port ${problem.port + 1} (--port 0 picks a free one)`,
    );
  });
  io.err(`consent server listening on ${server.url} (${io.env.DATABASE_URL ? 'PostgreSQL' : 'SQLite'})`);
  if (io.env.COOKIEPROOF_ADMIN_TOKEN) io.err(`operator console: ${server.url}/console`);
  else io.err('COOKIEPROOF_ADMIN_TOKEN is not set: the operator endpoints, and so the console, answer 401');
  // SIGHUP: the declaration, its history and the SDK files are read again, so a newly published version is served
  // at once (the server also reloads by itself when those files change).
  io.onReload?.(() => {
    server.reload().then(
      (v) => io.err(`reloaded ${declarationFile}: version ${v.version} (${v.fingerprint.slice(0, 12)})`),
      (err: Error) => io.err(`reload failed, still serving the previous declaration: ${err.message}`),
    );
  });
  await (io.stopSignal ?? new Promise(() => {}));
  io.err('stopping: finishing in-flight writes');
  await server.close();
  return 0;
}
