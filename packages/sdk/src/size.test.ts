import { LOCALE_TAGS } from '@cookieproof/schema/locale-pack';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUDGET, type SdkBuild } from '../build/build-sdk.ts';
import { VIEWS } from '../src/ui-views.ts';
import { buildOnce } from '../test/harness.ts';

// The size budget is part of the product: this fails the check when the built SDK grows past it. A visitor
// downloads the core, the UI, their view's chunk (none for the opt-in banner) and that view's strings in their one
// language. The UI's side is held to what the total leaves beside a core at its own budget, so that the total
// holds whichever of the two grows.

let built: SdkBuild;
let dispose: () => Promise<void>;
beforeAll(async () => {
  ({ build: built, dispose } = await buildOnce());
  const views = Object.entries(built.views).map(([v, f]) => `${v} ${f.gzip} B`);
  console.log(`gzip: core ${built.core.gzip} B, UI ${built.ui.gzip} B, view chunks: ${views.join(', ')}`);
});
afterAll(() => dispose?.());

describe('bundle size (gzip)', () => {
  it(`core with auto-blocking ≤ ${BUDGET.core} B`, () => {
    expect(built.core.gzip).toBeLessThanOrEqual(BUDGET.core);
  });

  it.each(LOCALE_TAGS)(
    `core + UI + view + %s ≤ ${BUDGET.total} B, the UI's side ≤ ${BUDGET.total - BUDGET.core} B`,
    (tag) => {
      const l = built.locales[tag]!;
      console.log(`${tag}: ${VIEWS.map((v) => `${v} ${l[v].gzip} B`).join(', ')}; UI side ${built.visitor[tag]} B`);
      for (const v of VIEWS) {
        const side = built.ui.gzip + (built.views[v]?.gzip ?? 0) + l[v].gzip;
        expect(side).toBeLessThanOrEqual(built.visitor[tag]!);
      }
      expect(built.visitor[tag]).toBeLessThanOrEqual(BUDGET.total - BUDGET.core);
      expect(built.core.gzip + built.visitor[tag]!).toBeLessThanOrEqual(BUDGET.total);
    },
  );

  it('counts the largest visitor in the total', () => {
    expect(built.totalGzip).toBe(built.core.gzip + Math.max(...Object.values(built.visitor)));
  });
});
