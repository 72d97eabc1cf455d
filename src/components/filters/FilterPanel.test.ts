import { describe, expect, it, vi } from 'vitest';
import { tick } from 'svelte';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import AppHarness from '../testing/AppHarness.svelte';
import FilterPanel from './FilterPanel.svelte';
import { AppState } from '../../lib/state/appState.svelte';
import { smallDataset } from '../../lib/model/testing/smallDataset';
import { syntheticDataset } from '../../../tests/support/synthetic';

function setup(dataset = smallDataset()): AppState {
  const app = new AppState();
  app.setDataset(dataset);
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

  it('writes big counts as readers read them: 12,000, not 12000', () => {
    const app = setup(syntheticDataset(12_000));
    const shown = app.visible.length;
    expect(shown).toBeGreaterThan(999);
    expect(count()).toBe(`${shown.toLocaleString('en')} of 12,000 events`);
    const counts = within(screen.getByRole('group', { name: 'Event types' }))
      .getAllByLabelText(/ events$/)
      .map((n) => n.textContent ?? '');
    expect(counts.some((n) => /^\d{1,3},\d{3}$/.test(n))).toBe(true);
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

  it('shows each letter at once and searches once it is painted, then resets everything', async () => {
    const app = setup();
    const box = screen.getByRole('searchbox', { name: 'Search' }) as HTMLInputElement;
    await fireEvent.input(box, { target: { value: 'okrestina' } });
    // The letters are in the box; the search trails them by a frame.
    expect(box.value).toBe('okrestina');
    expect(count()).toBe('3 of 3 events');
    await waitFor(() => expect(count()).toBe('1 of 3 events'));
    expect(box.value).toBe('okrestina');
    await userEvent.type(box, ' nothing');
    await waitFor(() => expect(count()).toBe('0 of 3 events'));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Only events on the map' }));
    expect(app.filters.onlyMapped).toBe(true);
    await userEvent.click(screen.getByRole('button', { name: 'Reset filters' }));
    expect(count()).toBe('3 of 3 events');
    expect(app.filters).toMatchObject({ text: '', types: [], actors: [], onlyMapped: false });
  });

  it('keeps the date inputs and the timeline window in step as a reader types and leaves', async () => {
    const user = userEvent.setup();
    const app = setup();
    const from = screen.getByLabelText('From') as HTMLInputElement;
    const to = screen.getByLabelText('To') as HTMLInputElement;
    expect(from.value).toBe('2020-08-08');
    expect(to.value).toBe('2020-08-16');
    const before = app.filters.range;
    await user.clear(to);
    await user.type(to, '2020-08-13');
    // While the field is in use the timeline follows, the filter waits...
    expect(app.view).toEqual([Date.UTC(2020, 7, 8), Date.UTC(2020, 7, 14)]);
    expect(app.filters.range).toEqual(before);
    expect(count()).toBe('3 of 3 events');
    // ...and applies when the reader leaves the field.
    await user.tab();
    expect(document.activeElement).not.toBe(to);
    expect(app.filters.range![1]).toBe(Date.UTC(2020, 7, 14));
    expect(count()).toBe('2 of 3 events');
    app.setView([Date.UTC(2020, 7, 14), Date.UTC(2020, 7, 15)]);
    await tick();
    expect(from.value).toBe('2020-08-14');
    expect(to.value).toBe('2020-08-14');
  });

  it('applies a typed date after an 800 ms pause, without leaving the field', async () => {
    vi.useFakeTimers();
    try {
      const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
      const app = setup();
      const from = screen.getByLabelText('From') as HTMLInputElement;
      const before = app.filters.range;
      await user.clear(from);
      await user.type(from, '2020-08-12');
      expect(app.view![0]).toBe(Date.UTC(2020, 7, 12));
      expect(app.filters.range).toEqual(before);
      vi.advanceTimersByTime(799);
      expect(app.filters.range).toEqual(before);
      vi.advanceTimersByTime(1);
      expect(app.filters.range![0]).toBe(Date.UTC(2020, 7, 12));
      expect(document.activeElement).toBe(from);
      await tick();
      expect(count()).toBe('2 of 3 events');
    } finally {
      vi.useRealTimers();
    }
  });

  it('applies a typed date at once with Enter', async () => {
    const user = userEvent.setup();
    const app = setup();
    const from = screen.getByLabelText('From') as HTMLInputElement;
    await user.clear(from);
    await user.type(from, '2020-08-12{Enter}');
    expect(app.filters.range![0]).toBe(Date.UTC(2020, 7, 12));
  });

  it('refuses a "To" before "From" and puts the real value back', async () => {
    const user = userEvent.setup();
    const app = setup();
    const to = screen.getByLabelText('To') as HTMLInputElement;
    const before = app.filters.range;
    await user.clear(to);
    await user.type(to, '2019-08-08');
    await user.tab();
    expect(app.filters.range).toEqual(before);
    expect(to.value).toBe('2020-08-16');
    expect(screen.getByRole('alert')).toHaveTextContent('“To” must not be before “From”.');
  });

  it('refuses a date far outside the data and says between which dates it may be', async () => {
    const user = userEvent.setup();
    const app = setup();
    const from = screen.getByLabelText('From') as HTMLInputElement;
    const before = app.filters.range;
    await user.clear(from);
    await user.type(from, '1020-08-08');
    await user.tab();
    expect(app.filters.range).toEqual(before);
    expect(from.value).toBe('2020-08-08');
    expect(screen.getByRole('alert')).toHaveTextContent(
      '1020-08-08 is not a date between 1920-01-01 and 2120-12-31.',
    );
  });

  it('bounds the fields to years a date field can hold, for data in the first century', async () => {
    const app = new AppState();
    const d = smallDataset();
    d.meta.published = '0030-01-01';
    d.events.forEach((e, i) => (e.date = `0020-08-1${i}`));
    app.setDataset(d);
    render(AppHarness, { props: { app, view: FilterPanel } });
    const from = screen.getByLabelText('From') as HTMLInputElement;
    expect(from.min).toBe('0001-01-01');
    expect(from.max).toBe('0130-12-31');
    expect(from.value).toMatch(/^0020-08-/);
  });
});
