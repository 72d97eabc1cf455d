import { describe, expect, it } from 'vitest';
import { formatProblem, validateDataset } from './validateDataset';
import { smallDataset } from './testing/smallDataset';

function problems(mutate: (d: Record<string, unknown> & ReturnType<typeof smallDataset>) => void) {
  const d = smallDataset() as Record<string, unknown> & ReturnType<typeof smallDataset>;
  mutate(d);
  const r = validateDataset(JSON.parse(JSON.stringify(d)));
  return r.ok ? [] : r.problems.map(formatProblem);
}

describe('key events and the editor’s story order', () => {
  it('accepts key events and a story of known events', () => {
    expect(
      problems((d) => {
        d.events[0]!.key = true;
        d.meta.story = ['release', 'election'];
      }),
    ).toEqual([]);
  });

  it('says where the story names an unknown event or one twice, and a key that is not true/false', () => {
    expect(
      problems((d) => {
        (d.events[1] as unknown as Record<string, unknown>).key = 'yes';
        d.meta.story = ['election', 'nope', 'election'];
      }),
    ).toEqual([
      'events[1].key: must be true or false, not "yes"',
      'meta.story[1]: unknown event "nope"',
      'meta.story[2]: event "election" is in the story twice',
    ]);
  });

  it('says when the story is not a list', () => {
    expect(
      problems((d) => {
        (d.meta as unknown as Record<string, unknown>).story = 'election';
      }),
    ).toEqual(['meta.story: must be a list, not "election"']);
  });
});
