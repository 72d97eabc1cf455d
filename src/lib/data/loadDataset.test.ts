import { describe, expect, it } from 'vitest';
import {
  DEFAULT_DATASET,
  loadDataset,
  parseAllowedOrigins,
  parseDatasetText,
  resolveDatasetUrl,
} from './loadDataset';
import { smallDataset } from '../model/testing/smallDataset';

const BASE = 'https://news.example/graphics/belarus/?event=x';

describe('resolveDatasetUrl', () => {
  it('defaults to the bundled dataset next to the page', () => {
    expect(resolveDatasetUrl(null, BASE)).toEqual({
      ok: true,
      url: `https://news.example/graphics/belarus/${DEFAULT_DATASET}`,
    });
  });

  it('accepts same-origin paths and refuses other sites', () => {
    expect(resolveDatasetUrl('data/other.json', BASE)).toEqual({
      ok: true,
      url: 'https://news.example/graphics/belarus/data/other.json',
    });
    expect(resolveDatasetUrl('/shared/x.json', BASE)).toMatchObject({ ok: true });
    const r = resolveDatasetUrl('https://evil.example/x.json', BASE);
    expect(r).toMatchObject({ ok: false });
    if (!r.ok) expect(r.message).toContain('another site');
    expect(resolveDatasetUrl('//evil.example/x.json', BASE)).toMatchObject({ ok: false });
  });

  it('loads from another origin only when the build allows it, and says which origin', () => {
    const allowed = ['https://data.example.org'];
    expect(resolveDatasetUrl('https://data.example.org/sets/x.json', BASE, allowed)).toEqual({
      ok: true,
      url: 'https://data.example.org/sets/x.json',
      origin: 'https://data.example.org',
    });
    expect(resolveDatasetUrl('https://evil.example/x.json', BASE, allowed)).toEqual({
      ok: false,
      message:
        'data="https://evil.example/x.json" is on another site (https://evil.example); this site loads data only from itself and from https://data.example.org',
    });
    // Same host, other scheme or port: another origin.
    expect(resolveDatasetUrl('http://data.example.org/x.json', BASE, allowed).ok).toBe(false);
    expect(resolveDatasetUrl('https://data.example.org:8443/x.json', BASE, allowed).ok).toBe(false);
    expect(resolveDatasetUrl('https://evil.example/x.json', BASE, [])).toEqual({
      ok: false,
      message:
        'data="https://evil.example/x.json" is on another site (https://evil.example); this site loads data only from itself',
    });
  });

  it('refuses addresses that are not web addresses', () => {
    for (const p of ['javascript:alert(1)', 'data:application/json,{}', 'file:///etc/x.json']) {
      const r = resolveDatasetUrl(p, BASE, ['https://data.example.org']);
      expect(r.ok ? '' : r.message).toContain('is not a web address');
    }
  });
});

describe('parseAllowedOrigins', () => {
  it('reads a comma-separated list of http(s) origins and leaves out the rest', () => {
    expect(
      parseAllowedOrigins(
        ' https://data.example.org/path/ , http://localhost:8080,ftp://x.example, not a url,,https://data.example.org',
      ),
    ).toEqual(['https://data.example.org', 'http://localhost:8080']);
    expect(parseAllowedOrigins(undefined)).toEqual([]);
    expect(parseAllowedOrigins('')).toEqual([]);
  });
});

describe('parseDatasetText', () => {
  it('says where a JSON syntax error is', () => {
    const r = parseDatasetText('{\n  "meta": {,\n}', 'data/bad.json');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]!.message).toMatch(/^is not valid JSON at line 2, column 12/);
  });

  it('validates what parses', () => {
    const ok = parseDatasetText(JSON.stringify(smallDataset()), 'x.json');
    expect(ok.ok).toBe(true);
    const bad = parseDatasetText('{"meta": 1}', 'x.json');
    expect(bad.ok ? [] : bad.problems.map((p) => p.path)).toContain('meta');
  });
});

describe('loadDataset', () => {
  it('reports an HTTP failure with the file and status', async () => {
    const fetchFn = (async () => new Response('nope', { status: 404 })) as typeof fetch;
    const r = await loadDataset('data/missing.json', fetchFn);
    expect(r).toEqual({
      ok: false,
      url: 'data/missing.json',
      problems: [{ path: 'data/missing.json', message: 'could not be loaded: HTTP 404' }],
    });
  });

  it('reports a network failure', async () => {
    const fetchFn = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    const r = await loadDataset('data/x.json', fetchFn);
    expect(r.ok ? '' : r.problems[0]!.message).toBe('could not be fetched: Failed to fetch');
  });
});
