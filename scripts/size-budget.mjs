#!/usr/bin/env node
// @ts-check
/**
 * The first-load size budget. Reads a finished build (run `vite build` first;
 * this builds nothing) and sums the JS and CSS a first view loads: what
 * dist/index.html names in <script src>, <link rel="stylesheet"> and
 * <link rel="modulepreload">, and what those scripts import statically.
 * Lazy chunks (dynamic `import()`) are not counted: a reader who never opens
 * the view that needs them never downloads them.
 *
 *   node scripts/size-budget.mjs [distDir]          fails over budget, naming the files
 *   node scripts/size-budget.mjs [distDir] --json   prints the sizes as JSON, never fails
 *
 * Sizes are gzip (node:zlib, default level, as a web server compresses on the
 * fly); 1 KB = 1,000 bytes, as Vite reports them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Budgets in gzip bytes, Leaflet's JS and CSS included (issue 15). */
export const BUDGET = { js: 110_000, css: 15_000 };

/**
 * @typedef {{ file: string, kind: 'js' | 'css', raw: number, gzip: number }} Asset
 */

/** Attribute values of the tags in `html` that load code for the first view. */
function entryUrls(html) {
  /** @type {string[]} */
  const urls = [];
  for (const [tag] of html.matchAll(/<(?:script|link)\b[^>]*>/gi)) {
    const attr = (name) =>
      new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i')
        .exec(tag)
        ?.slice(1)
        .find((v) => v !== undefined);
    if (/^<script/i.test(tag)) {
      const src = attr('src');
      if (src) urls.push(src);
      continue;
    }
    const rel = (attr('rel') ?? '').toLowerCase().split(/\s+/);
    const href = attr('href');
    if (href && (rel.includes('stylesheet') || rel.includes('modulepreload'))) urls.push(href);
  }
  return urls;
}

/** Relative specifiers a minified ES module imports statically (`import "…"`, `from "…"`). */
function staticImports(code) {
  /** @type {string[]} */
  const out = [];
  for (const m of code.matchAll(/(?:\bimport|\bfrom)\s*["'](\.{1,2}\/[^"']+)["']/g)) out.push(m[1]);
  return out;
}

/** A URL from index.html or an import, as a path inside dist; null if it leaves the build. */
function toDistPath(dist, fromFile, url) {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) return null;
  const clean = url.split(/[?#]/)[0];
  const base = clean.startsWith('/') ? dist : dirname(fromFile);
  const path = resolve(base, clean.replace(/^\//, ''));
  return relative(dist, path).startsWith('..') ? null : path;
}

/**
 * The JS and CSS files the first view loads, with raw and gzip sizes.
 * @param {string} dist
 * @returns {Asset[]}
 */
export function initialAssets(dist) {
  const index = join(dist, 'index.html');
  if (!existsSync(index)) {
    throw new Error(`${index} not found: run \`npx vite build\` first.`);
  }
  const html = readFileSync(index, 'utf8');
  /** @type {Map<string, Asset>} */
  const seen = new Map();
  const queue = entryUrls(html).flatMap((u) => toDistPath(dist, index, u) ?? []);
  while (queue.length > 0) {
    const path = /** @type {string} */ (queue.shift());
    if (seen.has(path)) continue;
    const kind = path.endsWith('.css')
      ? 'css'
      : path.endsWith('.js') || path.endsWith('.mjs')
        ? 'js'
        : null;
    if (!kind) continue;
    if (!existsSync(path))
      throw new Error(`${relative(dist, path)} is named by the build but missing`);
    const bytes = readFileSync(path);
    seen.set(path, {
      file: relative(dist, path),
      kind,
      raw: bytes.length,
      gzip: gzipSync(bytes).length,
    });
    if (kind === 'js') {
      for (const spec of staticImports(bytes.toString('utf8'))) {
        const dep = toDistPath(dist, path, spec);
        if (dep) queue.push(dep);
      }
    }
  }
  return [...seen.values()];
}

/** @param {number} bytes */
const kb = (bytes) => `${(bytes / 1000).toFixed(2)} KB`;

/**
 * Totals per kind and whether each is within its budget.
 * @param {Asset[]} assets
 */
export function summarise(assets) {
  const total = (kind, key) =>
    assets.filter((a) => a.kind === kind).reduce((s, a) => s + a[key], 0);
  return {
    js: { raw: total('js', 'raw'), gzip: total('js', 'gzip'), budget: BUDGET.js },
    css: { raw: total('css', 'raw'), gzip: total('css', 'gzip'), budget: BUDGET.css },
  };
}

function main() {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const dist = resolve(args.find((a) => !a.startsWith('--')) ?? 'dist');
  let assets;
  try {
    assets = initialAssets(dist);
  } catch (err) {
    console.error(`size budget: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(2);
  }
  const sums = summarise(assets);
  if (json) {
    console.log(JSON.stringify({ assets, ...sums }, null, 2));
    return;
  }
  let over = false;
  for (const kind of /** @type {const} */ (['js', 'css'])) {
    const s = sums[kind];
    const ok = s.gzip <= s.budget;
    over ||= !ok;
    console.log(
      `${ok ? 'ok  ' : 'OVER'} initial ${kind.toUpperCase()}: ${kb(s.gzip)} gzip (${kb(s.raw)} raw), budget ${kb(s.budget)}${ok ? '' : `, ${kb(s.gzip - s.budget)} over`}`,
    );
    for (const a of assets.filter((x) => x.kind === kind)) {
      console.log(`       ${a.file}: ${kb(a.gzip)} gzip (${kb(a.raw)} raw)`);
    }
  }
  if (over) {
    console.error('size budget exceeded: move what the first view does not need into lazy chunks.');
    process.exit(1);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname))
  main();
