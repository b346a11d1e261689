// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { embedCode, escapeAttribute } from './embedCode';

/** The snippet as a browser (or an LMS's HTML editor) reads it. */
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html').body;

describe('the embed code', () => {
  it('is one iframe of the link, titled, sized for a course page, allowed full screen and copying', () => {
    const src = 'https://example.org/nac/#3/vilnius-2023/consensus//r=2,present=1';
    const code = embedCode({ src, title: 'Vilnius summit, July 2023' });
    expect(code).toBe(
      '<iframe src="https://example.org/nac/#3/vilnius-2023/consensus//r=2,present=1" title="Vilnius summit, July 2023" width="100%" height="600" style="border:0;width:100%;height:auto;aspect-ratio:16/9;min-height:480px" allow="fullscreen; clipboard-write" allowfullscreen loading="lazy"></iframe>',
    );
    const body = parse(code);
    expect(body.children).toHaveLength(1);
    const frame = body.querySelector('iframe');
    expect(frame?.getAttribute('src')).toBe(src);
    expect(frame?.getAttribute('allow')).toBe('fullscreen; clipboard-write');
    expect(frame?.hasAttribute('allowfullscreen')).toBe(true);
  });

  it.each([
    '"><script>alert(1)</script>',
    'It\'s <b>bold</b> & "quoted"',
    '" onload="alert(1)',
    '&quot; already escaped &amp;',
    '</iframe><img src=x onerror=alert(1)>',
  ])('an untrusted title (%s) stays one attribute value, read back as it was', (title) => {
    const src = 'https://example.org/?a=1&b="2"#3/x/consensus//present=1';
    const body = parse(embedCode({ src, title }));
    expect(body.children).toHaveLength(1);
    const frame = body.querySelector('iframe');
    expect(frame?.getAttribute('title')).toBe(title);
    expect(frame?.getAttribute('src')).toBe(src);
    expect(frame?.getAttributeNames()).toEqual([
      'src',
      'title',
      'width',
      'height',
      'style',
      'allow',
      'allowfullscreen',
      'loading',
    ]);
    expect(body.querySelectorAll('script, img')).toHaveLength(0);
  });

  it('escapes &, <, >, " and \'', () => {
    expect(escapeAttribute(`&<>"'`)).toBe('&amp;&lt;&gt;&quot;&#39;');
  });
});
