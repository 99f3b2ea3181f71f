import { describe, expect, it } from 'vitest';
import { BUDGET } from '../build/build-sdk.ts';
import { buildOnce } from '../test/harness.ts';

// The size budget is part of the product: this fails the check when the built SDK grows past it.
describe('bundle size (gzip)', () => {
  it(`core with auto-blocking ≤ ${BUDGET.core} B and core + UI (JS, CSS and strings) ≤ ${BUDGET.total} B`, async () => {
    const { build, dispose } = await buildOnce();
    try {
      console.log(
        `cookieproof.js ${build.core.gzip} B, cookieproof-ui.js ${build.ui.gzip} B, total ${build.totalGzip} B`,
      );
      expect(build.core.gzip).toBeLessThanOrEqual(BUDGET.core);
      expect(build.totalGzip).toBeLessThanOrEqual(BUDGET.total);
      expect(build.totalGzip).toBe(build.core.gzip + build.ui.gzip);
    } finally {
      await dispose();
    }
  });
});
