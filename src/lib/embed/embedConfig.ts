import { embedId } from './heightMessage';
import { parseParts, type Part } from './parts';
import { EMBED_PARAMS } from '../model/embedParams';

export interface EmbedConfig {
  embed: boolean;
  parts: ReadonlySet<Part>;
  /** Echoed in height messages. */
  id: string;
  /** pym.js's child id, when a pym.js parent embeds us. */
  childId: string | null;
  /** The host asked for the embed's URL in each message (`report=url`). */
  reportUrl: boolean;
  notices: string[];
}

/** How the page is embedded, from its own URL (README "Embedding"). */
export function readEmbedConfig(href: string): EmbedConfig {
  const p = new URL(href).searchParams;
  const embed = p.get('embed') === '1';
  const { parts, notices } = parseParts(p.get('parts'), embed);
  const report = p.get('report');
  if (embed && report !== null && report !== 'url')
    notices.push(`Ignored report=${JSON.stringify(report)}: the only value is "url"`);
  const child = p.get('childId');
  return {
    embed,
    parts,
    id: embedId(p.get('id')),
    childId: embed && child ? embedId(child) : null,
    reportUrl: embed && report === 'url',
    notices,
  };
}

/**
 * The full page showing the same view: this page's own URL (same origin, by
 * construction, whatever its path looks like) with the view's query and no
 * embed parameters.
 */
export function fullViewHref(href: string, query: string): string {
  const url = new URL(href);
  const params = new URLSearchParams(query);
  for (const name of EMBED_PARAMS) params.delete(name);
  url.search = params.toString().replace(/%2C/g, ',');
  url.hash = '';
  return url.href;
}
