// The layout a classroom needs, measured in Chromium: the first screen of a projector holds the
// question, the pickers, the outcome and the whole hemicycle; presenter mode fits one screen for
// every NATO table; a phone shows the outcome and the first position at once, with no sideways
// scrolling. Boxes are measured as the page lays them out, at the page's own viewport sizes.
import type { Locator, Page } from '@playwright/test';
import { axeViolations } from './axe';
import { joinAsStudent, roomsBehind } from '../support/roomClient';
import { choose, expect, settled, SETTLED_WORDS, started, test } from './fixtures';

const NATO_SCENARIOS = ['spring-2023', 'vilnius-2023', 'washington-2024', 'shelved-2025'];
const ACTIONS = [
  'Undo',
  'Redo',
  'Reset to scenario',
  'Copy link',
  'Present',
  'Print handout',
  'Import scenario file',
  'Export scenario (YAML)',
  'Download sources',
];

/** Fails unless the element is wholly inside the viewport as the page stands (not scrolled). */
async function expectInView(page: Page, locator: Locator, what: string) {
  const box = await locator.boundingBox();
  const { width, height } = page.viewportSize() ?? { width: 0, height: 0 };
  expect(box, `${what} is laid out`).not.toBeNull();
  if (!box) return;
  const where = `${what} at x ${box.x.toFixed(0)}..${(box.x + box.width).toFixed(0)}, y ${box.y.toFixed(0)}..${(box.y + box.height).toFixed(0)} in ${width}x${height}`;
  expect(box.y, where).toBeGreaterThanOrEqual(0);
  expect(box.x, where).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height, where).toBeLessThanOrEqual(height + 0.5);
  expect(box.x + box.width, where).toBeLessThanOrEqual(width + 0.5);
}

const hemicycle = (page: Page, language: 'en' | 'fr' = 'en') =>
  page
    .getByRole('region', { name: SETTLED_WORDS[language].table, exact: true })
    .getByRole('group', { name: language === 'en' ? /positions under/ : /positions sous/ });
const pageSize = (page: Page) =>
  page.evaluate(() => ({
    scrollHeight: document.documentElement.scrollHeight,
    scrollWidth: document.documentElement.scrollWidth,
    innerHeight: window.innerHeight,
    clientWidth: document.documentElement.clientWidth,
  }));

/** The words the layout tests find things by, in each language. */
const ENGLISH = {
  language: 'en',
  question: /^Should NATO open a liaison office/,
  scenario: 'Scenario',
  rule: 'Decision rule',
  present: 'Present',
  presenter: 'Presenter mode',
  selected: 'Selected',
  fullScreen: 'Full screen',
} as const;
const FRENCH = {
  language: 'fr',
  question: /^L’OTAN doit-elle ouvrir un bureau/,
  scenario: 'Scénario',
  rule: 'Règle de décision',
  present: 'Présenter',
  presenter: 'Mode présentation',
  selected: 'Sélection',
  fullScreen: 'Plein écran',
} as const;

/** The question, the pickers, the outcome and the whole hemicycle, in view without scrolling. */
async function expectFirstScreen(page: Page, words: typeof ENGLISH | typeof FRENCH) {
  await expectInView(page, page.getByText(words.question), 'the question');
  for (const name of [words.scenario, words.rule])
    await expectInView(page, page.getByRole('combobox', { name }), name);
  await expectInView(page, page.getByRole('status'), 'the outcome banner');
  await expectInView(page, hemicycle(page, words.language), 'the hemicycle');
}

