/**
 * The embed code for a course page, a slide or a learning platform (LMS): an iframe of a presenter
 * link. Built as text, with every attribute value escaped: the title comes from the scenario,
 * which may be an imported (untrusted) file, and the address from the page.
 */

/** Escapes text for a double-quoted HTML attribute value (&, <, >, " and '). */
export function escapeAttribute(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** What the frame may do: go full screen (the strip's button) and copy links. */
export const EMBED_ALLOW = 'fullscreen; clipboard-write';

/**
 * The frame fills the width of the column it is pasted into, at 16:9 like a slide, and never
 * shorter than 480 px (a phone's column): the width and height attributes are the fallback where a
 * platform strips the style attribute.
 */
export const EMBED_STYLE = 'border:0;width:100%;height:auto;aspect-ratio:16/9;min-height:480px';

export function embedCode({
  src,
  title,
}: {
  readonly src: string;
  readonly title: string;
}): string {
  const attributes = [
    `src="${escapeAttribute(src)}"`,
    `title="${escapeAttribute(title)}"`,
    'width="100%"',
    'height="600"',
    `style="${EMBED_STYLE}"`,
    `allow="${EMBED_ALLOW}"`,
    'allowfullscreen',
    'loading="lazy"',
  ];
  return `<iframe ${attributes.join(' ')}></iframe>`;
}
