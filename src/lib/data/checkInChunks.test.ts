import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { mutatedJson, mutatedString } from '../../../tests/support/mutate';
import { syntheticDataset } from '../../../tests/support/synthetic';
import { smallDataset } from '../model/testing/smallDataset';
import { checkInChunks } from './checkInChunks';
import { eventBounds } from './eventBounds';
import { parseDatasetText } from './loadDataset';

// Property-based: the seed is fixed in tests/setup.ts, so every run tries the same inputs.

const belarus = JSON.parse(readFileSync('data/belarus-2020-08.json', 'utf8')) as unknown;
const synthetic = syntheticDataset(60);

/** What the whole text's parse and check say, as checkInChunks says it. */
function whole(text: string) {
  const r = parseDatasetText(text, 'file.json');
  return r.ok ? { ok: true } : { ok: false, problems: r.problems };
}

const chunked = (text: string, size: number) => {
  const b = eventBounds(text);
  return b ? checkInChunks(text, b, size) : null;
};

const datasets = fc.oneof(
  mutatedJson(smallDataset),
  mutatedJson(() => synthetic),
  mutatedJson(() => belarus),
);

describe('checking a dataset file a chunk of events at a time', () => {
  it('finds the problems the whole file has, in the same order, whatever the chunks', () => {
    fc.assert(
      fc.property(
        datasets,
        fc.integer({ min: 1, max: 40 }),
        fc.boolean(),
        (value, size, pretty) => {
          const text = JSON.stringify(value, null, pretty ? 2 : undefined);
          const r = chunked(text, size);
          // A file with an events list is always read in chunks; the verdict is the whole file's.
          if (eventBounds(text)) expect(r).not.toBeNull();
          if (r) expect(r).toEqual(whole(text));
        },
      ),
    );
  });

  it('never calls valid what JSON.parse refuses, whatever was typed into the file', () => {
    const texts = mutatedString(
      fc.constantFrom(JSON.stringify(smallDataset(), null, 2), JSON.stringify(syntheticDataset(8))),
    );
    fc.assert(
      fc.property(texts, fc.integer({ min: 1, max: 5 }), (text, size) => {
        const r = chunked(text, size);
        if (r) expect(r).toEqual(whole(text));
      }),
    );
  });

  it('leaves to the whole parse a file whose pieces parse but whose events list does not', () => {
    const d = smallDataset();
    const text = JSON.stringify(d, null, 1);
    const b = eventBounds(text)!;
    const lastEnd = b.elements[b.elements.length - 1]!;
    const firstStart = b.elements[0]!;
    const trailingComma = text.slice(0, lastEnd) + ',' + text.slice(lastEnd);
    const leadingComma = text.slice(0, firstStart) + ',' + text.slice(firstStart);
    const [firstEnd, secondStart] = [b.elements[1]!, b.elements[2]!];
    const noComma =
      text.slice(0, firstEnd) +
      text.slice(firstEnd, secondStart).replace(',', ' ') +
      text.slice(secondStart);
    for (const broken of [trailingComma, leadingComma, noComma]) {
      expect(() => JSON.parse(broken)).toThrow();
      expect(chunked(broken, 1)).toBeNull();
      expect(whole(broken).ok).toBe(false);
    }
  });

  it('checks what needs every event once all are in: later ids, duplicates across chunks, the story', () => {
    const d = syntheticDataset(30);
    const [first, , third] = d.events;
    // A figure naming a later event, a duplicate of the first id far away, a story of later events.
    first!.figures = [
      { value: 3, unit: 'people', qualifier: 'at least', sameAs: d.events[25]!.id },
    ];
    third!.figures = [{ value: 1, unit: 'people', qualifier: 'at least', sameAs: 'nowhere' }];
    d.events[29]!.id = first!.id;
    d.meta.story = [d.events[28]!.id, 'missing'];
    const text = JSON.stringify(d);
    const r = whole(text);
    expect(r.ok).toBe(false);
    for (const size of [1, 2, 7, 30]) expect(chunked(text, size)).toEqual(r);
    expect((r as { problems: { path: string }[] }).problems.map((p) => p.path)).toEqual([
      'events[29].id',
      'meta.story[1]',
      'events[2].figures[0].sameAs',
    ]);
  });
});
