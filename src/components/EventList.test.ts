import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushSync } from 'svelte';
import { render, screen, waitFor } from '@testing-library/svelte';
import AppHarness from './testing/AppHarness.svelte';
import EventList from './EventList.svelte';
import { AppState } from '../lib/state/appState.svelte';
import { smallDataset } from '../lib/model/testing/smallDataset';

/** Rows of the list, by title. */
const titles = () =>
  [...document.querySelectorAll('[data-event-id] .title')].map((n) => n.textContent);

/** An IntersectionObserver that says the list is (or is not) on screen. */
function stubScreen(onScreen: boolean) {
  vi.stubGlobal(
    'IntersectionObserver',
    class {
      constructor(private readonly cb: IntersectionObserverCallback) {}
      observe(node: Element) {
        this.cb(
          [{ isIntersecting: onScreen, target: node } as IntersectionObserverEntry],
          this as unknown as IntersectionObserver,
        );
      }
      disconnect() {}
    },
  );
}

function setup() {
  const app = new AppState();
  app.setDataset(smallDataset());
  app.filters.range = null;
  render(AppHarness, { props: { app, view: EventList } });
  return app;
}

describe('EventList', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('follows a filter at once while it is on screen', () => {
    stubScreen(true);
    const app = setup();
    expect(titles()).toHaveLength(3);
    flushSync(() => (app.filters.types = ['release']));
    expect(titles()).toHaveLength(1);
  });

  it('off screen, follows it once the views on screen have painted', async () => {
    stubScreen(false);
    const app = setup();
    expect(titles()).toHaveLength(3);
    flushSync(() => (app.filters.types = ['release']));
    // Not yet: the click is answered on screen first.
    expect(titles()).toHaveLength(3);
    await waitFor(() => expect(titles()).toHaveLength(1));
    expect(screen.getByRole('button', { name: /release/i })).toBeInTheDocument();
  });
});
