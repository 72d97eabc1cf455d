import { describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import MapHarness from './testing/MapHarness.svelte';
import { AppState } from '../../lib/state/appState.svelte';
import { mapDataset } from '../../lib/map/testing/mapDataset';

function setup() {
  const app = new AppState();
  app.setDataset(mapDataset());
  // Every event, whatever window the timeline opens on.
  app.filters.range = null;
  const onshowplace = vi.fn();
  render(MapHarness, { props: { app, view: 'off-map', onshowplace } });
  return { app, onshowplace };
}

describe('the "Not on this map" list', () => {
  it('counts the events the Minsk map cannot show and lists them by reason', async () => {
    setup();
    const summary = screen.getByText(/^Not on this map:/);
    expect(summary).toHaveTextContent('Not on this map: 3 events');
    await userEvent.click(summary);
    const outside = screen.getByRole('region', { name: 'Outside Minsk' });
    expect(outside).toHaveTextContent('Moscow Kremlin (1 event)');
    expect(within(outside).getByRole('button', { name: /Kremlin call/ })).toBeVisible();
    const country = screen.getByRole('region', { name: 'Country-wide, no exact place' });
    expect(country).toHaveTextContent('Belarus (1 event)');
    expect(within(country).getByRole('button', { name: /Presidential election/ })).toBeVisible();
    const unplaced = screen.getByRole('region', { name: /No place given/ });
    expect(within(unplaced).getByRole('button', { name: /Video published/ })).toBeVisible();
    // Events with a place in Minsk are on the map, not here.
    expect(screen.queryByRole('button', { name: /Detainees leave Okrestina/ })).toBeNull();
  });

  it('selects an event and lights it up while pointed at', async () => {
    const { app } = setup();
    await userEvent.click(screen.getByText(/^Not on this map:/));
    const button = screen.getByRole('button', { name: /Kremlin call/ });
    await userEvent.hover(button);
    expect([...app.hoveredIds]).toEqual(['call']);
    await userEvent.click(button);
    expect(app.selectedId).toBe('call');
    expect(button).toHaveAttribute('aria-current', 'true');
    await userEvent.unhover(button);
    expect(app.hoveredIds.size).toBe(0);
  });

  it('follows the filters', async () => {
    const { app } = setup();
    app.filters.types = ['media', 'protest'];
    await Promise.resolve();
    expect(screen.getByText(/^Not on this map:/)).toHaveTextContent('Not on this map: 1 event');
    app.filters.types = ['release'];
    await Promise.resolve();
    expect(screen.getByText(/^Not on this map:/)).toHaveTextContent('Not on this map: 0 events');
  });

  it('offers to show a place outside Minsk on the map', async () => {
    const { onshowplace } = setup();
    await userEvent.click(screen.getByText(/^Not on this map:/));
    await userEvent.click(screen.getByRole('button', { name: 'Show Moscow Kremlin on the map' }));
    expect(onshowplace).toHaveBeenCalledWith(
      expect.objectContaining({ place: expect.objectContaining({ id: 'kremlin' }) }),
    );
  });

  it('closes with Escape, returning focus to its summary', async () => {
    setup();
    const summary = screen.getByText(/^Not on this map:/);
    await userEvent.click(summary);
    const details = summary.closest('details')!;
    expect(details.open).toBe(true);
    screen.getByRole('button', { name: /Kremlin call/ }).focus();
    await userEvent.keyboard('{Escape}');
    expect(details.open).toBe(false);
    expect(summary).toHaveFocus();
  });
});
