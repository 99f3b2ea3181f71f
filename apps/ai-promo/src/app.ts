import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve } from 'node:path';
import { loadVersions } from '@cookieproof/schema';
import { regionOf } from '@cookieproof/server';
import { createAdaptorServer } from '@hono/node-server';
import { Hono } from 'hono';
import {
  APP_DIR,
  DEFAULT_DECLARATION,
  DEFAULT_PORTS,
  type Origins,
  originsFor,
  type Ports,
  prepareDeclaration,
  REGION_HEADER,
  type SignalsMode,
} from './config.ts';
import { setUpConsent } from './consent.ts';
import { createDashboard } from './dashboard.ts';
import { createUser } from './dashboard-auth.ts';
import { createWorkspace, openDb, type User } from './db.ts';
import { withEdgeCookies } from './edge.ts';
import { RecordPuller } from './integrations.ts';
import { html } from './layout.ts';
import { createPublicSite, publicNav } from './public-site.ts';
import { randomToken } from './security.ts';
import { ACME_CLIENT_ID, DATAHUB_CLIENT_ID, type Secrets, type SiteContext } from './site-context.ts';
import { createAcmeIdStandin } from './standins/acme-id.ts';
import { createAnalyticsStandin } from './standins/analytics.ts';
import { createDataHubStandin } from './standins/datahub.ts';
import { createPayHostStandin } from './standins/payhost.ts';

// Starts all of AI Promo in one process: the site and dashboard (one port, routed by Host), the consent server
// mounted on both, and the stand-ins for Google Analytics, PayHost, DataHub and Acme ID on their own ports.

export interface StartOptions {
  dataDir: string;
  /** Ports to listen on; 0 picks a free one. Default: the declaration's 4000-4004. */
  ports?: Partial<Ports>;
  declarationFile?: string;
  /** Overrides the declaration's policy.signals (see prepareDeclaration). */
  signalsMode?: SignalsMode;
  /** How often the scheduler pulls DataHub records. Default one minute. */
  pullIntervalMs?: number;
}

export interface DemoAccount {
  email: string;
  password: string;
}

export interface RunningAiPromo {
  urls: Origins & { policy: string; signIn: string };
  demoAccount: DemoAccount;
  /** The declaration as served (rewritten for the real ports and signal mode when they differ). */
  declarationFile: string;
  /** The DataHub scheduler; `pullAll()` runs one pass now. */
  puller: RecordPuller;
  close(): Promise<void>;
}

const DEMO_EMAIL = 'demo@aipromo.example';
const GA_ID = 'G-AIPROMO1';

async function loadSecrets(dataDir: string): Promise<Secrets> {
  const file = join(dataDir, 'dev-secrets.json');
  if (existsSync(file)) return JSON.parse(await readFile(file, 'utf8')) as Secrets;
  // Generated on first start and kept out of the repository (data/ is gitignored).
  const secrets: Secrets = {
    adminToken: randomToken(),
    payhostMerchantKey: randomToken(),
    payhostSigningSecret: randomToken(),
    datahubClientSecret: randomToken(),
    acmeClientSecret: randomToken(),
    demoPassword: `demo-${randomToken(9)}`,
  };
  await writeFile(file, `${JSON.stringify(secrets, null, 2)}\n`, { mode: 0o600 });
  return secrets;
}

const TYPES: Record<string, string> = {
  '.css': 'text/css; charset=utf-8',
  '.js': 'application/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
};

async function listen(
  port: number,
): Promise<{ server: ReturnType<typeof createAdaptorServer>; port: number; set(h: Hono): void }> {
  let handler: Hono | undefined;
  const server = createAdaptorServer({
    fetch: (req: Request, env: unknown) =>
      handler ? handler.fetch(req, env as object) : new Response('starting', { status: 503 }),
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => ok());
  });
  return { server, port: (server.address() as AddressInfo).port, set: (h) => (handler = h) };
}

