import { afterEach, describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import AppHarness from '../testing/AppHarness.svelte';
import StoryCard from './StoryCard.svelte';
import { AppState } from '../../lib/state/appState.svelte';
import { mapDataset } from '../../lib/map/testing/mapDataset';

afterEach(() => history.replaceState(null, '', '/'));

describe('StoryCard', () => {
  it('says where each step happened, and when the map cannot pin it', () => {
    const app = new AppState();
    app.setDataset(mapDataset());
    render(AppHarness, { props: { app, view: StoryCard } });
    const place = () => document.querySelector('.story .place')?.textContent?.trim();
    const steps: [string, string][] = [
      ['hug', 'Central Elections Committee'],
      ['city-march', 'Minsk'],
      ['vote', 'Belarus, country-wide: not pinned on the map'],
      ['video', 'No place given: not on the map'],
    ];
    for (const [id, text] of steps) {
      app.goToStory(id);
      flushSync();
      expect(place(), id).toBe(text);
    }
    expect(screen.getByRole('region', { name: 'Story mode' })).toBeInTheDocument();
  });
});
