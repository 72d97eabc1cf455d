import type { FeatureCollection } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { feature } from 'topojson-client';

export type CountriesTopology = Topology<{ countries: GeometryCollection }>;

export function countryShapes(topology: CountriesTopology): FeatureCollection {
  return feature(topology, topology.objects.countries);
}

/**
 * Country shapes from Natural Earth (world-atlas), for when tiles cannot
 * load. The 50m atlas is large and most readers never need it, so it is a
 * separate file fetched on demand (same origin: it works offline).
 */
export async function loadFallbackBasemap(
  fetchFn: typeof fetch = fetch,
): Promise<FeatureCollection> {
  const { default: url } = await import('world-atlas/countries-50m.json?url');
  const res = await fetchFn(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return countryShapes((await res.json()) as CountriesTopology);
}

/** Natural Earth is public domain; credit it all the same. A constant: safe as markup. */
export const FALLBACK_ATTRIBUTION =
  'Basemap: <a href="https://www.naturalearthdata.com/">Natural Earth</a>';
