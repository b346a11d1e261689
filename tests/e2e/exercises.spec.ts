// Guided exercises as a student works them: one by playing the table, one by picking allies, each
// checked by the engine; the Hand in link opened in a fresh browser shows the answers checked again.
import { axeViolations } from './axe';
import { choose, expect, settled, test } from './fixtures';

test('a student solves two exercises, gets the feedback, and hands them in', async ({
  page,
  browser,
}) => {
  await page.goto('/');
  const exercises = page.getByRole('region', { name: 'Exercises' });
  await expect(exercises.getByText('0 of 3 answered correctly')).toBeVisible();

  // By playing: the fewest changes that let the office through in July 2023.
  const oneChange = exercises.getByRole('article', { name: /which single ally's change/ });
  await oneChange.getByRole('button', { name: 'Set up the table' }).click();
  await choose(page, 'Hungary', 'Support');
  await choose(page, 'France', 'Support');
  await oneChange.getByRole('button', { name: 'Check answer' }).click();
  await expect(oneChange.getByRole('alert')).toHaveText(
    /^Not yet: it passes, but with 2 changes; it can be done with 1\./,
  );
  // A hint, then the right play: France alone (Germany follows it).
  await oneChange.getByRole('button', { name: /Show a hint/ }).click();
  await expect(oneChange.getByRole('list', { name: 'Hints' })).toContainText(
    'only an objection does',
  );
  await page.getByRole('button', { name: 'Reset to scenario' }).click();
  await choose(page, 'France', 'Support');
  await oneChange.getByRole('button', { name: 'Check answer' }).click();
  await expect(oneChange.getByRole('status')).toHaveText(/^Correct/);

  // By picking: whose yes is still missing under unanimity.
  const everyYes = exercises.getByRole('article', { name: /whose yes would still be missing/ });
  for (const name of ['France', 'Germany']) await everyYes.getByRole('checkbox', { name }).check();
  await everyYes.getByRole('button', { name: 'Check answer' }).click();
  await expect(everyYes.getByRole('alert')).toHaveText(/^Not yet/);
  await everyYes.getByRole('checkbox', { name: 'Hungary' }).check();
  await everyYes.getByRole('button', { name: 'Check answer' }).click();
  await expect(everyYes.getByRole('status')).toHaveText(/^Correct/);
  await expect(exercises.getByText('2 of 3 answered correctly')).toBeVisible();

  // A second by playing, on another scenario: under qmv in 2024, one change makes it pass.
  await page.getByRole('combobox', { name: 'Scenario' }).selectOption('washington-2024');
  const qmv = page
    .getByRole('region', { name: 'Exercises' })
    .getByRole('article', { name: /fewest changes that would make it pass/ });
  await qmv.getByRole('button', { name: 'Set up the table' }).click();
  await expect(page.getByRole('combobox', { name: 'Decision rule' })).toHaveValue('qmv');
  await choose(page, 'France', 'Support');
  await qmv.getByRole('button', { name: 'Check answer' }).click();
  await expect(qmv.getByRole('status')).toHaveText(/^Correct/);
  await page.getByRole('combobox', { name: 'Scenario' }).selectOption('vilnius-2023');
  // The address follows the table a frame after the change: a reload reopens what it says.
  await expect(page).toHaveURL(/#\d\/vilnius-2023\//);

  // Progress is kept: a reload shows it.
  await page.reload();
  await expect(
    page.getByRole('region', { name: 'Exercises' }).getByText('2 of 3 answered correctly'),
  ).toBeVisible();
  await settled(page);
  expect(await axeViolations(page, { label: 'exercises' })).toEqual([]);

  // Hand in: the link carries the answers (and the name given); a fresh browser checks them again.
  await page.getByRole('region', { name: 'Exercises' }).getByLabel('Your name').fill('Ana Lima');
  const handIn = await page
    .getByRole('region', { name: 'Exercises' })
    .getByRole('link', { name: 'Hand in' })
    .getAttribute('href');
  expect(handIn).toMatch(/hand=/);
  const teacher = await browser.newContext();
  const view = await teacher.newPage();
  await view.goto(handIn!);
  const handed = view.getByRole('region', { name: 'Handed-in answers' });
  await expect(handed).toContainText(
    'Handed in by Ana Lima. 2 of 3 correct, checked again by the engine',
  );
  await expect(handed.getByRole('listitem')).toHaveCount(3);
  await expect(handed.getByRole('listitem').nth(2)).toContainText(
    'Not yet: no answer was handed in.',
  );
  // The teacher's own progress is untouched, and the address no longer carries the answers.
  await expect(view.getByText('0 of 3 answered correctly')).toBeVisible();
  await expect(view).not.toHaveURL(/hand=/);
  await teacher.close();
});

test("the teacher view shows the engine's answers and the explanations", async ({ page }) => {
  await page.goto('/');
  const exercises = page.getByRole('region', { name: 'Exercises' });
  await exercises.getByRole('button', { name: 'Show the answers' }).click();
  const veto = exercises.getByRole('article', { name: /could block the office on their own/ });
  await expect(veto).toContainText(/Answer: Every ally could block alone under/);
});

test('the exercises print as a worksheet, and with the answers for the teacher', async ({
  page,
}) => {
  await page.goto('/');
  // Printing is the browser's dialog: here the page's print call is counted instead.
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed += 1;
    };
  });
  const exercises = page.getByRole('region', { name: 'Exercises' });
  await exercises.getByRole('button', { name: 'Print worksheet' }).click();
  // On paper (print media) the worksheet shows, and only it.
  await page.emulateMedia({ media: 'print' });
  const sheet = page.getByLabel('Printed worksheet', { exact: true });
  await expect(sheet).toBeVisible();
  await expect(sheet.getByRole('listitem')).toHaveCount(3);
  await expect(sheet).toContainText('Name:');
  // The table the questions refer to, on paper: once, the later exercises pointing back to it.
  const table = sheet.getByRole('table', { name: 'The table for exercise 1' });
  await expect(table.getByRole('row', { name: /^Object \(2\)/ })).toContainText(
    'France, Germany (follows France)',
  );
  await expect(sheet.getByRole('table')).toHaveCount(1);
  await expect(sheet.getByRole('listitem').nth(1)).toContainText('The table: as for exercise 1.');
  await expect(sheet).not.toContainText('Answer:');
  await expect(page.getByLabel('Printed handout')).toHaveCount(0); // the worksheet takes the paper
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await expect(sheet).toHaveCount(0);

  await page.emulateMedia({ media: 'screen' });
  await exercises.getByRole('button', { name: 'Print with answers' }).click();
  await page.emulateMedia({ media: 'print' });
  const answers = page.getByLabel('Printed worksheet with answers');
  await expect(answers).toContainText('Answer: It passes with 1 change');
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await expect(answers).toHaveCount(0);
});

