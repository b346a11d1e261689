// Downloads in Chromium against the production build (strict CSP, Trusted Types): the files a
// person gets are valid SVG, PNG and CSV.
import { readFile } from 'node:fs/promises';
import { csvParse } from 'd3';
import type { Download, Page } from '@playwright/test';
import { expect, openTab, test } from './fixtures';

const contents = async (download: Download) => {
  const path = await download.path();
  return readFile(path);
};

async function downloadOf(page: Page, name: string): Promise<Download> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name, exact: true }).click(),
  ]);
  return download;
}

test.describe('downloads', () => {
  test('the hemicycle as SVG: a standalone SVG with its title and resolved colours', async ({
    page,
  }) => {
    await page.goto('/');
    const download = await downloadOf(page, 'Download the hemicycle as SVG');
    expect(download.suggestedFilename()).toBe('vilnius-2023-hemicycle.svg');
    const text = (await contents(download)).toString('utf8');
    // Parsed in a blank page: the app's Trusted Types policy (rightly) refuses DOMParser input.
    const blank = await page.context().newPage();
    const parsed = await blank.evaluate((t) => {
      const doc = new DOMParser().parseFromString(t, 'image/svg+xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        root: doc.documentElement.localName,
        ns: doc.documentElement.namespaceURI,
        title: doc.querySelector('title')?.textContent ?? null,
        circles: doc.querySelectorAll('circle').length,
      };
    }, text);
    expect(parsed).toMatchObject({ error: null, root: 'svg', ns: 'http://www.w3.org/2000/svg' });
    expect(parsed.title).toMatch(/positions under NAC consensus/);
    expect(parsed.circles).toBeGreaterThanOrEqual(31);
    expect(text).not.toContain('var(');
  });

  test('the map as SVG: its hatching patterns travel with it', async ({ page }) => {
    await page.goto('/');
    await openTab(page, 'Map');
    const download = await downloadOf(page, 'Download the map as SVG');
    expect(download.suggestedFilename()).toBe('vilnius-2023-map.svg');
    const text = (await contents(download)).toString('utf8');
    const blank = await page.context().newPage();
    const refs = await blank.evaluate((t) => {
      const doc = new DOMParser().parseFromString(t, 'image/svg+xml');
      const used = [...doc.querySelectorAll('[fill^="url("]')].map((el) =>
        (el.getAttribute('fill') ?? '').replace(/^url\(#(.*)\)$/, '$1'),
      );
      return {
        title: doc.querySelector('title')?.textContent ?? '',
        used: used.length,
        missing: used.filter((id) => !doc.getElementById(id)),
      };
    }, text);
    expect(refs.title).toMatch(/on the map/);
    expect(refs.used).toBeGreaterThan(20);
    expect(refs.missing).toEqual([]);
  });

  test('every chart as PNG: a PNG file at twice the size', async ({ page }) => {
    await page.goto('/');
    // Each chart, with the explanations' tab it is in opened first (if any).
    for (const [subject, file, tab] of [
      ['the hemicycle', 'hemicycle', null],
      ['the power indices chart', 'power', 'Power'],
      ['the odds sensitivity chart', 'sensitivity', 'Odds'],
      ['the objections chart', 'objections', 'Odds'],
      ['the threshold bars', 'thresholds', 'Thresholds'],
      ['the comparison of rules', 'rules', null],
      ['the map', 'map', 'Map'],
    ] as const) {
      const download = await test.step(subject, async () => {
        if (tab) await openTab(page, tab);
        return downloadOf(page, `Download ${subject} as PNG`);
      });
      expect(download.suggestedFilename()).toBe(`vilnius-2023-${file}.png`);
      const png = await contents(download);
      expect(png.length).toBeGreaterThan(1000);
      expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      // IHDR width: twice the chart's drawing width (charts here are over 300 units wide).
      expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(600);
    }
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  test('the table of allies as CSV: a header and 31 allies, France objecting', async ({ page }) => {
    await page.goto('/');
    const download = await downloadOf(page, 'Download the table of allies as CSV');
    expect(download.suggestedFilename()).toBe('vilnius-2023-table.csv');
    const rows = csvParse((await contents(download)).toString('utf8').replace(/^\ufeff/, ''));
    expect(rows.columns).toEqual([
      'ally',
      'name',
      'position',
      'set_by',
      'follows',
      'evidence',
      'p',
      'note',
      'sources',
    ]);
    expect(rows).toHaveLength(31);
    expect(rows.find((r) => r.ally === 'FR')).toMatchObject({ name: 'France', position: 'object' });
  });
});
