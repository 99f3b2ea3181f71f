import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { PublishedVersion } from '@cookieproof/schema';
import { type ConsentStore, createStore, seedReceipts } from '@cookieproof/store';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConsentApp } from './app.ts';
import { createDatabase, postgresReachable } from './process-support.ts';
import {
  ADMIN_TOKEN,
  aiPromoVersions,
  axeViolations,
  closeTestStores,
  consoleSeedPlan,
  launchChromium,
  openTestStore,
  validRequest,
} from './test-support.ts';

// The operator console in real Chromium against a real server: its strict CSP, the subject tools (look a subject
// up, download its proof bundle, erase it), and each view (Overview, Receipts, Versions, Integrity, Scans, Audit)
// over a seeded log on SQLite and on PostgreSQL, walked with the keyboard only, with no WCAG 2.2 AA violation.

let versions: PublishedVersion[];
let browser: Browser;

interface Running {
  url: string;
  store: ConsentStore;
  stop(): Promise<void>;
}

async function serve(store: ConsentStore): Promise<{ url: string; close(): Promise<void> }> {
  const { listener } = createConsentApp({ versions, store, adminToken: ADMIN_TOKEN, rateLimit: false });
  const server: Server = createServer(listener);
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    async close() {
      server.closeAllConnections();
      await new Promise((done) => server.close(done));
    },
  };
}

beforeAll(async () => {
  versions = await aiPromoVersions();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await closeTestStores();
});

async function record(url: string): Promise<string> {
  const res = await fetch(`${url}/v1/consents`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(validRequest(versions.at(-1)!, { analytics: true })),
  });
  return ((await res.json()) as { subjectId: string }).subjectId;
}

async function openConsole(url: string): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage({ acceptDownloads: true });
  const problems: string[] = [];
  // Script errors and CSP refusals; answers with an error status (401, 404) are expected along the way.
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(`${url}/console`);
  return { page, problems };
}

const status = (page: Page) => page.locator('#status');

/** Presses Tab (Shift+Tab backwards) until the focused element matches the selector; fails after `max` presses. */
async function tabTo(page: Page, selector: string, { back = false, max = 80 } = {}): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`${selector} was not reached with the keyboard in ${max} presses`);
}

async function login(page: Page): Promise<void> {
  await page.locator('#token').focus();
  await page.keyboard.type(ADMIN_TOKEN);
  await page.keyboard.press('Enter');
  await expect.poll(() => status(page).textContent()).toBe('Signed in.');
}

