import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CookieproofError } from '@cookieproof/schema';
import { describe, expect, it } from 'vitest';
import { resolveBrowser } from './options.ts';

const fake = () => {
  const file = join(mkdtempSync(join(tmpdir(), 'cookieproof-browser-')), 'chromium');
  writeFileSync(file, '');
  return file;
};
const none = { system: '/nope/usr/bin/chromium', playwright: () => undefined };

describe('browser resolution', () => {
  it("takes the option, then CHROMIUM_PATH, then /usr/bin/chromium, then Playwright's own", () => {
    const [a, b, c, d] = [fake(), fake(), fake(), fake()];
    expect(resolveBrowser(a, { CHROMIUM_PATH: b }, { system: c, playwright: () => d })).toBe(a);
    expect(resolveBrowser(undefined, { CHROMIUM_PATH: b }, { system: c, playwright: () => d })).toBe(b);
    expect(resolveBrowser(undefined, {}, { system: c, playwright: () => d })).toBe(c);
    expect(resolveBrowser(undefined, {}, { system: '/nope', playwright: () => d })).toBe(d);
    expect(resolveBrowser(undefined, {})).toBe('/usr/bin/chromium');
  });

  it('names every place it looked when there is no browser', () => {
    const error = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return e as CookieproofError;
      }
      throw new Error('no error');
    };
    const all = error(() =>
      resolveBrowser(
        undefined,
        { CHROMIUM_PATH: '/nope/env' },
        { system: '/nope/system', playwright: () => '/nope/pw' },
      ),
    );
    expect(all).toBeInstanceOf(CookieproofError);
    expect(all.code).toBe('browser-missing');
    expect(all.message).toContain(
      "CHROMIUM_PATH: /nope/env; default: /nope/system; Playwright's own Chromium: /nope/pw",
    );
    expect(all.message).toMatch(/--browser.*CHROMIUM_PATH.*npx playwright install chromium/);
    // A browser the user named that does not exist is reported, not silently replaced by another one.
    const given = error(() => resolveBrowser('/nope/given', {}, { ...none, system: fake() }));
    expect(given.message).toContain('--browser: /nope/given');
  });
});
