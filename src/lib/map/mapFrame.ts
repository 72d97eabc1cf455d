import type { CatalogEvent } from '../model/catalog';
import type { Place } from '../model/types';
import { isPinned } from '../model/pinned';

/** A latitude/longitude box in WGS84 degrees. */
export interface Bounds {
  south: number;
  west: number;
  north: number;
  east: number;
}

/** The area the map opens on, and what counts as "on this map" for the off-map list. */
export interface Frame {
  /** Used in "Outside <name>": a city's name, "the main area" or "the map". */
  name: string;
  center: [lat: number, lon: number];
  /** Opening zoom at the reference map size; see `fitZoom` for the map's own size. */
  zoom: number;
  /** What counts as on this map. */
  bounds: Bounds;
  /** The places the opening view must show, padded; `fitZoom` fits it to a map's size. */
  content: Bounds;
}

/** Minsk inside and just beyond its ring road (MKAD). */
export const MINSK: Frame = {
  name: 'Minsk',
  center: [53.9, 27.56],
  zoom: 11,
  bounds: { south: 53.8, west: 27.36, north: 54.0, east: 27.76 },
  content: { south: 53.8, west: 27.36, north: 54.0, east: 27.76 },
};

const WHOLE_WORLD: Bounds = { south: -90, west: -180, north: 90, east: 180 };

/** The frame when no place can be framed: the whole world. */
export const WORLD: Frame = {
  name: 'the map',
  center: [20, 0],
  zoom: 2,
  bounds: WHOLE_WORLD,
  content: WHOLE_WORLD,
};

export function inBounds(b: Bounds, lat: number, lon: number): boolean {
  if (lat < b.south || lat > b.north) return false;
  // A frame near the antimeridian may run past ±180.
  return [lon, lon - 360, lon + 360].some((x) => x >= b.west && x <= b.east);
}

/** Radius of a city-scale area around its busiest place. */
const AREA_KM = 30;
/** A frame is at least this big around its centre: about Minsk inside its ring road. */
const MIN_HALF_NS_KM = 11;
const MIN_HALF_EW_KM = 13;
/** Room around the outermost places of the area. */
const PAD_KM = 2;
/** The closest a frame opens: a whole city (as `eventMap` shows a city place). */
const CITY_ZOOM = 11;
/** Above this many distinct places, places are first binned into cells of GRID_DEG. */
const GRID_ABOVE = 2000;
const GRID_DEG = 0.25;
/** Map size `frameFor` fits its zoom to; the panel refits to its own with `fitZoom`. */
const REFERENCE_SIZE = { width: 800, height: 420 };

const KM_PER_DEG = 111.32;
const rad = (deg: number) => (deg * Math.PI) / 180;
/** Longitude difference b - a, in (-180, 180]. */
const dLon = (a: number, b: number) => ((((b - a) % 360) + 540) % 360) - 180;
const kmPerDegLon = (lat: number) => KM_PER_DEG * Math.max(Math.cos(rad(lat)), 0.01);

interface Point {
  lat: number;
  lon: number;
  weight: number;
}

/** Equirectangular distance: accurate to well under a percent at city scale. */
function km(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const y = (b.lat - a.lat) * KM_PER_DEG;
  const x = dLon(a.lon, b.lon) * kmPerDegLon((a.lat + b.lat) / 2);
  return Math.hypot(x, y);
}

/** The point whose AREA_KM neighbourhood holds the most weight; ties go to the heavier point, then the first. */
function densest<T extends Point>(points: readonly T[]): T {
  const maxDLat = AREA_KM / KM_PER_DEG;
  let best = points[0]!;
  let bestSum = -1;
  for (const p of points) {
    let sum = 0;
    for (const q of points) {
      if (Math.abs(q.lat - p.lat) <= maxDLat && km(p, q) <= AREA_KM) sum += q.weight;
    }
    if (sum > bestSum || (sum === bestSum && p.weight > best.weight)) {
      best = p;
      bestSum = sum;
    }
  }
  return best;
}

/** Cells of GRID_DEG, each at the weighted centre of its places. */
function binned(points: readonly Point[]): Point[] {
  const cells = new Map<string, { lat: number; lon: number; weight: number; n: number }>();
  for (const p of points) {
    const key = `${Math.floor(p.lat / GRID_DEG)},${Math.floor(p.lon / GRID_DEG)}`;
    const c = cells.get(key);
    // Weight 0 places count a little, so a cell's centre is defined.
    const w = p.weight || 1e-9;
    if (c) {
      c.lat += p.lat * w;
      c.lon += p.lon * w;
      c.weight += p.weight;
      c.n += w;
    } else cells.set(key, { lat: p.lat * w, lon: p.lon * w, weight: p.weight, n: w });
  }
  return [...cells.values()].map((c) => ({ lat: c.lat / c.n, lon: c.lon / c.n, weight: c.weight }));
}

