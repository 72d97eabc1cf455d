import type { DeclaredEventType } from './types';

/**
 * The built-in event types, with their label and colours: the one place in
 * code that defines them (a dataset may declare more in meta.types). Each type has a colour for the light and
 * one for the dark scheme (same hue), chosen together so that every pair stays
 * apart (CIEDE2000 ≥ 10) for normal vision and under simulated protanopia,
 * deuteranopia and tritanopia, and each mark keeps 3:1 contrast against its
 * scheme's background. palette.test.ts proves both.
 */
export interface EventType {
  id: string;
  label: string;
  /** On the light background. */
  colour: string;
  /** On the dark background. */
  colourDark: string;
}

export const EVENT_TYPES = [
  { id: 'election', label: 'Election', colour: '#392a67', colourDark: '#8d79be' },
  { id: 'protest', label: 'Protest', colour: '#ca0201', colourDark: '#f74125' },
  { id: 'detention', label: 'Detention', colour: '#8b6a64', colourDark: '#ddb7b0' },
  { id: 'violence', label: 'Violence', colour: '#6b1138', colourDark: '#bf6180' },
  { id: 'release', label: 'Release', colour: '#457035', colourDark: '#719d5e' },
  { id: 'solidarity', label: 'Solidarity', colour: '#5c74b0', colourDark: '#9fb4f5' },
  { id: 'statement', label: 'Statement', colour: '#c47207', colourDark: '#fa9f3e' },
  { id: 'media', label: 'Broadcast / media', colour: '#25979d', colourDark: '#8af0f5' },
  { id: 'diplomacy', label: 'Diplomacy', colour: '#5b6167', colourDark: '#a0a6ad' },
  { id: 'politics', label: 'Politics', colour: '#849759', colourDark: '#d8eba9' },
] as const satisfies readonly EventType[];

export type EventTypeId = (typeof EVENT_TYPES)[number]['id'];

const byId = new Map<string, EventType>(EVENT_TYPES.map((t) => [t.id, t]));

export function isEventType(id: string): id is EventTypeId {
  return byId.has(id);
}

const NEUTRAL = { colour: '#5b6167', colourDark: '#a0a6ad' };

/** The type's label and colours; an unknown id (never in a validated dataset) gets a neutral entry. */
export function eventType(id: string): EventType {
  return byId.get(id) ?? { id, label: id, ...NEUTRAL };
}

const HEX = /^#[0-9a-f]{6}$/i;

/** A colour for CSS that follows the reader's colour scheme (`color-scheme: light dark`). */
export function schemeColour(type: EventType): string {
  const light = HEX.test(type.colour) ? type.colour : NEUTRAL.colour;
  const dark = HEX.test(type.colourDark) ? type.colourDark : NEUTRAL.colourDark;
  return `light-dark(${light}, ${dark})`;
}

/**
 * Colours for types a dataset declares (meta.types), given in declaration
 * order and reused after the last. Each keeps 3:1 contrast against the light
 * and dark page and panel backgrounds (#ffffff, #f5f7f9, #14171b, #1e2227).
 */
export const DECLARED_TYPE_COLOURS = [
  '#3182bd',
  '#d95f02',
  '#1b9e77',
  '#e7298a',
  '#7570b3',
  '#4d9221',
  '#a6761d',
  '#d7301f',
  '#2b8cbe',
  '#8c6d31',
] as const;

/** The built-in types followed by the dataset's declared ones: lane and filter order. */
export function datasetEventTypes(declared: readonly DeclaredEventType[] = []): EventType[] {
  return [
    ...EVENT_TYPES,
    ...declared.map((t, i) => {
      // One colour serves both schemes: each keeps 3:1 against either background.
      const colour = DECLARED_TYPE_COLOURS[i % DECLARED_TYPE_COLOURS.length]!;
      return { id: t.id, label: t.label, colour, colourDark: colour };
    }),
  ];
}
