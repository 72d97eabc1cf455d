import { describe, expect, it } from 'vitest';
import { buildCatalog } from './catalog';
import { smallDataset } from './testing/smallDataset';
import { storyOrder, storyPosition } from './storyOrder';

describe('story order', () => {
  it('follows time without an editor’s order', () => {
    const c = buildCatalog(smallDataset());
    expect(storyOrder(c).map((e) => e.id)).toEqual(c.events.map((e) => e.id));
  });

  it('follows the editor’s order when the dataset gives one', () => {
    const d = smallDataset();
    d.meta.story = ['release', 'election'];
    expect(storyOrder(buildCatalog(d)).map((e) => e.id)).toEqual(['release', 'election']);
  });

  it('counts steps among those the filters leave, and keeps a hidden step’s place', () => {
    const c = buildCatalog(smallDataset());
    const order = storyOrder(c);
    const ids = order.map((e) => e.id);
    const all = storyPosition(order, () => true, ids[1]!);
    expect(all).toMatchObject({ n: 2, total: 3 });
    expect(all.previous?.id).toBe(ids[0]);
    expect(all.next?.id).toBe(ids[2]);
    // The current step filtered out: the story stays on it, its neighbours still come next.
    const hidden = storyPosition(order, (e) => e.id !== ids[1], ids[1]!);
    expect(hidden).toMatchObject({ n: 0, total: 2 });
    expect(hidden.previous?.id).toBe(ids[0]);
    expect(hidden.next?.id).toBe(ids[2]);
    const intro = storyPosition(order, () => true, null);
    expect(intro.n).toBe(0);
    expect(intro.next?.id).toBe(ids[0]);
  });
});
