import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'transforms/**/*.test.ts'],
    exclude: ['**/node_modules/**', 'test/e2e/**', '**/__testfixtures__/**', 'test/fixtures/**'],
    testTimeout: 30_000,
    pool: 'threads',
    // Most tests wait in spawnSync on the built CLI, which blocks their worker: more workers than the default
    // (cores - 1, so one on two cores) keep the cores busy. Past three, the CLI processes saturate the cores.
    maxWorkers: 3,
    minWorkers: 1,
  },
});
