import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { acceptedFingerprints, buildClientConfig, changeNotice, type PublishedVersion } from '@cookieproof/schema';
import { buildSdk } from '@cookieproof/sdk/build';
import { createConsentApp } from '@cookieproof/server';
import { createStore } from '@cookieproof/store';
import type { Hono } from 'hono';
import { type Origins, REGION_HEADER } from './config.ts';
import type { Surface } from './layout.ts';
import type { SdkAssets } from './site-context.ts';

// Cookieproof wired into the site: the consent server mounted under /cookieproof on both hosts (same origin as
// the page, so its Set-Cookie for cookieproof_consent applies), the SDK bundle, and each surface's config
// inlined in the page so gating is decided before any gated tag can run.

export const CONSENT_PREFIX = '/cookieproof';

export interface ConsentParts {
  sdk: SdkAssets;
  /** Mounts the consent server, the SDK files and gpc.json on a host's app. */
  mount(app: Hono<{ Variables: { nonce: string } }>): void;
  close(): Promise<void>;
}

export async function setUpConsent(o: {
  versions: PublishedVersion[];
  origins: Origins;
  dataDir: string;
  adminToken: string;
}): Promise<ConsentParts> {
  const store = await createStore({ sqliteFile: join(o.dataDir, 'consent.sqlite') });
  const consent = createConsentApp({
    versions: o.versions,
    store,
    adminToken: o.adminToken,
    allowedOrigins: [o.origins.site, o.origins.app],
    regionHeader: REGION_HEADER,
  });
  const built = await buildSdk(join(o.dataDir, 'sdk'));
  // The core, the UI and its chunks (views and locales), served side by side.
  const files = new Map<string, string>();
  for (const f of built.files) files.set(basename(f.file), await readFile(f.file, 'utf8'));
  const declaration = o.versions.at(-1)!.declaration;
  const accepts = acceptedFingerprints(o.versions);
  const changed = changeNotice(o.versions);
  const configs: Record<Surface, string> = {
    public: '',
    dashboard: '',
  };
  for (const surface of ['public', 'dashboard'] as const) {
    const origin = surface === 'public' ? o.origins.site : o.origins.app;
    // `<` escaped so the JSON can never close its script element.
    configs[surface] = JSON.stringify(
      buildClientConfig(declaration, surface, { accepts, changed, endpoint: `${origin}${CONSENT_PREFIX}` }),
    ).replaceAll('<', '\\u003c');
  }

  const forward = async (req: Request, path: string, env: unknown) => {
    const url = new URL(req.url);
    url.pathname = path;
    const body = req.method === 'GET' || req.method === 'HEAD' ? undefined : await req.arrayBuffer();
    const res = await consent.app.fetch(new Request(url, { method: req.method, headers: req.headers, body }), env);
    return dropForeignConsentCookie(res);
  };

  return {
    sdk: {
      headTags: (surface, nonce) =>
        `<script id="cookieproof-config" type="application/json">${configs[surface]}</script>
<script src="${CONSENT_PREFIX}/sdk/cookieproof.js" nonce="${nonce}"></script>`,
    },
    mount(app) {
      app.get(`${CONSENT_PREFIX}/sdk/:file`, (c) => {
        const text = files.get(c.req.param('file'));
        if (text === undefined) return c.notFound();
        return c.body(text, 200, {
          'content-type': 'application/javascript; charset=utf-8',
          'cache-control': 'public, max-age=300',
          'x-content-type-options': 'nosniff',
        });
      });
      app.get('/.well-known/gpc.json', (c) => forward(c.req.raw, '/.well-known/gpc.json', c.env));
      app.all(`${CONSENT_PREFIX}/*`, (c) => forward(c.req.raw, c.req.path.slice(CONSENT_PREFIX.length), c.env));
    },
    async close() {
      await consent.idle();
      await store.close();
    },
  };
}

/**
 * The SDK and the server must write `cookieproof_consent` in one format. While the server's value is in a format
 * the SDK cannot read, its Set-Cookie would shadow the SDK's own cookie (same name, wider domain) and make
 * every page ask again, so it is dropped and the SDK's own cookie carries the choice.
 */
function dropForeignConsentCookie(res: Response): Response {
  const cookies = res.headers.getSetCookie();
  const foreign = cookies.filter(
    (c) => c.startsWith('cookieproof_consent=') && !/^cookieproof_consent=1\.\d+\./.test(c),
  );
  if (foreign.length === 0) return res;
  const headers = new Headers(res.headers);
  headers.delete('set-cookie');
  for (const c of cookies) if (!foreign.includes(c)) headers.append('set-cookie', c);
  return new Response(res.body, { status: res.status, statusText: res.statusText, headers });
}
