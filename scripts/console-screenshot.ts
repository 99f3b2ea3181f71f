// `npm run screenshot:console`: writes docs/console-overview.png, the operator console's Overview over a seeded log
// (SQLite in a temporary folder, 30 days of receipts spread over the AI Promo versions, surfaces, locales and two
// jurisdictions), as Debian's Chromium shows it at 1280 px wide. The README shows the picture.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadVersions } from '@cookieproof/schema';
import { createConsentApp } from '@cookieproof/server';
import { createStore, seedReceipts } from '@cookieproof/store';
import { chromium } from 'playwright-core';

const at = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));
const TOKEN = 'screenshot-operator-token-0123456789';

const versions = await loadVersions(at('apps/ai-promo/cookieproof.yaml'));
const current = versions.at(-1)!.declaration;
const dir = mkdtempSync(join(tmpdir(), 'cookieproof-screenshot-'));
const store = await createStore({ sqliteFile: join(dir, 'consent.sqlite') });
await seedReceipts(store, 60_000, {
  days: 30,
  versions: versions.map((v) => ({ fingerprint: v.fingerprint, version: v.version })),
  surfaces: Object.keys(current.site.surfaces),
  locales: ['en', 'de', 'fr', 'es'],
  jurisdictions: [
    null,
    { region: 'DE', id: 'eu', regime: 'opt-in', honored: [] },
    { region: 'US-CA', id: 'california', regime: 'opt-out', honored: ['gpc'] },
  ],
  categories: Object.entries(current.categories)
    .filter(([, c]) => !c.required)
    .map(([id]) => id),
});
const { listener } = createConsentApp({ versions, store, adminToken: TOKEN, rateLimit: false });
const server = createServer(listener);
await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, colorScheme: 'light' });
  await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/console#overview`);
  await page.fill('#token', TOKEN);
  await page.press('#token', 'Enter');
  await page.locator('#per-day-chart svg').waitFor();
  await page.locator('#breakdown-table tbody tr').first().waitFor();
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.screenshot({ path: at('docs/console-overview.png'), fullPage: true });
  process.stdout.write('wrote docs/console-overview.png\n');
} finally {
  await browser.close();
  server.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}
