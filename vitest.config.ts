import { defineConfig } from 'vitest/config';

// One config for the whole repository: every *.test.ts outside node_modules runs.
export default defineConfig({
  test: {
    include: ['**/*.test.ts'],
    exclude: ['**/node_modules/**', '**/dist/**'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
