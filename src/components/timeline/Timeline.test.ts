import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import AppHarness from '../testing/AppHarness.svelte';
import Timeline from './Timeline.svelte';
import { AppState } from '../../lib/state/appState.svelte';
import { smallDataset } from '../../lib/model/testing/smallDataset';
import { estimateWidth } from '../../lib/timeline/layoutLabels';
import type { Dataset } from '../../lib/model/types';

// jsdom lays nothing out: give elements a width for bind:clientWidth.
const WIDTH = 900;
let restore: () => void = () => {};
beforeAll(() => {
  const desc = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientWidth');
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', {
    configurable: true,
    get: () => WIDTH,
  });
  restore = () => {
    if (desc) Object.defineProperty(HTMLElement.prototype, 'clientWidth', desc);
  };
});
afterAll(() => restore());

function setup(mutate?: (d: Dataset) => void): AppState {
  const app = new AppState();
  const d = smallDataset();
  mutate?.(d);
  app.setDataset(d);
  render(AppHarness, { props: { app, view: Timeline } });
  return app;
}

function laneLabels(): string[] {
  return [...document.querySelectorAll('.lane-label')].map((t) => t.textContent ?? '');
}

describe('Timeline', () => {
  it('frames the default window from the data and names it', () => {
    setup();
    expect(screen.getByTestId('timeline-range')).toHaveTextContent('8 Aug – 16 Aug 2020');
    expect(
      screen.getByRole('application', { name: 'Timeline of events, 8 Aug – 16 Aug 2020' }),
    ).toBeInTheDocument();
  });

  it('shows lanes by type, and by actor when switched', async () => {
    setup();
    expect(laneLabels()).toEqual(['Election', 'Protest', 'Release']);
    await userEvent.click(screen.getByRole('radio', { name: 'By actor' }));
    expect(laneLabels()).toEqual(['Protesters', 'Alexander Lukashenko', 'Riot police']);
    // The week of protests has two actors: it is drawn in both their lanes.
    expect(document.querySelectorAll('.mark-label[data-event-id="protests"]')).toHaveLength(2);
  });

  it('labels marks without overlapping, dropping the ones that do not fit', () => {
    setup((d) => {
      for (let i = 0; i < 12; i++) {
        d.events.push({
          ...d.events[0]!,
          id: `same-day-${i}`,
          title: `A rather long title for release number ${i}`,
          date: i % 2 ? '2020-08-14' : '2020-08-13',
        });
      }
    });
    const labels = [...document.querySelectorAll<SVGTextElement>('.mark-label')].map((t) => ({
      x: Number(t.getAttribute('x')),
      y: Number(t.getAttribute('y')),
      w: estimateWidth(t.textContent ?? ''),
    }));
    expect(labels.length).toBeGreaterThan(3);
    for (const a of labels) {
      for (const b of labels) {
        if (a === b || a.y !== b.y) continue;
        expect(a.x + a.w <= b.x || b.x + b.w <= a.x).toBe(true);
      }
    }
    // 15 events in view, fewer labels: the rest were dropped, not overprinted.
    expect(labels.length).toBeLessThan(15);
  });

  it('points to earlier events outside the window and jumps there', async () => {
    const app = setup((d) => {
      d.events.push({
        ...d.events[0]!,
        id: 'old',
        title: 'Old event',
        date: '1994-07-20',
        type: 'politics',
      });
    });
    const hint = screen.getByRole('button', { name: '← 1 earlier event' });
    await userEvent.click(hint);
    const v = app.view!;
    expect(v[0]).toBeLessThan(Date.UTC(1994, 6, 20));
    expect(v[1]).toBeGreaterThan(Date.UTC(1994, 6, 20));
    expect(screen.getByRole('button', { name: /3 later events →/ })).toBeInTheDocument();
  });

  it('moves the selection with the arrow keys and announces it', async () => {
    const app = setup();
    screen.getByRole('application').focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(app.selectedId).toBe('election');
    await userEvent.keyboard('{ArrowRight}');
    expect(app.selectedId).toBe('protests');
    await userEvent.keyboard('{End}');
    expect(app.selectedId).toBe('release');
    expect(
      screen.getByText(/^Selected: Detainees released from Okrestina, 14 Aug 2020$/),
    ).toBeInTheDocument();
  });

  it('zooms with the buttons and fits all', async () => {
    const app = setup();
    const before = app.view!;
    await userEvent.click(screen.getByRole('button', { name: 'Zoom in' }));
    const after = app.view!;
    expect(after[1] - after[0]).toBeCloseTo((before[1] - before[0]) / 2, -3);
    // Zooming commits the window as the date filter.
    expect(app.filters.range).toEqual([after[0], after[1]]);
    await userEvent.click(screen.getByRole('button', { name: /Fit all/ }));
    expect(app.filters.range).toBeNull();
  });
});
