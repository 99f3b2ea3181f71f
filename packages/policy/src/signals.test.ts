import type { PublishedVersion, SignalMode } from '@cookieproof/schema';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderPolicyHtml, renderPolicyMarkdown } from './index.ts';
import { loadAiPromo, sectionHtml, withCurrent } from './test-support.ts';

// The DNT/GPC text is generated from the configuration, so it can never promise what the SDK and server do not
// do. Each combination of signal mode and sale/share flag is rendered and checked for what it must and must not say.

let versions: PublishedVersion[];
beforeAll(async () => {
  versions = await loadAiPromo();
});

const text = (page: string) =>
  sectionHtml(page, 'signals')
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ');

function render(mode: SignalMode, saleOrShare: boolean, locale = 'en') {
  const variant = withCurrent(versions, (d) => {
    d.policy.signals = { gpc: mode, dnt: mode };
    d.policy.sellsPersonalInformation = saleOrShare;
    d.policy.sharesPersonalInformation = saleOrShare;
    if (saleOrShare) {
      d.purposes.advertising = { title: 'Advertising', description: 'Ads across sites.', essential: false };
      d.categories.marketing = { title: 'Marketing', description: 'Ads.', required: false, saleOrShare: true };
      d.technologies.adpixel = {
        kind: 'pixel',
        url: 'https://ads.example/p*',
        category: 'marketing',
        purposes: ['advertising'],
        surfaces: ['public'],
        description: 'Ad pixel.',
      };
    }
  });
  return text(renderPolicyHtml(variant, { locale }));
}

// The policy's own promise for the future (conditional, so no claim about today), taken out where a test checks
// that the text claims no opt-out today.
const FUTURE =
  'If our practices change in a way that requires opt-out signal handling, we will update this policy and honor legally required signals where required.';

describe('Do Not Track and Global Privacy Control text', () => {
  it('record mode, no sale or share: says it records and that there is nothing to switch off', () => {
    const whole = render('record', false);
    expect(whole).toContain(FUTURE);
    const t = whole.replace(FUTURE, '');
    expect(t).toContain('We do not sell personal information, and we do not share it');
    expect(t).toContain('When your browser sends Global Privacy Control, we record that it did');
    expect(t).toContain('When your browser sends Do Not Track, we record that it did');
    expect(t).toContain('there is nothing further for the signal to switch off');
    expect(t).not.toMatch(/opt-out|honou?r|stay off/i);
  });

  it('record mode with sale and share: admits both and that the signal does not stop them', () => {
    const t = render('record', true);
    expect(t).toContain('We sell personal information.');
    expect(t).toContain('We share personal information for cross-context behavioural advertising.');
    expect(t).toContain('This happens through these categories: Marketing.');
    expect(t).toContain('It does not stop the selling or sharing described above');
    expect(t).not.toMatch(/We do not sell|treat it as an opt-out|nothing further/);
  });

  it('honor mode, no sale or share: an opt-out that switches nothing else off today', () => {
    const t = render('honor', false);
    expect(t).toContain('We do not sell personal information');
    expect(t).toContain('When your browser sends Global Privacy Control, we treat it as an opt-out and record it');
    expect(t).toContain('so today the signal switches nothing else off');
    expect(t).not.toMatch(/We sell|stay off for you|only record/);
  });

  it('honor mode with sale and share: names the categories the signal keeps off', () => {
    const t = render('honor', true);
    expect(t).toContain('We sell personal information.');
    expect(t).toContain(
      'When your browser sends Global Privacy Control, we treat it as an opt-out: Marketing stay off',
    );
    expect(t).toContain('When your browser sends Do Not Track, we treat it as an opt-out: Marketing stay off');
    expect(t).not.toMatch(/We do not sell|only record|nothing further/);
  });

  it('handles each signal by its own mode', () => {
    const t = text(
      renderPolicyHtml(
        withCurrent(versions, (d) => {
          d.policy.signals = { gpc: 'honor', dnt: 'record' };
        }),
      ),
    );
    expect(t).toContain('When your browser sends Global Privacy Control, we treat it as an opt-out');
    expect(t).toContain('When your browser sends Do Not Track, we record that it did');
  });

  it('claims nothing for a mode it does not know', () => {
    const t = text(
      renderPolicyHtml(
        withCurrent(versions, (d) => {
          (d.policy.signals as { gpc: string }).gpc = 'Honor';
        }),
      ),
    ).replace(FUTURE, '');
    expect(t).not.toContain('opt-out');
  });

  it('says the same in German and in Markdown', () => {
    expect(render('record', false, 'de')).toContain('Da wir personenbezogene Daten weder verkaufen noch weitergeben');
    expect(render('honor', true, 'de')).toContain('behandeln wir das als Widerspruch: Marketing bleiben für Sie aus');
    const md = renderPolicyMarkdown(versions);
    expect(md).toContain('When your browser sends **Global Privacy Control**, we record that it did');
  });
});
