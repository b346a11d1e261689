// @vitest-environment jsdom
// The timeline and the scenario comparison, as a person uses them: by role and name.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { openAppOn } from './support/renderApp';
import { status } from './support/queries';

/** The app, with the explanations' tab that holds the panel under test open. */
const open = (tab: string) => openAppOn(tab);

const timeline = () => screen.getByRole('region', { name: 'Timeline' });
const stepper = () => within(timeline()).getByRole('group', { name: 'Step through the scenarios' });
/** Opens the timeline and waits for its drawing (loaded on first open). */
const showTimeline = async (user: ReturnType<typeof userEvent.setup>) => {
  await user.click(within(timeline()).getByRole('button', { name: 'Show timeline' }));
  await within(timeline()).findByRole('img', {}, { timeout: 10_000 });
};
const scenarioBox = () => screen.getByRole('combobox', { name: 'Scenario' });
/** "Support → Undecided" on screen, "Support to Undecided" to a screen reader. */
const moved = (who: string, from: string, to: string) =>
  new RegExp(`${who}: ${from}\\s*→\\s*to\\s+${to}`);

describe('the timeline', () => {
  it('Next steps from Vilnius to Washington 2024: Sweden joins the table, and the panel says why', async () => {
    const user = userEvent.setup();
    open('Timeline');
    await showTimeline(user);
    expect(within(stepper()).getByRole('button', { name: /Vilnius/ })).toHaveAttribute(
      'aria-current',
      'step',
    );
    await user.click(within(stepper()).getByRole('button', { name: /Next/ }));
    expect(scenarioBox()).toHaveDisplayValue(/Washington summit, July 2024/);
    expect(screen.getAllByRole('radiogroup')).toHaveLength(32);
    expect(screen.getByRole('radiogroup', { name: 'Sweden' })).toBeInTheDocument();
    expect(within(stepper()).getByRole('button', { name: /Washington/ })).toHaveAttribute(
      'aria-current',
      'step',
    );
    const changes = within(timeline()).getByRole('heading', {
      name: 'What changed since Vilnius summit, July 2023',
    }).parentElement!;
    expect(within(changes).getByRole('heading', { name: 'Joined the table' })).toBeInTheDocument();
    expect(changes).toHaveTextContent(/Sweden joined \(32 allies\): Support/);
    expect(changes).toHaveTextContent(/Billström/);
    expect(within(changes).getByRole('list', { name: 'Sources for Sweden' })).toHaveTextContent(
      /The Local/,
    );
    // The United States moved from Support to Undecided; France's evidence was re-graded.
    const changedList = within(changes).getByRole('heading', { name: 'Changed position' });
    expect(changedList.nextElementSibling).toHaveTextContent(
      moved('United States', 'Support', 'Undecided'),
    );
    expect(changes).toHaveTextContent(
      /France: still Object; evidence Named official\s*→\s*to\s+Inference/,
    );
  });

  it('each step is undoable through the store, and Previous goes back', async () => {
    const user = userEvent.setup();
    open('Timeline');
    await showTimeline(user);
    await user.click(within(stepper()).getByRole('button', { name: /Previous/ }));
    expect(scenarioBox()).toHaveDisplayValue(/^Spring 2023/);
    expect(status()).toHaveTextContent(/^Passes/);
    const changes = within(timeline()).getByRole('heading', {
      name: 'The first scenario on the time line',
    });
    expect(changes).toBeInTheDocument();
    // Previous at the first step does nothing (and stays focusable).
    await user.click(within(stepper()).getByRole('button', { name: /Previous/ }));
    expect(scenarioBox()).toHaveDisplayValue(/^Spring 2023/);
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(scenarioBox()).toHaveDisplayValue(/Vilnius/);
    expect(status()).toHaveTextContent(
      /^Blocked: France objects \(named official\); Germany, following France \(reported\)\./,
    );
  });

  it('arrow keys walk the steps while a step button has focus, and focus follows', async () => {
    const user = userEvent.setup();
    open('Timeline');
    await showTimeline(user);
    within(stepper())
      .getByRole('button', { name: /Vilnius/ })
      .focus();
    await user.keyboard('{ArrowRight}');
    expect(scenarioBox()).toHaveDisplayValue(/Washington/);
    expect(within(stepper()).getByRole('button', { name: /Washington/ })).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(scenarioBox()).toHaveDisplayValue(/Hague/);
    expect(timeline()).toHaveTextContent(/No ally changed position/i);
    await user.keyboard('{ArrowRight}'); // the last step: nothing further
    expect(scenarioBox()).toHaveDisplayValue(/Hague/);
    await user.keyboard('{Home}');
    expect(scenarioBox()).toHaveDisplayValue(/^Spring 2023/);
    await user.keyboard('{ArrowRight}');
    expect(scenarioBox()).toHaveDisplayValue(/Vilnius/);
    expect(timeline()).toHaveTextContent(moved('France', 'Undecided', 'Object'));
    expect(timeline()).toHaveTextContent(
      /27 allies not named in the sources: Undecided\s*→\s*to\s+Support/,
    );
  });

  it('the chart is a described picture with a table view of events and their sources', async () => {
    const user = userEvent.setup();
    open('Timeline');
    await showTimeline(user);
    const chart = within(timeline()).getByRole('img', { name: /Tokyo office story/ });
    expect(chart).toHaveAccessibleDescription(/At the table: Vilnius summit, July 2023\./);
    expect(chart).toHaveAccessibleDescription(/12 Jan 2007: Abe addresses the NAC/);
    expect(chart).toHaveAccessibleDescription(/The years before 2022 are compressed/);
    await user.click(within(timeline()).getByText('Table view'));
    const table = within(timeline()).getByRole('table');
    expect(within(table).getByRole('rowheader', { name: '12 Jan 2007' })).toBeInTheDocument();
    expect(within(table).getByRole('link', { name: 'nato.int s070112b' })).toHaveAttribute(
      'href',
      'https://nato.int/docu/speech/2007/s070112b.html',
    );
    expect(within(table).getAllByRole('row')).toHaveLength(1 + 26 + 4);
  });

  it("China's objections are drawn, listed and described as a non-member's view", async () => {
    const user = userEvent.setup();
    open('Timeline');
    await showTimeline(user);
    const chart = within(timeline()).getByRole('img', { name: /Tokyo office story/ });
    expect(chart).toHaveAccessibleDescription(
      /26 key events \(4 of them a non-member's view, not a stance at the table\)/,
    );
    expect(chart).toHaveAccessibleDescription(
      /6 Jun 2023: China: Asia lies beyond the North Atlantic \(non-member's view\)/,
    );
    // The legend says it in words, not only by the mark's shape.
    expect(timeline()).toHaveTextContent(
      /Hollow squares .* “non-member's view”: a view from outside the Council/,
    );
    await user.click(within(timeline()).getByText('Table view'));
    const table = within(timeline()).getByRole('table');
    const row = within(table)
      .getByRole('cell', {
        name: "China: Asia lies beyond the North Atlantic (non-member's view)",
      })
      .closest('tr')!;
    expect(row).toHaveTextContent(/Non-member's view\s*Official/);
    expect(within(row).getByRole('link', { name: /Kyodo via Guardian/ })).toHaveAttribute(
      'href',
      expect.stringMatching(/^https:\/\/www\.theguardian\.com\//),
    );
    expect(within(table).getAllByRole('cell', { name: "Non-member's view" })).toHaveLength(4);
  });

  it('starts closed with the stepper and a one-line summary; opens and closes', async () => {
    const user = userEvent.setup();
    open('Timeline');
    expect(within(timeline()).queryByRole('img')).not.toBeInTheDocument();
    expect(timeline()).toHaveTextContent(
      'Since Spring 2023: France: Undecided to Object; Germany: Undecided to Object;',
    );
    await user.click(within(stepper()).getByRole('button', { name: /Next/ }));
    expect(timeline()).toHaveTextContent(
      'Since Vilnius summit, July 2023: Sweden joined the table; United States: Support to Undecided;',
    );
    const toggle = within(timeline()).getByRole('button', { name: 'Show timeline' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    expect(await within(timeline()).findByRole('img', {}, { timeout: 10_000 })).toBeInTheDocument();
    await user.click(within(timeline()).getByRole('button', { name: 'Hide timeline' }));
    expect(within(timeline()).queryByRole('img')).not.toBeInTheDocument();
    expect(stepper()).toBeInTheDocument();
  });

  it.each(['unsc-comparison', 'eu-council-comparison'])(
    'a comparison scenario (%s) is left off the time line',
    async (id) => {
      const user = userEvent.setup();
      open('Timeline');
      expect(within(stepper()).getAllByRole('listitem')).toHaveLength(4);
      await user.selectOptions(scenarioBox(), id);
      expect(within(stepper()).queryByRole('button', { current: 'step' })).not.toBeInTheDocument();
      expect(timeline()).toHaveTextContent(/not part of the NATO time line/);
      await user.click(within(stepper()).getByRole('button', { name: /Next/ }));
      expect(scenarioBox()).toHaveDisplayValue(/^Spring 2023/);
    },
  );
});

describe('compare scenarios', () => {
  const panel = () => screen.getByRole('region', { name: 'Compare scenarios' });
  const details = (user: ReturnType<typeof userEvent.setup>) =>
    user.click(within(panel()).getByRole('button', { name: 'Show the changes in detail' }));

  it('opens on the step before the current scenario and the current one', () => {
    open('Compare scenarios');
    expect(within(panel()).getByRole('combobox', { name: 'Compare from' })).toHaveDisplayValue(
      /^Spring 2023/,
    );
    expect(within(panel()).getByRole('combobox', { name: 'Compare to' })).toHaveDisplayValue(
      /Vilnius/,
    );
    expect(panel()).toHaveTextContent(
      /What changed: France: Undecided to Object; Germany: Undecided to Object;/,
    );
    expect(panel()).toHaveTextContent(
      'NAC consensus: Blocked by France (named official); Germany, following France (reported)',
    );
  });

  it('two pickers show the differences between any two scenarios, with sources', async () => {
    const user = userEvent.setup();
    open('Compare scenarios');
    await user.selectOptions(
      within(panel()).getByRole('combobox', { name: 'Compare from' }),
      'spring-2023',
    );
    await user.selectOptions(
      within(panel()).getByRole('combobox', { name: 'Compare to' }),
      'shelved-2025',
    );
    expect(panel()).toHaveTextContent(/What changed: Sweden joined the table; France: Undecided/);
    await details(user);
    expect(within(panel()).getByRole('heading', { name: 'Joined the table' })).toBeInTheDocument();
    expect(panel()).toHaveTextContent(/Sweden joined \(32 allies\)/);
    expect(panel()).toHaveTextContent(/France: Undecided\s*→\s*to\s+Object Named official/);
    expect(panel()).toHaveTextContent(/Shangri-La/);
    expect(within(panel()).getByRole('list', { name: 'Sources for France' })).toHaveTextContent(
      /Politico/,
    );
    expect(panel()).toHaveTextContent(moved('United States', 'Support', 'Undecided'));
    // Comparing does not touch the table.
    expect(scenarioBox()).toHaveDisplayValue(/Vilnius/);
    await user.click(within(panel()).getByRole('button', { name: 'Swap' }));
    expect(within(panel()).getByRole('combobox', { name: 'Compare from' })).toHaveDisplayValue(
      /Hague/,
    );
    expect(within(panel()).getByRole('heading', { name: 'Not at the table' })).toBeInTheDocument();
    expect(panel()).toHaveTextContent(
      /Sweden sits at the table of The Hague summit, June 2025 but not of Spring 2023/,
    );
  });

  it('the same scenario twice: no differences', async () => {
    const user = userEvent.setup();
    open('Compare scenarios');
    await user.selectOptions(
      within(panel()).getByRole('combobox', { name: 'Compare from' }),
      'vilnius-2023',
    );
    expect(panel()).toHaveTextContent(/What changed: No ally changed position or evidence/);
    await details(user);
    expect(panel()).toHaveTextContent(/\(no change\)/);
  });
});

describe('the timeline in French', () => {
  it('steps, says what changed and draws the events in French', async () => {
    const user = userEvent.setup();
    openAppOn('Chronologie', { language: 'fr' });
    const panel = screen.getByRole('region', { name: 'Chronologie' });
    const steps = within(panel).getByRole('group', { name: 'Parcourir les scénarios' });
    expect(within(steps).getByRole('button', { name: 'Précédent' })).toBeInTheDocument();
    await user.click(within(steps).getByRole('button', { name: 'Suivant' }));
    expect(panel).toHaveTextContent(/Étape \d sur \d/);
    expect(panel).toHaveTextContent(/Suède rejoint la table/);
    await user.click(within(panel).getByRole('button', { name: 'Afficher la chronologie' }));
    const chart = await within(panel).findByRole('img', {}, { timeout: 10_000 });
    expect(chart).toHaveAccessibleName(/^L’affaire du bureau de Tokyo/);
    expect(chart).toHaveAccessibleDescription(
      /26 événements clés \(dont 4 points de vue de non-membres, pas des positions à la table\)/,
    );
    expect(chart).toHaveAccessibleDescription(
      /6 juin 2023\s:\sChine\s:\sl’Asie n’est pas dans l’Atlantique Nord \(point de vue d’un non-membre\)/,
    );
    expect(panel).toHaveTextContent(/Carrés creux aux libellés en italique/);
    await user.click(within(panel).getByText('Vue en tableau'));
    const table = within(panel).getByRole('table');
    for (const name of ['Date', 'Événement', 'Type', 'Preuve', 'Source'])
      expect(within(table).getByRole('columnheader', { name })).toBeInTheDocument();
    const row = within(table)
      .getByRole('cell', { name: /^Chine\s: l’Asie n’est pas dans l’Atlantique Nord/ })
      .closest('tr')!;
    expect(row).toHaveTextContent(/Point de vue d’un non-membre\s*Officiel/);
    // The brief's source stays as it is written, and says it is English.
    expect(within(row).getByRole('link', { name: /Kyodo via Guardian/ })).toHaveAttribute(
      'lang',
      'en',
    );
  });
});
