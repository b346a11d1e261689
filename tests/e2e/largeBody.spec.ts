// A body of 250 members (the schema's cap), imported as a person imports it: one radio group per
// member, a banner that stays short, power for every member, and nothing for axe to report.
import { join } from 'node:path';
import { axeViolations } from './axe';
import { choose, expect, openTab, settled, test } from './fixtures';

const LARGE_BODY = join(import.meta.dirname, '../fixtures/scenarios/large-body-250.yaml');
/** The banner under two thirds of the votes: a few names and a count of the others. */
const PENDING =
  /^Pending: it still needs \d+ more in favour, for example (Member \d+, ){4}Member \d+ and \d+ others\.$/;

test('a body of 250 members plays: its rows, its banner, its power, no axe violations', async ({
  page,
}) => {
  // Long by design (a 250-member import, its power, axe over 250 rows): three times the time.
  test.slow();
  await page.goto('/');
  await page.getByLabel('Import scenario file').setInputFiles(LARGE_BODY);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'A synthetic assembly of 250 members (test data)',
  );
  // One radio group per member, each named by its member, each with the three positions.
  await expect(page.getByRole('radiogroup')).toHaveCount(250);
  const last = page.getByRole('radiogroup', { name: 'Member 250', exact: true });
  for (const position of ['Support', 'Undecided', 'Object'])
    await expect(last.getByRole('radio', { name: position })).toHaveCount(1);
  await expect(page.getByRole('radio', { name: 'Undecided', checked: true })).toHaveCount(250);

  // A body this large has a find box: Member 13 and Members 130 to 139 match "member 13".
  const find = page.getByRole('searchbox', { name: 'Find a member' });
  await find.fill('member 13');
  await expect(page.getByRole('radiogroup')).toHaveCount(11);
  await expect(page.getByText('11 members of 250 shown')).toBeVisible();
  await expect(page.getByRole('radiogroup', { name: 'Member 137', exact: true })).toBeVisible();
  await find.fill('');
  await expect(page.getByRole('radiogroup')).toHaveCount(250);

  const status = page.getByRole('status');
  await expect(status).toHaveText(PENDING);
  const before = await status.textContent();
  // Member 10 (79 votes) is the first of the example: once in favour, fewer are needed.
  await choose(page, 'Member 10', 'Support');
  await expect(status).not.toHaveText(before ?? '');
  await expect(status).toHaveText(PENDING);
  await expect(status).not.toContainText('Member 10,');

  await openTab(page, 'Power');
  const power = page.getByRole('region', { name: 'Who holds the key: power indices' });
  await expect(
    power.getByRole('img', { name: 'Power of each member under Two thirds of the votes' }),
  ).toBeVisible();
  await power.getByText('Table view').click();
  // A header row and one row per member.
  await expect(power.getByRole('table').getByRole('row')).toHaveCount(251);
  await expect(power.getByRole('rowheader', { name: 'Member 250', exact: true })).toBeVisible();

  await settled(page);
  expect(await axeViolations(page)).toEqual([]);
});
