import { defineConfig } from '@playwright/test';
import base from '../../playwright.config';

/** Benchmarks: the e2e setup (system Chromium, built app, loopback only), longer timeouts. */
export default defineConfig({
  ...base,
  testDir: '.',
  testMatch: process.env.BENCH_MATCH ?? '*.bench.ts',
  timeout: 600_000,
  reporter: [['list']],
});
