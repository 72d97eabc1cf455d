import { describe, expect, it } from 'vitest';
import {
  allowedTileOrigins,
  buildTileTemplate,
  checkTileTemplate,
  linkTiles,
  originAllowed,
  templateOrigin,
} from './tileSource';

describe('templateOrigin', () => {
  it.each([
    ['https://tile.openstreetmap.org/{z}/{x}/{y}.png', 'https://tile.openstreetmap.org'],
    ['HTTP://Tiles.Example:8080/{z}/{x}/{y}', 'http://tiles.example:8080'],
    ['https://tiles.example:443/{z}/{x}/{y}', 'https://tiles.example'],
    ['https://{s}.tiles.example/{z}/{x}/{y}.png', 'https://*.tiles.example'],
    ['https://{z}.tiles.example/{z}/{x}/{y}.png', null],
    ['https://user@tiles.example/{z}/{x}/{y}.png', null],
    ['https:///{z}/{x}/{y}.png', null],
    ['tiles/{z}/{x}/{y}.png', null],
  ])('%s → %s', (template, origin) => {
    expect(templateOrigin(template)).toBe(origin);
  });
});

describe('originAllowed', () => {
  it('matches exactly, or any subdomain of a *. entry', () => {
    const allowed = ['https://tiles.example', 'https://*.maps.example'];
    expect(originAllowed('https://tiles.example', allowed)).toBe(true);
    expect(originAllowed('http://tiles.example', allowed)).toBe(false);
    expect(originAllowed('https://a.tiles.example', allowed)).toBe(false);
    expect(originAllowed('https://a.maps.example', allowed)).toBe(true);
    expect(originAllowed('https://*.maps.example', allowed)).toBe(true);
    expect(originAllowed('https://maps.example', allowed)).toBe(false);
    expect(originAllowed('https://evilmaps.example', allowed)).toBe(false);
  });
});

describe('allowedTileOrigins', () => {
  it("defaults to the configured provider's origin, or none when tiles are off", () => {
    expect(allowedTileOrigins({}).origins).toEqual(['https://tile.openstreetmap.org']);
    expect(
      allowedTileOrigins({ VITE_TILE_URL: 'https://{s}.t.example/{z}/{x}/{y}' }).origins,
    ).toEqual(['https://*.t.example']);
    expect(allowedTileOrigins({ VITE_TILE_URL: 'none' }).origins).toEqual([]);
  });

  it('reads a list separated by commas or spaces and names a bad entry', () => {
    expect(
      allowedTileOrigins({
        VITE_TILE_ALLOWED_ORIGINS: 'https://a.example, http://127.0.0.1:8080 https://*.b.example',
      }),
    ).toEqual({
      origins: ['https://a.example', 'http://127.0.0.1:8080', 'https://*.b.example'],
      problems: [],
    });
    expect(
      allowedTileOrigins({ VITE_TILE_ALLOWED_ORIGINS: 'https://a.example/path ftp://x' }).problems,
    ).toEqual([
      'VITE_TILE_ALLOWED_ORIGINS: "https://a.example/path" is not an origin like https://tiles.example',
      'VITE_TILE_ALLOWED_ORIGINS: "ftp://x" is not an origin like https://tiles.example',
    ]);
  });
});

describe('buildTileTemplate and checkTileTemplate', () => {
  it('refuses a host that is not fixed: no policy could allow it', () => {
    expect(checkTileTemplate('https://{z}.t.example/{z}/{x}/{y}')).toMatch(/host must be fixed/);
    expect(
      buildTileTemplate({ VITE_TILE_URL: 'https://{r}.t.example/{z}/{x}/{y}' }).problems,
    ).toHaveLength(1);
  });
});

describe('linkTiles', () => {
  const q = (s: string) => new URLSearchParams(s);
  it('says what a link asks for', () => {
    expect(linkTiles(q(''), {})).toEqual({ kind: 'absent' });
    expect(linkTiles(q('tiles=none'), {})).toEqual({ kind: 'none' });
    expect(
      linkTiles(q('tiles=https://tile.openstreetmap.org/{z}/{x}/{y}.png&tilesAttribution=OSM'), {}),
    ).toEqual({
      kind: 'template',
      template: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
      attribution: 'OSM',
    });
    expect(linkTiles(q('tiles=http://anyhost/{z}/{x}/{y}.png'), {}).kind).toBe('refused');
    expect(linkTiles(q('tiles=javascript:{z}{x}{y}'), {}).kind).toBe('refused');
  });
});
