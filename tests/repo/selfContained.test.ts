/**
 * A clone must pass on its own: nothing the build, tests or CI read may point
 * outside the checkout. The team's machines keep article copies in a folder
 * beside the repository that users never have; naming it is the mistake this
 * guards against.
 */
import { describe, it, expect } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';

// Built from parts so this file does not itself contain what it looks for.
const OUTSIDE = [['..', 'shared'].join('/'), ['shared', 'seeds'].join('/')];
const ROOTS = ['src', 'tests', 'scripts', '.ci', 'public', 'data/schema'];
const ROOT_FILES = /^[^/]+\.(ts|js|mjs|cjs|json|html)$/;

function tracked(): string[] {
  try {
    return execFileSync('git', ['ls-files'], { encoding: 'utf8' }).split('\n').filter(Boolean);
  } catch {
    // Not a git checkout (an unpacked archive): walk the same folders instead.
    const out: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const p = join(dir, name);
        if (name === 'node_modules') continue;
        if (statSync(p).isDirectory()) walk(p);
        else out.push(p);
      }
    };
    for (const r of ROOTS) if (existsSync(r)) walk(r);
    for (const f of readdirSync('.')) if (ROOT_FILES.test(f)) out.push(f);
    return out;
  }
}

describe('the repository stands alone', () => {
  const files = tracked().filter(
    (f) =>
      (ROOTS.some((r) => f.startsWith(`${r}/`)) || ROOT_FILES.test(f)) && f !== 'package-lock.json',
  );

  it('finds the code, tests, configs and CI script to check', () => {
    expect(files).toEqual(expect.arrayContaining(['.ci/run', 'vite.config.ts', 'package.json']));
    expect(files.some((f) => f.startsWith('src/'))).toBe(true);
    expect(files.some((f) => f.startsWith('tests/'))).toBe(true);
  });

  it('names no folder outside the checkout', () => {
    const offenders = files.flatMap((f) => {
      const text = readFileSync(f, 'utf8');
      return text
        .split('\n')
        .flatMap((line, i) =>
          OUTSIDE.some((o) => line.includes(o)) ? [`${f}:${i + 1}: ${line.trim()}`] : [],
        );
    });
    expect(offenders).toEqual([]);
  });

  it('carries the text of every source the bundled datasets cite', () => {
    for (const f of readdirSync('data').filter((n) => n.endsWith('.json'))) {
      const meta = (
        JSON.parse(readFileSync(join('data', f), 'utf8')) as { meta: { sources: { id: string }[] } }
      ).meta;
      for (const s of meta.sources) {
        expect(existsSync(join('data/sources', `${s.id}.txt`)), `${f}: ${s.id}`).toBe(true);
      }
    }
  });
});
