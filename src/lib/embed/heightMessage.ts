/**
 * What an embedded app tells its host page (README "Embedding"): versioned
 * JSON, and the same height in pym.js's child format for hosts that already
 * use pym.js.
 */
export const HEIGHT_MESSAGE = 'eventmap:height';
export const PROTOCOL_VERSION = 1;
/** The heights (CSS px) we send; public/embed.js accepts nothing outside them. */
export const MIN_HEIGHT = 50;
export const MAX_HEIGHT = 20_000;

export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE;
  version: typeof PROTOCOL_VERSION;
  /** The embed's `id` parameter, so a host with several embeds can tell them apart. */
  id: string;
  /** CSS pixels the iframe needs to show the app without a scrollbar. */
  height: number;
  /** The embed's URL (its whole view state), only when the host asked with `report=url`. */
  href?: string;
}

export function heightMessage(id: string, height: number, href?: string): HeightMessage {
  const m: HeightMessage = { type: HEIGHT_MESSAGE, version: PROTOCOL_VERSION, id, height };
  if (href !== undefined) m.href = href;
  return m;
}

/** pym.js's child message: `pymxPYMx<childId>xPYMxheightxPYMx<height>`. */
export function pymHeightMessage(childId: string, height: number): string {
  return ['pym', childId, 'height', String(height)].join('xPYMx');
}

/** An id from the link, kept short and plain: it is echoed to the host. */
export function embedId(param: string | null): string {
  return (param ?? '').replace(/[^\w.:-]/g, '').slice(0, 64);
}
