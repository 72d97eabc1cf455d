import { SLUG } from '../../model/slug';

/** Cyrillic (Russian, Belarusian, Ukrainian) to Latin, so "Минск" gets the id "minsk". */
const CYRILLIC_LETTERS = 'абвгґдеёєжзиіїйклмнопрстуўфхцчшщъыьэюя';
// One Latin spelling per letter above, in order; "_" writes nothing (hard and soft signs).
const CYRILLIC_LATIN =
  'a b v g g d e e ie zh z i i i i k l m n o p r s t u u f kh ts ch sh shch _ y _ e iu ia';
const CYRILLIC = new Map(
  CYRILLIC_LATIN.split(' ').map((latin, i) => [CYRILLIC_LETTERS[i]!, latin === '_' ? '' : latin]),
);
const LATIN: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  þ: 'th',
};

const MAX_LENGTH = 60;

/**
 * A slug from any text: lowercase ASCII letters and digits joined by single
 * hyphens, at most 60 characters (cut at a hyphen). Empty when nothing of the
 * text can be written so (a name in Chinese script): callers fall back.
 */
export function slugify(text: string): string {
  // Most ids in files are slugs already but for case ("BLR1234"): no need to transliterate.
  const lower = text.toLowerCase();
  if (lower.length <= MAX_LENGTH && SLUG.test(lower)) return lower;
  const ascii = text
    .toLowerCase()
    .replace(/[\u0400-\u04ff]/g, (c) => CYRILLIC.get(c) ?? c)
    .replace(/[ßæœøłđþ]/g, (c) => LATIN[c] ?? c)
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (ascii.length <= MAX_LENGTH) return ascii;
  const cut = ascii.slice(0, MAX_LENGTH + 1);
  const at = cut.lastIndexOf('-');
  return (at > 0 ? cut.slice(0, at) : ascii.slice(0, MAX_LENGTH)).replace(/-+$/, '');
}

/** FNV-1a, 32 bits, in base 36: a short stable tag for text that has no slug of its own. */
export function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

/**
 * Hands out slug ids, deterministically: the same key always gets the same
 * id, and two keys never share one. The id comes from the text (its slug, or
 * `<prefix>-<hash>` when the text has none); when another key already has it,
 * `-2`, `-3`... is added.
 */
export class SlugAllocator {
  private readonly byKey = new Map<string, string>();
  private readonly taken = new Set<string>();

  constructor(private readonly prefix: string) {}

  /** Whether this key already has an id. */
  has(key: string): boolean {
    return this.byKey.has(key);
  }

  idFor(key: string, text: string): string {
    const known = this.byKey.get(key);
    if (known !== undefined) return known;
    const slug = slugify(text);
    const base = slug !== '' ? slug : `${this.prefix}-${shortHash(text)}`;
    let id = base;
    for (let n = 2; this.taken.has(id); n++) id = `${base}-${n}`;
    this.byKey.set(key, id);
    this.taken.add(id);
    return id;
  }
}
