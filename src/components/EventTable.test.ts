import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { tick } from 'svelte';
import AppHarness from './testing/AppHarness.svelte';
import EventTable from './EventTable.svelte';
import { AppState } from '../lib/state/appState.svelte';
import { smallDataset } from '../lib/model/testing/smallDataset';
import type { Dataset } from '../lib/model/types';

// jsdom has no layout: give the scroll container a 320px viewport (10 rows of 32px).
const VIEWPORT = 320;
const ROW = 32;
const clientHeight = Object.getOwnPropertyDescriptor(Element.prototype, 'clientHeight')!;
beforeAll(() => {
  Object.defineProperty(Element.prototype, 'clientHeight', {
    configurable: true,
    get(this: Element) {
      return this.classList.contains('scroller') ? VIEWPORT : clientHeight.get!.call(this);
    },
  });
});
afterAll(() => {
  Object.defineProperty(Element.prototype, 'clientHeight', clientHeight);
});
afterEach(() => vi.restoreAllMocks());

/** The small dataset's events cloned with new ids, dates spread over August 2020. */
function bigDataset(count: number): Dataset {
  const d = smallDataset();
  const base = d.events;
  d.events = Array.from({ length: count }, (_, i) => {
    const e = base[i % base.length]!;
    const day = String(1 + (i % 28)).padStart(2, '0');
    return {
      ...e,
      id: `e${String(i).padStart(5, '0')}`,
      date: e.date.includes('/') ? e.date : `2020-08-${day}`,
      title: `${e.title} #${i}`,
    };
  });
  return d;
}

function setup(dataset: Dataset = smallDataset()) {
  const app = new AppState();
  app.setDataset(dataset);
  app.fitAll();
  render(AppHarness, { props: { app, view: EventTable } });
  const grid = screen.getByRole('grid', { name: 'Events' });
  const scroller = grid.closest<HTMLElement>('.scroller')!;
  return { app, grid, scroller };
}

function bodyRows(grid: HTMLElement): HTMLElement[] {
  return [...grid.querySelectorAll<HTMLElement>('tbody tr.row')];
}

function titles(grid: HTMLElement): string[] {
  return bodyRows(grid).map((r) => r.querySelector('.title')!.textContent ?? '');
}

