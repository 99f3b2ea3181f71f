import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { PublishedVersion } from '@cookieproof/schema';
import axe from 'axe-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConsentApp } from './app.ts';
import {
  ADMIN_TOKEN,
  aiPromoVersions,
  closeTestStores,
  launchChromium,
  openTestStore,
  validRequest,
} from './test-support.ts';

// The operator console in real Chromium against a real server: verify the log, look a subject up, download its
// proof bundle, erase it; the page runs under its own strict CSP and has no WCAG 2.2 AA violations.

let versions: PublishedVersion[];
let server: Server;
let url: string;
let browser: Browser;

beforeAll(async () => {
  versions = await aiPromoVersions();
  const store = await openTestStore();
  const { listener } = createConsentApp({ versions, store, adminToken: ADMIN_TOKEN, rateLimit: false });
  server = createServer(listener);
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  server.closeAllConnections();
  await new Promise((done) => server.close(done));
  await closeTestStores();
});

async function record(): Promise<string> {
  const res = await fetch(`${url}/v1/consents`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(validRequest(versions.at(-1)!, { analytics: true })),
  });
  return ((await res.json()) as { subjectId: string }).subjectId;
}

async function openConsole(): Promise<{ page: Page; problems: string[] }> {
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

describe('operator console', () => {
  it('is served with a CSP that allows only its own script, style and API', async () => {
    const res = await fetch(`${url}/console`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    const csp = res.headers.get('content-security-policy')!;
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(await res.text()).toContain('AI Promo Services');
    for (const [path, type] of [
      ['/console/console.js', 'text/javascript'],
      ['/console/console.css', 'text/css'],
    ]) {
      const file = await fetch(`${url}${path}`);
      expect(file.headers.get('content-type')).toContain(type);
    }
  });

  it('verifies the log, shows a subject, downloads its proof bundle and erases it', async () => {
    const subject = await record();
    await record();
    const { page, problems } = await openConsole();

    // Logged out, only the login form is shown; a wrong token is refused.
    await expect.poll(() => page.locator('#login-form').isVisible()).toBe(true);
    expect(await page.locator('#verify').isVisible()).toBe(false);
    await page.fill('#token', 'wrong-token');
    await page.press('#token', 'Enter');
    await expect.poll(() => status(page).textContent()).toContain('wrong operator token');

    await page.fill('#token', ADMIN_TOKEN);
    await page.press('#token', 'Enter');
    await expect.poll(() => status(page).textContent()).toBe('Signed in.');
    // The token is gone from the page; the session is an HttpOnly cookie the page's script cannot read.
    expect(await page.inputValue('#token')).toBe('');
    expect(await page.evaluate(() => document.cookie)).toBe('');
    await page.click('#verify');
    await expect.poll(() => status(page).textContent()).toMatch(/The log is intact: \d+ receipts checked/);

    // A reload keeps the session.
    await page.reload();
    await expect.poll(() => page.locator('#verify').isVisible()).toBe(true);

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
    await page.click('#verify');
    await expect.poll(() => status(page).textContent()).toMatch(/intact: \d+ receipts checked, 1 of them erased/);

    // Every action is in the audit list the console shows, newest first.
    await expect
      .poll(async () => (await page.locator('#audit tbody tr td:nth-child(2)').allInnerTexts()).slice(0, 5))
      .toEqual(['verify', 'erase', 'export', 'verify', 'login']);

    await page.click('#logout');
    await expect.poll(() => status(page).textContent()).toBe('Signed out.');
    await page.reload();
    await expect.poll(() => page.locator('#login-form').isVisible()).toBe(true);
    expect(await page.locator('#verify').isVisible()).toBe(false);

    expect(problems).toEqual([]);
    await page.close();
  });

  it('has no WCAG 2.2 AA violations', async () => {
    const subject = await record();
    const { page } = await openConsole();
    await page.fill('#token', ADMIN_TOKEN);
    await page.press('#token', 'Enter');
    await page.locator('#verify').waitFor();
    await page.fill('#subject', subject);
    await page.click('#subject-form button[type=submit]');
    await page.locator('#receipts tbody tr').first().waitFor();
    // axe is injected through the DevTools protocol, which the page's CSP does not govern.
    await page.evaluate(axe.source);
    const violations = await page.evaluate(async () => {
      const w = window as unknown as { axe: typeof axe };
      const result = await w.axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      });
      return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    });
    expect(violations).toEqual([]);
    await page.close();
  });
});
