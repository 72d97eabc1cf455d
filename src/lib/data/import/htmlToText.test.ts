import { describe, expect, it } from 'vitest';
import { decodeEntities, htmlToText } from './htmlToText';

describe('htmlToText', () => {
  it('keeps paragraphs and line breaks, and collapses white space as a browser shows it', () => {
    const r = htmlToText(
      '<p>First   paragraph,\n  wrapped.</p><p>Second<br>line two<br/>\n line three</p>tail',
    );
    expect(r.text).toBe('First paragraph, wrapped.\n\nSecond\nline two\nline three\n\ntail');
  });

  it('drops the markup of inline elements but keeps their words apart', () => {
    expect(htmlToText('A <b>bold</b> and <i>italic</i> word.').text).toBe(
      'A bold and italic word.',
    );
    expect(htmlToText('<ul><li>one</li><li>two</li></ul>').text).toBe('one\n\ntwo');
  });

  it('keeps http(s) links with their text and refuses other addresses', () => {
    const r = htmlToText(
      '<p>See <a href="https://example.org/a?x=1&amp;y=2" target="_blank">the <em>report</em></a>' +
        " and <a href='javascript:alert(1)'>this</a>, <a href=#top>top</a>.</p>",
    );
    expect(r.text).toBe('See the report and this, top.');
    expect(r.links).toEqual([{ text: 'the report', url: 'https://example.org/a?x=1&y=2' }]);
    expect(r.refused).toEqual(['javascript:alert(1)']);
  });

  it('drops scripts, styles and comments, which are not text', () => {
    const r = htmlToText(
      'Before<script>alert("x")</script><style>p{}</style><!-- note -->after<noscript>n</noscript>.',
    );
    expect(r.text).toBe('Beforeafter.');
  });

  it('keeps a lone < and decodes character references', () => {
    expect(htmlToText('1 < 2 &amp;&amp; 3 &gt; 2 &#8212; &#x41;&eacute;&unknown;').text).toBe(
      '1 < 2 && 3 > 2 — A&eacute;&unknown;',
    );
    expect(decodeEntities('&#0;&#xD800;&#1114112;')).toBe('\ufffd\ufffd\ufffd');
  });

  it('ends quietly on an unfinished tag or quote', () => {
    expect(htmlToText('text <a href="x').text).toBe('text');
    expect(htmlToText('<p>open').text).toBe('open');
    expect(htmlToText('').text).toBe('');
  });
});
