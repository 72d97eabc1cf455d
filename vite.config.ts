import { defineConfig, type Plugin } from 'vitest/config';
import { loadEnv } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { readFileSync, readdirSync, existsSync, statSync, createReadStream } from 'node:fs';
import { join, normalize, resolve } from 'node:path';
import {
  allowedTileOrigins,
  buildTileTemplate,
  templateOrigin,
  type TileEnv,
} from './src/lib/model/tileSource.ts';

const DATA_DIR = 'data';
/** The dataset the app opens without `?data=` (src/lib/data/loadDataset.ts). */
const DEFAULT_DATASET = `${DATA_DIR}/belarus-2020-08.json`;

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
    // The bundled dataset is fetched while the script loads, not after it has run
    // (about 50 ms sooner on a local server, a round trip sooner on the web).
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'link',
          attrs: { rel: 'preload', href: DEFAULT_DATASET, as: 'fetch', crossorigin: 'anonymous' },
          injectTo: 'head',
        },
      ],
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

/**
 * `npm start` serves `X.json.gz`, when it lies beside `X.json` and is not
 * older, to a browser that accepts gzip, as static hosts do (nginx
 * `gzip_static`, CDNs): compressing a 25 MB dataset on every request takes
 * the server about half a second, on the same two cores as the page reading
 * it. The benchmark writes such files for its generated datasets.
 */
function precompressedData(): Plugin {
  return {
    name: 'precompressed-data',
    configurePreviewServer(server) {
      const dist = resolve(server.config.root, server.config.build.outDir);
      server.middlewares.use((req, res, next) => {
        if (req.method !== 'GET' || !/\bgzip\b/.test(String(req.headers['accept-encoding'])))
          return next();
        const path = decodeURIComponent((req.url ?? '').split('?')[0] ?? '');
        const rel = normalize(path).replace(/^[/\\]+/, '');
        if (!rel.endsWith('.json') || rel.includes('..')) return next();
        const file = join(dist, rel);
        const gz = `${file}.gz`;
        if (!existsSync(file) || !existsSync(gz) || statSync(gz).mtimeMs < statSync(file).mtimeMs)
          return next();
        for (const [name, value] of Object.entries(server.config.preview.headers ?? {}))
          res.setHeader(name, value as string);
        res.setHeader('Content-Type', 'application/json');
        res.setHeader('Content-Encoding', 'gzip');
        res.setHeader('Content-Length', statSync(gz).size);
        const vary = res.getHeader('Vary');
        res.setHeader('Vary', vary ? `${String(vary)}, Accept-Encoding` : 'Accept-Encoding');
        createReadStream(gz).pipe(res);
      });
    },
  };
}

/**
 * The Content-Security-Policy of the built page (README "Security"), as a
 * meta tag: what a static host can serve without configuring headers.
 *
 * - script-src 'self': the bundle only; no inline script, no eval.
 * - style-src 'self': the bundled stylesheet only. Svelte writes `style:`
 *   directives and Leaflet and d3 position things through the CSSOM
 *   (`element.style`), which a policy does not restrict, so no
 *   'unsafe-inline' is needed; nothing of ours writes a `style` attribute or a
 *   <style> element (the browser tests fail on any violation).
 * - img-src: this site, the tile origins this build may load (VITE_TILE_URL,
 *   VITE_TILE_ALLOWED_ORIGINS), and data: URLs: Leaflet cancels a tile that is
 *   still loading by pointing it at a data: GIF, and Vite inlines Leaflet's
 *   small control images. An image cannot run script or reach the network.
 * - connect-src 'self': datasets and the fallback basemap come from this site.
 * - frame-src 'self': the Embed dialog's live preview.
 * - object-src 'none', base-uri 'none', form-action 'none'; everything else
 *   'none' by default-src.
 *
 * frame-ancestors, which decides who may embed the page, cannot be set in a
 * meta tag: the README lists the headers a server should add.
 */
function contentSecurityPolicy(): Plugin {
  let policy = '';
  return {
    name: 'content-security-policy',
    apply: 'build',
    configResolved(config) {
      const env = loadEnv(config.mode, config.envDir || process.cwd(), 'VITE_') as TileEnv;
      const build = buildTileTemplate(env);
      const allowed = allowedTileOrigins(env);
      const problems = [...build.problems, ...allowed.problems];
      if (problems.length > 0) throw new Error(`Tile settings: ${problems.join('; ')}`);
      const own = build.template === null ? null : templateOrigin(build.template);
      const tiles = [...new Set([...(own ? [own] : []), ...allowed.origins])];
      policy = [
        "default-src 'none'",
        "script-src 'self'",
        "style-src 'self'",
        `img-src ${["'self'", 'data:', ...tiles].join(' ')}`,
        "connect-src 'self'",
        // The Embed dialog previews the embed in a frame of this same site.
        "frame-src 'self'",
        "font-src 'self'",
        "manifest-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'none'",
      ].join('; ');
    },
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const charset = '<meta charset="UTF-8" />';
        if (!html.includes(charset)) throw new Error(`index.html needs ${charset} first in <head>`);
        // Right after the charset: a policy applies only to what comes after it.
        return html.replace(
          charset,
          `${charset}\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`,
        );
      },
    },
  };
}

export default defineConfig({
  plugins: [svelte(), svelteTesting(), dataFiles(), contentSecurityPolicy(), precompressedData()],
  // Relative base so the build works from any sub-path a newsroom hosts it under.
  base: './',
  // An embed sandboxed without allow-same-origin has an opaque origin: its module scripts and
  // data are then cross-origin requests. The files are public; let them be read (README
  // "Embedding" says what a site's own server should send).
  preview: { headers: { 'Access-Control-Allow-Origin': '*' } },
  server: { headers: { 'Access-Control-Allow-Origin': '*' } },
  build: {
    target: 'es2022',
    sourcemap: true,
    minify: process.env.NO_MINIFY ? false : 'oxc',
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.ts', 'tests/data/**/*.test.ts', 'tests/repo/**/*.test.ts'],
    setupFiles: ['./tests/setup.ts'],
  },
});
