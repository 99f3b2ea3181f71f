import { defaultClientConditions, defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';

// One config for the whole repository: every *.test.ts outside node_modules runs, against the TypeScript sources
// (the packages' exports condition @cookieproof/source), so tests need no build.
export default defineConfig({
  resolve: { conditions: ['@cookieproof/source', ...defaultClientConditions] },
  ssr: { resolve: { conditions: ['@cookieproof/source', ...defaultServerConditions] } },
  test: {
    include: ['**/*.test.ts'],
    exclude: ['**/node_modules/**', '**/dist/**'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // The one place the browser tests learn where Chromium is: Debian's, unless CHROMIUM_PATH names another.
    env: { CHROMIUM_PATH: process.env.CHROMIUM_PATH || '/usr/bin/chromium' },
  },
});