describe('operator console', () => {
  let running: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => {
    running = await serve(await openTestStore());
  });
  afterAll(() => running.close());

  it('is served with a CSP that allows only its own script, style and API', async () => {
    const res = await fetch(`${running.url}/console`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    const csp = res.headers.get('content-security-policy')!;
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    const html = await res.text();
    expect(html).toContain('AI Promo Services');
    expect(html).not.toMatch(/<script>|<style>| style=/);
    for (const [path, type] of [
      ['/console/console.js', 'text/javascript'],
      ['/console/console.css', 'text/css'],
    ]) {
      const file = await fetch(`${running.url}${path}`);
      expect(file.status).toBe(200);
      expect(file.headers.get('content-type')).toContain(type);
    }
  });

  it('verifies the log, shows a subject, downloads its proof bundle and erases it', async () => {
    const { url } = running;
    const subject = await record(url);
    await record(url);
    const { page, problems } = await openConsole(url);

    // Logged out, only the login form is shown; a wrong token is refused.
    await expect.poll(() => page.locator('#login-form').isVisible()).toBe(true);
    expect(await page.locator('#views-nav').isVisible()).toBe(false);
    await page.fill('#token', 'wrong-token');
    await page.press('#token', 'Enter');
    await expect.poll(() => status(page).textContent()).toContain('wrong operator token');

    await page.fill('#token', '');
    await login(page);
    // The token is gone from the page; the session is an HttpOnly cookie the page's script cannot read.
    expect(await page.inputValue('#token')).toBe('');
    expect(await page.evaluate(() => document.cookie)).toBe('');
    await page.click('a[href="#integrity"]');
    await page.click('#verify');
    await expect.poll(() => status(page).textContent()).toMatch(/The log is intact: \d+ receipts checked/);

    // A reload keeps the session and the view.
    await page.reload();
    await expect.poll(() => page.locator('#verify').isVisible()).toBe(true);

    await page.click('a[href="#receipts"]');
    await page.fill('#subject', subject);
    await page.click('#subject-form button[type=submit]');
    await expect.poll(() => status(page).textContent()).toBe(`1 receipts for ${subject}.`);
    const row = await page.locator('#receipts tbody tr').allInnerTexts();
    expect(row).toHaveLength(1);
    expect(row[0]).toContain('analytics, essential');

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export')]);
    expect(download.suggestedFilename()).toBe(`cookieproof-${subject}.json`);
    const bundle = JSON.parse(await readFile((await download.path())!, 'utf8'));
    expect(bundle.receipts).toHaveLength(1);
    expect(bundle.receipts[0].subjectId).toBe(subject);

    // Erasing asks first; dismissing the question erases nothing.
    page.once('dialog', (d) => void d.dismiss());
    await page.click('#erase');
    await page.fill('#subject', subject);
    await page.click('#subject-form button[type=submit]');
    await expect.poll(() => page.locator('#receipts tbody tr').count()).toBe(1);
    page.once('dialog', (d) => void d.accept());
    await page.click('#erase');
    await expect.poll(() => status(page).textContent()).toBe(`Erased 1 receipts of ${subject}.`);
    await page.click('#subject-form button[type=submit]');
    await expect.poll(() => status(page).textContent()).toContain('no receipts for this subject');
    await page.click('a[href="#integrity"]');
    await page.click('#verify');
    await expect.poll(() => status(page).textContent()).toMatch(/intact: \d+ receipts checked, 1 of them erased/);

    // Every action is in the audit list the console shows, newest first.
    await page.click('a[href="#audit"]');
    await expect
      .poll(async () => (await page.locator('#audit tbody tr td:nth-child(2)').allInnerTexts()).slice(0, 5))
      .toEqual(['verify', 'erase', 'export', 'verify', 'login']);

    await page.click('#logout');
    await expect.poll(() => status(page).textContent()).toBe('Signed out.');
    await page.reload();
    await expect.poll(() => page.locator('#login-form').isVisible()).toBe(true);
    expect(await page.locator('#views-nav').isVisible()).toBe(false);

    expect(problems).toEqual([]);
    await page.close();
  });
});

const SEEDED = 3000;
const postgres = postgresReachable();
const stores = [
  { name: 'SQLite', open: async () => ({ store: await openTestStore(), drop: () => {} }) },
  ...(postgres || process.env.CI
    ? [
        {
          name: 'PostgreSQL',
          open: async () => {
            const database = createDatabase();
            return { store: await createStore({ databaseUrl: database.url }), drop: database.drop };
          },
        },
      ]
    : []),
];

