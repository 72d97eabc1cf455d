import { describe, expect, it } from 'vitest';
import { DEFAULT_TILES, escapeHtml, parseTileConfig } from './tileConfig';

const q = (s: string) => new URLSearchParams(s);

describe('parseTileConfig', () => {
  it('defaults to OpenStreetMap with its attribution and zoom 19', () => {
    const r = parseTileConfig(q(''), {});
    expect(r).toEqual({ tiles: DEFAULT_TILES, notices: [] });
    expect(r.tiles?.url).toBe('https://tile.openstreetmap.org/{z}/{x}/{y}.png');
    expect(r.tiles?.attributionHtml).toContain('OpenStreetMap</a> contributors');
    expect(r.tiles?.attributionHtml).toContain('https://www.openstreetmap.org/copyright');
    expect(r.tiles?.maxZoom).toBe(19);
  });

  it('takes a provider from the build environment', () => {
    const r = parseTileConfig(q(''), {
      VITE_TILE_URL: 'https://{s}.tiles.example/{z}/{x}/{y}@2x.png',
      VITE_TILE_ATTRIBUTION: 'Example & Co',
      VITE_TILE_MAX_ZOOM: '17',
    });
    expect(r.notices).toEqual([]);
    expect(r.tiles).toEqual({
      url: 'https://{s}.tiles.example/{z}/{x}/{y}@2x.png',
      attributionHtml: 'Example &amp; Co',
      maxZoom: 17,
    });
  });

  it('refuses a bad max zoom from the environment and keeps 19', () => {
    const r = parseTileConfig(q(''), { VITE_TILE_MAX_ZOOM: 'lots' });
    expect(r.tiles?.maxZoom).toBe(19);
    expect(r.notices).toEqual(['VITE_TILE_MAX_ZOOM="lots" must be a whole number from 1 to 22']);
  });

  it('lets the page override the provider, escaping its attribution', () => {
    const r = parseTileConfig(
      q(
        'tiles=' +
          encodeURIComponent('http://127.0.0.1:8080/{z}/{x}/{-y}.png') +
          '&tilesAttribution=' +
          encodeURIComponent('<img src=x onerror=alert(1)> Tiles'),
      ),
      { VITE_TILE_URL: 'https://env.example/{z}/{x}/{y}.png' },
    );
    expect(r.notices).toEqual([]);
    expect(r.tiles?.url).toBe('http://127.0.0.1:8080/{z}/{x}/{-y}.png');
    expect(r.tiles?.attributionHtml).toBe('&lt;img src=x onerror=alert(1)&gt; Tiles');
  });

  it('ignores an attribution without a tiles parameter: it would relabel the default', () => {
    const r = parseTileConfig(q('tilesAttribution=Mine'), {});
    expect(r.tiles).toEqual(DEFAULT_TILES);
  });

  it.each([
    ['javascript:alert(1)//{z}/{x}/{y}', 'javascript'],
    ['data:text/html,{z}{x}{y}', 'data'],
    ['https://tiles.example/{z}/{x}.png', 'no {y}'],
    ['tiles/{z}/{x}/{y}.png', 'relative'],
    ['ftp://tiles.example/{z}/{x}/{y}.png', 'ftp'],
  ])('refuses %s (%s) with a message and keeps the default', (template) => {
    const r = parseTileConfig(q(`tiles=${encodeURIComponent(template)}`), {});
    expect(r.tiles).toEqual(DEFAULT_TILES);
    expect(r.notices).toEqual([
      `tiles=${JSON.stringify(template)} must be an http(s) URL template with {z}, {x} and {y}`,
    ]);
  });

  it('refuses placeholders Leaflet cannot fill', () => {
    const r = parseTileConfig(
      q(`tiles=${encodeURIComponent('https://t.example/{z}/{x}/{y}.png?key={key}')}`),
      {},
    );
    expect(r.tiles).toEqual(DEFAULT_TILES);
    expect(r.notices[0]).toMatch(/\{key\} is not one of/);
  });

  it('refuses a bad build setting and falls back to the default', () => {
    const r = parseTileConfig(q(''), { VITE_TILE_URL: 'javascript:void({z}{x}{y})' });
    expect(r.tiles).toEqual(DEFAULT_TILES);
    expect(r.notices[0]).toMatch(/^VITE_TILE_URL="javascript:.*must be an http\(s\) URL template/);
  });

  it('switches tiles off with tiles=none (page) or VITE_TILE_URL=none (build)', () => {
    expect(parseTileConfig(q('tiles=none'), {})).toEqual({ tiles: null, notices: [] });
    expect(parseTileConfig(q(''), { VITE_TILE_URL: 'none' }).tiles).toBeNull();
  });

  it('a page override can turn tiles back on after the build switched them off', () => {
    const r = parseTileConfig(q('tiles=https://t.example/{z}/{x}/{y}.png'), {
      VITE_TILE_URL: 'none',
    });
    expect(r.tiles?.url).toBe('https://t.example/{z}/{x}/{y}.png');
  });
});

describe('escapeHtml', () => {
  it('escapes markup characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;',
    );
  });
});