test.describe('the first screen of a projector or a laptop', () => {
  for (const [width, height] of [
    [1280, 720],
    [1366, 768],
    [1920, 1080],
  ] as const) {
    test(`${width}x${height}: question, pickers, outcome and the whole hemicycle, no scrolling`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height });
      await page.goto('/');
      await settled(page);
      await expectFirstScreen(page, ENGLISH);
      if (width >= 1920)
        await expectInView(
          page,
          page.getByRole('img', { name: 'The same table judged under every decision rule' }),
          'the comparison of rules',
        );
      // The nine actions in one row, grouped, with the names they always had.
      const tops: number[] = [];
      for (const name of ACTIONS) {
        // The file picker is a visually hidden input: what one sees and clicks is its label.
        const control =
          name === 'Import scenario file'
            ? page.locator('label', { hasText: /^Import$/ })
            : page.getByRole('button', { name, exact: true });
        await expectInView(page, control, name);
        tops.push((await control.boundingBox())?.y ?? NaN);
      }
      await expect(page.getByLabel('Import scenario file', { exact: true })).toHaveCount(1);
      expect(
        Math.max(...tops) - Math.min(...tops),
        `actions' tops: ${tops.join(', ')}`,
      ).toBeLessThan(4);
      for (const group of ['History', 'Share and present'])
        await expect(page.getByRole('group', { name: group })).toBeVisible();
      await expect(page.getByRole('toolbar', { name: 'Scenario files' })).toBeVisible();
      // The explanations come after the table, never above it.
      const why = await page.getByRole('region', { name: 'Why' }).boundingBox();
      const seats = await hemicycle(page).boundingBox();
      expect(why && seats && why.y >= seats.y + seats.height).toBe(true);
    });
  }

  test('1280x720 in French: question, pickers, outcome and the whole hemicycle, no scrolling', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto('/');
    await started(page);
    await page.getByRole('combobox', { name: 'Language' }).selectOption('fr');
    await settled(page, { words: SETTLED_WORDS.fr });
    await expectFirstScreen(page, FRENCH);
    // French names are longer: the actions may take two rows, never more.
    const tops = new Set<number>();
    for (const name of [
      'Annuler',
      'Copier le lien',
      'Ouvrir une salle de classe',
      'Exporter le scénario (YAML)',
    ]) {
      const box = await page.getByRole('button', { name, exact: true }).boundingBox();
      tops.add(Math.round((box?.y ?? NaN) / 8));
    }
    expect(tops.size, 'rows of actions').toBeLessThanOrEqual(2);
  });

  test('the default table at 1280 px is at most 2,800 px tall (it was about 5,600), one line per ally', async ({
    page,
  }) => {
    await page.goto('/');
    await settled(page);
    const { scrollHeight } = await pageSize(page);
    console.log(`page height of the default scenario at 1280x720: ${scrollHeight} px`);
    expect(scrollHeight).toBeLessThanOrEqual(2800);
    const rows = page.locator('li.ally');
    await expect(rows).toHaveCount(31);
    for (const i of [0, 15, 30]) {
      const box = await rows.nth(i).boundingBox();
      expect(box?.height, `row ${i}`).toBeLessThan(48);
    }
  });
});

