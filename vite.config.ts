import { defineConfig, type Plugin } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, normalize } from 'node:path';

const DATA_DIR = 'data';

/**
 * Serves data/*.json in dev and copies them into the build, so datasets stay
 * plain files the app fetches (and `?data=` can name any of them).
 */
function dataFiles(): Plugin {
  return {
    name: 'data-files',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = decodeURIComponent((req.url ?? '').split('?')[0] ?? '');
        const rel = normalize(path).replace(/^[/\\]+/, '');
        // Only the datasets themselves, as in the build: not data/sources or data/schema.
        if (!new RegExp(`^${DATA_DIR}/[^/]+\\.json$`).test(rel) || rel.includes('..'))
          return next();
        if (!existsSync(rel)) return next();
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        res.end(readFileSync(rel));
      });
    },
    generateBundle() {
      for (const file of readdirSync(DATA_DIR).filter((f) => f.endsWith('.json'))) {
        this.emitFile({
          type: 'asset',
          fileName: `${DATA_DIR}/${file}`,
          source: readFileSync(join(DATA_DIR, file)),
        });
      }
    },
  };
}

export default defineConfig({
  plugins: [svelte(), svelteTesting(), dataFiles()],
  // Relative base so the build works from any sub-path a newsroom hosts it under.
  base: './',
  // An embed sandboxed without allow-same-origin has an opaque origin: its module scripts and
  // data are then cross-origin requests. The files are public; let them be read (README
  // "Embedding" says what a site's own server should send).
  preview: { headers: { 'Access-Control-Allow-Origin': '*' } },
  server: { headers: { 'Access-Control-Allow-Origin': '*' } },
  build: { target: 'es2022', sourcemap: true, minify: process.env.NO_MINIFY ? false : 'oxc' },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.ts', 'tests/data/**/*.test.ts', 'tests/repo/**/*.test.ts'],
    setupFiles: ['./tests/setup.ts'],
  },
});
