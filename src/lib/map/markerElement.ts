import type { PlaceGroup } from './aggregatePlaces';
import type { PlacePrecision } from '../model/types';
import { schemeColour } from '../model/eventTypes';
import { plural } from '../model/formatCount';

/** A marker's DOM, built from nodes and text only: place names come from datasets. */
export interface MarkerContent {
  element: HTMLElement;
  /** Diameter in pixels; the marker is anchored at its centre. */
  size: number;
  label: string;
}

/** Precisions drawn as an area: the article names the district, city or region, not a spot. */
const AREA_WORDS: Partial<Record<PlacePrecision, string>> = {
  district: 'somewhere in the district',
  city: 'somewhere in the city',
  region: 'somewhere in the region',
};

/** Radius in metres of the faint area drawn around an imprecise place. */
export const AREA_RADIUS: Partial<Record<PlacePrecision, number>> = {
  district: 2_000,
  city: 9_000,
  region: 60_000,
};

export function isArea(precision: PlacePrecision): boolean {
  return precision in AREA_WORDS;
}

export function placeLabel(g: PlaceGroup): string {
  const area = AREA_WORDS[g.place.precision];
  return `${g.place.name}${area ? ` (${area})` : ''}: ${plural(g.count, 'event')}`;
}

export function clusterLabel(places: number, events: number): string {
  return `${plural(places, 'place')} with ${plural(events, 'event')}; zoom in`;
}

function badge(count: number): HTMLElement {
  const el = document.createElement('span');
  el.className = 'em-count';
  el.textContent = count > 999 ? `${Math.floor(count / 1000)}k` : String(count);
  return el;
}

/** The share of each type as a conic gradient: the marker shows the type breakdown. */
function typeGradient(g: PlaceGroup): string {
  if (g.types.length === 1) return schemeColour(g.dominant);
  let at = 0;
  const stops = g.types.map(({ type, count }) => {
    const from = at;
    at += (count / g.count) * 360;
    return `${schemeColour(type)} ${from.toFixed(1)}deg ${at.toFixed(1)}deg`;
  });
  return `conic-gradient(${stops.join(', ')})`;
}

export function placeMarker(g: PlaceGroup): MarkerContent {
  const area = isArea(g.place.precision);
  const grow = Math.sqrt(g.count - 1);
  const size = Math.round(area ? Math.min(44, 28 + 3 * grow) : Math.min(34, 16 + 3 * grow));
  const element = document.createElement('span');
  element.className = `em-marker ${area ? 'em-area' : 'em-exact'}`;
  element.style.setProperty('--em-colour', schemeColour(g.dominant));
  // Through a custom property, which holds any value: the type colours follow the colour scheme.
  if (!area) element.style.setProperty('--em-fill', typeGradient(g));
  if (g.count > 1) element.append(badge(g.count));
  // The place's name beside it (shown by CSS only when few markers are on screen):
  // orientation even on the bundled basemap, which has no streets.
  const name = document.createElement('span');
  name.className = 'em-name';
  name.setAttribute('aria-hidden', 'true');
  name.textContent = g.place.name;
  element.append(name);
  return { element, size, label: placeLabel(g) };
}

export function clusterMarker(places: number, events: number): MarkerContent {
  const element = document.createElement('span');
  element.className = 'em-marker em-cluster';
  element.textContent = events > 9999 ? `${Math.round(events / 1000)}k` : String(events);
  const size = Math.round(Math.min(56, 30 + 6 * Math.log10(events)));
  return { element, size, label: clusterLabel(places, events) };
}
