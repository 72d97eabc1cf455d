/**
 * `npm run size` (scripts/size-budget.mjs) on small made-up builds: it counts
 * what the first view loads, not lazy chunks, and fails naming the files.
 */
import { describe, it, expect, afterEach } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { seededRandom } from '../support/random';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A build in a folder of its own inside the checkout: file name → contents. */
function fakeDist(files: Record<string, string>): string {
  mkdirSync('test-results', { recursive: true });
  const dist = mkdtempSync(join('test-results', 'size-budget-'));
  dirs.push(dist);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dist, name, '..'), { recursive: true });
    writeFileSync(join(dist, name), text);
  }
  return dist;
}

function run(dist: string, ...args: string[]) {
  const r = spawnSync(process.execPath, ['scripts/size-budget.mjs', dist, ...args], {
    encoding: 'utf8',
  });
  return { code: r.status, out: r.stdout + r.stderr };
}

/** Text that gzip cannot shrink much: `n` seeded pseudo-random letters. */
function incompressible(n: number): string {
  const rnd = seededRandom(7);
  return Array.from({ length: n }, () => String.fromCharCode(97 + Math.floor(rnd() * 26))).join('');
}

const page = (head: string) => `<!doctype html><html><head>${head}</head><body></body></html>`;

describe('size budget', () => {
  it('counts the entry, its static imports, preloads and styles, not lazy chunks', () => {
    const dist = fakeDist({
      'index.html': page(
        `<script type="module" crossorigin src="./assets/main.js"></script>
         <link rel="modulepreload" crossorigin href="./assets/pre.js">
         <link rel="stylesheet" crossorigin href="./assets/main.css">
         <link rel="icon" href="./favicon.svg">`,
      ),
      'assets/main.js': `import{a}from"./shared.js";import"./side.js";const l=()=>import("./lazy.js");`,
      'assets/shared.js': 'export const a=1;',
      'assets/side.js': 'console.log(1);',
      'assets/pre.js': 'export const p=2;',
      'assets/lazy.js': incompressible(500_000),
      'assets/main.css': 'body{color:red}',
      'favicon.svg': '<svg/>',
    });
    const r = run(dist, '--json');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out) as { assets: { file: string }[] };
    expect(report.assets.map((a) => a.file).sort()).toEqual([
      'assets/main.css',
      'assets/main.js',
      'assets/pre.js',
      'assets/shared.js',
      'assets/side.js',
    ]);
  });

  it('passes within budget and fails over it, naming each file and its size', () => {
    const small = fakeDist({
      'index.html': page('<script type="module" src="./assets/main.js"></script>'),
      'assets/main.js': 'export {};',
    });
    expect(run(small).code).toBe(0);

    const big = fakeDist({
      'index.html': page(
        '<script type="module" src="./assets/main.js"></script><link rel="stylesheet" href="./assets/app.css">',
      ),
      'assets/main.js': `import"./vendor.js";`,
      'assets/vendor.js': incompressible(200_000),
      'assets/app.css': `/*${incompressible(30_000)}*/`,
    });
    const r = run(big);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/OVER initial JS: 1\d\d\.\d\d KB gzip .*budget 110\.00 KB/);
    expect(r.out).toMatch(/assets\/vendor\.js: 1\d\d\.\d\d KB gzip/);
    expect(r.out).toMatch(/OVER initial CSS: \d\d\.\d\d KB gzip .*budget 15\.00 KB/);
    expect(r.out).toMatch(/assets\/app\.css: \d\d\.\d\d KB gzip/);
  });

  it('says what to do when there is no build', () => {
    const empty = fakeDist({});
    const r = run(empty);
    expect(r.code).toBe(2);
    expect(r.out).toContain('run `npx vite build` first');
  });
});