/** Web Mercator y of a latitude, 0 at the top of the world and 1 at the bottom. */
function mercatorY(lat: number): number {
  const s = Math.sin(rad(Math.max(-85.0511, Math.min(85.0511, lat))));
  return 0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI);
}

/**
 * The highest whole zoom at which `box` fits a map of width × height pixels
 * (as Leaflet's fitBounds with no padding), at most `maxZoom`, at least 2.
 */
export function fitZoom(box: Bounds, width: number, height: number, maxZoom = CITY_ZOOM): number {
  if (!(width > 0 && height > 0)) ({ width, height } = REFERENCE_SIZE);
  const dx = (box.east - box.west) / 360;
  const dy = mercatorY(box.south) - mercatorY(box.north);
  const scale = Math.min(dx > 0 ? width / dx : Infinity, dy > 0 ? height / dy : Infinity);
  const zoom = Math.floor(Math.log2(scale / 256) + 1e-9);
  return Math.max(2, Math.min(maxZoom, Number.isFinite(zoom) ? zoom : maxZoom));
}

/**
 * The frame a dataset opens on: the city-scale area (places within AREA_KM of
 * the place with the most events within AREA_KM) holding most events, named
 * after its city if it has a place of city precision. Country-wide places and
 * places no event uses never choose the area; the whole world when nothing can
 * be framed.
 */
export function frameFor(places: readonly Place[], events: readonly CatalogEvent[]): Frame {
  const uses = new Map<string, number>();
  for (const e of events) if (e.place) uses.set(e.place.id, (uses.get(e.place.id) ?? 0) + 1);

  const candidates = places
    .filter((p) => isPinned(p) && Number.isFinite(p.lat) && Number.isFinite(p.lon))
    .map((place) => ({ place, lat: place.lat, lon: place.lon, weight: uses.get(place.id) ?? 0 }));
  if (!candidates.some((c) => c.weight > 0)) return WORLD;

  const seed: Point =
    candidates.length > GRID_ABOVE ? densest(binned(candidates)) : densest(candidates);
  const area = candidates.filter((c) => km(seed, c) <= AREA_KM);
  // Grid cells are coarse: their centre may fall just out of reach of any place.
  if (area.length === 0)
    area.push(candidates.reduce((a, b) => (km(seed, a) <= km(seed, b) ? a : b)));

  // The city it is named after: the nearest to the heart of the area.
  const city = area
    .filter((c) => c.place.precision === 'city')
    .sort((a, b) => km(seed, a) - km(seed, b) || b.weight - a.weight)[0];

  // Longitudes are taken relative to the seed, so an area across the antimeridian stays whole.
  const lons = area.map((c) => seed.lon + dLon(seed.lon, c.lon));
  const lats = area.map((c) => c.lat);
  const padLat = PAD_KM / KM_PER_DEG;
  let content: Bounds = {
    south: Math.min(...lats) - padLat,
    north: Math.max(...lats) + padLat,
    west: Math.min(...lons) - PAD_KM / kmPerDegLon(Math.min(...lats)),
    east: Math.max(...lons) + PAD_KM / kmPerDegLon(Math.max(...lats)),
  };
  let center: [number, number] = [
    (content.south + content.north) / 2,
    (content.west + content.east) / 2,
  ];
  if (city) {
    // Centred on the city: the content grows to be symmetric around it.
    const cLon = seed.lon + dLon(seed.lon, city.lon);
    center = [city.lat, cLon];
    const halfLat = Math.max(city.lat - content.south, content.north - city.lat);
    const halfLon = Math.max(cLon - content.west, content.east - cLon);
    content = {
      south: city.lat - halfLat,
      north: city.lat + halfLat,
      west: cLon - halfLon,
      east: cLon + halfLon,
    };
  }
  const minLat = MIN_HALF_NS_KM / KM_PER_DEG;
  const minLon = MIN_HALF_EW_KM / kmPerDegLon(center[0]);
  const bounds: Bounds = {
    south: Math.min(content.south, center[0] - minLat),
    north: Math.max(content.north, center[0] + minLat),
    west: Math.min(content.west, center[1] - minLon),
    east: Math.max(content.east, center[1] + minLon),
  };
  return {
    name: city ? city.place.name : 'the main area',
    center: [
      center[0],
      center[1] > 180 ? center[1] - 360 : center[1] < -180 ? center[1] + 360 : center[1],
    ],
    zoom: fitZoom(content, REFERENCE_SIZE.width, REFERENCE_SIZE.height),
    bounds,
    content,
  };
}
