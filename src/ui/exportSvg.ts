/**
 * A chart's SVG as a standalone file: the page's stylesheet does not travel with it, so the
 * computed styles that draw it (fills, strokes, fonts) are written onto each element as
 * presentation attributes, and the colours resolved (the charts paint with CSS variables). Title and description stay: the file
 * keeps its accessible name. Pure DOM work, no download; tested in jsdom.
 */

const SVG_NS = 'http://www.w3.org/2000/svg';

/** The properties that change how a chart looks; layout comes from its attributes. */
const PAINT = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'paint-order',
  'visibility',
] as const;

/** Attributes that only make sense in the page: focus, events, the live document's ids. */
const PAGE_ONLY = ['tabindex', 'role', 'aria-label', 'data-position', 'data-blocker', 'class'];

/**
 * A paint server (the map's hatching patterns) as a reference inside the file: a browser may
 * report `url("#p")` resolved against the page's address, which the file does not have.
 */
export const localUrl = (value: string): string => {
  const ref = /^url\(\s*["']?[^"'#)]*#([^"')]+)["']?\s*\)(.*)$/.exec(value);
  return ref ? `url(#${ref[1]})${ref[2] ?? ''}` : value;
};

export interface ExportedSvg {
  readonly text: string;
  readonly width: number;
  readonly height: number;
}

/** The size of the drawing: its viewBox, else its width and height attributes. */
export function svgSize(svg: SVGSVGElement): { width: number; height: number } {
  const box = (svg.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(Number);
  const [, , w, h] = box;
  if (box.length === 4 && w !== undefined && h !== undefined && w > 0 && h > 0)
    return { width: w, height: h };
  return {
    width: Number(svg.getAttribute('width')) || 300,
    height: Number(svg.getAttribute('height')) || 150,
  };
}

const isOpaque = (colour: string) =>
  colour !== '' && colour !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(colour);

/** The colour the chart is seen on: the first opaque background among its ancestors. */
export function backgroundBehind(el: Element): string {
  const view = el.ownerDocument.defaultView;
  for (let at = el.parentElement; at && view; at = at.parentElement) {
    const colour = view.getComputedStyle(at).backgroundColor;
    if (isOpaque(colour)) return colour;
  }
  return '';
}

/**
 * Serialises a chart for download. `background` fills the drawing (a dark-mode chart has light
 * text, unreadable on a viewer's white page); by default the colour the chart is seen on in the page.
 */
export function svgForExport(svg: SVGSVGElement, background?: string): ExportedSvg {
  const view = svg.ownerDocument.defaultView;
  const { width, height } = svgSize(svg);
  const clone = svg.cloneNode(true) as SVGSVGElement;

  // Walk the original and the copy together: the copy is detached, so it has no computed style.
  const originals = [svg, ...Array.from(svg.querySelectorAll('*'))];
  const copies = [clone, ...Array.from(clone.querySelectorAll('*'))];
  originals.forEach((el, i) => {
    const copy = copies[i];
    if (!copy || !view) return;
    const computed = view.getComputedStyle(el);
    // Written as presentation attributes, not a style attribute: the page's CSP (style-src
    // 'self') refuses style attributes set from script, and the file has no stylesheet to lose to.
    copy.removeAttribute('style');
    const parent = el === svg || !el.parentElement ? null : view.getComputedStyle(el.parentElement);
    for (const prop of PAINT) {
      const value = computed.getPropertyValue(prop).trim();
      // Inherited values the parent already states, and full opacity, need not be repeated.
      const redundant =
        prop === 'opacity' ? value === '1' : parent?.getPropertyValue(prop).trim() === value;
      if (value && !value.includes('var(') && !redundant) copy.setAttribute(prop, localUrl(value));
      else if (copy.getAttribute(prop)?.includes('var(')) copy.removeAttribute(prop);
    }
    if (computed.getPropertyValue('display') === 'none') copy.setAttribute('display', 'none');
    if (copy !== clone) PAGE_ONLY.forEach((a) => copy.removeAttribute(a));
  });

  // As a namespace declaration, not a plain attribute: XMLSerializer would write it twice.
  clone.setAttributeNS('http://www.w3.org/2000/xmlns/', 'xmlns', SVG_NS);
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  clone.setAttribute('role', 'img');
  clone.removeAttribute('class');
  clone.removeAttribute('aria-describedby');
  clone.removeAttribute('aria-labelledby');
  const title = clone.querySelector('title');
  const desc = clone.querySelector('desc');
  // Ids made by React (":r1:-title") are meaningless outside the page; name the file's own.
  if (title) {
    title.setAttribute('id', 'chart-title');
    clone.setAttribute('aria-labelledby', 'chart-title');
  }
  if (desc) {
    desc.setAttribute('id', 'chart-desc');
    clone.setAttribute('aria-describedby', 'chart-desc');
  }

  const fill = background ?? backgroundBehind(svg);
  if (isOpaque(fill)) {
    const rect = svg.ownerDocument.createElementNS(SVG_NS, 'rect');
    rect.setAttribute('width', '100%');
    rect.setAttribute('height', '100%');
    rect.setAttribute('fill', fill);
    // After title and desc, before the drawing: painted first, under everything.
    const anchor = desc ?? title;
    if (anchor) anchor.after(rect);
    else clone.prepend(rect);
  }

  const text = new XMLSerializer().serializeToString(clone);
  return { text: `<?xml version="1.0" encoding="UTF-8"?>\n${text}`, width, height };
}
