/**
 * The host script as shipped (public/embed.js), run in this test's page: it
 * must trust only messages from its own frames, from exactly their origin.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';

interface Hit {
  frame: HTMLIFrameElement;
  height: number;
  href?: string;
}
type Accept = (
  e: { data: unknown; origin: string; source: unknown },
  frames: ArrayLike<HTMLIFrameElement>,
) => Hit | null;

let accept: Accept;
let frame: HTMLIFrameElement;
let other: HTMLIFrameElement;

const good = { type: 'eventmap:height', version: 1, id: 'a', height: 720 };

beforeAll(() => {
  document.body.innerHTML = '';
  frame = document.createElement('iframe');
  frame.setAttribute('src', 'https://app.example.com/belarus/?embed=1');
  frame.dataset.eventmap = '';
  other = document.createElement('iframe');
  other.setAttribute('src', 'https://third.example/');
  document.body.append(frame, other);
  // Runs the file as a classic script would, in this window.
  new Function(readFileSync('public/embed.js', 'utf8'))();
  accept = (window as unknown as { EventmapEmbed: { accept: Accept } }).EventmapEmbed.accept;
});

function from(source: Window | null, origin: string, data: unknown = good) {
  return { data, origin, source };
}

describe('public/embed.js', () => {
  it('resizes its frame for a well-formed message from that frame and its origin', () => {
    const hit = accept(from(frame.contentWindow, 'https://app.example.com'), [frame, other]);
    expect(hit).toMatchObject({ frame, height: 720 });
    window.dispatchEvent(
      new MessageEvent('message', {
        data: good,
        origin: 'https://app.example.com',
        source: frame.contentWindow,
      }),
    );
    expect(frame.style.height).toBe('720px');
  });

  it('ignores the right shape from another frame, or from no frame', () => {
    expect(accept(from(other.contentWindow, 'https://app.example.com'), [frame, other])).toBeNull();
    expect(accept(from(null, 'https://app.example.com'), [frame, other])).toBeNull();
    expect(accept(from(window, 'https://app.example.com'), [frame, other])).toBeNull();
  });

  it('ignores look-alike and wrong origins', () => {
    for (const origin of [
      'https://app.example.com.evil.test',
      'https://evil.test',
      'http://app.example.com',
      'https://app.example.com:8443',
      'https://evilapp.example.com',
      'null',
      '',
    ]) {
      expect(accept(from(frame.contentWindow, origin), [frame]), origin).toBeNull();
    }
  });

  it('ignores wrong shapes and absurd heights', () => {
    const bad: unknown[] = [
      null,
      'pymxPYMxaxPYMxheightxPYMx700',
      { ...good, type: 'other' },
      { ...good, version: 2 },
      { ...good, height: '700' },
      { ...good, height: Number.NaN },
      { ...good, height: Infinity },
      { ...good, height: -10 },
      { ...good, height: 10 },
      { ...good, height: 1e9 },
      { ...good, href: 42 },
    ];
    for (const data of bad) {
      expect(
        accept(from(frame.contentWindow, 'https://app.example.com', data), [frame]),
        JSON.stringify(data),
      ).toBeNull();
    }
  });

  it('hands the reported URL to the page as an event on the frame', () => {
    let href = '';
    frame.addEventListener('eventmap:state', (e) => {
      href = (e as CustomEvent<{ href: string }>).detail.href;
    });
    window.dispatchEvent(
      new MessageEvent('message', {
        data: { ...good, href: 'https://app.example.com/belarus/?embed=1&event=x' },
        origin: 'https://app.example.com',
        source: frame.contentWindow,
      }),
    );
    expect(href).toBe('https://app.example.com/belarus/?embed=1&event=x');
  });
});
