import { describe, expect, it } from 'vitest';
import { embedSnippet, embedSrc } from './snippet';

describe('the embed code', () => {
  it('points the iframe at this view with embed=1 and the chosen parts', () => {
    const here = 'https://news.example/belarus/?event=x&types=solidarity';
    expect(embedSrc(here, '?event=x&types=solidarity', ['timeline', 'details'])).toBe(
      'https://news.example/belarus/?event=x&types=solidarity&embed=1',
    );
    expect(embedSrc(here, '?event=x', ['story'])).toBe(
      'https://news.example/belarus/?event=x&embed=1&parts=story',
    );
    // Embed parameters of the page itself are not carried twice.
    expect(embedSrc(here, '?embed=1&parts=map&event=x', ['map', 'list'])).toBe(
      'https://news.example/belarus/?event=x&embed=1&parts=map,list',
    );
  });

  it('is an iframe with a title, lazy loading, a minimal sandbox, a height, and the host script', () => {
    const html = embedSnippet({
      src: 'https://news.example/belarus/?embed=1',
      script: 'https://news.example/belarus/embed.js',
      title: 'Belarus, August 2020',
      height: 719.6,
    });
    expect(html).toContain(
      '<iframe\n  data-eventmap\n  src="https://news.example/belarus/?embed=1"',
    );
    expect(html).toContain('title="Belarus, August 2020"');
    expect(html).toContain('loading="lazy"');
    expect(html).toContain(
      'sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"',
    );
    expect(html).toContain('height: 720px');
    expect(html).toMatch(
      /<script src="https:\/\/news.example\/belarus\/embed.js" async><\/script>$/,
    );
  });

  it('escapes a stranger’s title so it cannot break out of the attribute', () => {
    const html = embedSnippet({
      src: 'https://x/?a=1&b=2',
      script: 'https://x/embed.js',
      title: '"><script>alert(1)</script>',
      height: 600,
    });
    expect(html).toContain('title="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(html).toContain('src="https://x/?a=1&amp;b=2"');
    expect(html.match(/<script/g)).toHaveLength(1);
  });
});