test('a power exercise is answered by the analysis worker, and checked', async ({ page }) => {
  await page.goto('/');
  // The worker starts with the page's first analysis; from here it notes each question it gets.
  await expect.poll(() => page.workers().length).toBeGreaterThan(0);
  const worker = page.workers().find((w) => w.url().includes('analysis.worker'));
  expect(worker).toBeDefined();
  await worker!.evaluate(() => {
    const scope = self as unknown as {
      onmessage: ((e: MessageEvent) => void) | null;
      asked: string[];
    };
    const answer = scope.onmessage;
    scope.asked = [];
    scope.onmessage = (e: MessageEvent<{ kind: string; exercise?: { id: string } }>) => {
      scope.asked.push(`${e.data.kind}:${e.data.exercise?.id ?? ''}`);
      answer?.(e);
    };
  });

  await page.getByRole('combobox', { name: 'Scenario' }).selectOption('washington-2024');
  const power = page
    .getByRole('region', { name: 'Exercises' })
    .getByRole('article', { name: /most power \(Banzhaf index\)/ });
  await power.getByRole('combobox', { name: 'Your answer' }).selectOption('FR');
  await power.getByRole('button', { name: 'Check answer' }).click();
  await expect(power.getByRole('alert')).toHaveText(
    /^Not yet: France does not hold the most power/,
  );
  await power.getByRole('combobox', { name: 'Your answer' }).selectOption('US');
  await power.getByRole('button', { name: 'Check answer' }).click();
  await expect(power.getByRole('status')).toHaveText(
    /^Correct: United States holds the most power under .*qualified majority/,
  );
  // Worked out in the worker (the scenario sent whole), not on the page's thread.
  const asked = await worker!.evaluate(() => (self as unknown as { asked: string[] }).asked);
  expect(asked).toContain('exercise:washington-qmv-power');
});
