import type { PublishedVersion } from '@cookieproof/schema';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderPolicyHtml, renderPolicyMarkdown } from './index.ts';
import { loadAiPromo, sectionHtml, withCurrent } from './test-support.ts';

// Whether one choice holds on every part of the site: the page says so from the surfaces' domains, as the SDK and
// the consent server set the consent cookie (on the registrable domain all surfaces share, else host-only).

let versions: PublishedVersion[];
beforeAll(async () => {
  versions = await loadAiPromo();
});

const text = (page: string) =>
  sectionHtml(page, 'control-site')
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ');

describe('policy page: one choice or one per domain', () => {
  it('AI Promo (aipromo.localhost and app.aipromo.localhost): asked once for both', () => {
    expect(text(renderPolicyHtml(versions))).toContain(
      'Your choice holds on every part of this site (Public website and Dashboard): you are asked once',
    );
  });

  it('surfaces on unrelated domains: each asks on its own, whether or not the declaration says "separate"', () => {
    for (const separate of [true, false]) {
      const variant = withCurrent(versions, (d) => {
        d.site.surfaces.dashboard!.origins = ['https://aipromo-app.example'];
        if (separate) d.site.unrelatedDomains = 'separate';
      });
      const page = text(renderPolicyHtml(variant));
      expect(page).toContain(
        'The parts of this site (Public website and Dashboard) are on different domains: each asks for your choice on its own',
      );
      expect(page).not.toContain('you are asked once');
      expect(renderPolicyMarkdown(variant, { locale: 'de' })).toContain('liegen auf verschiedenen Domains');
    }
  });

  it('one surface: nothing to say', () => {
    const single = withCurrent(versions, (d) => {
      delete d.site.surfaces.dashboard;
      for (const t of Object.values(d.technologies)) t.surfaces = ['public'];
    });
    const page = text(renderPolicyHtml(single));
    expect(page).not.toContain('every part of this site');
    expect(page).not.toContain('different domains');
  });
});
