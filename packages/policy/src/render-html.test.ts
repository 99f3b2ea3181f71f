import { createHash } from 'node:crypto';
import type { PublishedVersion } from '@cookieproof/schema';
import { beforeAll, describe, expect, it } from 'vitest';
import { escapeHtml } from './escape.ts';
import { policyCss, policyPageHash, renderPolicyHtml, renderPolicyMarkdown } from './index.ts';
import { loadAiPromo, sectionHtml, withCurrent } from './test-support.ts';

let versions: PublishedVersion[];
let html: string;
beforeAll(async () => {
  versions = await loadAiPromo();
  html = renderPolicyHtml(versions);
});

const headings = (page: string) => [...page.matchAll(/<h([1-6])\b[^>]*>(.*?)<\/h\1>/g)].map((m) => Number(m[1]));
const text = (page: string) => page.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');

describe('renderPolicyHtml on the AI Promo declaration', () => {
  it('is a complete standalone page with landmarks, one h1 and no script', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('<title>Cookie Policy · AI Promo Services</title>');
    for (const landmark of ['<header', '<nav', '<main id="main"', '<footer']) expect(html).toContain(landmark);
    expect(html).toMatch(/<body>\n<a class="skip-link" href="#main">/);
    expect(html).not.toMatch(/<script|\son\w+=|style="/i);
    expect(headings(html).filter((h) => h === 1)).toHaveLength(1);
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
  });

  it('never skips a heading level', () => {
    const levels = headings(html);
    expect(levels[0]).toBe(1);
    for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!).toBeLessThanOrEqual(1);
  });

  it('has every section a reader of the seed policy expects, in its order', () => {
    const seedSections = [
      ['about', 'About this policy'], // "This policy explains how ... uses cookies ..."
      ['technologies', 'Technologies we use'],
      ['purposes', 'Why we use them'],
      ['categories', 'Categories'], // "Categories of cookies and storage"
      ['third-parties', 'Third-party providers'], // "- Third-party: providers such as ..."
      ['control', 'How to control cookies'],
      ['signals', 'Do Not Track and Global Privacy Control'],
      ['updates', 'Changes to this policy'], // "Updates"
      ['faq', 'Questions and answers'], // "Questions this page answers"
      ['contact', 'Contact'],
    ];
    let last = -1;
    for (const [id, title] of seedSections) {
      const at = html.indexOf(`<section id="${id}" aria-labelledby="${id}-title">\n<h2 id="${id}-title">${title}</h2>`);
      expect(at, id).toBeGreaterThan(last);
      expect(html, `table of contents links ${id}`).toContain(`<li><a href="#${id}">${title}</a></li>`);
      last = at;
    }
    for (const id of ['control-site', 'control-browser', 'control-providers', 'control-integrations'])
      expect(sectionHtml(html, 'control')).toContain(`<section id="${id}"`);
    const faq = text(sectionHtml(html, 'faq'));
    expect(faq).toContain('Can I use AI Promo Services with cookies blocked?');
    expect(faq).toContain('Does the Public website use analytics?');
    expect(faq).toContain('Is this separate from the privacy policy?');
  });

  it('names every kind of technology used, and where', () => {
    const section = text(sectionHtml(html, 'technologies'));
    for (const kind of ['Cookies', 'Local storage', 'Session storage', 'Pixels', 'Scripts'])
      expect(section).toContain(kind);
    expect(text(sectionHtml(html, 'about'))).toContain(
      'uses cookies, local storage, session storage, pixels, analytics tags and similar technologies on the Public website',
    );
    expect(sectionHtml(html, 'technologies')).toContain('<tr><th scope="row">Cookies</th><td>5</td><td>10</td></tr>');
    expect(text(sectionHtml(html, 'about'))).toContain('on the Public website (http://aipromo.localhost:4000) and');
  });

  it('has one accessible table per category listing each of its technologies', () => {
    const d = versions.at(-1)!.declaration;
    for (const [id, category] of Object.entries(d.categories)) {
      const section = sectionHtml(html, `category-${id}`);
      const title = typeof category.title === 'string' ? category.title : category.title.en!;
      const techs = Object.values(d.technologies).filter((t) => t.category === id);
      expect(section).toMatch(new RegExp(`<caption id="table-\\d+">${title}: ${techs.length} technolog`));
      expect(section.match(/<table>/g)).toHaveLength(1);
      expect(section.match(/<th scope="row">/g)).toHaveLength(techs.length);
      for (const col of ['Technology', 'Provider', 'Purposes', 'Duration', 'Where'])
        expect(section).toContain(`<th scope="col">${col}</th>`);
      for (const t of techs) expect(section).toContain(`<code>${escapeHtml(t.name ?? t.pattern ?? t.url!)}</code>`);
      if (techs.some((t) => t.kind === 'cookie')) expect(section).toContain('<th scope="col">Cookie attributes</th>');
    }
    const essential = sectionHtml(html, 'category-essential');
    expect(essential).toContain('Always on.');
    expect(essential).toMatch(
      /<code>__Host-aip_session<\/code> \(cookie\)<\/th><td>Keeps you signed in to the dashboard\.<\/td><td>AI Promo Services<\/td><td>Necessary service functions, Security<\/td><td>14 days<\/td><td>Dashboard<\/td><td><code>HttpOnly<\/code>, <code>Secure<\/code>, <code>SameSite=Lax<\/code><\/td>/,
    );
    expect(essential).toContain('<code>acmeid_session</code> (cookie) on id.localhost');
    expect(sectionHtml(html, 'category-analytics')).toContain('Off until you allow this category');
    expect(sectionHtml(html, 'category-preferences')).not.toContain('Cookie attributes');
  });

  it('lists third parties with their kind, privacy and opt-out links', () => {
    const section = sectionHtml(html, 'third-parties');
    expect(section).toContain('<th scope="row">Google Analytics</th><td>Analytics</td>');
    expect(section).toContain('<a href="http://analytics.localhost:4001/privacy">Google Analytics privacy policy</a>');
    expect(section).toContain('<a href="http://analytics.localhost:4001/opt-out">Google Analytics opt-out</a>');
    expect(section).toContain('<th scope="row">PayHost</th><td>Payment</td>');
    expect(section).toMatch(/<th scope="row">Acme ID<\/th>.*<td>None offered<\/td><\/tr>/);
    expect(section).not.toContain('<th scope="row">AI Promo Services</th>');
  });

  it('explains control from the declared essentials, opt-out tools and integrations', () => {
    const control = text(sectionHtml(html, 'control'));
    expect(control).toContain('We keep your choice for 182 days');
    expect(control).toContain('Necessary service functions: Sign-in, account sessions, onboarding state');
    expect(control).toContain('signing in with Acme ID, paying through PayHost and connecting DataHub');
    expect(control).toContain('Google Analytics opt-out');
    expect(control).toContain('If you disconnect DataHub from your workspace, we stop pulling data from it');
    expect(control).toContain('Records imported before you disconnected may remain in AI Promo Services');

    const plain = renderPolicyHtml(
      withCurrent(versions, (d) => {
        for (const p of Object.values(d.providers)) delete p.optOutUrl;
        d.providers.datahub!.kind = 'hosting';
      }),
    );
    expect(sectionHtml(plain, 'control')).not.toContain('control-integrations');
    expect(text(sectionHtml(plain, 'control'))).toContain('None of our providers offers an opt-out tool');
  });

  it('answers the FAQ from where the analytics technologies are', () => {
    const faq = text(sectionHtml(html, 'faq'));
    expect(faq).toMatch(
      /Does the Public website use analytics\? Yes, but only after you allow Analytics and performance/,
    );
    expect(faq).toContain('_ga (cookie, Google Analytics)');
    expect(faq).toContain('aip_pa_id (local storage entry, AI Promo Services)');
    // What stops without cookies: the services and surfaces that need essential technologies, not the public pages.
    expect(faq).toContain(
      'Some pages may still load, but signing in with Acme ID, paying through PayHost, connecting DataHub and features of the Dashboard may not work',
    );
    expect(faq).not.toContain('Public website: Remembers your cookie choices');
    expect(sectionHtml(html, 'faq-privacy')).toContain(
      '<a href="http://aipromo.localhost:4000/privacy">privacy policy</a>',
    );

    const noPublicAnalytics = renderPolicyHtml(
      withCurrent(versions, (d) => {
        for (const id of Object.keys(d.technologies))
          if (d.technologies[id]!.provider === 'google-analytics') delete d.technologies[id];
      }),
    );
    expect(text(sectionHtml(noPublicAnalytics, 'faq-analytics-public'))).toContain(
      'No. We use no analytics technology on the Public website.',
    );
    expect(text(sectionHtml(noPublicAnalytics, 'faq-analytics-dashboard'))).toContain('Yes, but only after you allow');
  });

  it('shows the effective date, the current version and the history with what changed', () => {
    expect(html).toContain(
      '<p class="meta">Version 2026.2 · effective <time datetime="2026-11-15">15 November 2026</time></p>',
    );
    const updates = sectionHtml(html, 'updates');
    expect(text(updates)).toContain('This is version 2026.2, effective 15 November 2026.');
    expect(text(updates)).toContain('What is new in this version: Added performance diagnostics (Web Vitals)');
    const rows = [...updates.matchAll(/<tr><th scope="row">([^<]+)<\/th>(.*?)<\/tr>/g)];
    expect(rows.map((r) => r[1])).toEqual(['2026.2', '2026.1']);
    const newest = rows[0]![2]!;
    expect(newest).toContain('<li>Added Local storage entry <code>aip_onboarding_hints</code> (Preferences)</li>');
    expect(newest).toContain('<li>New purpose: Diagnostics</li>');
    expect(newest).toContain('<li>New provider: DataHub</li>');
    expect(newest).not.toContain('policy version changed');
    expect(newest).toMatch(/<td>Yes<\/td>$/);
    expect(rows[1]![2]).toContain('<td>First version on record.</td><td>Not applicable</td>');
  });

  it('lists history entries that have no published file, and says when visitors were not asked again', () => {
    const [previous, current] = versions;
    const reworded = withCurrent([previous!, current!], (d) => {
      d.history.push({ version: '2025.9', effectiveDate: '2025-09-01', summary: 'Beta policy.' });
    });
    const page = sectionHtml(renderPolicyHtml(reworded), 'updates');
    const rows = [...page.matchAll(/<tr><th scope="row">([^<]+)<\/th>(.*?)<\/tr>/g)];
    expect(rows.map((r) => r[1])).toEqual(['2026.2', '2026.1', '2025.9']);
    expect(rows[1]![2]).toContain('Details of this version are not published.');
    expect(rows[2]![2]).toContain('<td>Beta policy.</td><td>First version on record.</td>');

    const wordingOnly = withCurrent([current!], (d) => {
      d.policy.version = '2026.3';
      d.policy.effectiveDate = '2026-12-01';
      d.purposes.analytics!.description = 'Counting visits.';
    });
    const next = renderPolicyHtml([current!, ...wordingOnly]);
    expect(sectionHtml(next, 'updates')).toMatch(
      /<li>Purpose Analytics reworded<\/li><\/ul><\/td><td>No, earlier choices stayed valid<\/td>/,
    );
  });

  it('renders German with the declaration texts and fixed sentences in German', () => {
    const de = renderPolicyHtml(versions, { locale: 'de' });
    expect(de.startsWith('<!doctype html>\n<html lang="de">')).toBe(true);
    expect(de).toContain('<h1>Cookie-Richtlinie</h1>');
    expect(de).toContain('gültig ab <time datetime="2026-11-15">15. November 2026</time>');
    expect(de).toContain('<h3 id="category-essential-title">Notwendig</h3>');
    expect(de).toContain('Hält Sie im Dashboard angemeldet.');
    expect(de).toContain('<td>14 Tage</td>');
    expect(de).toContain('Bis Sie den Browser schließen');
    expect(text(sectionHtml(de, 'control'))).toContain(
      'die Anmeldung mit Acme ID, das Bezahlen über PayHost und das Verbinden von DataHub',
    );
    expect(de).not.toMatch(/Always on|Until you close/);
    // A regional tag reads the offered locale of its language, as the banner's choice does.
    expect(renderPolicyHtml(versions, { locale: 'de-AT' })).toMatch(/<html lang="de">[\s\S]*Cookie-Richtlinie/);
  });

  it('refuses a locale the declaration does not offer, rather than label another language with it', () => {
    expect(() => renderPolicyHtml(versions, { locale: 'ja' })).toThrow(
      /does not offer its policy in "ja"; it offers en, de, fr, es, ar \(declare more under locales\)/,
    );
    expect(() => renderPolicyMarkdown(versions, { locale: '"><x' })).toThrow(/does not offer its policy in/);
    // Offered by the declaration but without policy texts: `validate` reports it; rendering still refuses.
    const klingon = withCurrent(versions, (d) => {
      d.locales = { ...d.locales, tlh: {} };
    });
    expect(() => renderPolicyHtml(klingon, { locale: 'tlh' })).toThrow(/no cookie policy texts in "tlh"/);
  });

  it('inlines the CSS, or links a stylesheet for sites whose CSP forbids inline styles', () => {
    expect(html).toContain(`<style>\n${policyCss}</style>`);
    expect(policyCss).toContain('@media (prefers-color-scheme: dark)');
    expect(policyCss).toContain('@media print');
    const linked = renderPolicyHtml(versions, { stylesheetHref: '/assets/cookie-policy.css' });
    expect(linked).toContain('<link rel="stylesheet" href="/assets/cookie-policy.css">');
    expect(linked).not.toMatch(/<style|style=/);
    expect(() => renderPolicyHtml(versions, { stylesheetHref: 'javascript:alert(1)' })).toThrow(
      /stylesheetHref "javascript:alert\(1\)" is not usable/,
    );
  });

  it('makes site-relative links absolute against baseUrl', () => {
    const relative = withCurrent(versions, (d) => {
      d.policy.privacyPolicyUrl = '/privacy';
    });
    expect(renderPolicyHtml(relative)).toContain('<a href="/privacy">privacy policy</a>');
    expect(renderPolicyHtml(relative, { baseUrl: 'https://aipromo.example' })).toContain(
      '<a href="https://aipromo.example/privacy">privacy policy</a>',
    );
    expect(() => renderPolicyHtml(relative, { baseUrl: 'javascript:alert(1)//' })).toThrow(/baseUrl .* is not usable/);
  });

  it('hashes the page it rendered, deterministically', () => {
    const hash = policyPageHash(html);
    expect(hash).toBe(createHash('sha256').update(html).digest('hex'));
    expect(policyPageHash(renderPolicyHtml(versions))).toBe(hash);
    expect(policyPageHash(renderPolicyHtml(versions, { locale: 'de' }))).not.toBe(hash);
    expect(html).toContain(`<meta name="cookieproof-fingerprint" content="${versions.at(-1)!.fingerprint}">`);
  });

  it('renders a minimal declaration with no third parties, no essentials and a single version', () => {
    const minimal = withCurrent([versions.at(-1)!], (d) => {
      d.technologies = { pref: d.technologies['selected-workspace']! };
      d.providers = { ai: d.providers['ai-promo']! };
      d.history = [];
      delete d.policy.summary;
    });
    const page = renderPolicyHtml(minimal);
    expect(text(sectionHtml(page, 'third-parties'))).toContain('We do not use any third-party provider.');
    expect(text(sectionHtml(page, 'faq-blocked'))).toContain('We use no essential technologies');
    expect(text(sectionHtml(page, 'category-essential'))).toContain('This category currently has no technologies.');
    expect(sectionHtml(page, 'updates')).toContain('<td>First version on record.</td>');
  });

  it('needs at least one version', () => {
    expect(() => renderPolicyHtml([])).toThrow(/at least one published version/);
  });
});
