/** A latitude/longitude box in WGS84 degrees. */
export interface Bounds {
  south: number;
  west: number;
  north: number;
  east: number;
}

/** The area the map opens on, and what counts as "on this map" for the off-map list. */
export interface Frame {
  name: string;
  center: [lat: number, lon: number];
  zoom: number;
  bounds: Bounds;
}

/** Minsk inside and just beyond its ring road (MKAD). */
export const MINSK: Frame = {
  name: 'Minsk',
  center: [53.9, 27.56],
  zoom: 11,
  bounds: { south: 53.8, west: 27.36, north: 54.0, east: 27.76 },
};

export function inBounds(b: Bounds, lat: number, lon: number): boolean {
  return lat >= b.south && lat <= b.north && lon >= b.west && lon <= b.east;
}
