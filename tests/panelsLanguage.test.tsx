// @vitest-environment jsdom
// The explanation panels that load on demand, in French, as a person reads them: by role and name.
// (The rules' names come from the shared rule words; these tests hold to the panels' own words.)
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { openAppOn } from './support/renderApp';

const french = (tab: string) => openAppOn(tab, { language: 'fr' });

describe('the explanation panels in French', () => {
  it('Thresholds: the bars, their legend, description and table view', async () => {
    const user = userEvent.setup();
    french('Seuils');
    const panel = await screen.findByRole('region', { name: 'Seuils' });
    const chart = within(panel).getByRole('img', {
      name: /^Où en est la table face à chaque seuil/,
    });
    expect(chart).toHaveAccessibleName(/de la règle /);
    expect(panel).toHaveTextContent(
      /Plein : compté maintenant comme au mieux\. Hachuré : la part que décident les alliés indécis\./,
    );
    expect(panel).toHaveTextContent(/29 sur 31 : non atteint/);
    expect(panel).toHaveTextContent(/il en faut 31/);
    await user.click(within(panel).getByText('Vue en tableau'));
    const table = within(panel).getByRole('table');
    for (const name of ['Critère', 'Maintenant', 'Au mieux', 'Requis', 'Atteint'])
      expect(within(table).getByRole('columnheader', { name })).toBeInTheDocument();
  });

  it('Power: the explanation, the bars with French names and percentages, the table view', async () => {
    const user = userEvent.setup();
    french('Pouvoir');
    const panel = await screen.findByRole('region', { name: /^Qui détient la clé/ });
    const chart = await within(panel).findByRole('img', {
      name: /^Pouvoir de chaque allié selon la règle /,
    });
    expect(chart).toHaveAccessibleDescription(
      /^Les 31 membres ont un pouvoir égal\s:\s3,23\s%\schacun \(Banzhaf et Shapley-Shubik\)\.$/,
    );
    expect(panel).toHaveTextContent(/chacun des 31 \S+ dispose d’un veto entier/);
    expect(panel).toHaveTextContent(/\(1\/31\)/);
    expect(panel).toHaveTextContent(/Pouvoir d’empêcher l’action :/);
    expect(panel).toHaveTextContent(/Ce sont des indices a priori/);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Règle de décision' }), 'qmv');
    const qmv = await within(panel).findByRole('img', {
      name: /^Pouvoir de chaque allié/,
      description: /États-Unis/,
    });
    expect(qmv).toHaveAccessibleDescription(
      /^Plus grand pouvoir de Banzhaf normalisé\s:\sÉtats-Unis 1\d,\d\s%/,
    );
    expect(panel).toHaveTextContent(/le pouvoir n’est pas égal/);
    await user.click(within(panel).getByText('Vue en tableau'));
    const table = within(panel).getByRole('table');
    for (const name of [
      'Membre',
      'Banzhaf (normalisé)',
      'Pouvoir d’empêcher l’action',
      'Basculements',
    ])
      expect(within(table).getByRole('columnheader', { name })).toBeInTheDocument();
    expect(within(table).getByRole('rowheader', { name: 'Allemagne' })).toBeInTheDocument();
  });

  it('Compare scenarios: the pickers, each side and what changed, in French', async () => {
    const user = userEvent.setup();
    french('Comparer les scénarios');
    const panel = await screen.findByRole('region', { name: 'Comparer les scénarios' });
    expect(within(panel).getByRole('combobox', { name: 'Scénario de départ' })).toBeInTheDocument();
    expect(within(panel).getByRole('combobox', { name: 'Scénario d’arrivée' })).toBeInTheDocument();
    expect(panel).toHaveTextContent(/Départ.*20 avr\. 2023 · 31 \S+ · .*\s: Adoptée/);
    expect(panel).toHaveTextContent(
      /Arrivée.*11 juil\. 2023 · .*\s: Bloquée par France \(responsable cité\)/,
    );
    expect(panel).toHaveTextContent(/Ce qui a changé : France passe de l’indécision à l’objection/);
    await user.click(within(panel).getByRole('button', { name: 'Inverser' }));
    expect(panel).toHaveTextContent(/Ce qui a changé : France passe de l’objection à l’indécision/);
    const details = within(panel).getByRole('button', {
      name: 'Afficher le détail des changements',
    });
    await user.click(details);
    expect(details).toHaveAccessibleName('Masquer le détail des changements');
  });

  it('About this scenario: its heading in French', async () => {
    french('À propos de ce scénario');
    expect(
      await screen.findByRole('heading', { name: 'À propos de ce scénario', level: 2 }),
    ).toBeInTheDocument();
  });
});
