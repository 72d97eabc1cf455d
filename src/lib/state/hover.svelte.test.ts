import { describe, expect, it } from 'vitest';
import { flushSync } from 'svelte';
import { AppState } from './appState.svelte';
import { smallDataset } from '../model/testing/smallDataset';

describe('hovering', () => {
  it('tells the views only when what is hovered changes', () => {
    const app = new AppState();
    app.setDataset(smallDataset());
    const seen: string[][] = [];
    const stop = $effect.root(() => {
      $effect(() => {
        seen.push([...app.hoveredIds]);
      });
    });
    flushSync();
    // A pointer leaving marker after marker while the map moves: nothing, again and again.
    app.hover([]);
    flushSync();
    app.hover(['release']);
    flushSync();
    app.hover(['release']);
    flushSync();
    app.hover(['release', 'election']);
    flushSync();
    app.hover([]);
    flushSync();
    app.hover([]);
    flushSync();
    stop();
    expect(seen).toEqual([[], ['release'], ['release', 'election'], []]);
  });
});
