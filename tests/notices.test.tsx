// @vitest-environment jsdom
// Notices made before the page has a language (a damaged link, saved work, a revised scenario)
// and the page's frame (files, pickers, the find box, More ways to share) in French; a notice up
// when the language changes follows it, and English comes back exactly as it was.
import { act, render, screen, waitFor, within } from '@testing-library/react';
import { IntlProvider } from 'react-intl';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { compareScenarios } from '../src/scenario/compare';
import { ScenarioChanges } from '../src/ui/ScenarioChanges';
import { eventDateText } from '../src/words/dates';
import { createWords, type Catalog } from '../src/words/intl';
import {
  linkErrorPhrase,
  noticeText,
  notRestored,
  revisionPhrases,
  tableUnchanged,
} from '../src/words/notices';
import french from '../src/words/compiled/fr.json';
import { memoryStorage, shippedCatalog } from './support/catalog';
import { minimalScenario } from './support/fixtures';
import { openApp } from './support/renderApp';

const fr = createWords('fr', french as unknown as Catalog);
const NBSP = '\u00a0';
const vilnius = shippedCatalog().find((s) => s.id === 'vilnius-2023');

describe('the notices’ words in French', () => {
  it('a link names what is wrong; the link reader’s own words are quoted as they are', () => {
    expect(noticeText([linkErrorPhrase({ kind: 'unknown-scenario', scenario: 'x' })], fr)).toBe(
      `Le lien désigne un scénario que ce simulateur n’a pas («${NBSP}x${NBSP}»).`,
    );
    expect(
      noticeText(
        [linkErrorPhrase({ kind: 'malformed', detail: 'it is too long' }), tableUnchanged()],
        fr,
      ),
    ).toBe(`Le lien est endommagé${NBSP}: it is too long. Votre table n’a pas changé.`);
  });

  it('storage that could not be restored says why, in French where the reason is known', () => {
    expect(noticeText([notRestored({ corrupt: 'it is not valid JSON' })], fr)).toBe(
      `Votre table enregistrée n’a pas pu être restaurée (ce n’est pas du JSON valide). Affichage du scénario par défaut.`,
    );
    expect(noticeText([notRestored({ corrupt: 'it is not valid JSON' })])).toBe(
      'Your saved table could not be restored (it is not valid JSON). Showing the default scenario.',
    );
    expect(noticeText([notRestored({ corrupt: 'no migration from version 0' })], fr)).toMatch(
      /restaurée \(no migration from version 0\)/,
    );
  });

  it('a revised scenario: each revision with its date in French', () => {
    if (!vilnius) throw new Error('Vilnius is shipped');
    const text = noticeText(revisionPhrases(vilnius, 1), fr);
    expect(text).toMatch(
      /^Ce lien a été créé sur la révision 1 de «\s.*\s», qui a été révisé depuis\s:/,
    );
    expect(text).toMatch(/révision 2 \(\d+ [a-zéû]+\.? \d{4}\)\s: /);
    expect(text).toMatch(
      /Il ouvre la révision actuelle avec la règle et les modifications du lien\.$/,
    );
    expect(eventDateText('2023-07-11', undefined, fr)).toBe('11 juil. 2023');
    expect(eventDateText('2023-07-11')).toBe('11 Jul 2023');
  });
});

describe('notices on the page', () => {
  it('a damaged link in French: the notice is French, the reader’s words marked as English', () => {
    openApp({ language: 'fr', hash: '#1/vilnius-2023/consensus/FR=maybe' });
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(
      /^Le lien est endommagé\s: .*Affichage du scénario par défaut à la place\./,
    );
    const quoted = within(alert).getByText((_, el) => el?.getAttribute('lang') === 'en');
    expect(quoted.textContent).toMatch(/FR/);
    expect(within(alert).getByRole('button', { name: 'Fermer' })).toBeInTheDocument();
  });

  it('a notice up when the language changes follows it, and its English is as it was', async () => {
    const user = userEvent.setup();
    const storage = memoryStorage();
    storage.setItem('nac-simulator', '{broken');
    const { store } = openApp({ language: 'en', storage });
    const english = screen.getByRole('alert').textContent;
    expect(english).toMatch(
      /^Your saved table could not be restored \(it is not valid JSON\)\. Showing the default scenario\./,
    );
    expect(store.getState().notice?.message).toBe(
      'Your saved table could not be restored (it is not valid JSON). Showing the default scenario.',
    );
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'fr');
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent(
        /^Votre table enregistrée n’a pas pu être restaurée/,
      ),
    );
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'en');
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe(english));
  });
});

describe('the page’s frame in French', () => {
  it('an invalid scenario file: French around the validator’s English, marked as English', async () => {
    const user = userEvent.setup();
    openApp({ language: 'fr' });
    const input = screen.getByLabelText('Importer un fichier de scénario');
    await user.upload(input, new File(['id: 1\n'], 'faux.yaml'));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      /^« faux\.yaml » n’est pas un fichier de scénario valide\s: rien n’a été modifié\. (Un problème|\d+ problèmes)\s:/,
    );
    expect(within(alert).getByRole('list')).toHaveAttribute('lang', 'en');
    expect(within(alert).getByRole('button', { name: 'Fermer' })).toBeInTheDocument();
  });

  it('an imported scenario is listed under Importés, and can be removed in French', async () => {
    const user = userEvent.setup();
    const { store } = openApp({ language: 'fr' });
    const imported = minimalScenario();
    act(() => store.getState().importScenario(imported, { from: 'file', fileName: 'cas.yaml' }));
    const picker = screen.getByRole('combobox', { name: 'Scénario' });
    const group = within(picker).getByRole('group', { name: 'Importés' });
    expect(within(group).getByRole('option')).toHaveTextContent(`Importé : ${imported.title}`);
    await user.click(screen.getByRole('button', { name: 'Retirer ce scénario importé' }));
    expect(screen.queryByRole('group', { name: 'Importés' })).not.toBeInTheDocument();
  });

  it('More ways to share speaks French, and so do its copies’ notices', async () => {
    const user = userEvent.setup();
    const { clipboard } = openApp({ language: 'fr' });
    await user.click(screen.getByRole('button', { name: 'Autres façons de partager' }));
    expect(
      await screen.findByRole('group', {
        name: 'Partager pour des diapositives et des pages de cours',
      }),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole('textbox', { name: 'Code d’intégration' }, { timeout: 10_000 }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Copier le lien de présentation' }));
    await waitFor(() =>
      expect(
        screen.getByText(
          /^Lien de présentation copié\s: il ouvre cette table en mode présentation/,
        ),
      ).toBeInTheDocument(),
    );
    expect(clipboard).toHaveLength(1);
  });
});

describe('what changed between two scenarios, in French', () => {
  it('names the allies and positions in French, and reads the arrow as « vers »', () => {
    const catalog = shippedCatalog();
    const spring = catalog.find((s) => s.id === 'spring-2023');
    const washington = catalog.find((s) => s.id === 'washington-2024');
    if (!spring || !washington) throw new Error('shipped scenarios');
    render(
      <IntlProvider locale="fr" messages={french as unknown as Catalog}>
        <ScenarioChanges comparison={compareScenarios(spring, washington)} />
      </IntlProvider>,
    );
    expect(screen.getByText('Résultat')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Arrivés à la table' })).toBeInTheDocument();
    const sweden = screen.getByText('Suède', { selector: 'strong' }).closest('p');
    expect(sweden).toHaveTextContent(/^Suède arrive à la table \(32 alliés\)\s: /);
    expect(screen.getAllByText('vers').length).toBeGreaterThan(0);
  });
});
