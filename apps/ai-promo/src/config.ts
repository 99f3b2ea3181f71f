import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from 'yaml';

// Where each part of AI Promo listens, and the declaration as it applies to those ports and that signal mode.

export interface Ports {
  site: number;
  analytics: number;
  pay: number;
  datahub: number;
  id: number;
}

export const DEFAULT_PORTS: Ports = { site: 4000, analytics: 4001, pay: 4002, datahub: 4003, id: 4004 };

export interface Origins {
  site: string;
  app: string;
  analytics: string;
  pay: string;
  datahub: string;
  id: string;
}

export function originsFor(ports: Ports): Origins {
  return {
    site: `http://aipromo.localhost:${ports.site}`,
    app: `http://app.aipromo.localhost:${ports.site}`,
    analytics: `http://analytics.localhost:${ports.analytics}`,
    pay: `http://pay.localhost:${ports.pay}`,
    datahub: `http://datahub.localhost:${ports.datahub}`,
    id: `http://id.localhost:${ports.id}`,
  };
}

export const APP_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const DEFAULT_DECLARATION = join(APP_DIR, 'cookieproof.yaml');

export type SignalsMode = 'record' | 'honor';

/** The request header the consent server reads the visitor's region from, as Cloudflare in front of the site sets it. */
export const REGION_HEADER = 'CF-IPCountry';

/**
 * Where the "practices changed" variant asks and where it honors opt-outs: opt-in in the EEA and the UK, opt-out in
 * California (analytics marked as sale/share, so GPC turns it off there), and opt-in everywhere else, which is
 * what the site does today.
 */
export const PRACTICES_CHANGED_JURISDICTIONS = {
  default: { regime: 'opt-in' },
  rules: {
    europe: { regions: ['EEA', 'UK'], regime: 'opt-in' },
    california: { regions: ['US-CA'], regime: 'opt-out' },
  },
};

/**
 * The declaration names the production ports. When the app runs on other ports (tests, a busy machine) its
 * origins change, so the declaration and its history are rewritten into the data folder with the real ports:
 * the policy page, SDK config, consent server and scanner then all agree on the origins the browser sees.
 * `honor` switches GPC/DNT handling to honor and marks analytics (Google Analytics) as sale/share, the only
 * category where honoring the signals changes anything.
 */
export async function prepareDeclaration(
  file: string,
  ports: Ports,
  signalsMode: SignalsMode | undefined,
  outDir: string,
): Promise<string> {
  const portMoved = (Object.keys(ports) as (keyof Ports)[]).some((k) => ports[k] !== DEFAULT_PORTS[k]);
  if (!portMoved && !signalsMode) return file;
  const rewrite = (text: string) =>
    (Object.keys(ports) as (keyof Ports)[]).reduce(
      (t, k) =>
        t
          .replaceAll(`.localhost:${DEFAULT_PORTS[k]}`, `.localhost:${ports[k]}`)
          .replaceAll(`//localhost:${DEFAULT_PORTS[k]}`, `//localhost:${ports[k]}`),
      text,
    );
  await mkdir(outDir, { recursive: true });
  const doc = parseDocument(rewrite(await readFile(file, 'utf8')));
  if (signalsMode) {
    doc.setIn(['policy', 'signals', 'gpc'], signalsMode);
    doc.setIn(['policy', 'signals', 'dnt'], signalsMode);
    if (signalsMode === 'honor') {
      doc.setIn(['categories', 'analytics', 'saleOrShare'], true);
      doc.set('jurisdictions', doc.createNode(PRACTICES_CHANGED_JURISDICTIONS));
    }
  }
  const history = doc.get('history', true) as { items?: { get(k: string): unknown }[] } | undefined;
  for (const entry of history?.items ?? []) {
    const rel = entry.get('file');
    if (typeof rel !== 'string') continue;
    const target = join(outDir, rel);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, rewrite(await readFile(resolve(dirname(file), rel), 'utf8')));
  }
  const out = join(outDir, 'cookieproof.yaml');
  await writeFile(out, doc.toString());
  return out;
}
