import { renderPolicyMarkdown } from '@cookieproof/policy';
import { loadVersions } from '@cookieproof/schema';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_DECLARATION } from './config.ts';

// AI Promo's cookie policy as written (the seed), sentence by sentence, and the counterpart the generated policy page
// must have for it. Each pattern is matched against the page's text, with Markdown marks taken out.

const SEED: [sentence: string, counterpart: RegExp][] = [
  [
    'This policy explains how AI Promo Services uses cookies, local storage, session storage, pixels, analytics tags, and similar technologies on the public website and dashboard.',
    /uses cookies, local storage, session storage, pixels, analytics tags and similar technologies on the Public website .* and the Dashboard/,
  ],
  ['Cookies are small files stored by your browser.', /Cookies: small pieces of text a site asks your browser to keep/],
  [
    'Local storage and session storage are browser features that let a site remember state on your device.',
    /Local storage: a store in your browser where a site keeps data on your device/,
  ],
  [
    'Pixels, tags, and analytics scripts help measure page views, events, performance, and product usage.',
    /Pixels: requests .* to report a visit, an event or a measurement[\s\S]*Scripts: code a page loads, often from a provider as a "tag"/,
  ],
  [
    'AI Promo Services uses these technologies for necessary service functions, analytics, product improvement, fraud prevention, security, preferences, and diagnostics.',
    /Necessary service functions:[\s\S]*Security:[\s\S]*Fraud prevention:[\s\S]*Analytics:[\s\S]*Product improvement:[\s\S]*Diagnostics:[\s\S]*Preferences:/,
  ],
  [
    'Essential technologies support login, account sessions, onboarding state, security, routing, fraud prevention, and payment or checkout flows. Disabling them may break the service.',
    /Sign-in, account sessions, onboarding state, routing, and payment or checkout flows[\s\S]*blocking them may prevent sign-in, checkout, onboarding or dashboard features from working/,
  ],
  [
    'Analytics and performance technologies help us understand visits, feature usage, product flows, errors, and performance. The public site may use Google Analytics, and the dashboard may use product analytics and performance tools.',
    /Google Analytics on the public site; product analytics and performance diagnostics in the dashboard/,
  ],
  [
    'Preference technologies may remember choices such as onboarding state, selected workspace context, dismissed notices, or other product settings.',
    /such as onboarding hints, the selected workspace and dismissed notices/,
  ],
  [
    'Essential: authentication, security, checkout, routing, and service operation.',
    /Authentication, security, checkout, routing and service operation/,
  ],
  [
    'Analytics: page views, feature events, performance, and diagnostics.',
    /Page views, feature events, performance and diagnostics/,
  ],
  [
    'Preferences: remembered product choices and local interface state.',
    /Remembered product choices and local interface state/,
  ],
  [
    'Third-party: providers such as authentication, analytics, hosting, payment, and connected integrations may set or read their own technologies.',
    /These providers supply some of the technologies listed above\. They may set or read their own cookies and storage/,
  ],
  [
    'You can block or delete cookies through your browser settings. Browser controls vary by device and browser.',
    /Every browser lets you block or delete cookies and other site data\. Where these settings are depends on your browser and device/,
  ],
  [
    'Blocking essential technologies may prevent sign-in, checkout, onboarding, or dashboard features from working.',
    /If you block essential technologies, what they are needed for stops working/,
  ],
  [
    'You can also use available provider-level controls, such as browser privacy settings or analytics opt-out tools where supported.',
    /Some providers offer their own way to opt out:[\s\S]*Google Analytics opt-out/,
  ],
  [
    'If you disconnect an integration, that stops future authorized pulls from that integration but may not delete records already created in AI Promo Services.',
    /we stop pulling data from it from then on\. Records imported before you disconnected may remain in AI Promo Services/,
  ],
  [
    'Some browsers offer Do Not Track or Global Privacy Control signals.',
    /Do Not Track \(DNT\) and Global Privacy Control \(GPC\) are signals your browser can send/,
  ],
  [
    'We do not currently sell personal information or knowingly share personal information for cross-context behavioral advertising, so those signals do not change that processing today.',
    /We do not sell personal information, and we do not share it for cross-context behavioural advertising[\s\S]*nothing further for the signal to switch off/,
  ],
  [
    'If our practices change in a way that requires opt-out signal handling, we will update this policy and honor legally required signals where required.',
    /If our practices change in a way that requires opt-out signal handling, we will update this policy and honor legally required signals where required\./,
  ],
  [
    'We may update this Cookie Policy as providers, product features, or legal requirements change. The updated version will be posted on this page with a new effective date.',
    /we publish a new version on this page with a new effective date/,
  ],
  [
    'Can I use the dashboard with cookies blocked? Some public pages may still load, but sign-in, checkout, onboarding, and dashboard features may not work if essential cookies or browser storage are blocked.',
    /Can I use AI Promo Services with cookies blocked\?\s+Some pages may still load, but signing in with Acme ID, paying through PayHost, connecting DataHub and features of the Dashboard may not work if essential cookies or browser storage are blocked\./,
  ],
  [
    'Does the public site use analytics? Yes. The public site may use Google Analytics and similar tools to understand traffic and improve the service.',
    /Does the Public website use analytics\?\s+Yes, but only after you allow Analytics and performance[\s\S]*Google Analytics/,
  ],
  [
    'Is this separate from the Privacy Policy? This Cookie Policy supplements the Privacy Policy by explaining browser technologies in more detail.',
    /Is this separate from the privacy policy\?\s+Yes\. This cookie policy explains the technologies in your browser in detail\. It adds to our privacy policy/,
  ],
];

let page: string;
beforeAll(async () => {
  const md = renderPolicyMarkdown(await loadVersions(DEFAULT_DECLARATION));
  page = md
    .replace(/\[([^\]]*)\]\(<[^>]*>\)/g, '$1')
    .replace(/[*`#]/g, '')
    .replace(/[ \t]+/g, ' ');
});

describe("AI Promo's generated policy page has a counterpart for each sentence of its policy", () => {
  it.each(SEED)('%s', (_sentence, counterpart) => {
    expect(page).toMatch(counterpart);
  });

  it('no longer says that public-site functions stop when cookies are blocked, nor lists "pixels and scripts"', () => {
    expect(page).not.toMatch(/pixels and scripts/);
    expect(page).not.toMatch(/Public website: Remembers your cookie choices/);
  });
});
