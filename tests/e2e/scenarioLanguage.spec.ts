// A shipped scenario's French in the production build, where its translations are a chunk of
// their own that loads with the French words: choosing Français shows the file's French title
// and notes; a page opened in French shows them from the start; English is as it was.
import { expect, test } from './fixtures';

const TITLE_EN = 'Vilnius summit, July 2023: the Tokyo office struck from the communiqué';
const TITLE_FR = /^Sommet de Vilnius, juillet 2023\s:\sle bureau de Tokyo rayé du communiqué$/;

test('the scenario’s texts follow the Language control, loaded with the French words', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE_EN);
  await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'Français' });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE_FR);
  // France's note is said twice, in its row's note and in Why as the blocker's line: both in the
  // file's French (the second follows a frame later, as Why is deferred), none left in English.
  await expect(
    page.getByText(/^Le Financial Times a rapporté que le président Macron/),
  ).toHaveCount(2);
  await expect(page.getByText(/^The Financial Times reported that President Macron/)).toHaveCount(
    0,
  );
  await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'English' });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE_EN);
});

test('a link in French opens with the scenario’s French from the start', async ({ page }) => {
  await page.goto('/#3/vilnius-2023/consensus//r=2,lang=fr');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE_FR);
});
