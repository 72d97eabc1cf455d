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

  it('says a file that is not UTF-8 is not, and on which line', async () => {
    // "Минск" in Windows-1251 on line 3: bytes no UTF-8 decoder accepts.
    const text = new TextEncoder().encode('{\n  "meta": {\n    "title": "XXXXX"\n');
    const bytes = Uint8Array.from(text);
    bytes.set([0xcc, 0xe8, 0xed, 0xf1, 0xea], text.indexOf(0x58));
    const fetchFn = (async () => new Response(bytes)) as typeof fetch;
    const r = await loadDataset('data/cp1251.json', fetchFn);
    expect(r).toEqual({
      ok: false,
      url: 'data/cp1251.json',
      problems: [
        {
          path: 'data/cp1251.json',
          message: 'is not UTF-8 text (line 3 is in another encoding): save it as UTF-8 and reload',
        },
      ],
    });
  });

  it('reads UTF-8 with or without a byte order mark', async () => {
    const body = JSON.stringify(smallDataset()).replace('Test reporting', 'Минск');
    for (const prefix of ['', '\uFEFF']) {
      const fetchFn = (async () => new Response(prefix + body)) as typeof fetch;
      const r = await loadDataset('x.json', fetchFn);
      expect(r.ok && r.dataset.meta.title).toBe('Минск');
    }
  });

  it('loads a big file in steps, with the same checks: a bad one is named by path, a good one loads', async () => {
    const d = smallDataset();
    const base = d.events[0]!;
    d.events = Array.from({ length: 6000 }, (_, i) => ({ ...base, id: `e${i}` }));
    const good = JSON.stringify(d);
    expect(good.length).toBeGreaterThan(1_000_000);
    const load = (body: string) =>
      loadDataset('big.json', (async () => new Response(body)) as typeof fetch);
    const ok = await load(good);
    expect(ok.ok && ok.dataset.events.length).toBe(6000);
    d.events[5999]!.date = '2020-13-01';
    const bad = await load(JSON.stringify(d));
    expect(!bad.ok && bad.problems.map((p) => p.path)).toEqual(['events[5999].date']);
    const broken = await load(good.slice(0, -1));
    expect(!broken.ok && broken.problems[0]!.message).toMatch(/^is not valid JSON/);
  });

  it('refuses a file larger than it can read, before reading it when the size is declared', async () => {
    let read = false;
    const big = {
      ok: true,
      status: 200,
      headers: new Headers({ 'content-length': String(300 * 1024 * 1024) }),
      arrayBuffer: async () => ((read = true), new ArrayBuffer(0)),
    } as unknown as Response;
    const r = await loadDataset('data/huge.json', (async () => big) as typeof fetch);
    expect(read).toBe(false);
    expect(r.ok ? '' : r.problems[0]!.message).toBe(
      'is 300 MB; the app reads dataset files up to 256 MB (split it into several files)',
    );
  });

  it('reports a body that breaks off while it is read', async () => {
    const broken = {
      ok: true,
      status: 200,
      headers: new Headers(),
      arrayBuffer: async () => {
        throw new TypeError('network error');
      },
    } as unknown as Response;
    const r = await loadDataset('data/x.json', (async () => broken) as typeof fetch);
    expect(r.ok ? '' : r.problems[0]!.message).toBe('could not be read: network error');
  });

  it('reports a network failure', async () => {
    const fetchFn = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    const r = await loadDataset('data/x.json', fetchFn);
    expect(r.ok ? '' : r.problems[0]!.message).toBe('could not be fetched: Failed to fetch');
  });
});
