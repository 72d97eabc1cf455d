import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { countryShapes, loadFallbackBasemap, type CountriesTopology } from './fallbackBasemap';

const atlas = readFileSync('node_modules/world-atlas/countries-50m.json', 'utf8');

describe('fallback basemap', () => {
  it('turns the atlas into GeoJSON countries, Belarus among them', () => {
    const fc = countryShapes(JSON.parse(atlas) as CountriesTopology);
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features.length).toBeGreaterThan(200);
    const belarus = fc.features.find((f) => f.properties?.name === 'Belarus');
    expect(belarus?.geometry.type).toMatch(/Polygon/);
  });

  it('fetches the atlas from this site', async () => {
    const fetchFn = vi.fn(async (_url: string) => new Response(atlas));
    const fc = await loadFallbackBasemap(fetchFn as unknown as typeof fetch);
    expect(fc.features.length).toBeGreaterThan(200);
    expect(fetchFn.mock.calls[0]![0]).toMatch(/countries-50m.*\.json$/);
  });

  it('fails loudly when the atlas is missing', async () => {
    const fetchFn = async () => new Response('', { status: 404 });
    await expect(loadFallbackBasemap(fetchFn as typeof fetch)).rejects.toThrow(/404/);
  });
});