describe('EventTable', () => {
  it('shows sortable column headers and one row per visible event', () => {
    const { grid } = setup();
    const headers = within(grid).getAllByRole('columnheader');
    expect(headers.map((h) => h.textContent?.trim().replace(/[▲▼]/, ''))).toEqual([
      'Date',
      'Type',
      'Title',
      'Actors',
      'Place',
      'Figures',
    ]);
    expect(headers[0]).toHaveAttribute('aria-sort', 'ascending');
    expect(headers.slice(1).every((h) => !h.hasAttribute('aria-sort'))).toBe(true);
    expect(grid).toHaveAttribute('aria-rowcount', '4');
    expect(titles(grid)).toEqual([
      'Lukashenko claims victory',
      'A week of protests',
      'Detainees released from Okrestina',
    ]);
    const [election, protests, release] = bodyRows(grid);
    expect(election).toHaveAttribute('aria-rowindex', '2');
    expect(
      within(protests!)
        .getAllByRole('gridcell')
        .map((c) => c.textContent?.trim()),
    ).toEqual([
      '9–15 Aug 2020',
      'Protest',
      'A week of protests',
      'Protesters, Riot police',
      'Minsk',
      '',
    ]);
    expect(release).toHaveTextContent('hundreds of people released');
    expect(release).toHaveTextContent('Okrestina detention centre');
  });

  it('renders only a window of 10,000 rows, with spacers for the rest', async () => {
    const { grid, scroller } = setup(bigDataset(10_000));
    expect(grid).toHaveAttribute('aria-rowcount', '10001');
    let rows = bodyRows(grid);
    expect(rows.length).toBeGreaterThanOrEqual(VIEWPORT / ROW);
    expect(rows.length).toBeLessThan(100);
    expect(rows[0]).toHaveAttribute('aria-rowindex', '2');
    const spacers = grid.querySelectorAll<HTMLElement>('tr.spacer');
    expect(spacers).toHaveLength(1);
    expect(spacers[0]!.style.height).toBe(`${(10_000 - rows.length) * ROW}px`);

    scroller.scrollTop = 5000 * ROW;
    await fireEvent.scroll(scroller);
    rows = bodyRows(grid);
    expect(rows.length).toBeLessThan(100);
    const indexes = rows.map((r) => Number(r.getAttribute('aria-rowindex')));
    expect(indexes).toContain(5000 + 2);
    expect(indexes).toContain(5009 + 2);
    const [above, below] = grid.querySelectorAll<HTMLElement>('tr.spacer');
    const first = indexes[0]! - 2;
    expect(above!.style.height).toBe(`${first * ROW}px`);
    expect(below!.style.height).toBe(`${(10_000 - first - rows.length) * ROW}px`);
  });

  it('sorts by a column, and reverses on a second click', async () => {
    const { grid } = setup();
    const title = within(grid).getByRole('button', { name: /Title/ });
    await userEvent.click(title);
    expect(titles(grid)).toEqual([
      'A week of protests',
      'Detainees released from Okrestina',
      'Lukashenko claims victory',
    ]);
    expect(title.closest('th')).toHaveAttribute('aria-sort', 'ascending');
    expect(within(grid).getAllByRole('columnheader')[0]).not.toHaveAttribute('aria-sort');
    await userEvent.click(title);
    expect(title.closest('th')).toHaveAttribute('aria-sort', 'descending');
    expect(titles(grid)).toEqual([
      'Lukashenko claims victory',
      'Detainees released from Okrestina',
      'A week of protests',
    ]);
    // By keyboard too; events without a place sort last either way.
    const place = within(grid).getByRole('button', { name: /Place/ });
    place.focus();
    await userEvent.keyboard('{Enter}');
    expect(titles(grid).at(-1)).toBe('Lukashenko claims victory');
    await userEvent.keyboard(' ');
    expect(place.closest('th')).toHaveAttribute('aria-sort', 'descending');
    expect(titles(grid)).toEqual([
      'Detainees released from Okrestina',
      'A week of protests',
      'Lukashenko claims victory',
    ]);
    const date = within(grid).getByRole('button', { name: /Date/ });
    await userEvent.click(date);
    await userEvent.click(date);
    expect(titles(grid)[0]).toBe('Detainees released from Okrestina');
  });

  it('sorts 10,000 rows by title and keeps the window', async () => {
    const { grid } = setup(bigDataset(10_000));
    await userEvent.click(within(grid).getByRole('button', { name: /Title/ }));
    const shown = titles(grid);
    expect(shown.length).toBeLessThan(100);
    expect(shown[0]).toBe('A week of protests #2');
    expect(shown[1]).toBe('A week of protests #5');
  });

  it('selects a row on click or Enter, and marks it selected', async () => {
    const { app, grid } = setup();
    const row = bodyRows(grid).find((r) => r.textContent?.includes('A week of protests'))!;
    await userEvent.click(row);
    expect(app.selectedId).toBe('protests');
    expect(row).toHaveAttribute('aria-selected', 'true');
    expect(row).toHaveClass('selected');
    expect(row).toHaveAttribute('tabindex', '0');
    expect(bodyRows(grid).filter((r) => r.tabIndex === 0)).toHaveLength(1);

    const other = bodyRows(grid)[2]!;
    other.focus();
    await userEvent.keyboard('{Enter}');
    expect(app.selectedId).toBe('release');
    expect(other).toHaveAttribute('aria-selected', 'true');
    expect(row).toHaveAttribute('aria-selected', 'false');
  });

  it('moves focus with the arrow keys, scrolling the window', async () => {
    const { app, grid, scroller } = setup(bigDataset(1000));
    const firstRow = bodyRows(grid)[0]!;
    expect(firstRow).toHaveAttribute('tabindex', '0');
    firstRow.focus();
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    expect(document.activeElement).toHaveAttribute('aria-rowindex', '4');
    await userEvent.keyboard('{ArrowUp}');
    expect(document.activeElement).toHaveAttribute('aria-rowindex', '3');
    for (let i = 0; i < 30; i++) await userEvent.keyboard('{ArrowDown}');
    expect(document.activeElement).toHaveAttribute('aria-rowindex', String(31 + 2));
    // Row 31 is at the bottom of the viewport, below the sticky header.
    const head = ROW;
    expect(scroller.scrollTop).toBe(32 * ROW + head - VIEWPORT);
    await userEvent.keyboard('{Enter}');
    expect(app.selectedId).toBe(document.activeElement?.getAttribute('data-event-id'));
    await userEvent.keyboard('{End}');
    expect(document.activeElement).toHaveAttribute('aria-rowindex', '1001');
    await userEvent.keyboard('{Home}');
    expect(document.activeElement).toHaveAttribute('aria-rowindex', '2');
    expect(scroller.scrollTop).toBe(0);
  });

  it('scrolls a selection made elsewhere into view, and not when it is in view', async () => {
    const { app, grid, scroller } = setup(bigDataset(1000));
    app.select(app.visible[500]!.id);
    await tick();
    const row = grid.querySelector<HTMLElement>(`tr[data-event-id="${app.visible[500]!.id}"]`);
    expect(row).not.toBeNull();
    expect(row).toHaveAttribute('aria-selected', 'true');
    expect(row).toHaveAttribute('tabindex', '0');
    expect(scroller.scrollTop).toBe(501 * ROW + ROW - VIEWPORT);
    app.select(app.visible[498]!.id);
    await tick();
    expect(scroller.scrollTop).toBe(501 * ROW + ROW - VIEWPORT);
    app.select(app.visible[3]!.id);
    await tick();
    expect(scroller.scrollTop).toBe(3 * ROW);
  });

  it('reports hover to the app and highlights hovered rows', async () => {
    const { app, grid } = setup();
    const row = bodyRows(grid)[0]!;
    await fireEvent.pointerEnter(row);
    expect([...app.hoveredIds]).toEqual(['election']);
    await fireEvent.pointerLeave(row);
    expect(app.hoveredIds.size).toBe(0);
    app.hover(['release']);
    await tick();
    expect(bodyRows(grid)[2]).toHaveClass('hovered');
  });

  it('shows text as text and says when nothing matches', async () => {
    const d = smallDataset();
    d.events[0]!.title = '<img src=x onerror=alert(1)>';
    const { app, grid } = setup(d);
    expect(grid.querySelector('img')).toBeNull();
    expect(grid).toHaveTextContent('<img src=x onerror=alert(1)>');
    app.filters.text = 'nothing matches this';
    await tick();
    expect(bodyRows(grid)).toHaveLength(0);
    expect(grid).toHaveAttribute('aria-rowcount', '1');
    expect(screen.getByText('No events match.')).toBeInTheDocument();
  });
});
