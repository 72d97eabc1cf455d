import { describe, expect, it } from 'vitest';
import { clusterMarker, placeLabel, placeMarker } from './markerElement';
import { schemeColour } from '../model/eventTypes';
import { aggregatePlaces } from './aggregatePlaces';
import { MINSK } from './mapFrame';
import { mapDataset } from './testing/mapDataset';
import { buildCatalog } from '../model/catalog';

function groups(mutate?: (d: ReturnType<typeof mapDataset>) => void) {
  const d = mapDataset();
  mutate?.(d);
  return aggregatePlaces(buildCatalog(d).events, MINSK.bounds, () => undefined).mapped;
}
const find = (id: string, gs = groups()) => gs.find((g) => g.place.id === id)!;

describe('place markers', () => {
  it('labels a place with its name and event count', () => {
    expect(placeLabel(find('okrestina'))).toBe('Okrestina detention centre: 1 event');
    expect(placeLabel(find('cec'))).toBe('Central Elections Committee: 3 events');
  });

  it('says when a place is only known to the city', () => {
    expect(placeLabel(find('minsk'))).toBe('Minsk (somewhere in the city): 1 event');
    const m = placeMarker(find('minsk'));
    expect(m.element.classList.contains('em-area')).toBe(true);
    expect(placeMarker(find('cec')).element.classList.contains('em-exact')).toBe(true);
    expect(m.size).toBeGreaterThan(placeMarker(find('okrestina')).size);
  });

  it('shows the count and the mix of types', () => {
    const m = placeMarker(find('cec'));
    expect(m.element.querySelector('.em-count')?.textContent).toBe('3');
    expect(m.element.style.getPropertyValue('--em-fill')).toMatch(/conic-gradient/);
    expect(placeMarker(find('okrestina')).element.querySelector('.em-count')).toBeNull();
  });

  it('renders names from data as text, never as markup', () => {
    const gs = groups((d) => (d.places[1]!.name = '<img src=x onerror="alert(1)">'));
    const m = placeMarker(find('okrestina', gs));
    expect(m.label).toBe('<img src=x onerror="alert(1)">: 1 event');
    expect(m.element.querySelector('img')).toBeNull();
  });

  it('only lets hex colours into styles', () => {
    expect(schemeColour({ id: 'a', label: 'A', colour: '#1f77b4', colourDark: '#aabbcc' })).toBe(
      'light-dark(#1f77b4, #aabbcc)',
    );
    expect(
      schemeColour({ id: 'a', label: 'A', colour: 'red;background:url(x)', colourDark: 'x' }),
    ).toBe('light-dark(#5b6167, #a0a6ad)');
  });
});

describe('cluster markers', () => {
  it('shows the event count and says how to open it', () => {
    const m = clusterMarker(3, 12);
    expect(m.element.textContent).toBe('12');
    expect(m.label).toBe('3 places with 12 events; zoom in');
    expect(clusterMarker(40_000, 50_000).element.textContent).toBe('50k');
  });
});
