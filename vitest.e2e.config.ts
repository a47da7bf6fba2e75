import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    testTimeout: 25 * 60_000,
    hookTimeout: 25 * 60_000,
    fileParallelism: false,
    reporters: ['verbose'],
  },
});
