/**
 * Which map tile URLs the app may load. Pure, so the map (what to draw), the
 * URL state (what a new link may carry) and the build (the Content-Security-
 * Policy's img-src, vite.config.ts) all decide from the same rules.
 */

/** The build-time settings (`import.meta.env`, or the environment of `vite build`). */
export interface TileEnv {
  VITE_TILE_URL?: string;
  VITE_TILE_ATTRIBUTION?: string;
  VITE_TILE_MAX_ZOOM?: string;
  /** Origins a link's `tiles=` may load from, separated by commas or spaces. */
  VITE_TILE_ALLOWED_ORIGINS?: string;
}

export const DEFAULT_TILE_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';

/** Placeholders Leaflet fills in; any other makes it throw while drawing. */
const PLACEHOLDERS = new Set(['s', 'z', 'x', 'y', '-y', 'r']);

export function quoted(value: string): string {
  const s = JSON.stringify(value);
  return s.length > 80 ? `${s.slice(0, 76)}…"` : s;
}

/** Null when the template is usable, else why not ("must be an http(s) URL template..."). */
export function checkTileTemplate(template: string): string | null {
  const refusal = 'must be an http(s) URL template with {z}, {x} and {y}';
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
  if (templateOrigin(template) === null) {
    return `${refusal}; its host must be fixed, or start with {s}. for subdomains`;
  }
  return null;
}

/**
 * The origin a template loads from, as a Content-Security-Policy source:
 * `https://tiles.example:8080`, or `https://*.tiles.example` when the host
 * starts with `{s}.`. Null when the host is not fixed (other placeholders,
 * credentials) or it is not http(s).
 */
export function templateOrigin(template: string): string | null {
  const m = /^(https?:\/\/)([^/?#\\]*)/i.exec(template);
  if (!m) return null;
  let host = m[2]!;
  const wild = host.startsWith('{s}.');
  if (wild) host = host.slice(4);
  if (host === '' || /[{}@*]/.test(host)) return null;
  try {
    const url = new URL(`${m[1]}${wild ? 'a.' : ''}${host}`);
    return wild ? url.origin.replace('://a.', '://*.') : url.origin;
  } catch {
    return null;
  }
}

/** Whether `origin` (from `templateOrigin`) is one of `allowed`; `https://*.x` allows `https://a.x`. */
export function originAllowed(origin: string, allowed: readonly string[]): boolean {
  return allowed.some((a) => {
    if (a === origin) return true;
    const wild = /^(https?:\/\/)\*(\..+)$/.exec(a);
    if (!wild || origin.includes('*') || !origin.startsWith(wild[1]!)) return false;
    const host = origin.slice(wild[1]!.length);
    return host.endsWith(wild[2]!) && host.length > wild[2]!.length;
  });
}

/** The provider the build configures: VITE_TILE_URL when usable, else OpenStreetMap; null for `none`. */
export function buildTileTemplate(env: TileEnv): { template: string | null; problems: string[] } {
  const raw = env.VITE_TILE_URL?.trim();
  if (!raw) return { template: DEFAULT_TILE_URL, problems: [] };
  if (raw === 'none') return { template: null, problems: [] };
  const problem = checkTileTemplate(raw);
  return problem
    ? { template: DEFAULT_TILE_URL, problems: [`VITE_TILE_URL=${quoted(raw)} ${problem}`] }
    : { template: raw, problems: [] };
}

/**
 * Origins a link's `tiles=` may load from: VITE_TILE_ALLOWED_ORIGINS, or by
 * default the configured provider's own origin (none when tiles are off).
 * Each entry is scheme://host[:port], the host optionally starting with `*.`.
 */
export function allowedTileOrigins(env: TileEnv): { origins: string[]; problems: string[] } {
  const raw = env.VITE_TILE_ALLOWED_ORIGINS?.trim();
  if (!raw) {
    const { template } = buildTileTemplate(env);
    const origin = template === null ? null : templateOrigin(template);
    return { origins: origin ? [origin] : [], problems: [] };
  }
  const origins: string[] = [];
  const problems: string[] = [];
  for (const entry of raw.split(/[\s,]+/).filter(Boolean)) {
    const wild = /^(https?:\/\/)\*\.(.+)$/i.exec(entry);
    const origin = templateOrigin(wild ? `${wild[1]}{s}.${wild[2]}` : entry);
    const exact = origin !== null && origin === entry.toLowerCase().replace(/\/$/, '');
    if (origin && (exact || wild)) origins.push(origin);
    else
      problems.push(
        `VITE_TILE_ALLOWED_ORIGINS: ${quoted(entry)} is not an origin like https://tiles.example`,
      );
  }
  return { origins, problems };
}

/** What a link says about tiles. */
export type LinkTiles =
  | { kind: 'absent' }
  | { kind: 'none' }
  | { kind: 'template'; template: string; attribution: string }
  | { kind: 'refused'; why: string };

/**
 * Reads `tiles=` (and `tilesAttribution=`) of a link. A template is accepted
 * only from an allowed origin: a shared link must not make every reader's
 * browser fetch from a host of the sender's choosing.
 */
export function linkTiles(params: URLSearchParams, env: TileEnv): LinkTiles {
  const raw = params.get('tiles')?.trim();
  if (!raw) return { kind: 'absent' };
  if (raw === 'none') return { kind: 'none' };
  const problem = checkTileTemplate(raw);
  if (problem) return { kind: 'refused', why: problem };
  const origin = templateOrigin(raw)!;
  if (!originAllowed(origin, allowedTileOrigins(env).origins)) {
    return {
      kind: 'refused',
      why: `this site loads map tiles only from its own providers, not from ${origin}`,
    };
  }
  return { kind: 'template', template: raw, attribution: params.get('tilesAttribution') ?? '' };
}
