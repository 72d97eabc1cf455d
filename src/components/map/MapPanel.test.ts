import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import MapHarness from './testing/MapHarness.svelte';
import { AppState } from '../../lib/state/appState.svelte';
import { mapDataset } from '../../lib/map/testing/mapDataset';
import type { Dataset } from '../../lib/model/types';

// jsdom lays nothing out; Leaflet reads the map's size from these.
const sizes = { clientWidth: 800, clientHeight: 420 };
const saved = new Map<string, PropertyDescriptor | undefined>();
beforeAll(() => {
  for (const [prop, value] of Object.entries(sizes)) {
    saved.set(prop, Object.getOwnPropertyDescriptor(HTMLElement.prototype, prop));
    Object.defineProperty(HTMLElement.prototype, prop, {
      configurable: true,
      get(this: HTMLElement) {
        return this.classList.contains('em-map') ? value : 0;
      },
    });
  }
});
afterAll(() => {
  for (const [prop, d] of saved) if (d) Object.defineProperty(HTMLElement.prototype, prop, d);
});
afterEach(() => history.replaceState(null, '', '/'));

/** The map with its markers drawn (they follow a frame after the rest of the page). */
async function setup(query = '?tiles=none', dataset: Dataset = mapDataset()) {
  history.replaceState(null, '', `/${query}`);
  const app = new AppState();
  app.setDataset(dataset);
  app.filters.range = null;
  render(MapHarness, { props: { app, view: 'panel' } });
  await waitFor(() => expect(document.querySelector('.leaflet-marker-icon')).not.toBeNull());
  return app;
}

const marker = (placeId: string) =>
  document.querySelector<HTMLElement>(`.leaflet-marker-icon[data-place-id="${placeId}"]`);

/** The election committee and the city centre are one cluster at the opening zoom. */
async function openCluster() {
  const cluster = document.querySelector<HTMLElement>('.leaflet-marker-icon[data-cluster-places]');
  expect(cluster).toHaveAttribute('aria-label', '2 places with 4 events; zoom in');
  // By keyboard: two clicks in a row make Leaflet simulate a double click, which jsdom cannot place.
  cluster!.focus();
  await userEvent.keyboard('{Enter}');
  await waitFor(() => expect(marker('cec')).not.toBeNull());
}

