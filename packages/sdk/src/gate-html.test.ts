import { matchSource } from '@cookieproof/schema';
import { describe, expect, it } from 'vitest';
import { testConfig } from '../test/harness.ts';
import { gateHtml } from './gate-html.ts';

// The HTML rewriting itself; that the browser then requests nothing before consent is in auto-block.test.ts.

const PORT = 4321;
const T = `http://tracker.localhost:${PORT}`;
const config = testConfig(PORT);
const gate = (html: string) => gateHtml(html, config, { url: 'http://site.localhost/page' });

describe('gateHtml', () => {
  it('turns a declared script, image and iframe into gated markup of their category', () => {
    expect(gate(`<script src="${T}/t/analytics.js?id=1" async></script>`)).toBe(
      `<script src="${T}/t/analytics.js?id=1" async type="text/plain" data-cookieproof-category="analytics"></script>`,
    );
    expect(gate(`<img alt="" src="${T}/t/pixel.gif?e=view" width=1>`)).toBe(
      `<img alt="" width=1 data-cookieproof-src="${T}/t/pixel.gif?e=view" data-cookieproof-category="analytics">`,
    );
    expect(gate(`<IFRAME Title='ad' SRC=${T}/t/frame.html></IFRAME>`)).toBe(
      `<iframe Title='ad' data-cookieproof-src="${T}/t/frame.html" data-cookieproof-category="marketing"></IFRAME>`,
    );
  });

  it('keeps a module a module, and drops an image srcset that would load without the src', () => {
    expect(gate(`<script type="module" src="${T}/t/analytics.js"></script>`)).toBe(
      `<script src="${T}/t/analytics.js" type="text/plain" data-cookieproof-type="module" data-cookieproof-category="analytics"></script>`,
    );
    expect(gate(`<img src="${T}/t/pixel.gif" srcset="${T}/t/pixel.gif 2x" />`)).toBe(
      `<img data-cookieproof-src="${T}/t/pixel.gif" data-cookieproof-category="analytics" />`,
    );
  });

  it('reads URLs as the browser does: relative to the page, with character references', () => {
    const A = 'http://site.localhost/js/a.js';
    const local = testConfig(PORT, {
      categories: config.categories.map((c) =>
        c.id === 'analytics'
          ? {
              ...c,
              technologies: [
                { id: 'a', kind: 'script', url: A, match: matchSource({ url: A }), provider: 'Site', duration: '' },
              ],
            }
          : c,
      ),
    });
    expect(
      gateHtml('<script src="../js/a.js?x=1&amp;y=2"></script>', local, { url: 'http://site.localhost/p/q' }),
    ).toBe('<script src="../js/a.js?x=1&amp;y=2" type="text/plain" data-cookieproof-category="analytics"></script>');
  });

  it('leaves alone what is gated already, undeclared, essential, in a comment or inside text', () => {
    const same = [
      `<script type="text/plain" data-cookieproof-category="analytics" src="${T}/t/analytics.js"></script>`,
      `<img data-cookieproof-src="${T}/t/pixel.gif" data-cookieproof-category="analytics">`,
      `<script src="${T}/t/other.js"></script><img src="/logo.png">`,
      `<script type="application/json" src="${T}/t/analytics.js"></script>`,
      `<!-- <script src="${T}/t/analytics.js"></script> -->`,
      `<script>document.write('<img src="${T}/t/pixel.gif">')</script>`,
      `<textarea><img src="${T}/t/pixel.gif"></textarea>`,
      `<noscript><img src="${T}/t/pixel.gif"></noscript>`,
      `<p title="<img src=${T}/t/pixel.gif>">x</p>`,
      '<p>a < b and <3</p>',
    ];
    for (const html of same) expect(gate(html)).toBe(html);
  });

  it('rewrites a whole page and nothing else in it', () => {
    const page = `<!doctype html><html><head><title>x <img></title>
<script src="/cookieproof.js"></script>
<script src="${T}/t/analytics.js"></script>
</head><body><p>Hello</p><iframe src="${T}/t/frame.html"></iframe></body></html>`;
    const out = gate(page);
    expect(out.replace(/ type="text\/plain" data-cookieproof-category="analytics"/, '')).toBe(
      page.replace(
        `<iframe src="${T}/t/frame.html">`,
        `<iframe data-cookieproof-src="${T}/t/frame.html" data-cookieproof-category="marketing">`,
      ),
    );
  });
});
