// @vitest-environment jsdom
// The exercises as a student and a teacher meet them: the worksheet on paper carries the table
// each exercise starts from; the answers come from the analysis client (the worker in the app),
// and a check made before an answer is worked out waits for it.
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { powerIndices } from '../src/engine/power';
import type { Result } from '../src/engine/types';
import { exerciseAnswer, type ExerciseAnswer } from '../src/scenario/exercises';
import type { Exercise, Scenario } from '../src/scenario/model';
import { cachedClient, computeOdds } from '../src/state/analysis';
import { openApp } from './support/renderApp';

/** The exercises load on demand (a lazy chunk): on a busy machine that takes a while. */
const SLOW = { timeout: 15_000 };

/** The worksheet is `hidden` on screen (only print shows it): every query includes hidden nodes. */
const hidden = { hidden: true } as const;

async function openWorksheet(
  user: ReturnType<typeof userEvent.setup>,
  button = 'Print worksheet',
  name = 'Printed worksheet',
) {
  await user.click(await screen.findByRole('button', { name: button }, SLOW));
  // By its label: hidden on screen, it has no accessible name (as the handout, present.test).
  return screen.findByLabelText(name, { exact: true }, SLOW);
}

describe('the printed worksheet', () => {
  it('prints the table the first exercise starts from, its rule, the allies by position', async () => {
    const user = userEvent.setup();
    openApp({ exercises: true });
    const sheet = await openWorksheet(user);
    const exercise = within(sheet).getAllByRole('listitem', hidden)[0]!;
    expect(exercise).toHaveTextContent('Decision rule: NAC consensus.');
    const table = within(exercise).getByRole('table', {
      name: 'The table for exercise 1',
      ...hidden,
    });
    expect(within(table).getByRole('columnheader', { name: 'Allies', ...hidden })).toBeDefined();
    const row = (name: RegExp) => within(table).getByRole('row', { name, ...hidden });
    // France objects, Germany with it (it follows France); Hungary is silent; the rest support.
    expect(row(/^Object \(2\)/)).toHaveTextContent('France, Germany (follows France)');
    expect(row(/^Undecided \(1\)/)).toHaveTextContent(/Hungary$/);
    expect(row(/^Support \(28\)/)).toHaveTextContent(
      /^Support \(28\)Albania, Belgium, .*United States$/,
    );
  });

  it('prints a table once: an exercise on the same table points back to it, with its own rule', async () => {
    const user = userEvent.setup();
    openApp({ exercises: true });
    const sheet = await openWorksheet(user);
    const [, second, third] = within(sheet).getAllByRole('listitem', hidden);
    expect(second).toHaveTextContent(
      'Decision rule: Unanimity (affirmative). The table: as for exercise 1.',
    );
    expect(within(second!).queryByRole('table', hidden)).toBeNull();
    expect(within(third!).queryByRole('table', hidden)).toBeNull();
    expect(within(sheet).getAllByRole('table', hidden)).toHaveLength(1);
  });

  it('prints what an exercise fixes: the chances of consent, the figures a weighted rule counts', async () => {
    const user = userEvent.setup();
    openApp({ exercises: true });
    const picker = screen.getByRole('combobox', { name: 'Scenario' });

    await user.selectOptions(picker, 'spring-2023');
    let sheet = await openWorksheet(user);
    expect(sheet).toHaveTextContent('Decision rule: Simple majority.');
    expect(sheet).toHaveTextContent('Each undecided ally consents with a chance of 0.5.');
    window.dispatchEvent(new Event('afterprint'));
    await waitFor(() => expect(screen.queryByLabelText('Printed worksheet')).toBeNull());

    await user.selectOptions(picker, 'eu-council-comparison');
    sheet = await openWorksheet(user);
    const first = within(sheet).getAllByRole('listitem', hidden)[0]!;
    expect(first).toHaveTextContent(
      'Rules compared: Council of the EU, qualified majority (double majority); Weighted by population; Consensus.',
    );
    const table = within(first).getByRole('table', { name: 'The table for exercise 1', ...hidden });
    expect(within(table).getByRole('row', { name: /^Object \(3\)/, ...hidden })).toHaveTextContent(
      'France, Germany, Italy',
    );
    expect(first).toHaveTextContent(/Population in millions: Austria 9\.1, Belgium 11\.8, /);
    // The second starts from another table (everyone undecided), under a rule weighing the
    // same figures: its table is printed, the figures pointed back to.
    const second = within(sheet).getAllByRole('listitem', hidden)[1]!;
    expect(
      within(second).getByRole('table', { name: 'The table for exercise 2', ...hidden }),
    ).toHaveTextContent('Undecided (27)');
    expect(second).toHaveTextContent('Population in millions: as for exercise 1.');
  });
});

