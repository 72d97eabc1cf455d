import type { Part } from './parts';
import { DEFAULT_EMBED_PARTS } from './parts';
import { EMBED_PARAMS } from '../model/embedParams';

/**
 * What the embed needs of its host, and no more: scripts; its own origin (to
 * load the data and keep its view in its URL); popups for "Open full view",
 * which must open as a normal page, not a sandboxed one.
 */
export const SANDBOX =
  'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox';
/** "Copy citation" and "Copy link" write to the clipboard. */
export const ALLOW = 'clipboard-write';

const escapeAttr = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The embed's address: this page's view, with embed=1 and the parts (none when they are the default). */
export function embedSrc(href: string, query: string, parts: readonly Part[]): string {
  const url = new URL(href);
  const params = new URLSearchParams(query);
  for (const name of EMBED_PARAMS) params.delete(name);
  params.set('embed', '1');
  const isDefault =
    parts.length === DEFAULT_EMBED_PARTS.length &&
    DEFAULT_EMBED_PARTS.every((p) => parts.includes(p));
  if (!isDefault) params.set('parts', parts.join(','));
  url.search = params.toString().replace(/%2C/g, ',');
  url.hash = '';
  return url.href;
}

export interface SnippetOptions {
  src: string;
  /** The host script beside the app (public/embed.js). */
  script: string;
  /** Names the iframe for screen readers: the dataset's title. */
  title: string;
  /** Starting height (px) before the embed reports its own. */
  height: number;
}

/** The HTML a newsroom pastes: the iframe, then the host script that sizes it. */
export function embedSnippet({ src, script, title, height }: SnippetOptions): string {
  return [
    '<iframe',
    '  data-eventmap',
    `  src="${escapeAttr(src)}"`,
    `  title="${escapeAttr(title)}"`,
    '  loading="lazy"',
    `  sandbox="${SANDBOX}"`,
    `  allow="${ALLOW}"`,
    `  style="width: 100%; height: ${Math.round(height)}px; border: 0"`,
    '></iframe>',
    `<script src="${escapeAttr(script)}" async></script>`,
  ].join('\n');
}
