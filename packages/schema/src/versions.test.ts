import { describe, expect, it } from 'vitest';
import { buildClientConfig } from './build-client-config.ts';
import { changeNotice, loadVersions } from './versions.ts';

// What a visitor asked again after a material change is told, from AI Promo's published history (2026.1 → 2026.2,
// a material change: new non-essential technologies and a purpose).

const file = new URL('../../../apps/ai-promo/cookieproof.yaml', import.meta.url).pathname;

describe('changeNotice', () => {
  it("takes the newest material change's date and its version's own summary", async () => {
    const versions = await loadVersions(file);
    expect(changeNotice(versions)).toEqual({
      date: '2026-11-15',
      summary: versions.at(-1)!.declaration.policy.summary,
    });
    // One version: nothing changed.
    expect(changeNotice(versions.slice(0, 1))).toBeUndefined();
  });

  it('names what the diff found changed, in each locale, when the version says nothing itself', async () => {
    const [before, after] = await loadVersions(file);
    const { summary: _, ...policy } = after!.declaration.policy;
    const bare = { ...after!, declaration: { ...after!.declaration, policy, locales: { en: {}, de: {} } } };
    expect(changeNotice([before!, bare])).toEqual({
      date: '2026-11-15',
      summary: {
        en: 'Analytics and performance; Preferences; Diagnostics',
        de: 'Statistik und Leistung; Präferenzen; Diagnose',
      },
    });
  });

  it('is written into the client config as one sentence per banner locale, its date as the language writes it', async () => {
    const versions = await loadVersions(file);
    const d = { ...versions.at(-1)!.declaration, locales: { en: {}, de: {}, ja: {} } };
    const config = buildClientConfig(d, 'public', { changed: changeNotice(versions) });
    expect(config.changed?.date).toBe('2026-11-15');
    expect(config.changed?.text.en).toMatch(/^We updated our cookie policy on November 15, 2026: Added performance/);
    expect(config.changed?.text.de).toMatch(
      /^Wir haben unsere Cookie-Richtlinie am 15\. November 2026 aktualisiert: Leistungsdiagnose/,
    );
    // A locale the declaration has no summary in: its own words and date around the default locale's summary.
    expect(config.changed?.text.ja).toMatch(/^2026年11月15日にCookieポリシーを更新しました：Added performance/);
    expect(buildClientConfig(d, 'public').changed).toBeUndefined();
  });
});
