import { isWebAddress } from './webAddress';

/**
 * Plain text from the HTML that TimelineJS allows in its texts, without a
 * DOM (it runs in a worker, and nothing from a stranger's file should be
 * parsed by the page's own HTML parser). Paragraph-like elements become
 * paragraphs (a blank line between them), <br> a line break; white space
 * runs collapse as a browser would show them; the content of script, style
 * and similar elements is not text and is dropped. Links are collected with
 * their text and address; only http(s) addresses are kept, others are
 * listed in `refused`. Character references are decoded.
 */
export interface HtmlLink {
  text: string;
  url: string;
}

export interface HtmlText {
  text: string;
  links: HtmlLink[];
  /** Link addresses that were not http(s) (javascript:, data:...), not kept. */
  refused: string[];
}

const BLOCK = new Set([
  'p',
  'div',
  'section',
  'article',
  'header',
  'footer',
  'aside',
  'blockquote',
  'pre',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'table',
  'tr',
  'figure',
  'figcaption',
  'hr',
]);
/** Elements whose content is not text a reader sees. */
const HIDDEN = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'object', 'svg']);

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  copy: '©',
  reg: '®',
  deg: '°',
  euro: '€',
  pound: '£',
  middot: '·',
  bull: '•',
  times: '×',
};

/** Decodes character references: &amp; &#233; &#xE9; and the common named ones. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});/g, (whole, ref) => {
    if (ref[0] === '#') {
      const code =
        ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1));
      const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
      return valid ? String.fromCodePoint(code) : '\ufffd';
    }
    return NAMED[ref] ?? whole;
  });
}

/** The end of a tag that starts at `from` (the '<'): the index of its '>', quotes respected; -1 if none. */
function tagEnd(html: string, from: number): number {
  let quote = '';
  for (let i = from + 1; i < html.length; i++) {
    const c = html[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return i;
  }
  return -1;
}

function attribute(tag: string, name: string): string | null {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  if (!m) return null;
  return decodeEntities(m[1] ?? m[2] ?? m[3] ?? '').trim();
}

export function htmlToText(html: string): HtmlText {
  // Paragraphs of lines of words; a line's words are joined with single spaces.
  const paragraphs: string[][] = [];
  let lines: string[] = [];
  let words = '';
  const links: HtmlLink[] = [];
  const refused: string[] = [];
  let link: { url: string; start: number } | null = null;
  /** All visible text so far, to cut a link's text out of. */
  let shown = '';

  const addText = (raw: string) => {
    const text = decodeEntities(raw).replace(/[ \t\n\r\f]+/g, ' ');
    if (text === '') return;
    const joined =
      words === ''
        ? text.trimStart()
        : words.endsWith(' ')
          ? words + text.trimStart()
          : words + text;
    shown += joined.slice(words.length);
    words = joined;
  };
  const endLine = () => {
    lines.push(words.trim());
    words = '';
    shown += '\n';
  };
  const endParagraph = () => {
    if (words.trim() !== '') endLine();
    words = '';
    while (lines[0] === '') lines.shift();
    while (lines.at(-1) === '') lines.pop();
    if (lines.length > 0) paragraphs.push(lines);
    lines = [];
    shown += '\n';
  };

  let i = 0;
  const n = html.length;
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt === -1) {
      addText(html.slice(i));
      break;
    }
    addText(html.slice(i, lt));
    const next = html[lt + 1] ?? '';
    if (html.startsWith('<!--', lt)) {
      const close = html.indexOf('-->', lt + 4);
      i = close === -1 ? n : close + 3;
      continue;
    }
    if (!/[a-zA-Z/!?]/.test(next)) {
      addText('<');
      i = lt + 1;
      continue;
    }
    const gt = tagEnd(html, lt);
    if (gt === -1) {
      // An unfinished tag at the end is not text either.
      break;
    }
    const tag = html.slice(lt, gt + 1);
    i = gt + 1;
    const m = /^<(\/?)([a-zA-Z][a-zA-Z0-9-]*)/.exec(tag);
    if (!m) continue; // <!doctype>, <?xml?>
    const closing = m[1] === '/';
    const name = m[2]!.toLowerCase();
    if (HIDDEN.has(name) && !closing && !tag.endsWith('/>')) {
      const close = html.toLowerCase().indexOf(`</${name}`, i);
      const closeEnd = close === -1 ? -1 : html.indexOf('>', close);
      i = closeEnd === -1 ? n : closeEnd + 1;
      continue;
    }
    if (name === 'br') endLine();
    else if (BLOCK.has(name)) endParagraph();
    else if (name === 'a' && !closing) {
      const href = attribute(tag, 'href');
      if (href !== null && href !== '' && !href.startsWith('#')) {
        if (isWebAddress(href)) link = { url: href, start: shown.length };
        else refused.push(href);
      }
    } else if (name === 'a' && closing && link) {
      const text = shown.slice(link.start).replace(/\s+/g, ' ').trim();
      links.push({ text: text || link.url, url: link.url });
      link = null;
    }
  }
  if (link) {
    const text = shown.slice(link.start).replace(/\s+/g, ' ').trim();
    links.push({ text: text || link.url, url: link.url });
  }
  endParagraph();
  return {
    text: paragraphs.map((p) => p.join('\n')).join('\n\n'),
    links,
    refused,
  };
}
