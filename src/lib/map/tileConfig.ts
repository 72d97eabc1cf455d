/** Where map tiles come from. `attributionHtml` is safe to hand to Leaflet's attribution control. */
export interface TileConfig {
  url: string;
  attributionHtml: string;
  maxZoom: number;
}

export interface TileSetup {
  /** Null when tiles are switched off (`tiles=none`): the bundled basemap is drawn instead. */
  tiles: TileConfig | null;
  /** Why a setting was refused, for a notice; the default is used instead. */
  notices: string[];
}

/** The build-time settings read from `import.meta.env`. */
export interface TileEnv {
  VITE_TILE_URL?: string;
  VITE_TILE_ATTRIBUTION?: string;
  VITE_TILE_MAX_ZOOM?: string;
}

// A constant we wrote, so it may carry markup; anything from outside is escaped.
const OSM_ATTRIBUTION =
  '© <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors';

export const DEFAULT_TILES: TileConfig = {
  url: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
  attributionHtml: OSM_ATTRIBUTION,
  maxZoom: 19,
};

/** Placeholders Leaflet fills in; any other makes it throw while drawing. */
const PLACEHOLDERS = new Set(['s', 'z', 'x', 'y', '-y', 'r']);

export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}

function quoted(value: string): string {
  const s = JSON.stringify(value);
  return s.length > 80 ? `${s.slice(0, 76)}…"` : s;
}

/** Null when the template is usable, else why not. */
export function checkTemplate(name: string, template: string): string | null {
  const refusal = `${name}=${quoted(template)} must be an http(s) URL template with {z}, {x} and {y}`;
  const names = [...template.matchAll(/\{([^}]*)\}/g)].map((m) => m[1]!);
  const hasY = names.includes('y') || names.includes('-y');
  if (!names.includes('z') || !names.includes('x') || !hasY) return refusal;
  const unknown = names.find((n) => !PLACEHOLDERS.has(n));
  if (unknown !== undefined) return `${refusal}; {${unknown}} is not one of {s}, {r}, {-y}`;
  let url: URL;
  try {
    url = new URL(template.replace(/\{[^}]*\}/g, '0'));
  } catch {
    return refusal;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return refusal;
  return null;
}

function maxZoomOf(raw: string | undefined, notices: string[]): number {
  if (raw === undefined || raw.trim() === '') return DEFAULT_TILES.maxZoom;
  const n = Number(raw);
  if (Number.isInteger(n) && n >= 1 && n <= 22) return n;
  notices.push(`VITE_TILE_MAX_ZOOM=${quoted(raw)} must be a whole number from 1 to 22`);
  return DEFAULT_TILES.maxZoom;
}

/**
 * The tile provider: the OpenStreetMap default, overridden at build time by
 * env and per page by `?tiles=<template>&tilesAttribution=<text>` or
 * `?tiles=none`. A refused setting falls back to the one below it.
 */
export function parseTileConfig(params: URLSearchParams, env: TileEnv): TileSetup {
  const notices: string[] = [];
  const maxZoom = maxZoomOf(env.VITE_TILE_MAX_ZOOM, notices);
  let tiles: TileConfig | null = { ...DEFAULT_TILES, maxZoom };

  // Each layer (build, then page) may switch tiles off, replace them, or be refused.
  const layer = (name: string, raw: string | undefined, attribution: string | undefined) => {
    const url = raw?.trim();
    if (url === 'none') tiles = null;
    else if (url) {
      const problem = checkTemplate(name, url);
      if (problem) notices.push(problem);
      else tiles = { url, attributionHtml: escapeHtml(attribution?.trim() ?? ''), maxZoom };
    }
  };
  layer('VITE_TILE_URL', env.VITE_TILE_URL, env.VITE_TILE_ATTRIBUTION);
  layer('tiles', params.get('tiles') ?? undefined, params.get('tilesAttribution') ?? undefined);
  return { tiles, notices };
}
