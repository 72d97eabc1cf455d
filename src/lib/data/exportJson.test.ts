import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { buildCatalog } from '../model/catalog';
import { smallDataset } from '../model/testing/smallDataset';
import { validateDataset } from '../model/validateDataset';
import type { Dataset } from '../model/types';
import { parseDatasetText } from './loadDataset';
import { exportJson, selectionDataset } from './exportJson';

function load(text: string): Dataset {
  const r = parseDatasetText(text, 'export.json');
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.dataset;
}

describe('exportJson', () => {
  it('round-trips every event of the small dataset', () => {
    const catalog = buildCatalog(smallDataset());
    const text = exportJson(catalog.events, catalog);
    expect(text).toContain('\n  "meta": {\n    "title": "Test reporting",');
    expect(text.endsWith('}\n')).toBe(true);
    const back = load(text);
    expect(back.events.map((e) => e.id)).toEqual(catalog.events.map((e) => e.id));
    expect(back.events).toEqual(catalog.events.map((e) => e.record));
    expect(back.actors).toEqual(catalog.dataset.actors);
    expect(back.places).toEqual(catalog.dataset.places);
    expect(back.meta.title).toBe('Test reporting');
    expect(back.meta.description).toBe('Three events for tests. Exported all 3 events.');
    expect(buildCatalog(back).events.map((e) => e.id)).toEqual(catalog.events.map((e) => e.id));
  });

  it('keeps only the actors, places and sources the selection refers to', () => {
    const d = smallDataset();
    d.meta.sources.push({ id: 'unused', publisher: 'P', title: 'T', published: '2020' });
    d.meta.license = 'CC BY 4.0';
    const catalog = buildCatalog(d);
    const chosen = catalog.events.filter((e) => e.id === 'protests');
    const text = exportJson(chosen, catalog, 'Filtered by type: Protest.');
    const back = load(text);
    expect(back.events).toEqual([catalog.byId.get('protests')!.record]);
    expect(back.actors.map((a) => a.id)).toEqual(['protesters', 'police']);
    expect(back.places.map((p) => p.id)).toEqual(['minsk']);
    expect(back.meta.sources.map((s) => s.id)).toEqual(['src']);
    expect(back.meta).toMatchObject({
      title: 'Test reporting (selection)',
      description:
        'Three events for tests. Exported selection of 1 of 3 events. Filtered by type: Protest.',
      language: 'en',
      published: '2020-08-15',
      license: 'CC BY 4.0',
    });
    // The catalog's dataset is not changed.
    expect(catalog.dataset.meta.sources).toHaveLength(2);
  });

  it('exports an empty selection that still validates', () => {
    const catalog = buildCatalog(smallDataset());
    const d = selectionDataset([], catalog);
    expect(validateDataset(d).ok).toBe(true);
    expect(d).toMatchObject({ actors: [], places: [], events: [] });
    expect(d.meta.description).toMatch(/Exported selection of 0 of 3 events\.$/);
  });

  it('round-trips the bundled dataset', () => {
    const text = readFileSync('data/belarus-2020-08.json', 'utf8');
    const catalog = buildCatalog(load(text));
    const half = catalog.events.filter((_, i) => i % 2 === 0);
    const back = load(exportJson(half, catalog));
    expect(back.events).toEqual(half.map((e) => e.record));
    const all = load(exportJson(catalog.events, catalog));
    expect(all.events).toEqual(catalog.events.map((e) => e.record));
    expect(all.actors).toEqual(
      catalog.dataset.actors.filter((a) =>
        catalog.events.some((e) => e.actors.some((x) => x.actor === a)),
      ),
    );
  });

  it('export → load → export gives the same file: the note is not added again', () => {
    const catalog = buildCatalog(smallDataset());
    const once = exportJson(catalog.events, catalog);
    const again = buildCatalog(load(once));
    expect(exportJson(again.events, again)).toBe(once);
    const part = exportJson([catalog.events[0]!], catalog);
    const partAgain = buildCatalog(load(part));
    const twice = load(exportJson(partAgain.events, partAgain));
    expect(twice.meta.title).toBe('Test reporting (selection)');
    expect(twice.meta.description).toBe(
      'Three events for tests. Exported selection of 1 of 3 events.',
    );
  });

  it('writes only the fields of the format, so a deep unknown field cannot break it', () => {
    const d = smallDataset() as Dataset & Record<string, unknown>;
    let deep: Record<string, unknown> = {};
    const root = deep;
    for (let i = 0; i < 100_000; i++) deep = (deep.next = {}) as Record<string, unknown>;
    d.extra = root;
    (d.meta as unknown as Record<string, unknown>).deep = root;
    (d.events[0] as unknown as Record<string, unknown>).deep = root;
    (d.events[0]!.actors[0] as unknown as Record<string, unknown>).deep = root;
    (d.places[0] as unknown as Record<string, unknown>).deep = root;
    const catalog = buildCatalog(d);
    const text = exportJson(catalog.events, catalog);
    expect(text).not.toContain('deep');
    expect(text).not.toContain('extra');
    expect(load(text).events.map((e) => e.id)).toEqual(catalog.events.map((e) => e.id));
  });
});