/** An analysis client that holds each exercise's answer back until the test releases it. */
function heldClient() {
  const held: { exercise: Exercise; release: () => void }[] = [];
  const client = cachedClient({
    power: async (game) => powerIndices(game),
    odds: async (question) => computeOdds(question),
    exercise: (scenario: Scenario, exercise: Exercise) =>
      new Promise<Result<ExerciseAnswer>>((resolve) =>
        held.push({ exercise, release: () => resolve(exerciseAnswer(scenario, exercise)) }),
      ),
  });
  const releaseAll = () =>
    act(async () => {
      held.splice(0).forEach((h) => h.release());
    });
  return { client, held, releaseAll };
}

describe('answers worked out by the analysis client (the worker in the app)', () => {
  it('a check made before the answer is worked out waits for it, then gives the verdict', async () => {
    const user = userEvent.setup();
    const { client, held, releaseAll } = heldClient();
    openApp({ exercises: true, analysis: client });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Scenario' }), 'washington-2024');
    const power = await screen.findByRole(
      'article',
      { name: /most power \(Banzhaf index\)/ },
      SLOW,
    );
    await user.selectOptions(within(power).getByRole('combobox', { name: 'Your answer' }), 'US');
    await user.click(within(power).getByRole('button', { name: 'Check answer' }));
    // Asked of the client, not computed here: the card says so and waits.
    expect(within(power).getByRole('status')).toHaveTextContent('Working out the answer…');
    expect(held.map((h) => h.exercise.id)).toContain('washington-qmv-power');
    await releaseAll();
    expect(within(power).getByRole('status')).toHaveTextContent(
      /^Correct: United States holds the most power under .*qualified majority/,
    );
    expect(screen.getByText('1 of 2 answered correctly')).toBeInTheDocument();
    // Once worked out, a check answers at once (a wrong one, here).
    await user.selectOptions(within(power).getByRole('combobox', { name: 'Your answer' }), 'FR');
    await user.click(within(power).getByRole('button', { name: 'Check answer' }));
    expect(within(power).getByRole('alert')).toHaveTextContent(
      /^Not yet: France does not hold the most power/,
    );
  });

  it("the teacher's answers show once worked out; their worksheet prints only then", async () => {
    const user = userEvent.setup();
    const { client, releaseAll } = heldClient();
    const { print } = openApp({ exercises: true, analysis: client });
    await user.click(await screen.findByRole('button', { name: 'Show the answers' }, SLOW));
    const veto = screen.getByRole('article', { name: /could block the office on their own/ });
    expect(veto).toHaveTextContent('Answer: Working out the answer…');
    const sheet = await openWorksheet(user, 'Print with answers', 'Printed worksheet with answers');
    expect(sheet).toHaveTextContent('Answer: Working out the answer…');
    expect(print).not.toHaveBeenCalled();
    await releaseAll();
    await waitFor(() => expect(print).toHaveBeenCalledTimes(1));
    expect(sheet).toHaveTextContent('Answer: It passes with 1 change');
    expect(sheet).not.toHaveTextContent('Working out');
    expect(veto).toHaveTextContent(/Answer: Every ally could block alone/);
  });
});

describe('the exercises in French', () => {
  it('the panel, its checks and their reasons are in French, nothing marked English', async () => {
    const user = userEvent.setup();
    openApp({ exercises: true, language: 'fr' });
    const region = await screen.findByRole('region', { name: 'Exercices' }, SLOW);
    expect(within(region).getByText(/^Réussis\s: 0 sur \d+$/)).toBeInTheDocument();
    const [first] = within(region).getAllByRole('article');
    // Played on the table (set up already: the page opens on its rule).
    await user.click(within(first!).getByRole('button', { name: 'Mettre en place la table' }));
    await user.click(within(first!).getByRole('button', { name: 'Vérifier la réponse' }));
    // The text as read, its spaces collapsed (the no-break space before the colon too).
    expect(within(first!).getByRole('alert')).toHaveTextContent(
      /^Pas encore\s: en l’état de la table, elle est bloquée\.$/,
    );
    // Allies picked by their French names.
    const [, second] = within(region).getAllByRole('article');
    await user.click(within(second!).getByRole('checkbox', { name: 'Allemagne' }));
    expect(within(second!).getByText(/^Cochés\s: Allemagne$/)).toBeInTheDocument();
    expect(region.querySelector('[lang="en"]')).toBeNull();
    await user.click(within(region).getByRole('button', { name: 'Afficher les réponses' }));
    expect(await within(first!).findByText(/^Elle est adoptée avec 1 changement/)).toBeDefined();
  });

  it('prints the worksheet in French', async () => {
    const user = userEvent.setup();
    openApp({ exercises: true, language: 'fr' });
    const sheet = await openWorksheet(
      user,
      'Imprimer la fiche d’exercices',
      'Fiche d’exercices imprimée',
    );
    const exercise = within(sheet).getAllByRole('listitem', hidden)[0]!;
    const table = within(exercise).getByRole('table', {
      name: 'La table de l’exercice 1',
      ...hidden,
    });
    expect(within(table).getByRole('columnheader', { name: 'Alliés', ...hidden })).toBeDefined();
    expect(
      within(table).getByRole('row', { name: /^Objection \(2\)/, ...hidden }),
    ).toHaveTextContent('Allemagne (suit France), France');
  });
});
