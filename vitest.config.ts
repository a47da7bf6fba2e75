import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'transforms/**/*.test.ts'],
    exclude: ['**/node_modules/**', 'test/e2e/**', '**/__testfixtures__/**', 'test/fixtures/**'],
    testTimeout: 30_000,
    pool: 'threads',
  },
});
