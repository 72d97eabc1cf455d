import { describe, expect, it } from 'vitest';
import { tick } from 'svelte';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import AppHarness from '../testing/AppHarness.svelte';
import FilterPanel from './FilterPanel.svelte';
import { AppState } from '../../lib/state/appState.svelte';
import { smallDataset } from '../../lib/model/testing/smallDataset';

function setup(): AppState {
  const app = new AppState();
  app.setDataset(smallDataset());
  render(AppHarness, { props: { app, view: FilterPanel } });
  return app;
}

const count = () => screen.getByTestId('event-count').textContent?.trim();
const typeBox = (label: RegExp) =>
  within(screen.getByRole('group', { name: 'Event types' })).getByRole('checkbox', { name: label });

describe('FilterPanel', () => {
  it('shows N of M and type counts, and narrows by type', async () => {
    const app = setup();
    expect(count()).toBe('3 of 3 events');
    expect(typeBox(/Protest/).closest('label')).toHaveTextContent('Protest 1');
    await userEvent.click(typeBox(/Release/));
    expect(app.filters.types).toEqual(['release']);
    expect(count()).toBe('1 of 3 events');
    // Type counts stay "what ticking would give"; actor counts follow the type filter.
    expect(typeBox(/Election/).closest('label')).toHaveTextContent('Election 1');
    const actors = screen.getByRole('group', { name: 'Actors' });
    expect(
      within(actors)
        .getByRole('checkbox', { name: /Protesters/ })
        .closest('label'),
    ).toHaveTextContent('1');
    expect(
      within(actors)
        .getByRole('checkbox', { name: /Riot police/ })
        .closest('label'),
    ).toHaveTextContent('0');
  });

  it('finds actors by any spelling and filters by them', async () => {
    const app = setup();
    const actors = screen.getByRole('group', { name: 'Actors' });
    await userEvent.type(within(actors).getByRole('searchbox'), 'lukašenka');
    const boxes = within(actors).getAllByRole('checkbox');
    expect(boxes).toHaveLength(1);
    await userEvent.click(boxes[0]!);
    expect(app.filters.actors).toEqual(['luka']);
    expect(count()).toBe('1 of 3 events');
  });

  it('searches text instantly and resets everything', async () => {
    const app = setup();
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search' }), 'okrestina');
    expect(count()).toBe('1 of 3 events');
    await userEvent.click(screen.getByRole('checkbox', { name: 'Only events on the map' }));
    expect(app.filters.onlyMapped).toBe(true);
    await userEvent.click(screen.getByRole('button', { name: 'Reset filters' }));
    expect(count()).toBe('3 of 3 events');
    expect(app.filters).toMatchObject({ text: '', types: [], actors: [], onlyMapped: false });
  });

  it('keeps the date inputs and the timeline window in step', async () => {
    const app = setup();
    const from = screen.getByLabelText('From') as HTMLInputElement;
    const to = screen.getByLabelText('To') as HTMLInputElement;
    expect(from.value).toBe('2020-08-08');
    expect(to.value).toBe('2020-08-16');
    await userEvent.clear(to);
    await userEvent.type(to, '2020-08-13');
    to.dispatchEvent(new Event('change'));
    // While the field is in use the timeline follows, the filter waits...
    expect(app.view).toEqual([Date.UTC(2020, 7, 8), Date.UTC(2020, 7, 14)]);
    expect(count()).toBe('3 of 3 events');
    // ...and applies when the reader leaves the field.
    to.dispatchEvent(new FocusEvent('blur'));
    expect(app.filters.range![1]).toBe(Date.UTC(2020, 7, 14));
    await tick();
    expect(count()).toBe('2 of 3 events');
    app.setView([Date.UTC(2020, 7, 14), Date.UTC(2020, 7, 15)]);
    await Promise.resolve();
    expect(from.value).toBe('2020-08-14');
    expect(to.value).toBe('2020-08-14');
  });

  it('refuses a "To" before "From" and puts the real value back', async () => {
    const app = setup();
    const to = screen.getByLabelText('To') as HTMLInputElement;
    const before = app.filters.range;
    to.value = '2019-08-08';
    to.dispatchEvent(new Event('change'));
    to.dispatchEvent(new FocusEvent('blur'));
    expect(app.filters.range).toEqual(before);
    await Promise.resolve();
    expect(to.value).toBe('2020-08-16');
    expect(screen.getByRole('alert')).toHaveTextContent('“To” must not be before “From”.');
  });
});
