import type { PublishedVersion } from '@cookieproof/schema';
import MarkdownIt from 'markdown-it';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderPolicyHtml, renderPolicyMarkdown } from './index.ts';
import { loadAiPromo, withCurrent } from './test-support.ts';

let versions: PublishedVersion[];
let md: string;
beforeAll(async () => {
  versions = await loadAiPromo();
  md = renderPolicyMarkdown(versions);
});

const markdown = new MarkdownIt();

describe('renderPolicyMarkdown', () => {
  it('has the same sections and tables as the HTML page', () => {
    const html = renderPolicyHtml(versions);
    const htmlHeadings = [...html.matchAll(/<h([23]) id="(?!toc)[^"]*">([^<]*)<\/h\1>/g)].map(
      (m) => `${'#'.repeat(Number(m[1]))} ${m[2]!.replace(/&#39;/g, "'")}`,
    );
    const mdHeadings = md.split('\n').filter((line) => /^#{2,3} /.test(line));
    expect(mdHeadings).toEqual(htmlHeadings);
    expect(md.startsWith('# Cookie Policy\n')).toBe(true);
    const rendered = markdown.render(md);
    expect(rendered.match(/<table>/g)?.length).toBe(html.match(/<table>/g)?.length);
  });

  it('lists every technology in its category table, as GFM table rows', () => {
    const d = versions.at(-1)!.declaration;
    for (const t of Object.values(d.technologies)) {
      const label = t.name ?? t.pattern ?? t.url!;
      expect(md).toMatch(
        new RegExp(`^\\| (requests to |names matching )?\`${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\``, 'm'),
      );
    }
    expect(md).toContain(
      '| `__Host-aip_session` (cookie) | Keeps you signed in to the dashboard. | AI Promo Services | Necessary service functions, Security | 14 days | Dashboard | `HttpOnly`, `Secure`, `SameSite=Lax` |',
    );
  });

  it('links providers, privacy policy and contact with safe destinations', () => {
    expect(md).toContain('[Google Analytics opt-out](<http://analytics.localhost:4001/opt-out>)');
    expect(md).toContain('[privacy policy](<http://aipromo.localhost:4000/privacy>)');
    expect(md).toContain('[privacy@aipromo.example](<mailto:privacy@aipromo.example>)');
  });

  it('makes site-relative links absolute against baseUrl, and drops unsafe ones to text', () => {
    const variant = withCurrent(versions, (d) => {
      d.policy.privacyPolicyUrl = '/privacy';
      d.providers['google-analytics']!.optOutUrl = 'javascript:alert(1)';
    });
    expect(renderPolicyMarkdown(variant)).toContain('[privacy policy](</privacy>)');
    const absolute = renderPolicyMarkdown(variant, { baseUrl: 'https://aipromo.example' });
    expect(absolute).toContain('[privacy policy](<https://aipromo.example/privacy>)');
    expect(absolute).toContain('- Google Analytics opt-out\n');
    expect(absolute).not.toContain('javascript:');
  });

  it('escapes Markdown in declaration text so it reads as written', () => {
    const variant = withCurrent(versions, (d) => {
      d.site.name = 'AI *Promo* | [Services](x) <b>';
      d.technologies.session!.description = '1. not a list';
    });
    const out = renderPolicyMarkdown(variant);
    const html = markdown.render(out);
    expect(html).toContain('AI *Promo* | [Services](x) &lt;b&gt;');
    expect(html).toContain('<td>1. not a list</td>');
  });
});
