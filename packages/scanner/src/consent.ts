import type { Frame, Page } from 'playwright-core';
import type { AutoconsentState } from './autoconsent.ts';

// Giving consent the way a visitor would: through the Cookieproof SDK's API when the page has one, else through
// @duckduckgo/autoconsent's rules for known consent platforms, else by clicking the site's own banner button found
// by its text (English, German, French, Spanish, Italian, Dutch).

export type ConsentChoice = 'accept' | 'reject';

export interface ConsentOutcome {
  /** `cookieproof-api`, `autoconsent`, `banner-click`, or `none` when nothing was found to act on. */
  method: 'cookieproof-api' | 'autoconsent' | 'banner-click' | 'none';
  /** What was done, e.g. `window.cookieproof.rejectAll()` or `clicked "Reject all" (button#cb-reject)`. */
  detail: string;
}

const ACCEPT = [
  'accept',
  'accept all',
  'accept all cookies',
  'accept cookies',
  'allow',
  'allow all',
  'allow all cookies',
  'allow cookies',
  'agree',
  'i agree',
  'agree and continue',
  'i accept',
  'ok',
  'okay',
  'got it',
  'yes i agree',
  'alle akzeptieren',
  'akzeptieren',
  'alle cookies akzeptieren',
  'zustimmen',
  'alle zulassen',
  'einverstanden',
  'annehmen',
  'alle annehmen',
  'ich stimme zu',
  'tout accepter',
  'accepter',
  'accepter et fermer',
  'accepter tout',
  "j'accepte",
  'autoriser tous les cookies',
  'aceptar',
  'aceptar todo',
  'aceptar todas',
  'aceptar cookies',
  'acepto',
  'permitir todas',
  'accetta',
  'accetta tutti',
  'accetta tutto',
  'accetto',
  'consenti tutti',
  'alles accepteren',
  'accepteren',
  'alle cookies accepteren',
  'akkoord',
  'ik ga akkoord',
  'alles toestaan',
  'toestaan',
];
const REJECT = [
  'reject',
  'reject all',
  'reject all cookies',
  'reject cookies',
  'decline',
  'decline all',
  'deny',
  'deny all',
  'refuse',
  'refuse all',
  'only necessary',
  'necessary only',
  'only essential',
  'essential only',
  'only necessary cookies',
  'use necessary cookies only',
  'necessary cookies only',
  'continue without accepting',
  'no thanks',
  'alle ablehnen',
  'ablehnen',
  'nur notwendige',
  'nur notwendige cookies',
  'nur essenzielle cookies',
  'nur erforderliche cookies',
  'verweigern',
  'tout refuser',
  'refuser',
  'refuser tout',
  'continuer sans accepter',
  'refuser les cookies',
  'rechazar',
  'rechazar todo',
  'rechazar todas',
  'denegar',
  'solo necesarias',
  'rifiuta',
  'rifiuta tutti',
  'rifiuta tutto',
  'solo necessari',
  'continua senza accettare',
  'alles weigeren',
  'weigeren',
  'alleen noodzakelijke',
  'alleen noodzakelijke cookies',
  'afwijzen',
  'alles afwijzen',
  // The opt-out entry point of US state laws (CCPA/CPRA and others), where categories are on until the visitor opts out.
  'do not sell or share my personal information',
  'do not sell or share my personal info',
  'do not sell my personal information',
  'do not sell my personal info',
  'do not sell or share my information',
  'opt out of sale and sharing',
  'opt out',
];

/** Lower case, letters, digits and apostrophes only, single spaces: "  Accept ALL! " → "accept all". */
export function normaliseLabel(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’`]/g, "'")
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .trim();
}

/** Which consent choice a button label stands for, if any. */
export function classifyLabel(text: string): ConsentChoice | undefined {
  const t = normaliseLabel(text);
  if (REJECT.includes(t)) return 'reject';
  if (ACCEPT.includes(t)) return 'accept';
  return undefined;
}

const MARK = 'data-cookieproof-scan-target';

// Runs in the page: marks the best visible control whose label is one of `labels` and returns its description.
// Controls inside something that looks like a cookie banner win over others with the same label.
function markButton([labels, mark]: [string[], string]): string | null {
  // No named helpers in here: tsx would wrap them in a `__name` call that does not exist in the page.
  const controls = document.querySelectorAll<HTMLElement>(
    'button, a, [role="button"], input[type="button"], input[type="submit"]',
  );
  let best: { el: HTMLElement; score: number } | undefined;
  for (const el of controls) {
    const label = (el instanceof HTMLInputElement ? el.value : (el.textContent ?? ''))
      .toLowerCase()
      .replace(/[’`]/g, "'")
      .replace(/[^\p{L}\p{N}']+/gu, ' ')
      .trim();
    if (!labels.includes(label)) continue;
    const r = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    if (r.width === 0 || r.height === 0 || style.visibility === 'hidden' || style.display === 'none') continue;
    let score = 1;
    for (let p: HTMLElement | null = el; p; p = p.parentElement) {
      if (/cookie|consent|gdpr|privacy|banner|cmp/i.test(`${p.id} ${p.className}`)) {
        score = 2;
        break;
      }
    }
    if (!best || score > best.score) best = { el, score };
  }
  if (!best) return null;
  best.el.setAttribute(mark, '');
  const id = best.el.id ? `#${best.el.id}` : '';
  return `"${(best.el.textContent || (best.el as HTMLInputElement).value || '').trim()}" (${best.el.tagName.toLowerCase()}${id})`;
}

