import {
  DEFAULT_TILE_URL,
  buildTileTemplate,
  linkTiles,
  quoted,
  type TileEnv,
} from '../model/tileSource';

/** Where map tiles come from. `attributionHtml` is safe to hand to Leaflet's attribution control. */
export interface TileConfig {
  url: string;
  attributionHtml: string;
  maxZoom: number;
}

export interface TileSetup {
  /** Null when tiles are switched off (`tiles=none`): the bundled basemap is drawn instead. */
  tiles: TileConfig | null;
  /** Why a build setting was refused, for a notice; the default is used instead. */
  notices: string[];
}

// A constant we wrote, so it may carry markup; anything from outside is escaped.
const OSM_ATTRIBUTION =
  '© <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors';

export const DEFAULT_TILES: TileConfig = {
  url: DEFAULT_TILE_URL,
  attributionHtml: OSM_ATTRIBUTION,
  maxZoom: 19,
};

export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
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
 * env, and per page by `?tiles=none` or `?tiles=<template>&tilesAttribution=<text>`
 * when the template's origin is allowed (VITE_TILE_ALLOWED_ORIGINS, by default
 * the build's own provider). A refused setting falls back to the one below it;
 * the notices name refused build settings (a link's are the URL state's to report).
 */
export function parseTileConfig(params: URLSearchParams, env: TileEnv): TileSetup {
  const notices: string[] = [];
  const maxZoom = maxZoomOf(env.VITE_TILE_MAX_ZOOM, notices);
  const build = buildTileTemplate(env);
  notices.push(...build.problems);
  // The build's own provider carries the build's attribution; the default, OpenStreetMap's.
  const own = env.VITE_TILE_URL?.trim();
  let tiles: TileConfig | null =
    build.template === null
      ? null
      : build.template === own
        ? {
            url: own,
            attributionHtml: escapeHtml(env.VITE_TILE_ATTRIBUTION?.trim() ?? ''),
            maxZoom,
          }
        : { ...DEFAULT_TILES, maxZoom };
  // A refused link template is reported with the other link parameters (parseUrlState).
  const link = linkTiles(params, env);
  if (link.kind === 'none') tiles = null;
  else if (link.kind === 'template') {
    tiles = { url: link.template, attributionHtml: escapeHtml(link.attribution.trim()), maxZoom };
  }
  return { tiles, notices };
}
