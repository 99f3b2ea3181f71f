import { LOCALE_TAGS } from '@cookieproof/schema/locale-pack';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUDGET, type SdkBuild } from '../build/build-sdk.ts';
import { VIEWS } from '../src/ui-views.ts';
import { buildOnce } from '../test/harness.ts';

// The size budget is part of the product: this fails the check when the built SDK grows past it. A visitor
// downloads the core, the UI and their view's chunk in their one language (ui-views.ts). The UI's side is held to
// what the total leaves beside a core at its own budget, so that the total holds whichever of the two grows.

let built: SdkBuild;
let dispose: () => Promise<void>;
beforeAll(async () => {
  ({ build: built, dispose } = await buildOnce());
  console.log(`gzip: core ${built.core.gzip} B, UI ${built.ui.gzip} B`);
});
afterAll(() => dispose?.());

describe('bundle size (gzip)', () => {
  it(`core with auto-blocking ≤ ${BUDGET.core} B`, () => {
    expect(built.core.gzip).toBeLessThanOrEqual(BUDGET.core);
  });

  it.each(LOCALE_TAGS)(
    `core + UI + any view's chunk in %s ≤ ${BUDGET.total} B, the UI's side ≤ ${BUDGET.total - BUDGET.core} B`,
    (tag) => {
      const l = built.locales[tag]!;
      console.log(`${tag}: ${VIEWS.map((v) => `${v} ${l[v].gzip} B`).join(', ')}; UI side ${built.visitor[tag]} B`);
      expect(built.visitor[tag]).toBe(Math.max(...VIEWS.map((v) => built.ui.gzip + l[v].gzip)));
      expect(built.visitor[tag]).toBeLessThanOrEqual(BUDGET.total - BUDGET.core);
      expect(built.core.gzip + built.visitor[tag]!).toBeLessThanOrEqual(BUDGET.total);
    },
  );

  it('counts the largest visitor in the total', () => {
    expect(built.totalGzip).toBe(built.core.gzip + Math.max(...Object.values(built.visitor)));
  });
});
