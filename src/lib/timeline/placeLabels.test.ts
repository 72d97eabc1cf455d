import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { buildCatalog } from '../model/catalog';
import { defaultWindow } from '../model/window';
import type { Dataset } from '../model/types';
import { smallDataset } from '../model/testing/smallDataset';
import { buildLanes } from './lanes';
import { buildScene, COMPACT_ROW_HEIGHT } from './buildScene';
import { timeScale } from './timeScale';
import { labelFootprint } from './labelFootprint';
import { placeLabels, type PlacedLabel } from './placeLabels';
import { labelWidth, layoutLabels } from './layoutLabels';

const belarus = JSON.parse(readFileSync('data/belarus-2020-08.json', 'utf8')) as Dataset;

/** Whether two placed labels' boxes overlap (same baseline, x ranges intersect). */
function overlapping(labels: PlacedLabel[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < labels.length; i++) {
    for (let j = i + 1; j < labels.length; j++) {
      const a = labels[i]!;
      const b = labels[j]!;
      if (Math.abs(a.y - b.y) > 6) continue;
      const aw = labelWidth(a.text, a.key);
      const bw = labelWidth(b.text, b.key);
      if (a.x < b.x + bw && b.x < a.x + aw) out.push(`${a.eventId} / ${b.eventId}`);
    }
  }
  return out;
}

function articleView(width: number, compact: boolean) {
  const catalog = buildCatalog(belarus);
  const opening = defaultWindow(catalog.events, 0.8, catalog.published?.end)!;
  const lanes = buildLanes(
    catalog.events,
    'type',
    compact ? undefined : labelFootprint(opening, width),
  );
  const scene = buildScene(
    lanes,
    timeScale(opening, width),
    compact ? { header: 14, rowHeight: COMPACT_ROW_HEIGHT } : { header: 0 },
  );
  return { scene, labels: placeLabels(scene, width, null) };
}

describe('labels of the article’s opening view', () => {
  it('labels every mark on a desktop, with nothing overlapping', () => {
    // 444 px: the narrowest plot beside a gutter (a 560 px timeline).
    for (const width of [444, 715, 900, 1200]) {
      const { scene, labels } = articleView(width, false);
      const labelled = new Set(labels.map((l) => l.eventId));
      const unlabelled = scene.marks.map((m) => m.item.event.id).filter((id) => !labelled.has(id));
      expect(unlabelled, `at ${width} px`).toEqual([]);
      expect(overlapping(labels), `at ${width} px`).toEqual([]);
      for (const l of labels) {
        expect(l.x, l.eventId).toBeGreaterThanOrEqual(0);
        expect(l.x + labelWidth(l.text, l.key), l.eventId).toBeLessThanOrEqual(width);
      }
    }
  });

  it('labels the key event on a phone, cut to fit if need be, with nothing overlapping', () => {
    const { labels } = articleView(300, true);
    const key = labels.find((l) => l.eventId === 'riot-police-lower-shields');
    expect(key).toBeDefined();
    expect(key!.key).toBe(true);
    expect(key!.text.startsWith('Riot police lower')).toBe(true);
    expect(overlapping(labels)).toEqual([]);
  });
});

describe('placing labels', () => {
  it('always labels a key event, even among many marks, and never over another label', () => {
    const d = smallDataset();
    const base = d.events[0]!;
    d.events = Array.from({ length: 60 }, (_, i) => ({
      ...base,
      id: `e${i}`,
      title: `A fairly long title for event number ${i}`,
      date: `2020-08-${String(1 + (i % 28)).padStart(2, '0')}`,
      key: i === 37,
    }));
    const catalog = buildCatalog(d);
    const lanes = buildLanes(catalog.events, 'type');
    const scene = buildScene(lanes, timeScale([Date.UTC(2020, 7, 1), Date.UTC(2020, 7, 29)], 500));
    const labels = placeLabels(scene, 500, null);
    expect(labels.some((l) => l.eventId === 'e37' && l.key)).toBe(true);
    expect(overlapping(labels)).toEqual([]);
  });

  it('moves a label to another row with a leader when its own row is full', () => {
    const shown = layoutLabels(
      [
        { id: 'a', x: 10, row: 10, width: 200, priority: 5 },
        { id: 'b', x: 20, row: 10, width: 100, priority: 1, altRows: [30] },
      ],
      1000,
    );
    expect(shown.get('a')).toEqual({ x: 10, row: 10, leader: false });
    expect(shown.get('b')).toEqual({ x: 20, row: 30, leader: true });
  });

  it('lets a must-show label cover marks as a last resort, but not labels', () => {
    const shown = layoutLabels(
      [
        { id: 'label', x: 0, row: 1, width: 90, priority: 9 },
        { id: 'key', x: 0, row: 1, width: 80, priority: 1, must: true, slide: 300 },
      ],
      300,
      [{ row: 1, x0: 100, x1: 300 }],
    );
    const key = shown.get('key')!;
    expect(key).toBeDefined();
    // Clear of the label (90 px and a 6 px gap), though over the mark from 100.
    expect(key.x).toBeGreaterThanOrEqual(96);
  });

  it('slides a bar’s title along its bar without a leader', () => {
    const shown = layoutLabels(
      [
        { id: 'p', x: 10, row: 1, width: 60, priority: 9 },
        { id: 'bar', x: 5, row: 1, width: 80, priority: 1, slideTo: [5, 400] },
      ],
      1000,
    );
    expect(shown.get('bar')).toMatchObject({ row: 1, leader: false });
    expect(shown.get('bar')!.x).toBeGreaterThanOrEqual(76);
  });
});
