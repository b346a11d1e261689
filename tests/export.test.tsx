// @vitest-environment jsdom
// Downloads, as a person asks for them: a button per chart and format, named for its chart.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { csvParse } from 'd3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from './support/renderApp';

interface Saved {
  readonly fileName: string;
  readonly blob: Blob;
}

let saved: Saved[] = [];
let cleanup: (() => void) | undefined;

beforeEach(() => {
  saved = [];
  // jsdom has no object URLs and does not download: record what the anchor would have saved.
  const blobs = new Map<string, Blob>();
  let n = 0;
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    const url = `blob:test/${++n}`;
    blobs.set(url, blob as Blob);
    return url;
  };
  URL.revokeObjectURL = () => {};
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    const blob = blobs.get(this.href);
    if (blob) saved.push({ fileName: this.download, blob });
  });
});
afterEach(() => {
  cleanup?.();
  vi.restoreAllMocks();
});

/** Each chart: its subject, file name, title, and the explanations' tab it is in (if any). */
const CHARTS = [
  ['the hemicycle', 'hemicycle', /positions under NAC consensus/, null],
  ['the threshold bars', 'thresholds', /threshold of NAC consensus/, 'Thresholds'],
  ['the comparison of rules', 'rules', /judged under every decision rule/, null],
  ['the odds sensitivity chart', 'sensitivity', /moves the odds under NAC consensus/, 'Odds'],
  ['the objections chart', 'objections', /likely to object/, 'Odds'],
  ['the power indices chart', 'power', /Power of each ally under NAC consensus/, 'Power'],
  ['the map', 'map', /on the map: positions under NAC consensus/, 'Map'],
] as const;

/** The machine may be busy: the analyses take their time before those charts appear. */
const SLOW = { timeout: 15_000 };

describe('downloads', () => {
  it('every chart has SVG and PNG buttons, named for the chart', async () => {
    const user = userEvent.setup();
    cleanup = renderApp().unmount;
    for (const [subject, , , tab] of CHARTS) {
      if (tab) await user.click(screen.getByRole('tab', { name: tab }));
      const svg = await screen.findByRole(
        'button',
        { name: `Download ${subject} as SVG` },
        SLOW, // the odds and power panels wait for their analysis
      );
      const png = screen.getByRole('button', { name: `Download ${subject} as PNG` });
      expect(svg).toHaveTextContent('SVG');
      expect(png).toHaveTextContent('PNG');
    }
  });

  it.each(CHARTS)(
    'the SVG button for %s saves a file named for the scenario and chart, with its title',
    async (subject, file, title, tab) => {
      const user = userEvent.setup();
      cleanup = renderApp().unmount;
      if (tab) await user.click(screen.getByRole('tab', { name: tab }));
      await user.click(
        await screen.findByRole('button', { name: `Download ${subject} as SVG` }, SLOW),
      );
      // The export code loads on the first click: the file is saved once it is here.
      await vi.waitFor(() =>
        expect(saved.map((s) => s.fileName)).toEqual([`vilnius-2023-${file}.svg`]),
      );
      const text = await saved[0]!.blob.text();
      expect(saved[0]!.blob.type).toBe('image/svg+xml');
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      expect(doc.querySelector('parsererror')).toBeNull();
      expect(doc.documentElement.tagName).toBe('svg');
      expect(doc.querySelector('title')?.textContent).toMatch(title);
    },
  );

  it('the buttons are reached with the keyboard and work with Enter', async () => {
    const user = userEvent.setup();
    cleanup = renderApp().unmount;
    const button = screen.getByRole('button', { name: 'Download the hemicycle as SVG' });
    button.focus();
    await user.keyboard('{Enter}');
    await vi.waitFor(() =>
      expect(saved.map((s) => s.fileName)).toEqual(['vilnius-2023-hemicycle.svg']),
    );
    expect(button).not.toHaveAttribute('tabindex', '-1');
  });

  it('the table of allies downloads as CSV, with what the user changed', async () => {
    const user = userEvent.setup();
    cleanup = renderApp().unmount;
    await user.click(
      within(screen.getByRole('radiogroup', { name: 'Hungary' })).getByRole('radio', {
        name: 'Object',
      }),
    );
    await user.click(screen.getByRole('button', { name: 'Download the table of allies as CSV' }));
    await vi.waitFor(() =>
      expect(saved.map((s) => s.fileName)).toEqual(['vilnius-2023-table.csv']),
    );
    const rows = csvParse((await saved[0]!.blob.text()).replace(/^\ufeff/, ''));
    expect(rows).toHaveLength(31);
    expect(rows.find((r) => r.ally === 'FR')).toMatchObject({ position: 'object' });
    expect(rows.find((r) => r.ally === 'HU')).toMatchObject({
      position: 'object',
      set_by: 'user',
    });
  });
});

describe('downloads in French', () => {
  it('the CSV button is named in French and the file has French headers and words', async () => {
    const user = userEvent.setup();
    cleanup = renderApp({ language: 'fr' }).unmount;
    await user.click(
      within(screen.getByRole('radiogroup', { name: 'Hongrie' })).getByRole('radio', {
        name: 'Objection',
      }),
    );
    await user.click(
      screen.getByRole('button', { name: 'Télécharger la table des alliés en CSV' }),
    );
    await vi.waitFor(() =>
      expect(saved.map((s) => s.fileName)).toEqual(['vilnius-2023-table.csv']),
    );
    const rows = csvParse((await saved[0]!.blob.text()).replace(/^\ufeff/, ''));
    expect(rows.columns).toEqual([
      'allié',
      'nom',
      'position',
      'choisie_par',
      'suit',
      'niveau_de_preuve',
      'p',
      'note',
      'sources',
    ]);
    expect(rows.find((r) => r['allié'] === 'DE')).toMatchObject({
      nom: 'Allemagne',
      position: 'Objection',
      choisie_par: 'scénario',
      suit: 'FR',
      niveau_de_preuve: 'Déduction',
    });
    expect(rows.find((r) => r['allié'] === 'HU')).toMatchObject({ choisie_par: 'utilisateur' });
  });
});
