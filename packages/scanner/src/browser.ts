import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CookieproofError } from '@cookieproof/schema';
import { type Browser, type BrowserContext, chromium } from 'playwright-core';

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Together with dropping --enable-automation this makes navigator.webdriver false in every frame, so banners
  // that hide from bots (vanilla-cookieconsent's hideFromBots and others) show as they do to visitors.
  '--disable-blink-features=AutomationControlled',
  // Cross-site iframes in their page's renderer: one process per page instead of one per site, which on a small
  // machine is most of a scan's time. What the browser stores and sends is the same: storage partitioning and
  // the third-party cookie policy do not depend on the process model.
  '--disable-site-isolation-trials',
  // Replaces Playwright's own --disable-features (Chromium reads the last of a repeated switch) to keep every
  // feature it turns off except ThirdPartyStoragePartitioning: Chrome partitions third-party storage by top-level
  // site, whatever the cookie setting, and a scan should see what a visitor's browser stores, where it stores it.
  `--disable-features=${[
    'AvoidUnnecessaryBeforeUnloadCheckSync',
    'DestroyProfileOnBrowserClose',
    'HttpsUpgrades',
    'HttpsFirstBalancedModeAutoEnable',
    'LensOverlay',
    'MediaRouter',
    'PaintHolding',
    'AvoidCorsURLLoaderRestartOnRedirect',
    'OptimizationHints',
    'NetworkTimeServiceQuerying',
    'AimEnabled',
    'PreconnectToSearch',
  ].join(',')}`,
];

const GPC_SIGNAL = `Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true, configurable: true });`;

/** Belt and braces for the flag above: also covers frames created before the flag applies. */
const MASK_WEBDRIVER = `Object.defineProperty(Navigator.prototype, 'webdriver', { get: () => false, configurable: true });`;

export interface ScanBrowser {
  browser: Browser;
  version: string;
  userAgent: string;
  /**
   * A fresh, empty profile for one pass (an off-the-record context of the launched browser); with `gpc`, every
   * request carries `Sec-GPC: 1` and every frame has `navigator.globalPrivacyControl` true, as in a browser with
   * Global Privacy Control on. `headers` go with every request (the region header a CDN would add).
   */
  newPassContext(o?: { gpc?: boolean; headers?: Record<string, string> }): Promise<BrowserContext>;
  close(): Promise<void>;
}

/**
 * Launches Chromium once per scan. Third-party cookies follow the profile preference `cookie_controls_mode`, which
 * only a profile on disk can carry, so `allow` launches with a temporary user-data-dir whose Default/Preferences
 * says 0; the off-the-record contexts each pass opens read it through, so every pass still starts empty.
 */
export async function launchScanBrowser(
  executablePath: string,
  thirdPartyCookies: 'allow' | 'block',
): Promise<ScanBrowser> {
  const launchOptions = { executablePath, headless: true, args: ARGS, ignoreDefaultArgs: ['--enable-automation'] };
  let browser: Browser;
  let persistent: BrowserContext | undefined;
  let profileDir: string | undefined;
  try {
    if (thirdPartyCookies === 'allow') {
      profileDir = mkdtempSync(join(tmpdir(), 'cookieproof-profile-'));
      mkdirSync(join(profileDir, 'Default'));
      writeFileSync(
        join(profileDir, 'Default', 'Preferences'),
        JSON.stringify({ profile: { cookie_controls_mode: 0 } }),
      );
      persistent = await chromium.launchPersistentContext(profileDir, launchOptions);
      const b = persistent.browser();
      if (!b) throw new Error('persistent context without a browser');
      browser = b;
    } else {
      browser = await chromium.launch(launchOptions);
    }
  } catch (err) {
    if (profileDir) rmSync(profileDir, { recursive: true, force: true });
    throw new CookieproofError(
      'browser-missing',
      `cannot start Chromium at ${executablePath}: ${(err as Error).message.split('\n')[0]}`,
    );
  }
  const version = browser.version();
  // The reduced user agent of desktop Chrome on Linux, without "HeadlessChrome".
  const userAgent = `Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${version.split('.')[0]}.0.0.0 Safari/537.36`;
  return {
    browser,
    version,
    userAgent,
    async newPassContext(o = {}) {
      const context = await browser.newContext({
        userAgent,
        viewport: { width: 1280, height: 800 },
        locale: 'en-US',
        extraHTTPHeaders: { ...o.headers, ...(o.gpc ? { 'Sec-GPC': '1' } : {}) },
      });
      await context.addInitScript(MASK_WEBDRIVER);
      if (o.gpc) await context.addInitScript(GPC_SIGNAL);
      return context;
    },
    async close() {
      await (persistent ?? browser).close().catch(() => undefined);
      if (profileDir) rmSync(profileDir, { recursive: true, force: true });
    },
  };
}
