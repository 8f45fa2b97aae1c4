import { defineConfig } from '@playwright/test';

// End-to-end tests run the built browser host (dist/main/serve.cjs) in Debian's Chromium: Electron's
// binary cannot be downloaded on the test machines. Build first (`npm run build`).
export default defineConfig({
  testDir: 'test/e2e',
  workers: 2,
  // Every test has its own host and data folder, so tests of one file can run side by side.
  fullyParallel: true,
  retries: 0,
  reporter: 'list',
  timeout: 30_000,
  use: {
    browserName: 'chromium',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
    trace: 'retain-on-failure',
  },
});
