import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { eventBounds } from './eventBounds';

/** The elements as the bounds cut them, parsed: what the page rebuilds the events from. */
function cut(text: string): unknown[] | null {
  const b = eventBounds(text);
  if (!b) return null;
  const out: unknown[] = [];
  for (let i = 0; i < b.elements.length; i += 2) {
    out.push(JSON.parse(text.slice(b.elements[i]!, b.elements[i + 1]!)));
  }
  // Everything but the events, with the array emptied, parses as the rest of the file.
  const head = JSON.parse(text.slice(0, b.open + 1) + text.slice(b.close)) as { events: unknown };
  expect(head.events).toEqual([]);
  return out;
}

describe('finding the events in a dataset file', () => {
  it('cuts each element out, whatever its strings hold', () => {
    const events = [
      { id: 'a', title: 'Brackets ] } [ { and "quotes" and \\ backslashes' },
      { id: 'b', nested: [[1, 2], { events: [3] }], empty: {} },
      'a string',
      42,
      null,
      { id: 'c', title: 'Unicode: Акрэсціна \u2028 😀' },
    ];
    const text = JSON.stringify({ meta: { events: ['not these'] }, events, after: [1] }, null, 2);
    expect(cut(text)).toEqual(events);
    expect(cut(JSON.stringify({ events }))).toEqual(events);
  });

  it('takes the last events array, as JSON.parse does, and an escaped key', () => {
    expect(cut('{"events":[1,2],"x":{"events":[9]},"ev\\u0065nts":[ 3 , 4 ]}')).toEqual([3, 4]);
  });

  it('finds an empty array, and no array where there is none', () => {
    expect(cut('{"events": [ ]}')).toEqual([]);
    expect(eventBounds('{"meta": {}}')).toBeNull();
    expect(eventBounds('[{"events": [1]}]')).toBeNull();
  });

  it('agrees with JSON.parse on any events and any other fields', () => {
    fc.assert(
      fc.property(
        fc.array(fc.jsonValue(), { maxLength: 12 }),
        fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 4 }),
        fc.boolean(),
        (events, rest, pretty) => {
          const doc = { ...rest, events };
          const text = pretty ? JSON.stringify(doc, null, 1) : JSON.stringify(doc);
          expect(cut(text)).toEqual((JSON.parse(text) as { events: unknown[] }).events);
        },
      ),
    );
  });

  it('sends the offsets as it finds them: those of the array that counts are its bounds', () => {
    fc.assert(
      fc.property(
        fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 30 }),
        fc.array(fc.jsonValue({ maxDepth: 1 }), { maxLength: 12 }),
        fc.integer({ min: 1, max: 6 }),
        fc.boolean(),
        (events, earlier, every, pretty) => {
          // Two "events" keys: JSON.parse keeps the second.
          const text = `{"events": ${JSON.stringify(earlier)}, "x": 1, "events": ${JSON.stringify(events, null, pretty ? 1 : undefined)}}`;
          const sent = new Map<number, number[]>();
          const b = eventBounds(
            text,
            (open, from, elements) => {
              const got = sent.get(open) ?? [];
              expect(from).toBe(got.length / 2);
              expect(elements.length).toBe(2 * every);
              sent.set(open, [...got, ...elements]);
            },
            every,
          )!;
          // Whole pieces, the start of the bounds; a last scalar is known only at the "]".
          const streamed = sent.get(b.open) ?? [];
          expect(streamed).toEqual([...b.elements.slice(0, streamed.length)]);
          const pieces = Math.floor(events.length / every);
          expect(streamed.length / (2 * every)).toBeGreaterThanOrEqual(pieces - 1);
          expect(cut(text)).toEqual(events);
        },
      ),
    );
  });
});
