import { describe, expect, it } from 'vitest';
import { AppState } from './appState.svelte';
import { factsDataset } from '../model/testing/factsDataset';
import { defaultUrlState, parseUrlState, serializeUrlState } from './urlState';
import { applyUrlState, readUrlState } from './urlSync.svelte';

function app(): AppState {
  const a = new AppState();
  a.setDataset(factsDataset());
  return a;
}

describe('links carry actor groups and group lanes', () => {
  it('reads groups= and lanes=group, and writes them back', () => {
    const { state, notices } = parseUrlState(
      '?groups=security-forces,belarusian-state&lanes=group',
    );
    expect(notices).toEqual([]);
    expect(state).toEqual({
      ...defaultUrlState(),
      groups: ['security-forces', 'belarusian-state'],
      lanes: 'group',
    });
    expect(serializeUrlState(state)).toBe('?groups=security-forces,belarusian-state&lanes=group');
    expect(serializeUrlState(defaultUrlState())).toBe('');
  });

  it('applies a link’s groups to the filters, and a filter by group to the link', () => {
    const a = app();
    applyUrlState(a, parseUrlState('?groups=security-forces&dates=all').state);
    expect(a.filters.groups).toEqual(['security-forces']);
    expect(a.visible.map((e) => e.id)).toEqual(['protests', 'pledge', 'apology']);
    a.toggleFilter('groups', 'belarusian-state');
    expect(readUrlState(a).groups).toEqual(['security-forces', 'belarusian-state']);
  });

  it('ignores a group the dataset does not have, with a notice', () => {
    const a = app();
    const notices = applyUrlState(a, parseUrlState('?groups=army,security-forces').state);
    expect(notices).toEqual(['Ignored unknown actor group "army" in the link']);
    expect(a.filters.groups).toEqual(['security-forces']);
  });

  it('clears groups with the other filters, and gives them back after a story', () => {
    const a = app();
    a.toggleFilter('groups', 'security-forces');
    a.startStory();
    a.filters.groups = [];
    a.stopStory();
    expect(a.filters.groups).toEqual(['security-forces']);
    a.resetFilters();
    expect(a.filters.groups).toEqual([]);
  });
});