test.describe('presenter mode fits one screen', () => {
  // French words are longer: its strip of keys and its outcome must fit the smaller screen too.
  for (const [width, height, words] of [
    [1280, 720, ENGLISH],
    [1920, 1080, ENGLISH],
    [1280, 720, FRENCH],
  ] as const)
    test(`${width}x${height}${words === FRENCH ? ', in French' : ''}, every NATO table: the outcome, the hemicycle and every ally's position`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height });
      await page.goto('/');
      await started(page);
      if (words === FRENCH) {
        await page.getByRole('combobox', { name: 'Language' }).selectOption('fr');
        await expect(page.getByRole('combobox', { name: words.scenario })).toBeVisible();
      }
      /** The whole table in view: the outcome, the hemicycle, every ally's position. */
      const wholeTable = async (what: string) => {
        // As a teacher begins: an ally selected, its name and position in the strip of keys. The
        // strip has its keys once it has taken the focus (one commit of its effects), not before.
        await expect(page.getByRole('heading', { name: words.presenter })).toBeFocused();
        await page.keyboard.press('ArrowRight');
        await expect(page.getByText(words.selected, { exact: true })).toBeVisible();
        await settled(page, { words: SETTLED_WORDS[words.language] });
        const size = await pageSize(page);
        expect(size.scrollHeight, `${what}: no page scroll`).toBeLessThanOrEqual(size.innerHeight);
        await expectInView(page, page.getByRole('status'), `${what}: the outcome`);
        await expectInView(page, hemicycle(page, words.language), `${what}: the hemicycle`);
        // Each ally's whole row, its name and its positions (the allies' panel clips, unseen).
        const allies = page.locator('li.ally');
        const count = await allies.count();
        expect(count).toBeGreaterThanOrEqual(31);
        expect(await page.getByRole('radiogroup').count()).toBe(count);
        for (let i = 0; i < count; i++)
          await expectInView(page, allies.nth(i), `${what}: ally ${i + 1} of ${count}`);
        // Every name whole: none cut short by an ellipsis (a long one takes two lines).
        const cut = await allies
          .locator('.ally-name')
          .evaluateAll((names) =>
            names
              .filter(
                (n) => n.scrollWidth > n.clientWidth + 1 || n.scrollHeight > n.clientHeight + 1,
              )
              .map((n) => n.textContent),
          );
        expect(cut, `${what}: names cut short`).toEqual([]);
        if (width >= 1920) {
          const px = (l: Locator) => l.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
          expect(await px(page.getByRole('status')), 'banner type').toBeGreaterThanOrEqual(40);
          expect(
            await px(page.locator('li.ally .ally-name').first()),
            'ally names',
          ).toBeGreaterThanOrEqual(18);
          // The count of support in the hemicycle's middle, enlarged as far as the middle allows.
          const count = await page.locator('.table-panel .chart text.count').boundingBox();
          expect(count?.height, 'the count in the hemicycle').toBeGreaterThanOrEqual(20);
        }
      };
      for (const id of NATO_SCENARIOS) {
        await test.step(id, async () => {
          await page.getByRole('combobox', { name: words.scenario }).selectOption(id);
          // The address follows the table (a moment later): the link of this scenario.
          await expect(page).toHaveURL(new RegExp(`#\\d+/${id}/`));
          const link = page.url();
          // Present goes full screen (its button then hides)...
          await page.getByRole('button', { name: words.present, exact: true }).click();
          await expect(page.getByRole('region', { name: words.presenter })).toBeVisible();
          await wholeTable(`${id}, Present`);
          await page.keyboard.press('Escape');
          await expect(page.getByRole('region', { name: words.presenter })).toBeHidden();
          // ...a presenter link opens in a window, with Full screen in the strip of keys.
          await page.goto(`${link},present=1`);
          await page.reload();
          await expect(page.getByRole('button', { name: words.fullScreen })).toBeVisible();
          await wholeTable(`${id}, presenter link`);
          await page.keyboard.press('Escape');
          await expect(page.getByRole('region', { name: words.presenter })).toBeHidden();
        });
      }
    });
});

