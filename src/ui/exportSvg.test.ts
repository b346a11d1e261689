// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { backgroundBehind, localUrl, svgForExport, svgSize } from './exportSvg';

const SVG_NS = 'http://www.w3.org/2000/svg';

function chart(): SVGSVGElement {
  const host = document.createElement('div');
  // Built with DOM calls: the lint forbids HTML sinks, in tests too.
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', '0 0 200 100');
  svg.setAttribute('role', 'group');
  svg.setAttribute('aria-labelledby', ':r1:-title');
  const title = document.createElementNS(SVG_NS, 'title');
  title.id = ':r1:-title';
  title.textContent = 'NATO: positions under NAC consensus';
  const desc = document.createElementNS(SVG_NS, 'desc');
  desc.textContent = '29 support, 2 object.';
  const seat = document.createElementNS(SVG_NS, 'g');
  seat.setAttribute('role', 'button');
  seat.setAttribute('tabindex', '0');
  const circle = document.createElementNS(SVG_NS, 'circle');
  circle.setAttribute('fill', 'var(--support)');
  circle.setAttribute('r', '5');
  circle.setAttribute('style', 'fill: rgb(0, 114, 178)');
  seat.append(circle);
  svg.append(title, desc, seat);
  host.append(svg);
  document.body.append(host);
  return svg;
}

const parse = (text: string) => new DOMParser().parseFromString(text, 'image/svg+xml');

describe('svgForExport', () => {
  it('makes a standalone SVG document that keeps the title and description', () => {
    const { text, width, height } = svgForExport(chart(), '#ffffff');
    expect({ width, height }).toEqual({ width: 200, height: 100 });
    const doc = parse(text);
    expect(doc.querySelector('parsererror')).toBeNull();
    const root = doc.documentElement;
    expect(root.namespaceURI).toBe(SVG_NS);
    expect(root.getAttribute('xmlns')).toBe(SVG_NS);
    expect(root.getAttribute('width')).toBe('200');
    expect(root.getAttribute('role')).toBe('img');
    expect(doc.querySelector('title')?.textContent).toBe('NATO: positions under NAC consensus');
    expect(root.getAttribute('aria-labelledby')).toBe(doc.querySelector('title')?.id);
    expect(doc.querySelector('desc')?.textContent).toBe('29 support, 2 object.');
  });

  it('resolves paint: no CSS variable survives, computed colours are written inline', () => {
    const { text } = svgForExport(chart(), '#ffffff');
    expect(text).not.toContain('var(');
    const circle = parse(text).querySelector('circle')!;
    expect(circle.getAttribute('fill')).toBe('rgb(0, 114, 178)');
    expect(circle.hasAttribute('style')).toBe(false);
  });

  it('drops what only works in the page (focus, roles of marks) and paints a background', () => {
    const doc = parse(svgForExport(chart(), '#12161c').text);
    expect(doc.querySelector('[tabindex]')).toBeNull();
    expect(doc.querySelector('g')?.getAttribute('role')).toBeNull();
    const bg = doc.querySelector('rect');
    expect(bg?.getAttribute('fill')).toBe('#12161c');
    // Painted first: right after the title and description.
    expect(bg?.previousElementSibling?.tagName).toBe('desc');
  });

  it('sizes from the viewBox, else the width and height', () => {
    const svg = document.createElementNS(SVG_NS, 'svg');
    svg.setAttribute('width', '40');
    svg.setAttribute('height', '30');
    expect(svgSize(svg)).toEqual({ width: 40, height: 30 });
  });
});

describe('backgroundBehind', () => {
  it('finds the first opaque background up the tree', () => {
    const svg = chart();
    const panel = svg.parentElement!;
    panel.style.backgroundColor = 'rgb(18, 22, 28)';
    expect(backgroundBehind(svg)).toBe('rgb(18, 22, 28)');
    const doc = parse(svgForExport(svg).text);
    expect(doc.querySelector('rect')?.getAttribute('fill')).toBe('rgb(18, 22, 28)');
  });
});

describe('localUrl', () => {
  it('keeps a pattern reference inside the file, whatever address the page resolved it to', () => {
    expect(localUrl('url("http://127.0.0.1:4440/#r5-support")')).toBe('url(#r5-support)');
    expect(localUrl('url("#r5-object")')).toBe('url(#r5-object)');
    expect(localUrl('url(#a) none')).toBe('url(#a) none');
    expect(localUrl('rgb(0, 114, 178)')).toBe('rgb(0, 114, 178)');
  });
});
