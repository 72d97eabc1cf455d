import { describe, expect, it } from 'vitest';
import { AppState } from './appState.svelte';
import { smallDataset } from '../model/testing/smallDataset';
import { parseUrlState, serializeUrlState } from './urlState';
import { applyUrlState, readUrlState } from './urlSync.svelte';
import { flushSync } from 'svelte';

function app(): AppState {
  const a = new AppState();
  const d = smallDataset();
  d.events.push({ ...d.events[0]!, id: 'rule', date: '1994/..', type: 'politics' });
  d.meta.story = ['release', 'election', 'protests', 'rule'];
  a.setDataset(d);
  return a;
}

describe('story mode', () => {
  it('opens on the title card, then follows the editor’s order', () => {
    const a = app();
    a.startStory();
    expect(a.story?.at).toBeNull();
    expect(a.storyAt).toMatchObject({ n: 0, total: 4 });
    a.storyStep(1);
    expect(a.story?.at).toBe('release');
    expect(a.selectedId).toBe('release');
    a.storyStep(1);
    expect(a.selectedId).toBe('election');
    a.storyStep(-1);
    a.storyStep(-1);
    expect(a.story?.at).toBeNull();
  });

  it('frames an outlier with the week it leads to', () => {
    const a = app();
    a.goToStory('rule');
    expect(new Date(a.view![0]).getUTCFullYear()).toBeLessThanOrEqual(1994);
    expect(a.view![1]).toBeGreaterThanOrEqual(a.defaultView![1]);
  });

  it('keeps the step on its event when a filter changes mid-story', () => {
    const a = app();
    a.goToStory('election');
    a.toggleFilter('types', 'protest');
    expect(a.story?.at).toBe('election');
    expect(a.selectedId).toBe('election');
    expect(readUrlState(a).story).toBe('election');
    // The step is now outside the filters; the story goes on from where it is.
    expect(a.storyAt?.n).toBe(0);
    a.storyStep(1);
    expect(a.story?.at).toBe('protests');
  });

  it('gives back the window and filters it started from', () => {
    const a = app();
    const before = a.view;
    a.toggleFilter('types', 'election', true);
    a.toggleFilter('types', 'release', true);
    a.startStory();
    a.goToStory('rule');
    a.toggleFilter('types', 'politics', true);
    expect(a.view).not.toEqual(before);
    a.stopStory();
    expect(a.story).toBeNull();
    expect(a.view).toEqual(before);
    expect(a.filters.types).toEqual(['election', 'release']);
  });

  it('opens a link on its step by event id, the title card by "intro", and an older numbered link', () => {
    const a = app();
    const notices = applyUrlState(a, parseUrlState('?story=protests').state);
    flushSync();
    expect(notices).toEqual([]);
    expect(a.story?.at).toBe('protests');
    expect(a.selectedId).toBe('protests');
    expect(serializeUrlState(readUrlState(a))).toContain('story=protests');
    applyUrlState(a, parseUrlState('?story=intro').state);
    expect(a.story?.at).toBeNull();
    applyUrlState(a, parseUrlState('?story=2').state);
    expect(a.story?.at).toBe('election');
    expect(applyUrlState(a, parseUrlState('?story=nope').state)).toEqual([
      `The link's story step "nope" is not an event in this dataset`,
    ]);
  });
});
