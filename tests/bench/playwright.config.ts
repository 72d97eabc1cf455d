import { defineConfig } from '@playwright/test';
import base from '../../playwright.config';

const launch = base.use?.launchOptions ?? {};

/**
 * Benchmarks: the e2e setup (system Chromium, built app, loopback only), long
 * timeouts, and a reporter that compares the figures with the committed ones
 * (README "Performance"). Chromium resolves no host but loopback, so nothing
 * reaches the internet without routing every request through Playwright.
 */
export default defineConfig({
  ...base,
  testDir: '.',
  testMatch: '*.bench.ts',
  timeout: 900_000,
  reporter: [['list'], ['./reporter.ts']],
  use: {
    ...base.use,
    launchOptions: {
      ...launch,
      args: [
        ...(launch.args ?? []),
        '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
      ],
    },
  },
});
