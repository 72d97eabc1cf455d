import type { DeclaredEventType } from './types';

/**
 * The built-in event types, with their label and colour: the one place in
 * code that defines them (a dataset may declare more in meta.types). Colours
 * are chosen to keep 3:1 contrast against both the light and the dark
 * background for marks.
 */
export interface EventType {
  id: string;
  label: string;
  colour: string;
}

export const EVENT_TYPES = [
  { id: 'election', label: 'Election', colour: '#6a3d9a' },
  { id: 'protest', label: 'Protest', colour: '#d62728' },
  { id: 'detention', label: 'Detention', colour: '#8c564b' },
  { id: 'violence', label: 'Violence', colour: '#b2182b' },
  { id: 'release', label: 'Release', colour: '#2ca02c' },
  { id: 'solidarity', label: 'Solidarity', colour: '#1f77b4' },
  { id: 'statement', label: 'Statement', colour: '#d9730d' },
  { id: 'media', label: 'Broadcast / media', colour: '#17becf' },
  { id: 'diplomacy', label: 'Diplomacy', colour: '#7f7f7f' },
  { id: 'politics', label: 'Politics', colour: '#bcbd22' },
] as const satisfies readonly EventType[];

export type EventTypeId = (typeof EVENT_TYPES)[number]['id'];

const byId = new Map<string, EventType>(EVENT_TYPES.map((t) => [t.id, t]));

export function isEventType(id: string): id is EventTypeId {
  return byId.has(id);
}

/** The type's label and colour; an unknown id (never in a validated dataset) gets a neutral entry. */
export function eventType(id: string): EventType {
  return byId.get(id) ?? { id, label: id, colour: '#555555' };
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
    ...declared.map((t, i) => ({
      id: t.id,
      label: t.label,
      colour: DECLARED_TYPE_COLOURS[i % DECLARED_TYPE_COLOURS.length]!,
    })),
  ];
}
