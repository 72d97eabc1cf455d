import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import AppHarness from '../testing/AppHarness.svelte';
import DateRangeFilter from './DateRangeFilter.svelte';
import { AppState } from '../../lib/state/appState.svelte';
import { smallDataset } from '../../lib/model/testing/smallDataset';

const DAY = 86_400_000;

function setup(): AppState {
  const app = new AppState();
  app.setDataset(smallDataset());
  render(AppHarness, { props: { app, view: DateRangeFilter } });
  return app;
}

function typeFrom(value: string) {
  const input = screen.getByLabelText('From') as HTMLInputElement;
  input.value = value;
  void fireEvent.change(input);
  flushSync();
}

describe('DateRangeFilter', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('applies a typed date as the filter after a pause', () => {
    const app = setup();
    typeFrom('2020-08-12');
    expect(app.view![0]).toBe(Date.UTC(2020, 7, 12));
    expect(app.filters.range![0]).not.toBe(Date.UTC(2020, 7, 12));
    vi.advanceTimersByTime(900);
    flushSync();
    expect(app.filters.range![0]).toBe(Date.UTC(2020, 7, 12));
  });

  it('forgets a typed date that the window has overtaken (a zoom during the pause)', () => {
    const app = setup();
    typeFrom('2020-08-12');
    // The reader zooms with the wheel before the pause ends.
    const zoomed: [number, number] = [Date.UTC(2020, 7, 13), Date.UTC(2020, 7, 13) + 2 * DAY];
    app.setView(zoomed, false);
    flushSync();
    app.commitView();
    vi.advanceTimersByTime(900);
    flushSync();
    expect(app.view).toEqual(zoomed);
    expect(app.filters.range).toEqual(zoomed);
  });
});