test.describe('a class room open on the teacher’s screen', () => {
  /** Starts a room from the page; its code. */
  async function startRoom(page: Page): Promise<string> {
    await page.getByRole('button', { name: 'Start a class room' }).click();
    const code = page.getByRole('group', { name: 'Room code' });
    await expect(code).toHaveText(/^[A-HJKMNP-Z2-9]{6}$/);
    await expect(page.getByText('Live', { exact: true })).toBeVisible();
    return (await code.textContent()) ?? '';
  }

  test('1280x720, presenter mode with students in: the room folds to its code, all 32 allies fit', async ({
    page,
    baseURL,
  }) => {
    test.setTimeout(150_000); // an axe scan takes up to a minute on a loaded 2-core machine
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto('/');
    await started(page);
    await page.getByRole('combobox', { name: 'Scenario' }).selectOption('washington-2024');
    const code = await startRoom(page);
    // A student comes in (a client of the room's protocol: the projector is what is measured).
    const ana = await joinAsStudent(roomsBehind(baseURL!), code, 'Ana');
    try {
      await expect(page.getByRole('heading', { name: 'Students (1)' })).toBeVisible();
      await page.getByRole('button', { name: 'Present' }).click();
      await expect(page.getByRole('region', { name: 'Presenter mode' })).toBeVisible();
      await settled(page);
      const size = await pageSize(page);
      expect(size.scrollHeight, 'no page scroll').toBeLessThanOrEqual(size.innerHeight);
      await expectInView(page, page.getByRole('group', { name: 'Room code' }), 'the room code');
      await expectInView(page, page.getByRole('status'), 'the outcome');
      await expectInView(page, hemicycle(page), 'the hemicycle');
      const groups = page.getByRole('radiogroup');
      await expect(groups).toHaveCount(32);
      for (let i = 0; i < 32; i++)
        await expectInView(page, groups.nth(i), `ally ${i + 1} of 32 with a room open`);
      expect(await axeViolations(page, { label: 'presenter with a room' })).toEqual([]);

      // The large QR code, for a late student: on, it says so (pressed, a ticked box) and shows.
      const large = page.getByRole('button', { name: 'Large QR code' });
      await expectInView(page, large, 'the large QR code switch');
      await expect(large).toHaveAttribute('aria-pressed', 'false');
      await expect(large).not.toContainText('✓');
      await large.click();
      await expect(large).toHaveAttribute('aria-pressed', 'true');
      await expect(large).toContainText('✓');
      const qr = page.getByRole('img', { name: `QR code of the join link for room ${code}` });
      await expectInView(page, qr, 'the large QR code');
      expect((await qr.boundingBox())?.height, 'the large QR code').toBeGreaterThan(300);
      await large.click();
      await expect(qr).toBeHidden();
      await expectInView(page, groups.nth(31), 'the last ally, the QR code folded again');
    } finally {
      ana.leave();
    }
  });

  test('360x780: the room panel fits the width, its join link wraps', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 780 });
    await page.goto('/');
    await settled(page);
    const code = await startRoom(page);
    const link = page.getByRole('link', { name: new RegExp(`#room/${code}$`) });
    await link.scrollIntoViewIfNeeded();
    await expectInView(page, link, 'the join link');
    const size = await pageSize(page);
    expect(size.scrollWidth, 'no sideways scroll').toBeLessThanOrEqual(size.clientWidth);
  });
});

test.describe('a phone, 360x780', () => {
  test.use({ viewport: { width: 360, height: 780 } });

  test('the outcome stays in view, the first position is on the first screen, no sideways scroll', async ({
    page,
  }) => {
    await page.goto('/');
    await settled(page);
    await expectInView(page, page.getByRole('status'), 'the outcome');
    await expectInView(page, page.getByRole('radiogroup').first(), "the first ally's positions");
    const size = await pageSize(page);
    expect(size.scrollWidth).toBeLessThanOrEqual(size.clientWidth);
    // Far down the list, the outcome is still at the top of the screen.
    await page.getByRole('radiogroup', { name: 'Türkiye' }).scrollIntoViewIfNeeded();
    await expectInView(page, page.getByRole('status'), 'the outcome, scrolled');
    await choose(page, 'Türkiye', 'Object');
    await expect(page.getByRole('status')).toHaveText(/Türkiye/);
  });
});

// The layouts the other suites do not scan: the wide screen and the phone, light and dark.
for (const colorScheme of ['light', 'dark'] as const)
  for (const [width, height] of [
    [1920, 1080],
    [360, 780],
  ] as const)
    test(`no axe violations at ${width}x${height} (${colorScheme})`, async ({ page }) => {
      test.setTimeout(150_000); // a full scan takes up to a minute on a loaded 2-core machine
      await page.setViewportSize({ width, height });
      await page.emulateMedia({ colorScheme });
      await page.goto('/');
      await settled(page);
      expect(await axeViolations(page)).toEqual([]);
    });
