import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import FirstScreenHarness from './testing/FirstScreenHarness.svelte';
import { FirstScreen } from './firstScreen.svelte';

/**
 * jsdom lays nothing out: here every drawn paragraph and every held place is a row
 * `row` px tall, stacked in page order, in a window 800 px tall; `boxed` false gives the
 * places no box at all (as inside a folded <details>).
 */
function layOut(row: number, boxed = true) {
  vi.stubGlobal('innerHeight', 800);
  const topOf = (el: Element) => {
    const rows = [...document.querySelectorAll('p, .held')];
    return rows.indexOf(el) * row;
  };
  vi.spyOn(HTMLElement.prototype, 'getClientRects').mockImplementation(
    () => (boxed ? [{}] : []) as unknown as DOMRectList,
  );
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (
    this: HTMLElement,
  ) {
    const top = topOf(this);
    return { top, bottom: top + row } as DOMRect;
  });
}

const drawn = () => [...document.querySelectorAll('p')].map((p) => p.textContent);

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('parts drawn with the first frame', () => {
  it('draws the parts whose place is on screen, measuring each after the ones above', () => {
    const first = new FirstScreen(false);
    render(FirstScreenHarness, { props: { screen: first } });
    expect(drawn()).toEqual([]);
    layOut(350);
    first.drawOnScreen();
    // Top at 0, then middle at 350 and the inner part it holds at 700: on screen; the
    // bottom part's place has moved down to 1,050 by then.
    expect(drawn()).toEqual(['Top part', 'Middle part', 'Inner part']);
  });

  it('draws the rest one part a task, in page order, after the task that asks', () => {
    vi.useFakeTimers();
    const first = new FirstScreen(false);
    render(FirstScreenHarness, { props: { screen: first } });
    first.drawRest();
    flushSync();
    expect(drawn()).toEqual([]);
    vi.advanceTimersToNextTimer();
    flushSync();
    expect(drawn()).toEqual(['Top part']);
    vi.advanceTimersToNextTimer();
    flushSync();
    // The middle part brings a part of its own, held in turn: it comes next, before the bottom.
    expect(drawn()).toEqual(['Top part', 'Middle part']);
    vi.advanceTimersToNextTimer();
    flushSync();
    expect(drawn()).toEqual(['Top part', 'Middle part', 'Inner part']);
    vi.advanceTimersToNextTimer();
    flushSync();
    expect(drawn()).toEqual(['Top part', 'Middle part', 'Inner part', 'Bottom part']);
    expect(first.all).toBe(false);
    vi.advanceTimersToNextTimer();
    expect(first.all).toBe(true);
    vi.useRealTimers();
  });

  it('holds a part whose place has no box, and draws everything at once when asked to', () => {
    const first = new FirstScreen(false);
    render(FirstScreenHarness, { props: { screen: first } });
    layOut(10, false);
    first.drawOnScreen();
    expect(drawn()).toEqual([]);
    render(FirstScreenHarness, { props: { screen: new FirstScreen(true) } });
    expect(drawn()).toEqual(['Top part', 'Middle part', 'Inner part', 'Bottom part']);
  });
});
