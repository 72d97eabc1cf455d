import fc from 'fast-check';

/**
 * Mutations for property-based tests: start from valid input and break it a
 * little, the way a typo, a truncated download or a hand edit would.
 */

/** Characters that matter to our parsers (separators, signs, quotes, digits, odd spaces). */
const SPECIAL = [
  ...'0123456789-/.~?%,;:="\'\\{}[]&#+ \t\r\nT',
  '\u00a0',
  '\u3000',
  '\uFEFF',
  '\uFFFD',
  '\u{1F600}',
];

type StringEdit = [position: number, kind: 'insert' | 'delete' | 'replace', char: string];

const stringEdit: fc.Arbitrary<StringEdit> = fc.tuple(
  fc.nat(),
  fc.constantFrom('insert' as const, 'delete' as const, 'replace' as const),
  fc.oneof(fc.constantFrom(...SPECIAL), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })),
);

function applyEdits(text: string, edits: readonly StringEdit[]): string {
  let s = text;
  for (const [at, kind, char] of edits) {
    const i = s.length === 0 ? 0 : at % (s.length + (kind === 'insert' ? 1 : 0));
    if (kind === 'insert') s = s.slice(0, i) + char + s.slice(i);
    else if (kind === 'delete') s = s.slice(0, i) + s.slice(i + 1);
    else s = s.slice(0, i) + char + s.slice(i + 1);
  }
  return s;
}

/** `valid` strings with 1–4 characters inserted, deleted or replaced. */
export function mutatedString(valid: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc
    .tuple(valid, fc.array(stringEdit, { minLength: 1, maxLength: 4 }))
    .map(([s, edits]) => applyEdits(s, edits));
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonEdit = [position: number, kind: 'replace' | 'delete' | 'duplicate', value: unknown];

/** Every [container, key] in a JSON value, depth first. */
function slots(root: unknown): [Record<string | number, unknown>, string | number][] {
  const out: [Record<string | number, unknown>, string | number][] = [];
  const walk = (v: unknown) => {
    if (typeof v !== 'object' || v === null) return;
    const c = v as Record<string | number, unknown>;
    for (const k of Array.isArray(v) ? v.keys() : Object.keys(v)) {
      out.push([c, k]);
      walk(c[k]);
    }
  };
  walk(root);
  return out;
}

/** Odd values a hand-edited or hostile file may hold where something else belongs. */
const oddValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(
    null,
    '',
    ' ',
    '__proto__',
    'constructor',
    Infinity,
    -Infinity,
    -0,
    Number.MAX_SAFE_INTEGER + 2,
    '2020-13-01',
    '0000-02-29',
    '-0044',
    '../..',
    'http://',
    '=HYPERLINK("x")',
  ),
);

/**
 * A copy of `valid` (a JSON value) with 1–4 values replaced by odd ones,
 * deleted, or duplicated next to themselves.
 */
export function mutatedJson<T>(valid: () => T): fc.Arbitrary<unknown> {
  const edits = fc.array(
    fc.tuple(
      fc.nat(),
      fc.constantFrom('replace' as const, 'delete' as const, 'duplicate' as const),
      oddValue,
    ),
    { minLength: 1, maxLength: 4 },
  );
  return edits.map((list: JsonEdit[]) => {
    const root = JSON.parse(JSON.stringify(valid())) as Json;
    for (const [at, kind, value] of list) {
      const all = slots(root);
      if (all.length === 0) break;
      const [container, key] = all[at % all.length]!;
      if (kind === 'replace') container[key] = value;
      else if (kind === 'delete') {
        if (Array.isArray(container)) container.splice(Number(key), 1);
        else delete container[key];
      } else if (Array.isArray(container)) {
        container.splice(Number(key), 0, JSON.parse(JSON.stringify(container[key] ?? null)));
      } else container[key] = [container[key]];
    }
    return root;
  });
}