describe.each(stores)('the console views over a seeded log on $name', ({ open }) => {
  let r: Running;
  beforeAll(async () => {
    const { store, drop } = await open();
    await seedReceipts(store, SEEDED, consoleSeedPlan(versions, 10));
    for (const [i, violations] of [0, 3, 1].entries())
      await store.saveScan({
        target: 'https://aipromo.example/',
        startedAt: new Date(Date.now() - (3 - i) * 86_400_000).toISOString(),
        violations,
        summary: {
          passes: [{ consent: 'none', pages: 4 }],
          findings: 9,
          violationsByRule: violations ? { 'before-consent': violations } : {},
        },
        report: '{}',
      });
    const served = await serve(store);
    r = {
      url: served.url,
      store,
      async stop() {
        await served.close();
        await store.close();
        drop();
      },
    };
  }, 300_000);
  afterAll(() => r?.stop());

  it('walks every view with the keyboard only, each showing the seeded log and passing axe', async () => {
    const { page, problems } = await openConsole(r.url);
    await login(page);
    const visit = async (view: string) => {
      // From wherever focus is, back to the view's link in the navigation, and Enter.
      await tabTo(page, `nav a[href="#${view}"]`, { back: true });
      await page.keyboard.press('Enter');
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(`${view}-heading`);
      expect(await page.getAttribute(`nav a[href="#${view}"]`, 'aria-current')).toBe('page');
    };
    const axeClean = async (view: string) => expect(await axeViolations(page), view).toEqual([]);

    // Overview: the default view, with the period's figures, a chart and its table, a breakdown.
    await expect.poll(() => page.locator('#overview-kpis dd').first().textContent()).toBe(SEEDED.toLocaleString('en'));
    expect(await page.locator('#per-day-chart svg[role=img]').getAttribute('aria-label')).toMatch(
      /^Receipts per day from .*3,000 in all/,
    );
    expect(await page.locator('#per-day-table tbody tr').count()).toBe(10);
    expect(await page.locator('#acceptance-table tbody tr').count()).toBeGreaterThan(1);
    await tabTo(page, '#breakdown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.locator('#breakdown-caption').textContent()).toMatch(/^Receipts by jurisdiction/);
    expect(await page.locator('#breakdown-table tbody tr td:first-child').allInnerTexts()).toEqual(
      expect.arrayContaining(['eu', 'california', '(none)']),
    );
    // Every details element open, so axe checks the tables too.
    await page.evaluate(() => {
      for (const d of document.querySelectorAll('details')) d.open = true;
    });
    await axeClean('overview');

    // Receipts: filter by event with the keyboard, open one receipt, close it with Escape.
    await visit('receipts');
    await expect.poll(() => page.locator('#receipt-list tbody tr').count()).toBe(50);
    await tabTo(page, '#f-event');
    await page.keyboard.press('ArrowDown'); // grant
    await tabTo(page, '#receipts-form button[type=submit]');
    await page.keyboard.press('Enter');
    await expect
      .poll(async () => new Set(await page.locator('#receipt-list tbody tr td:nth-child(2)').allInnerTexts()))
      .toEqual(new Set(['grant']));
    expect(await page.locator('#receipts-summary').textContent()).toMatch(/receipts match; showing 1 to 50/);
    await tabTo(page, '#receipts-older');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#receipts-summary').textContent()).toMatch(/showing 51 to 100/);
    await tabTo(page, '#receipt-list tbody tr:first-child button', { back: true });
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#receipt-dialog').isVisible()).toBe(true);
    expect(await page.locator('#receipt-detail').textContent()).toMatch(/Position in the log[\d,]+/);
    expect(await page.locator('#receipt-detail').textContent()).toMatch(/Hash matches its fieldsyes/);
    await axeClean('receipt dialog');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('#receipt-dialog').isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toMatch(/^Open receipt /);
    expect(await page.getAttribute('#export-csv', 'href')).toBe('v1/console/receipts/export?event=grant&format=csv');
    await axeClean('receipts');

    // Versions: each published version, newest first, with its receipts and its diff.
    await visit('versions');
    await expect.poll(() => page.locator('#version-list article').count()).toBe(versions.length);
    expect(await page.locator('#version-list h3').first().textContent()).toBe(`Version ${versions.at(-1)!.version}`);
    expect(await page.locator('#version-list summary').first().textContent()).toMatch(/changes since/);
    await axeClean('versions');

    // Integrity: a verify started with the keyboard runs to its result.
    await visit('integrity');
    await tabTo(page, '#verify');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('#last-verify').textContent(), { timeout: 30_000 })
      .toMatch(new RegExp(`The log is intact: ${SEEDED.toLocaleString('en')} receipts checked`));
    await axeClean('integrity');

    // Scans: the stored scans and their violations over time.
    await visit('scans');
    await expect.poll(() => page.locator('#scan-list tbody tr').count()).toBe(3);
    expect(await page.locator('#violations-chart svg').getAttribute('aria-label')).toMatch(/the newest has 1/);
    await axeClean('scans');

    // Audit: the login, the verify and nothing else yet.
    await visit('audit');
    await expect
      .poll(async () => await page.locator('#audit tbody tr td:nth-child(2)').allInnerTexts())
      .toEqual(['verify', 'login']);
    await axeClean('audit');

    expect(problems).toEqual([]);
    await page.close();
  });
});
