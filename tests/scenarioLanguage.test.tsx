// @vitest-environment jsdom
// A scenario's own texts follow the page's language where its file translates them: in French
// the title, the question, the notes, the summary and the exercises are the file's French, not
// marked English; in English nothing changed; a file without French stays English, marked so.
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { TRANSLATED_LANGUAGES } from '../src/scenario/languages';
import { LANGUAGES } from '../src/words/intl';
import { minimalScenario } from './support/fixtures';
import { openApp } from './support/renderApp';

// (A name keeps its no-break spaces; text queries read them as spaces.)
const TITLE_EN = 'Vilnius summit, July 2023: the Tokyo office struck from the communiqué';
const TITLE_FR = /^Sommet de Vilnius, juillet 2023\s:\sle bureau de Tokyo rayé du communiqué$/;
const QUESTION_FR = 'L’OTAN doit-elle ouvrir un bureau de liaison à Tokyo, le premier en Asie ?';

/** France's row: the list item that holds its radiogroup. */
const rowOf = (name: string) => {
  const row = screen.getByRole('radiogroup', { name }).closest('li');
  if (!row) throw new Error(`no row for ${name}`);
  return row;
};

describe("a scenario's texts in the page's language", () => {
  it('in French: the title, question and notes are the file’s French, not marked English', () => {
    openApp({ language: 'fr' });
    expect(screen.getByRole('heading', { level: 1, name: TITLE_FR })).toBeInTheDocument();
    const question = screen.getByText(QUESTION_FR);
    expect(question.closest('[lang="en"]')).toBeNull();
    const note = within(rowOf('France')).getByText(/^Le Financial Times a rapporté/);
    expect(note).toHaveTextContent('« une grosse erreur » (nos traductions)');
    expect(note.closest('[lang]')?.getAttribute('lang')).toBe('fr');
    // An ally the file does not list takes the default stance's note, in French too.
    const assumed = within(rowOf('Italie')).getByText(/^Aucune position publique/);
    expect(assumed.closest('[lang="en"]')).toBeNull();
    expect(screen.getByRole('combobox', { name: 'Scénario' })).toHaveDisplayValue(TITLE_FR);
  });

  it('in French: the summary speaks French, with nothing around it marked English', async () => {
    const user = userEvent.setup();
    openApp({ language: 'fr' });
    await user.click(screen.getByRole('tab', { name: 'À propos de ce scénario' }));
    const summary = within(screen.getByRole('tabpanel')).getByText(
      /^L’ouverture du bureau exigeait le consentement des 31 Alliés/,
    );
    expect(summary.closest('[lang]')?.getAttribute('lang')).toBe('fr');
    expect(summary.closest('[lang="en"]')).toBeNull();
  });

  it('in French: the exercises’ prompts and hints are the file’s French', async () => {
    const user = userEvent.setup();
    openApp({ language: 'fr', exercises: true });
    // The exercises load on demand (a lazy chunk): on a busy machine that takes a while.
    const exercise = await screen.findByRole(
      'article',
      { name: /^En juillet 2023, quel Allié, en changeant à lui seul de position/ },
      { timeout: 15_000 },
    );
    await user.click(within(exercise).getByRole('button', { name: /indice/i }));
    expect(
      within(exercise).getByText(/^Sous la règle du consensus, un Allié indécis ne bloque pas/),
    ).toBeInTheDocument();
  });

  it('in English: the texts as they always were, notes marked English', () => {
    openApp({ language: 'en' });
    expect(screen.getByRole('heading', { level: 1, name: TITLE_EN })).toBeInTheDocument();
    const note = within(rowOf('France')).getByText(/^The Financial Times reported/);
    expect(note).toHaveTextContent('"a big mistake"');
    expect(note).toHaveAttribute('lang', 'en');
    expect(screen.queryByText(/Financial Times a rapporté/)).not.toBeInTheDocument();
  });

  it('in French, a file without French stays English, its notes marked English', () => {
    const { store } = openApp({ language: 'fr' });
    const imported = minimalScenario();
    act(() => store.getState().importScenario(imported, { from: 'file', fileName: 'cas.yaml' }));
    expect(screen.getByRole('heading', { level: 1, name: imported.title })).toBeInTheDocument();
    const note = within(rowOf('France')).getByText('Assumed for the test.');
    expect(note).toHaveAttribute('lang', 'en');
  });

  it('in French, Export saves the file as it is: English texts, its French beside them', async () => {
    const user = userEvent.setup();
    const { downloads } = openApp({ language: 'fr' });
    await user.click(screen.getByRole('button', { name: 'Exporter le scénario (YAML)' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    const text = downloads[0]!.text;
    expect(text).toContain(`title: "${TITLE_EN}"`);
    expect(text).toMatch(/^translations:\n {2}fr:\n {4}title: /m);
  });

  it('switching language moves the texts; the table keeps the file’s ids', async () => {
    const user = userEvent.setup();
    const { store } = openApp({ language: 'en' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'Français');
    expect(await screen.findByRole('heading', { level: 1, name: TITLE_FR })).toBeInTheDocument();
    // The store (links, the room) names the file's own scenario, its id unchanged.
    expect(store.getState().table.scenarioId).toBe('vilnius-2023');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'English');
    expect(await screen.findByRole('heading', { level: 1, name: TITLE_EN })).toBeInTheDocument();
  });

  it('a file may be translated into each language the simulator speaks but English', () => {
    expect([...TRANSLATED_LANGUAGES]).toEqual(LANGUAGES.filter((l) => l !== 'en'));
  });
});
