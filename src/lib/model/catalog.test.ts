import { describe, expect, it } from 'vitest';
import { buildCatalog } from './catalog';
import { DECLARED_TYPE_COLOURS, EVENT_TYPES } from './eventTypes';
import { smallDataset } from './testing/smallDataset';

describe('buildCatalog', () => {
  it('gives declared types their label and a colour of their own, after the built-in ones', () => {
    const d = smallDataset();
    d.meta.types = [
      { id: 'riots', label: 'Riots' },
      { id: 'battles', label: 'Battles' },
    ];
    d.events[0]!.type = 'battles';
    const c = buildCatalog(d);
    expect(c.types.map((t) => t.id)).toEqual([...EVENT_TYPES.map((t) => t.id), 'riots', 'battles']);
    expect(c.byId.get('release')!.type).toEqual({
      id: 'battles',
      label: 'Battles',
      colour: DECLARED_TYPE_COLOURS[1],
      colourDark: DECLARED_TYPE_COLOURS[1],
    });
    expect(c.byId.get('protests')!.type.label).toBe('Protest');
  });

  it('has no publication date when the dataset gives none', () => {
    const d = smallDataset();
    delete d.meta.published;
    expect(buildCatalog(d).published).toBeNull();
    expect(buildCatalog(smallDataset()).published?.text).toBe('2020-08-15');
  });
});
