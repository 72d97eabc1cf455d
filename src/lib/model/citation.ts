import type { CatalogEvent } from './catalog';
import type { DatasetMeta } from './types';
import { formatEdtf } from './formatEdtf';

/**
 * A plain-text citation of one event: what it is, when, where it comes from
 * (publisher, title, paragraph) and the permalink that reopens it.
 */
export function citeEvent(
  e: CatalogEvent,
  meta: DatasetMeta,
  permalink: string,
  accessed: string,
): string {
  const sources = e.record.sources.map((c) => {
    const s = meta.sources.find((x) => x.id === c.source);
    const date = s?.published ? ` (${s.published})` : '';
    const where = s ? `${s.publisher}, “${s.title}”${date}` : c.source;
    return c.paragraph === undefined ? where : `${where}, paragraph ${c.paragraph}`;
  });
  const unique = [...new Set(sources)];
  return [
    `“${e.record.title}”, ${formatEdtf(e.date)}.`,
    `In: ${meta.title}.`,
    `Source: ${unique.join('; ')}.`,
    `${permalink} (accessed ${accessed})`,
  ].join(' ');
}

/** The link that reopens one event: this page with only the dataset and the event. */
export function permalinkFor(eventId: string, href: string): string {
  const url = new URL(href);
  const keep = url.searchParams.get('data');
  url.search = '';
  if (keep) url.searchParams.set('data', keep);
  url.searchParams.set('event', eventId);
  url.hash = '';
  return url.href;
}
