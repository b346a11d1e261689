// @vitest-environment jsdom
// The Language control as a person uses it: the contract's names in French, the address and
// storage follow the choice, and English comes back exactly as it was.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { act } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { minimalScenario } from './support/fixtures';
import { LANGUAGE_KEY } from '../src/app/language';
import { memoryStorage } from './support/catalog';
import { openApp } from './support/renderApp';

const ENGLISH_STATUS =
  'Blocked: France objects (named official); Germany, following France (reported).';

describe('the Language control', () => {
  // (toHaveTextContent reads the no-break space before the colon as a space.)
  it('in French, the allies, their positions and the outcome carry French names', () => {
    openApp({ language: 'fr' });
    expect(screen.getByRole('combobox', { name: 'Language' })).toHaveValue('fr');
    const germany = screen.getByRole('radiogroup', { name: 'Allemagne' });
    for (const name of ['Soutien', 'Indécis', 'Objection'])
      expect(within(germany).getByRole('radio', { name })).toBeInTheDocument();
    expect(within(germany).getByRole('radio', { name: 'Objection' })).toBeChecked();
    expect(screen.getByRole('radiogroup', { name: 'Royaume-Uni' })).toBeInTheDocument();
    expect(screen.queryByRole('radiogroup', { name: 'Germany' })).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(/^Bloquée : France .*Allemagne/);
    expect(screen.getByRole('combobox', { name: 'Scénario' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Règle de décision' })).toHaveDisplayValue(
      'Consensus du CAN',
    );
    expect(document.documentElement.lang).toBe('fr');
    // The rows' tags and the sort.
    expect(screen.getByText('suit France')).toBeInTheDocument();
    expect(screen.getAllByText('bloque').length).toBeGreaterThanOrEqual(2);
    expect(screen.getByRole('combobox', { name: 'Trier les alliés' })).toHaveDisplayValue(
      'Ordre de la table',
    );
  });

  it('sorted by name in French, the allies go by their French names in French order', async () => {
    const user = userEvent.setup();
    openApp({ language: 'fr' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Trier les alliés' }), 'Nom');
    const group = (name: string) => screen.getByRole('radiogroup', { name });
    const listedBefore = (a: string, b: string) =>
      (group(a).compareDocumentPosition(group(b)) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
    // By the French names in French order: Allemagne among the A's (English would put Germany
    // after France), États-Unis after Espagne.
    for (const [a, b] of [
      ['Albanie', 'Allemagne'],
      ['Allemagne', 'Belgique'],
      ['Espagne', 'États-Unis'],
      ['États-Unis', 'Finlande'],
    ] as const)
      expect([a, b, listedBefore(a, b)]).toEqual([a, b, true]);
  });

  it('choosing Français loads French, puts lang=fr in the address and keeps the choice', async () => {
    const user = userEvent.setup();
    const storage = memoryStorage();
    openApp({ language: 'en', storage });
    expect(screen.getByRole('status')).toHaveTextContent(ENGLISH_STATUS);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'Français');
    expect(await screen.findByRole('radiogroup', { name: 'Allemagne' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(/^Bloquée/);
    // The hemicycle's seats drawn before the switch take their French names too (a role query
    // over the whole page takes a while in jsdom: a longer wait than the default).
    const hemicycle = screen.getByRole('group', { name: /positions sous la règle/ });
    expect(
      await within(hemicycle).findByRole(
        'button',
        { name: /^Allemagne\s:\sobjection, bloque/ },
        { timeout: 5000 },
      ),
    ).toBeInTheDocument();
    await waitFor(() => expect(window.location.hash).toMatch(/\/r=2,lang=fr$/));
    expect(storage.getItem(LANGUAGE_KEY)).toBe('fr');
    expect(document.documentElement.lang).toBe('fr');

    // And back: English exactly as it was, and an address without the language.
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'English');
    expect(await screen.findByRole('radiogroup', { name: 'Germany' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(ENGLISH_STATUS);
    await waitFor(() => expect(window.location.hash).toBe('#3/vilnius-2023/consensus//r=2'));
    expect(storage.getItem(LANGUAGE_KEY)).toBe('en');
    expect(document.documentElement.lang).toBe('en');
  });

  it('a pasted link with lang=fr switches the page to French, for this visit only', async () => {
    const storage = memoryStorage();
    openApp({ language: 'en', storage });
    window.location.hash = '#3/vilnius-2023/consensus/FR=s/r=2,lang=fr';
    expect(await screen.findByRole('radiogroup', { name: 'Allemagne' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(/^Adoptée/);
    // The sharer's language, not the reader's choice: nothing is kept for the next visit.
    expect(storage.getItem(LANGUAGE_KEY)).toBeNull();
  });

  it('in French, the skip links, the footer and a notice’s buttons speak French', async () => {
    const user = userEvent.setup();
    const storage = memoryStorage();
    const first = openApp({ language: 'fr', storage });
    await user.click(
      within(screen.getByRole('radiogroup', { name: 'Italie' })).getByRole('radio', {
        name: 'Objection',
      }),
    );
    first.unmount();
    openApp({ language: 'fr', hash: '#1/vilnius-2023/consensus/IT=', storage });
    expect(screen.getByRole('link', { name: 'Aller aux alliés' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Aller aux explications' })).toBeInTheDocument();
    const footer = screen.getByRole('contentinfo');
    expect(footer).toHaveTextContent(/^Les positions viennent des sources du projet/);
    expect(footer).not.toHaveAttribute('lang');
    expect(footer.closest('[lang="en"]')).toBeNull();
    const notice = screen.getByRole('alert');
    expect(within(notice).getByRole('button', { name: 'Fermer' })).toBeInTheDocument();
    await user.click(within(notice).getByRole('button', { name: 'Rétablir ma dernière table' }));
    expect(
      within(screen.getByRole('radiogroup', { name: 'Italie' })).getByRole('radio', {
        name: 'Objection',
      }),
    ).toBeChecked();
  });

  it('in French, the notices of an import, of its removal and its Put it back speak French', async () => {
    const user = userEvent.setup();
    const { store } = openApp({ language: 'fr' });
    const imported = minimalScenario();
    act(() => store.getState().importScenario(imported, { from: 'file', fileName: 'cas.yaml' }));
    // (toHaveTextContent reads the no-break spaces as spaces.)
    expect(screen.getByText(/importé depuis cas\.yaml\.$/)).toHaveTextContent(
      `« ${imported.title} » importé depuis cas.yaml.`,
    );
    act(() => store.getState().removeImported(imported.id));
    expect(
      screen.getByText(/a été retiré de la liste des scénarios de ce navigateur\.$/),
    ).toBeInTheDocument();
    // English is what the notice says in the store, for logs and tests.
    expect(store.getState().notice?.message).toBe(
      `Removed “${imported.title}” from this browser's scenario list.`,
    );
    await user.click(screen.getByRole('button', { name: 'Le remettre' }));
    expect(screen.getByRole('combobox', { name: 'Scénario' })).toHaveValue(imported.id);
  });

  it('in French, the allies’ heading and the evidence chips speak French', () => {
    openApp({ language: 'fr' });
    expect(
      screen.getByRole('heading', {
        name: /^Conseil de l’Atlantique Nord\s:\s31 alliés au 11 juil. 2023$/,
      }),
    ).toBeInTheDocument();
    const chips = screen.getAllByText('Responsable cité', { selector: '.evidence' });
    expect(chips.length).toBeGreaterThanOrEqual(1);
    expect(chips[0]).toHaveAttribute('title', 'Un responsable nommé, selon la presse');
    expect(screen.getAllByText(/^:\snote et sources \(\d+\) pour France$/).length).toBe(1);
    // The stances' notes: in the file's French where it has one (scenarioLanguage.test.tsx).
  });

  it('in French, the explanations’ tabs carry French names, and every panel speaks French', async () => {
    const user = userEvent.setup();
    openApp({ language: 'fr' });
    const tabs = screen.getByRole('tablist', { name: 'Explications' });
    expect(
      within(tabs)
        .getAllByRole('tab')
        .map((t) => t.textContent),
    ).toEqual([
      'Pourquoi',
      'Seuils',
      'Chances',
      'Pouvoir',
      'Carte',
      'Chronologie',
      'Comparer les scénarios',
      'À propos de ce scénario',
    ]);
    // No panel says it is English any more (a note the file does not translate would, inside).
    expect(screen.getByRole('tabpanel', { name: 'Pourquoi' })).not.toHaveAttribute('lang');
    for (const name of ['Seuils', 'Pouvoir', 'À propos de ce scénario']) {
      await user.click(within(tabs).getByRole('tab', { name }));
      expect(screen.getByRole('tabpanel', { name })).not.toHaveAttribute('lang');
    }
    expect(screen.getByRole('region', { name: 'Explications' }).closest('[lang="en"]')).toBeNull();
  });

  it('in French, the Why panel says what it would take and who is presumed to consent', () => {
    openApp({ language: 'fr', hash: '#3/vilnius-2023/consensus/FR=s,DE=s/r=2,lang=fr' });
    const why = screen.getByRole('region', { name: 'Pourquoi' });
    expect(why.closest('[lang="en"]')).toBeNull();
    for (const term of ['La règle', 'Réputés consentir', 'Ce qu’il faudrait', 'Marges'])
      expect(within(why).getByText(term)).toBeInTheDocument();
    expect(
      within(why).getByText(/^Hongrie\s:\sindécis, mais le silence vaut accord/),
    ).toBeInTheDocument();
    expect(within(why).getByText(/^Elle est adoptée en l’état de la table\./)).toBeInTheDocument();
    // The rule's sentence and the margins, in French; nothing there is marked English.
    expect(within(why).getByText('La règle').nextElementSibling).toHaveTextContent(
      /^Consensus du CAN\. Pratique de l’OTAN\s:\spas de vote\s; .*leur silence vaut accord\.$/,
    );
    expect(
      within(why).getByText(/^Alliés sans objection\s:\s31 sur 31 \(31 requis\)$/),
    ).toBeInTheDocument();
    expect(why.querySelector('[lang="en"]')).toBeNull();
  });

  it('in French, the Why panel names each blocker with its standing; the note stays English', () => {
    openApp({ language: 'fr' });
    const why = screen.getByRole('region', { name: 'Pourquoi' });
    const blockers = within(why).getByText('Qui bloque, et pourquoi').nextElementSibling;
    if (!(blockers instanceof HTMLElement)) throw new Error('no blockers');
    const [france, germany] = within(blockers).getAllByRole('listitem');
    expect(france).toHaveTextContent(/^France \(responsable cité\)\s:\s/);
    expect(germany).toHaveTextContent(
      /^Allemagne \(selon la presse, dans le sillage de France\)\s:\s/,
    );
    // The scenario's own words are English, and say so.
    expect(france?.querySelector('[lang="en"]')?.textContent).not.toBe('');
  });
});