export async function startAiPromo(options: StartOptions): Promise<RunningAiPromo> {
  const dataDir = resolve(options.dataDir);
  await mkdir(dataDir, { recursive: true });
  const secrets = await loadSecrets(dataDir);
  const want = { ...DEFAULT_PORTS, ...options.ports };
  const servers = {
    site: await listen(want.site),
    analytics: await listen(want.analytics),
    pay: await listen(want.pay),
    datahub: await listen(want.datahub),
    id: await listen(want.id),
  };
  const ports: Ports = {
    site: servers.site.port,
    analytics: servers.analytics.port,
    pay: servers.pay.port,
    datahub: servers.datahub.port,
    id: servers.id.port,
  };
  const origins = originsFor(ports);
  const declFile = await prepareDeclaration(
    options.declarationFile ?? DEFAULT_DECLARATION,
    ports,
    options.signalsMode,
    join(dataDir, 'declaration'),
  );
  const versions = await loadVersions(declFile);
  const consent = await setUpConsent({ versions, origins, dataDir, adminToken: secrets.adminToken });
  const db = openDb(join(dataDir, 'ai-promo.sqlite'));
  const ctx: SiteContext = {
    db,
    origins,
    versions,
    secrets,
    sdk: consent.sdk,
    gaMeasurementId: GA_ID,
    gaTagUrl: `${origins.analytics}/gtag/js`,
  };

  const assets = async (file: string) => {
    if (!/^[a-z0-9-]+\.(css|js|svg)$/.test(file)) return undefined;
    const path = join(APP_DIR, 'public', file);
    if (!existsSync(path)) return undefined;
    return new Response(await readFile(path), {
      headers: {
        'content-type': TYPES[extname(file)]!,
        'cache-control': 'public, max-age=300',
        'x-content-type-options': 'nosniff',
      },
    });
  };
  const host = (sub: Hono<never>, surface: 'public' | 'dashboard') => {
    const app = new Hono<{ Variables: { nonce: string } }>();
    app.use(async (c, next) => {
      c.set('nonce', randomToken(16));
      await next();
      // The visitor's region on <html data-cookieproof-region>, from the header the consent server reads it from and
      // by its rule: the SDK applies that region's regime before any tag, the one the receipt then records.
      const region = regionOf((name) => c.req.header(name), REGION_HEADER);
      if (region && c.res.headers.get('content-type')?.startsWith('text/html'))
        c.res = new Response(
          (await c.res.text()).replace('<html ', `<html data-cookieproof-region="${region}" `),
          c.res,
        );
    });
    consent.mount(app);
    app.get('/assets/:file', async (c) => (await assets(c.req.param('file'))) ?? c.notFound());
    app.route('/', sub as unknown as Hono);
    app.notFound((c) =>
      html(ctx, {
        title: 'Not found',
        surface,
        nonce: c.get('nonce') ?? randomToken(16),
        status: 404,
        nav: surface === 'public' ? publicNav(ctx) : '',
        body: `<h1>Page not found</h1><p><a href="${origins.site}/">Go to the home page</a></p>`,
      }),
    );
    return app;
  };
  const publicHost = host(createPublicSite(ctx) as unknown as Hono<never>, 'public');
  const dashHost = host(createDashboard(ctx) as unknown as Hono<never>, 'dashboard');
  const siteHost = new URL(origins.site).host;
  const appHost = new URL(origins.app).host;
  const router = new Hono();
  router.all('*', (c) => {
    const h = c.req.header('host');
    const target = h === siteHost ? publicHost : h === appHost ? dashHost : undefined;
    if (!target) return c.text(`Unknown host. Open ${origins.site}/`, 421);
    return withEdgeCookies(c.req.raw, target.fetch(c.req.raw, c.env));
  });
  servers.site.set(router);

  const analytics = createAnalyticsStandin(origins.analytics);
  servers.analytics.set(analytics.app);
  servers.pay.set(
    createPayHostStandin({
      merchantKey: secrets.payhostMerchantKey,
      signingSecret: secrets.payhostSigningSecret,
      allowedReturnOrigin: origins.app,
    }).app,
  );
  const datahub = createDataHubStandin({
    [DATAHUB_CLIENT_ID]: {
      name: 'AI Promo Services',
      secret: secrets.datahubClientSecret,
      redirectUri: `${origins.app}/integrations/datahub/callback`,
    },
  });
  servers.datahub.set(datahub.app);
  servers.id.set(
    createAcmeIdStandin({
      [ACME_CLIENT_ID]: { secret: secrets.acmeClientSecret, redirectUri: `${origins.app}/sso/acme/callback` },
    }).app,
  );

  await seedDemo(ctx);
  const puller = new RecordPuller(ctx, options.pullIntervalMs ?? 60_000);
  puller.start();

  let closing: Promise<void> | undefined;
  return {
    urls: { ...origins, policy: `${origins.site}/cookie-policy`, signIn: `${origins.app}/sign-in` },
    demoAccount: { email: DEMO_EMAIL, password: secrets.demoPassword },
    declarationFile: declFile,
    puller,
    close() {
      closing ??= (async () => {
        await Promise.all(
          Object.values(servers).map(
            (s) =>
              new Promise<void>((ok) => {
                s.server.close(() => ok());
                (s.server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
              }),
          ),
        );
        await puller.stop();
        await consent.close();
        db.close();
      })();
      return closing;
    },
  };
}

async function seedDemo(ctx: SiteContext): Promise<void> {
  if (ctx.db.prepare('SELECT 1 FROM users WHERE email = ?').get(DEMO_EMAIL)) return;
  const user: User = await createUser(ctx, DEMO_EMAIL, 'Dana Demo', ctx.secrets.demoPassword);
  createWorkspace(ctx.db, user.id, `ws_${randomToken(8)}`, 'Launch campaign');
  // Part-way through onboarding, so the demo shows resumable, server-side progress.
  ctx.db
    .prepare('UPDATE onboarding SET step = 2, data = ? WHERE user_id = ?')
    .run(JSON.stringify({ brand: 'Dana Demo Goods' }), user.id);
}
