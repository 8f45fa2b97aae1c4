import { defineConfig } from 'vitest/config';

// Unit and integration tests run under Node; UI behaviour is tested in real Chromium by Playwright.
export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/integration/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 30_000,
  },
});
