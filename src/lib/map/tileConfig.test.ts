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
      {
        VITE_TILE_URL: 'https://env.example/{z}/{x}/{y}.png',
        VITE_TILE_ALLOWED_ORIGINS: 'https://env.example, http://127.0.0.1:8080',
      },
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
    'javascript:alert(1)//{z}/{x}/{y}',
    'data:text/html,{z}{x}{y}',
    'https://tiles.example/{z}/{x}.png',
    'tiles/{z}/{x}/{y}.png',
    'ftp://tiles.example/{z}/{x}/{y}.png',
    'https://t.example/{z}/{x}/{y}.png?key={key}',
  ])('keeps the default for the link template %s (the URL state reports it)', (template) => {
    const r = parseTileConfig(q(`tiles=${encodeURIComponent(template)}`), {
      VITE_TILE_ALLOWED_ORIGINS: 'https://t.example https://tiles.example',
    });
    expect(r).toEqual({ tiles: DEFAULT_TILES, notices: [] });
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

  it('a page override can turn tiles back on after the build switched them off, from an allowed origin', () => {
    const r = parseTileConfig(q('tiles=https://t.example/{z}/{x}/{y}.png'), {
      VITE_TILE_URL: 'none',
      VITE_TILE_ALLOWED_ORIGINS: 'https://t.example',
    });
    expect(r.tiles?.url).toBe('https://t.example/{z}/{x}/{y}.png');
  });

  it('keeps the default for a link template from an origin the build does not allow', () => {
    const template = 'http://anyhost.example/{z}/{x}/{y}.png';
    const r = parseTileConfig(q(`tiles=${encodeURIComponent(template)}&tilesAttribution=Evil`), {});
    expect(r).toEqual({ tiles: DEFAULT_TILES, notices: [] });
    // By default only the configured provider's origin is allowed: OpenStreetMap's, or the build's.
    const osm = parseTileConfig(q('tiles=https://tile.openstreetmap.org/{z}/{x}/{-y}.png'), {});
    expect(osm.tiles?.url).toBe('https://tile.openstreetmap.org/{z}/{x}/{-y}.png');
    const own = { VITE_TILE_URL: 'https://{s}.tiles.example/{z}/{x}/{y}.png' };
    const sub = parseTileConfig(q('tiles=https://b.tiles.example/{z}/{x}/{y}.png'), own);
    expect(sub.tiles?.url).toBe('https://b.tiles.example/{z}/{x}/{y}.png');
    const other = parseTileConfig(q('tiles=https://tile.openstreetmap.org/{z}/{x}/{y}.png'), own);
    expect(other.tiles?.url).toBe('https://{s}.tiles.example/{z}/{x}/{y}.png');
  });
});

describe('escapeHtml', () => {
  it('escapes markup characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;',
    );
  });
});
