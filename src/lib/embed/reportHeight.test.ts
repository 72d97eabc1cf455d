import { describe, expect, it, vi } from 'vitest';
import { HEIGHT_MESSAGE, reportHeight } from './reportHeight';

describe('reportHeight', () => {
  it('does nothing when the app is the top page', () => {
    const post = vi.spyOn(window, 'postMessage');
    reportHeight(window).update();
    expect(post).not.toHaveBeenCalled();
  });

  it('in an iframe, posts the height and the URL, and again only when one changes', () => {
    const postMessage = vi.fn();
    let height = 640;
    const body = { getBoundingClientRect: () => ({ height }) as DOMRect } as HTMLElement;
    const location = { href: 'https://x.example/?embed=1' };
    const win = { parent: { postMessage }, document: { body }, location } as unknown as Window;
    const r = reportHeight(win);
    expect(postMessage).toHaveBeenLastCalledWith(
      { type: HEIGHT_MESSAGE, height: 640, href: 'https://x.example/?embed=1' },
      '*',
    );
    r.update();
    expect(postMessage).toHaveBeenCalledTimes(1);
    location.href = 'https://x.example/?embed=1&event=a';
    r.update();
    height = 700.2;
    r.update();
    expect(postMessage.mock.calls.map((c) => c[0].height)).toEqual([640, 640, 701]);
    r.stop();
  });
});
