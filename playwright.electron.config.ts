import { defineConfig } from '@playwright/test';

// The desktop app through Playwright's Electron driver (test/electron/); run it with `npm run
// test:electron`, which says "skipped: <reason>" and runs nothing where Electron cannot start. One
// app at a time: it holds the single-instance lock and a window.
export default defineConfig({
  testDir: 'test/electron',
  workers: 1,
  retries: 0,
  reporter: 'list',
  timeout: 90_000,
  use: { trace: 'retain-on-failure' },
});