async function findButton(page: Page, choice: ConsentChoice): Promise<{ frame: Frame; label: string } | undefined> {
  const labels = choice === 'accept' ? ACCEPT : REJECT;
  for (const frame of page.frames()) {
    const label = await frame.evaluate(markButton, [labels, MARK] as [string[], string]).catch(() => null);
    if (label) return { frame, label };
  }
  return undefined;
}

/** True when the page shows a control that accepts or rejects cookies (the `none` pass only looks). */
export async function bannerVisible(page: Page): Promise<boolean> {
  for (const choice of ['reject', 'accept'] as const) {
    const found = await findButton(page, choice);
    if (found) {
      await found.frame.evaluate((m) => document.querySelector(`[${m}]`)?.removeAttribute(m), MARK).catch(() => {});
      return true;
    }
  }
  return false;
}

/** Whether the page still asks: the Cookieproof API has no decision, or (without it) a banner button shows. */
export async function consentAsked(page: Page): Promise<boolean> {
  const api = await page
    .evaluate(() => {
      const cp = (window as unknown as { cookieproof?: { status?: () => { decided?: boolean } } }).cookieproof;
      return typeof cp?.status === 'function' ? cp.status().decided !== true : null;
    })
    .catch(() => null);
  return api ?? bannerVisible(page);
}

/** Time autoconsent gets to recognise a known platform before the text heuristic may click. */
const AUTOCONSENT_HEAD_START_MS = 400;
const RULE_GRACE_MS = 8000;

/** Gives (or refuses) consent on the current page, waiting up to `waitMs` for an API or banner to appear. */
export async function giveConsent(
  page: Page,
  choice: ConsentChoice,
  waitMs: number,
  auto?: AutoconsentState,
): Promise<ConsentOutcome> {
  await auto?.inject(page);
  const started = Date.now();
  const deadline = started + waitMs;
  const call = choice === 'accept' ? 'acceptAll' : 'rejectAll';
  for (;;) {
    const api = await page
      .evaluate((fn) => {
        const cp = (window as unknown as { cookieproof?: Record<string, unknown> }).cookieproof;
        if (!cp || typeof cp[fn] !== 'function') return false;
        (cp[fn] as () => unknown)();
        return true;
      }, call)
      .catch(() => false);
    if (api) return { method: 'cookieproof-api', detail: `window.cookieproof.${call}()` };
    if (auto?.result?.ok) return { method: 'autoconsent', detail: `autoconsent rule "${auto.result.cmp}"` };
    // A recognised platform is left to its rule while it runs.
    const ruleRunning = auto !== undefined && auto.detected.length > 0 && auto.result === undefined;
    if (!ruleRunning && Date.now() - started >= AUTOCONSENT_HEAD_START_MS) {
      const found = await findButton(page, choice);
      if (found) {
        // Generous: the click also waits for any navigation it starts.
        await found.frame.click(`[${MARK}]`, { timeout: 15_000 });
        return { method: 'banner-click', detail: `clicked ${found.label}` };
      }
    }
    // Autoconsent still deciding (slow on a busy machine) or running a rule gets extra time to finish.
    const undecided = ruleRunning || (auto !== undefined && !auto.settled);
    if (Date.now() >= deadline + (undecided ? RULE_GRACE_MS : 0)) {
      const tried = auto?.detected.length
        ? ` (autoconsent recognised ${auto.detected.join(', ')} but its rule failed)`
        : '';
      return { method: 'none', detail: `no Cookieproof API and no banner button found${tried}` };
    }
    await page.waitForTimeout(100);
  }
}
