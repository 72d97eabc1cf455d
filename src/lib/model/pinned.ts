import type { Place } from './types';

/**
 * Whether the map pins a place: anything more precise than a country. A pin
 * for a country-wide event would claim a spot the reporting never gives, so
 * such events are listed beside the map instead.
 */
export function isPinned(place: Place | null | undefined): boolean {
  return place != null && place.precision !== 'country';
}
