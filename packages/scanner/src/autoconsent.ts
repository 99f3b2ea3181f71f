import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Config } from '@duckduckgo/autoconsent';
import type { BrowserContext, Page } from 'playwright-core';
import type { ConsentChoice } from './consent.ts';

// @duckduckgo/autoconsent (MPL-2.0), used unmodified: its Playwright content script, run in the frames of the page
// where consent is given, asks us through an exposed binding for its configuration and rules, then opts in or out
// of any of the ~800 consent platforms it knows. Everything stays offline: the rules ship inside the package. It is
// injected only at the consent step, because its detection loop costs every page it runs in.

type Rule = { runContext?: { urlPattern?: string } };

interface Bundle {
  script: string;
  rules: { autoconsent: Rule[] };
}

let bundle: Bundle | null | undefined;

function loadBundle(): Bundle | null {
  if (bundle !== undefined) return bundle;
  try {
    const require = createRequire(import.meta.url);
    // The full rules: the compact encoding did not decode every rule in this version.
    const rulesFile = require.resolve('@duckduckgo/autoconsent/rules/rules.json');
    bundle = {
      script: readFileSync(join(dirname(rulesFile), '..', 'dist', 'autoconsent.playwright.js'), 'utf8'),
      rules: JSON.parse(readFileSync(rulesFile, 'utf8')),
    };
  } catch {
    bundle = null;
  }
  return bundle;
}

export interface AutoconsentState {
  /** Consent platforms its rules detected on the page. */
  detected: string[];
  /** Outcome of its opt-in or opt-out, once it has one. */
  result?: { cmp: string; ok: boolean };
  /** True once the top frame's run has ended: nothing detected, or its rule succeeded or failed. */
  settled: boolean;
  /** Starts it in every frame of the page. */
  inject(page: Page): Promise<void>;
}

type Message = {
  type: string;
  id?: string;
  code?: string;
  cmp?: string;
  result?: boolean;
  mainFrame?: boolean;
  state?: { lifecycle?: string };
};

const FINAL = ['nothingDetected', 'done', 'optInSucceeded', 'optInFailed', 'optOutSucceeded', 'optOutFailed'];

/** Installs autoconsent in a pass's context; undefined when the package cannot be loaded. */
export async function installAutoconsent(
  context: BrowserContext,
  choice: ConsentChoice,
): Promise<AutoconsentState | undefined> {
  const b = loadBundle();
  if (!b) return undefined;
  const state: AutoconsentState = {
    detected: [],
    settled: false,
    async inject(page) {
      for (const frame of page.frames()) {
        if (/^https?:/.test(frame.url())) await frame.evaluate(b.script).catch(() => undefined);
      }
    },
  };
  const config: Partial<Config> = {
    enabled: true,
    autoAction: choice === 'accept' ? 'optIn' : 'optOut',
    disabledCmps: [],
    // Hiding a banner is not consent: only rules that click count.
    enablePrehide: false,
    enableCosmeticRules: false,
    enableGeneratedRules: true,
    // We start it after the page has loaded and gone idle, so a few retries are enough; each costs the page.
    detectRetries: 3,
    logs: {
      lifecycle: false,
      rulesteps: false,
      detectionsteps: false,
      evals: false,
      errors: false,
      messages: false,
      waits: false,
    },
  };
  type Receiver = { autoconsentReceiveMessage?: (m: unknown) => Promise<void> };
  await context.exposeBinding('autoconsentSendMessage', async ({ frame }, msg: Message) => {
    const reply = (m: unknown) =>
      frame.evaluate((x) => (window as unknown as Receiver).autoconsentReceiveMessage?.(x), m).catch(() => undefined);
    switch (msg.type) {
      case 'init':
        await reply({ type: 'initResp', config, rules: { autoconsent: rulesFor(b.rules.autoconsent, frame.url()) } });
        break;
      case 'eval': {
        const result = await frame.evaluate(msg.code ?? 'false').catch(() => false);
        await reply({ type: 'evalResp', id: msg.id, result });
        break;
      }
      case 'report':
        if (msg.mainFrame && FINAL.includes(msg.state?.lifecycle ?? '')) state.settled = true;
        break;
      case 'cmpDetected':
        if (msg.cmp && !state.detected.includes(msg.cmp)) state.detected.push(msg.cmp);
        break;
      case 'optInResult':
      case 'optOutResult':
        if (msg.cmp && msg.cmp !== 'none' && !state.result?.ok)
          state.result = { cmp: msg.cmp, ok: msg.result === true };
        break;
    }
  });
  return state;
}

/** Only the rules that can apply to this URL: most are for one site, and each costs the page a check. */
function rulesFor(rules: Rule[], url: string): Rule[] {
  return rules.filter((r) => {
    const pattern = r.runContext?.urlPattern;
    if (!pattern) return true;
    try {
      return new RegExp(pattern).test(url);
    } catch {
      return false;
    }
  });
}
