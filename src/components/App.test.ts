import { describe, expect, it, vi, afterEach } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import AppHarness from './testing/AppHarness.svelte';
import { AppState } from '../lib/state/appState.svelte';
import { smallDataset } from '../lib/model/testing/smallDataset';

afterEach(() => vi.restoreAllMocks());

function setup() {
  const app = new AppState();
  app.setDataset(smallDataset());
  render(AppHarness, { props: { app } });
  return app;
}

describe('event list and detail', () => {
  it('lists the events chronologically with date headings, type and actors', () => {
    setup();
    const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(headings).toEqual(['9 Aug 2020', '9–15 Aug 2020', '14 Aug 2020']);
    const buttons = screen.getAllByRole('button', {
      name: /Lukashenko claims|A week of|Detainees released/,
    });
    expect(buttons.map((b) => b.querySelector('.title')?.textContent)).toEqual([
      'Lukashenko claims victory',
      'A week of protests',
      'Detainees released from Okrestina',
    ]);
    expect(buttons[1]).toHaveTextContent('Protest');
    expect(buttons[1]).toHaveTextContent('Protesters, Riot police');
  });

  it('opens every field of an event in the detail view when selected', async () => {
    const app = setup();
    await userEvent.click(screen.getByRole('button', { name: /Detainees released/ }));
    expect(app.selectedId).toBe('release');
    const detail = screen.getByRole('article');
    expect(within(detail).getByRole('heading', { level: 2 })).toHaveTextContent(
      'Detainees released from Okrestina',
    );
    expect(detail).toHaveTextContent('14 Aug 2020');
    expect(detail).toHaveTextContent('known to the day');
    expect(detail).toHaveTextContent('Release');
    expect(detail).toHaveTextContent('Protesters — released');
    expect(detail).toHaveTextContent('Okrestina detention centre (building)');
    expect(detail).toHaveTextContent('hundreds of people released');
    expect(detail).toHaveTextContent('Hundreds have been released so far.');
    expect(detail).toHaveTextContent('Test Wire, “A report”, paragraph 3');
  });

  it('shows the date note of a derived date and steps to the previous event', async () => {
    setup();
    await userEvent.click(screen.getByRole('button', { name: /A week of protests/ }));
    await userEvent.click(screen.getByRole('button', { name: '← Previous' }));
    const detail = screen.getByRole('article');
    expect(detail).toHaveTextContent('Lukashenko claims victory');
    expect(detail).toHaveTextContent("'last Sunday', relative to 15 Aug 2020");
    expect(screen.getByRole('button', { name: '← Previous' })).toBeDisabled();
  });
});

describe('detail actions', () => {
  it('filters by an actor from the detail view and copies a citation with the permalink', async () => {
    const app = setup();
    const writes: string[] = [];
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (t: string) => void writes.push(t) },
    });
    await userEvent.click(screen.getByRole('button', { name: /A week of protests/ }));
    const detail = screen.getByRole('article');
    await userEvent.click(within(detail).getByRole('button', { name: 'Riot police' }));
    expect(app.filters.actors).toEqual(['police']);
    await userEvent.click(within(detail).getByRole('button', { name: 'Minsk' }));
    expect(app.focusPlaceId).toBe('minsk');
    await userEvent.click(within(detail).getByRole('button', { name: 'Copy citation' }));
    expect(writes[0]).toMatch(
      /^“A week of protests”, 9–15 Aug 2020\. In: Test reporting\. Source: Test Wire, “A report” \(2020-08-15\), paragraph 2\. http.*\?event=protests \(accessed \d{4}-\d{2}-\d{2}\)$/,
    );
    expect(within(detail).getByRole('status')).toHaveTextContent('Citation copied');
    await userEvent.click(within(detail).getByRole('button', { name: 'Copy link' }));
    expect(writes[1]).toMatch(/\?event=protests$/);
  });
});
