/** The parts of the app an embed can show (`parts=`). */
export const PARTS = ['timeline', 'map', 'list', 'details', 'filters', 'story'] as const;
export type Part = (typeof PARTS)[number];

/** What an embed shows when the link does not say: the timeline and the details. */
export const DEFAULT_EMBED_PARTS: readonly Part[] = ['timeline', 'details'];

const isPart = (p: string): p is Part => (PARTS as readonly string[]).includes(p);

/**
 * The parts to show: all of them on a full page; in an embed, those the link
 * lists (unknown names reported), else the default.
 */
export function parseParts(
  param: string | null,
  embed: boolean,
): { parts: ReadonlySet<Part>; notices: string[] } {
  if (!embed) return { parts: new Set(PARTS), notices: [] };
  if (param === null || param.trim() === '')
    return { parts: new Set(DEFAULT_EMBED_PARTS), notices: [] };
  const names = param
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const notices = names
    .filter((n) => !isPart(n))
    .map((n) => `Ignored unknown part "${n}" in parts= (known: ${PARTS.join(', ')})`);
  const parts = new Set(names.filter(isPart));
  return { parts: parts.size > 0 ? parts : new Set(DEFAULT_EMBED_PARTS), notices };
}