describe('MapPanel', () => {
  it('is a named region with its controls', async () => {
    await setup();
    const region = screen.getByRole('region', { name: 'Map of event places' });
    expect(region).toContainElement(screen.getByRole('button', { name: 'Fit to events' }));
    expect(region).toHaveTextContent('Not on this map: 3 events');
  });

  it('draws a labelled, focusable marker per place in Minsk, none for the country', async () => {
    await setup();
    expect(marker('cec')).toBeNull();
    await openCluster();
    const okrestina = marker('okrestina')!;
    expect(okrestina).toHaveAttribute('role', 'button');
    expect(okrestina).toHaveAttribute('tabindex', '0');
    expect(okrestina).toHaveAttribute('aria-label', 'Okrestina detention centre: 1 event');
    expect(marker('cec')).toHaveAttribute('aria-label', 'Central Elections Committee: 3 events');
    expect(marker('minsk')?.querySelector('.em-area')).not.toBeNull();
    expect(marker('belarus')).toBeNull();
  });

  it('selects the one event of a marker on click and with Enter', async () => {
    const app = await setup();
    await userEvent.click(marker('okrestina')!);
    expect(app.selectedId).toBe('release');
    app.select(null);
    marker('okrestina')!.focus();
    await userEvent.keyboard('{Enter}');
    expect(app.selectedId).toBe('release');
    await waitFor(() => expect(marker('okrestina')).toHaveClass('em-selected'));
  });

  it('opens a chooser for a place with several events; Escape closes it', async () => {
    const app = await setup();
    await openCluster();
    const cec = marker('cec')!;
    cec.focus();
    await userEvent.keyboard(' ');
    const chooser = await screen.findByRole('dialog', {
      name: 'Events at Central Elections Committee',
    });
    const buttons = chooser.querySelectorAll('[data-map-event-id]');
    expect([...buttons].map((b) => b.getAttribute('data-map-event-id'))).toEqual([
      'hug',
      'shields',
      'rally',
    ]);
    expect(buttons[0]).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(cec).toHaveFocus();

    await userEvent.click(cec);
    await userEvent.click(await screen.findByRole('button', { name: /Riot police lower shields/ }));
    expect(app.selectedId).toBe('shields');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('links hover both ways', async () => {
    const app = await setup();
    await openCluster();
    await userEvent.hover(marker('cec')!);
    expect([...app.hoveredIds].sort()).toEqual(['hug', 'rally', 'shields']);
    await userEvent.unhover(marker('cec')!);
    expect(app.hoveredIds.size).toBe(0);
    app.hover(['release']);
    await waitFor(() => expect(marker('okrestina')).toHaveClass('em-hovered'));
    expect(marker('cec')).not.toHaveClass('em-hovered');
  });

  it('a hovered cluster lights up alone; an event hovered elsewhere lights up its cluster', async () => {
    const app = await setup();
    const cluster = document.querySelector<HTMLElement>('[data-cluster-places]')!;
    await userEvent.hover(cluster);
    expect(app.hoveredIds.size).toBe(4);
    await waitFor(() => expect(cluster).toHaveClass('em-hovered'));
    expect(marker('okrestina')).not.toHaveClass('em-hovered');
    await userEvent.unhover(cluster);
    await waitFor(() => expect(cluster).not.toHaveClass('em-hovered'));
    app.hover(['shields']);
    await waitFor(() => expect(cluster).toHaveClass('em-hovered'));
    expect(marker('okrestina')).not.toHaveClass('em-hovered');
    app.hover(['release']);
    await waitFor(() => expect(marker('okrestina')).toHaveClass('em-hovered'));
    expect(cluster).not.toHaveClass('em-hovered');
  });

  it('redraws the markers when the filters change', async () => {
    const app = await setup();
    app.filters.types = ['release'];
    await waitFor(() => expect(marker('cec')).toBeNull());
    expect(marker('okrestina')).not.toBeNull();
    app.filters.types = ['solidarity'];
    // Alone now: no cluster.
    await waitFor(() =>
      expect(marker('cec')).toHaveAttribute('aria-label', 'Central Elections Committee: 2 events'),
    );
  });

  it('a focused cluster keeps focus when a filter changes what it holds, and is drawn once', async () => {
    const app = await setup();
    const cluster = document.querySelector<HTMLElement>('[data-cluster-places]')!;
    cluster.focus();
    // One protest at the committee, one in the city: the same cluster, with fewer events.
    app.filters.types = ['protest'];
    await waitFor(() =>
      expect(document.activeElement).toHaveAttribute(
        'aria-label',
        '2 places with 2 events; zoom in',
      ),
    );
    const clusters = [
      ...document.querySelectorAll<HTMLElement>('.leaflet-marker-icon[data-cluster-places]'),
    ].filter((m) => m.style.display !== 'none');
    expect(clusters).toEqual([document.activeElement]);
  });

  it.each(['javascript:alert(1)', 'http://anyhost.test/{z}/{x}/{y}.png'])(
    'draws the default tiles, never those of a refused tiles=%s (the link notices say why)',
    async (template) => {
      await setup(`?tiles=${encodeURIComponent(template)}`);
      const tiles = [...document.querySelectorAll<HTMLImageElement>('img.leaflet-tile')];
      expect(tiles.length).toBeGreaterThan(0);
      for (const t of tiles) expect(t.src).toMatch(/^https:\/\/tile\.openstreetmap\.org\//);
    },
  );

  it('frames another dataset on its own city, and names it in the off-map list', async () => {
    const d = mapDataset();
    const at = (id: string, name: string, lat: number, lon: number, precision = 'building') =>
      ({ id, name, lat, lon, precision, description: '' }) as Dataset['places'][number];
    d.places = [
      at('paris', 'Paris', 48.8566, 2.3522, 'city'),
      at('louvre', 'Louvre', 48.8606, 2.3376),
      at('bastille', 'Bastille', 48.8532, 2.3691),
      at('lyon', 'Lyon', 45.764, 4.8357, 'city'),
    ];
    const event = d.events.find((e) => e.id === 'hug')!;
    d.events = ['louvre', 'bastille', 'louvre', 'lyon'].map((place, i) => ({
      ...event,
      id: `e${i}`,
      place,
    }));
    await setup('?tiles=none', d);
    const region = screen.getByRole('region', { name: 'Map of event places' });
    expect(region).toHaveTextContent('Not on this map: 1 event');
    await userEvent.click(screen.getByText(/^Not on this map:/));
    expect(screen.getByRole('region', { name: 'Outside Paris' })).toHaveTextContent(
      'Lyon (1 event)',
    );
    // Opens on Paris, not Minsk: only the places in view are drawn.
    expect(document.querySelector('.leaflet-marker-icon')).not.toBeNull();
    expect(marker('lyon')).toBeNull();
  });
});
