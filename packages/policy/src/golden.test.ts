import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { PublishedVersion } from '@cookieproof/schema';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderPolicyHtml, renderPolicyMarkdown } from './index.ts';
import { loadAiPromo } from './test-support.ts';

// The rendered AI Promo policy is pinned byte for byte. After an intended change, regenerate with
// `UPDATE_GOLDEN=1 npx vitest run packages/policy/src/golden.test.ts` and review the diff.

const update = process.env.UPDATE_GOLDEN === '1';
const golden = (name: string) => fileURLToPath(new URL(`./__golden__/${name}`, import.meta.url));

function expectGolden(name: string, actual: string): void {
  const file = golden(name);
  if (update || !existsSync(file)) {
    if (!update) throw new Error(`${name} is missing; run with UPDATE_GOLDEN=1 to create it`);
    writeFileSync(file, actual);
    return;
  }
  expect(actual, `${name} differs from the pinned output (UPDATE_GOLDEN=1 to accept)`).toBe(readFileSync(file, 'utf8'));
}

let versions: PublishedVersion[];
beforeAll(async () => {
  versions = await loadAiPromo();
  expect(versions.map((v) => v.version)).toEqual(['2026.1', '2026.2']);
});

describe('AI Promo policy goldens', () => {
  it('English HTML', () => expectGolden('ai-promo.en.html', renderPolicyHtml(versions, { locale: 'en' })));
  it('German HTML', () => expectGolden('ai-promo.de.html', renderPolicyHtml(versions, { locale: 'de' })));
  it('English Markdown', () => expectGolden('ai-promo.md', renderPolicyMarkdown(versions, { locale: 'en' })));
  it('German Markdown', () => expectGolden('ai-promo.de.md', renderPolicyMarkdown(versions, { locale: 'de' })));
  // The other declared languages pinned too, so a change to a legal sentence in any of them shows in review.
  it.each(['fr', 'es', 'ar'])('%s Markdown', (locale) =>
    expectGolden(`ai-promo.${locale}.md`, renderPolicyMarkdown(versions, { locale })),
  );
  it('Arabic HTML, right to left', () =>
    expectGolden('ai-promo.ar.html', renderPolicyHtml(versions, { locale: 'ar' })));

  it('stays within its size budget', () => {
    // The page is read on phones; a budget keeps the generated page from growing unnoticed.
    expect(Buffer.byteLength(renderPolicyHtml(versions))).toBeLessThan(48 * 1024);
    expect(Buffer.byteLength(renderPolicyMarkdown(versions))).toBeLessThan(24 * 1024);
  });
});
