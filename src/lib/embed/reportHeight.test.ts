import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { reportHeight } from './reportHeight';
import { embedId, heightMessage, pymHeightMessage } from './heightMessage';
import { parentOrigin } from './parentOrigin';
import { parseParts } from './parts';

function fakeFrame(height: () => number, href = 'https://app.example/?embed=1') {
  const postMessage = vi.fn();
  const body = { getBoundingClientRect: () => ({ height: height() }) as DOMRect } as HTMLElement;
  const win = {
    parent: { postMessage },
    document: { body },
    location: { href },
  } as unknown as Window;
  return { win, postMessage };
}

describe('the height messages', () => {
  it('are versioned JSON with the embed’s id, and pym.js’s string format', () => {
    expect(heightMessage('a', 640)).toEqual({
      type: 'eventmap:height',
      version: 1,
      id: 'a',
      height: 640,
    });
    expect(heightMessage('a', 640, 'https://x/?e=1').href).toBe('https://x/?e=1');
    expect(pymHeightMessage('graphic', 712)).toBe('pymxPYMxgraphicxPYMxheightxPYMx712');
  });

  it('keep ids short and plain', () => {
    expect(embedId('belarus-events_1')).toBe('belarus-events_1');
    expect(embedId('<img src=x>"')).toBe('imgsrcx');
    expect(embedId('x'.repeat(100))).toHaveLength(64);
    expect(embedId(null)).toBe('');
  });
});

describe('reporting the height', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('does nothing when the app is the top page', () => {
    const post = vi.spyOn(window, 'postMessage');
    reportHeight(window, { id: '', childId: null, reportUrl: false, targetOrigin: null }).update();
    vi.advanceTimersByTime(1000);
    expect(post).not.toHaveBeenCalled();
  });

  it('waits for the height to settle, skips changes under the threshold, and paces messages', () => {
    let h = 640;
    const { win, postMessage } = fakeFrame(() => h);
    const r = reportHeight(win, {
      id: 'x',
      childId: null,
      reportUrl: false,
      targetOrigin: 'https://host.example',
    });
    expect(postMessage).not.toHaveBeenCalled();
    vi.advanceTimersByTime(250);
    expect(postMessage).toHaveBeenCalledTimes(1);
    expect(postMessage).toHaveBeenLastCalledWith(
      { type: 'eventmap:height', version: 1, id: 'x', height: 640 },
      'https://host.example',
    );
    h = 642;
    r.update();
    vi.advanceTimersByTime(1000);
    expect(postMessage).toHaveBeenCalledTimes(1);
    // A burst of changes gives one message, with the last height.
    for (const next of [700, 720, 760, 800]) {
      h = next;
      r.update();
      vi.advanceTimersByTime(50);
    }
    vi.advanceTimersByTime(500);
    expect(postMessage.mock.calls.map((c) => (c[0] as { height: number }).height)).toEqual([
      640, 800,
    ]);
    r.stop();
  });

  it('sends the URL only when asked and only to a known host, and speaks pym.js when asked', () => {
    const known = fakeFrame(() => 500);
    reportHeight(known.win, {
      id: '',
      childId: 'graphic',
      reportUrl: true,
      targetOrigin: 'https://host.example',
    });
    vi.advanceTimersByTime(300);
    expect(known.postMessage.mock.calls[0]![0]).toMatchObject({
      href: 'https://app.example/?embed=1',
    });
    expect(known.postMessage.mock.calls[1]).toEqual([
      'pymxPYMxgraphicxPYMxheightxPYMx500',
      'https://host.example',
    ]);
    const unknown = fakeFrame(() => 500);
    reportHeight(unknown.win, { id: '', childId: null, reportUrl: true, targetOrigin: null });
    vi.advanceTimersByTime(300);
    expect(unknown.postMessage.mock.calls[0]![0]).not.toHaveProperty('href');
    expect(unknown.postMessage.mock.calls[0]![1]).toBe('*');
  });
});

describe('the host’s origin', () => {
  it('comes from ancestorOrigins, else the referrer, else is unknown', () => {
    expect(parentOrigin(['https://news.example'], '')).toBe('https://news.example');
    expect(parentOrigin([], 'https://news.example/2020/article.html')).toBe('https://news.example');
    expect(parentOrigin(undefined, '')).toBeNull();
    expect(parentOrigin(['null'], 'not a url')).toBeNull();
  });
});

describe('parts of an embed', () => {
  it('default to the timeline and the details, and take a list', () => {
    expect([...parseParts(null, true).parts]).toEqual(['timeline', 'details']);
    expect([...parseParts('story', true).parts]).toEqual(['story']);
    expect([...parseParts('map, list', true).parts]).toEqual(['map', 'list']);
    expect(parseParts('map,chart', true).notices).toEqual([
      'Ignored unknown part "chart" in parts= (known: timeline, map, list, details, filters, story)',
    ]);
    expect(parseParts('story', false).parts.size).toBe(6);
  });
});
