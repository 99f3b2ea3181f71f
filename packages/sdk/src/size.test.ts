import { LOCALE_TAGS } from '@cookieproof/schema/locale-pack';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUDGET, type SdkBuild } from '../build/build-sdk.ts';
import { buildOnce } from '../test/harness.ts';

// The size budget is part of the product: this fails the check when the built SDK grows past it. A visitor
// downloads the core, the UI and their one locale chunk.

/**
 * Locales whose chunk does not fit yet, with the gzip bytes they are over (issue 13 is open on it): the test fails
 * when one grows, and when one fits, so that it leaves this list.
 */
const OVER: Record<string, number> = { ar: 33, bg: 97, el: 177, hu: 14, ja: 42, uk: 156 };
const SLACK = 8;

let built: SdkBuild;
let dispose: () => Promise<void>;
beforeAll(async () => {
  ({ build: built, dispose } = await buildOnce());
  console.log(`cookieproof.js ${built.core.gzip} B, cookieproof-ui.js ${built.ui.gzip} B`);
});
afterAll(() => dispose?.());

describe('bundle size (gzip)', () => {
  it(`core with auto-blocking ≤ ${BUDGET.core} B`, () => {
    expect(built.core.gzip).toBeLessThanOrEqual(BUDGET.core);
  });

  it.each(LOCALE_TAGS)(`core + UI + %s ≤ ${BUDGET.total} B`, (tag) => {
    const total = built.core.gzip + built.ui.gzip + built.locales[tag]!.gzip;
    console.log(`${tag}: locale ${built.locales[tag]!.gzip} B, total ${total} B`);
    const over = OVER[tag];
    if (over === undefined) expect(total).toBeLessThanOrEqual(BUDGET.total);
    else expect(total - BUDGET.total).toSatisfy((x: number) => x > 0 && x <= over + SLACK);
  });

  it('counts the largest locale in the total', () => {
    const largest = Math.max(...Object.values(built.locales).map((l) => l.gzip));
    expect(built.totalGzip).toBe(built.core.gzip + built.ui.gzip + largest);
  });
});
