/**
 * The browser suite's `test`: every page is watched for console errors, uncaught exceptions and
 * Content-Security-Policy violations, and a test fails if any happened, whatever it checked.
 *
 * E2E_CPU_THROTTLE=4 slows the test's page fourfold (Chromium's CPU throttling), to look for waits
 * that race on a loaded machine without having to load one; unset, nothing is throttled.
 */
import { test as base, expect, type FrameLocator, type Page } from '@playwright/test';

declare global {
  interface Window {
    __cspViolations?: string[];
    __pwned?: unknown;
  }
}

/** Records CSP violations in the page (before any script of the app runs). */
const watchCsp = () => {
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__cspViolations?.push(`${e.violatedDirective}: ${e.blockedURI}`);
  });
};

interface Watch {
  problems: string[];
  pages: Page[];
}

export const test = base.extend<{ watch: Watch }>({
  // (The fixture's callback is named `provide`: React's lint rule takes `use` for a hook.)
  page: async ({ page }, provide) => {
    const rate = Number(process.env.E2E_CPU_THROTTLE ?? 0);
    if (rate > 1) {
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    }
    await provide(page);
  },
  watch: [
    async ({ context }, use) => {
      const watch: Watch = { problems: [], pages: [] };
      const attach = (page: Page) => {
        watch.pages.push(page);
        page.on('console', (m) => {
          if (m.type() === 'error') watch.problems.push(`console error: ${m.text()}`);
        });
        page.on('pageerror', (e) => watch.problems.push(`page error: ${e.message}`));
        page.on('dialog', (d) => {
          watch.problems.push(`dialog opened: ${d.message()}`);
          void d.dismiss();
        });
      };
      await context.addInitScript(watchCsp);
      context.pages().forEach(attach);
      context.on('page', attach);
      await use(watch);
      for (const page of watch.pages) {
        if (page.isClosed()) continue;
        const csp = await page.evaluate(() => window.__cspViolations ?? []).catch(() => []);
        csp.forEach((v) => watch.problems.push(`CSP violation: ${v}`));
      }
      expect(watch.problems, 'console errors, page errors, dialogs or CSP violations').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Where the app is: a page, or a frame that embeds it (page.frameLocator). */
export type AppView = Page | FrameLocator;

/** The ally's radio group, and one of its radios. */
export const ally = (page: AppView, name: string) =>
  page.getByRole('radiogroup', { name, exact: true });
export const radio = (
  page: AppView,
  allyName: string,
  position: 'Support' | 'Undecided' | 'Object',
) => ally(page, allyName).getByRole('radio', { name: position });

/**
 * Chooses a position as a person does: a click on its label once the page holds still (no
 * `force`, which would click wherever the radio was a frame earlier), then sees it checked.
 */
export async function choose(
  page: AppView,
  allyName: string,
  position: 'Support' | 'Undecided' | 'Object',
): Promise<void> {
  await ally(page, allyName).locator('label', { hasText: position }).click();
  await expect(radio(page, allyName, position)).toBeChecked();
}

/**
 * Waits until the app has started: its first render is on screen *and* that render's effects have
 * run, so the listeners it puts on the window (shortcut keys, file drops, printing) are in place.
 * React runs a render's effects a little after painting it: with two CPU-bound processes on this
 * 2-core machine the window listeners arrived 70 to 400 ms after the outcome banner showed (300 to
 * 860 ms with the page's CPU throttled fourfold), so a key or a drop sent as soon as the banner
 * shows can find nobody listening. The comparison of rules gives each rule's odds from an answer
 * that one of those effects asked the worker for, and React runs all of a render's effects
 * together: once the odds are in its description, every listener is there.
 */
export async function started(page: Page): Promise<void> {
  await expect(
    page.getByRole('img', { name: 'The same table judged under every decision rule' }),
  ).toHaveAccessibleDescription(/likely to pass/);
}

/** Opens one of the explanations' tabs below the table (Why, Odds, Power, Map, Timeline…). */
export async function openTab(page: AppView, name: string): Promise<void> {
  const tab = page.getByRole('tab', { name, exact: true });
  await tab.click();
  await expect(tab).toHaveAttribute('aria-selected', 'true');
}

/** The names `settled` finds the table by, in the page's language. */
export interface SettledWords {
  readonly table: string;
  /** Support, Undecided, Object. */
  readonly positions: readonly [string, string, string];
  readonly map: string;
  readonly onTheMap: RegExp;
}
export const SETTLED_WORDS: Readonly<Record<'en' | 'fr', SettledWords>> = {
  en: {
    table: 'The table',
    positions: ['Support', 'Undecided', 'Object'],
    map: 'Map',
    onTheMap: / on the map: positions under /,
  },
  fr: {
    table: 'La table',
    positions: ['Soutien', 'Indécis', 'Objection'],
    map: 'Carte',
    onTheMap: / sur la carte : positions /,
  },
};

/**
 * Waits until the page holds still, as a reader sees it settle after a load or a change: the charts
 * (drawn from React's deferred copy of the table, a render after the radios) show what the radios
 * show, the worker's answers are in (no panel is aria-busy) and, if the Map tab is open (and not
 * `map: false`), the map (its own chunk, loaded when the tab opens) is drawn. An axe scan or a count of charts made earlier
 * looks at a page that is still being drawn.
 */
export async function settled(
  page: Page,
  { map = true, words = SETTLED_WORDS.en }: { map?: boolean; words?: SettledWords } = {},
): Promise<void> {
  const seats = page.getByRole('region', { name: words.table, exact: true });
  // The allies' rows render in a transition: count their radios only once they are there.
  await expect(page.getByRole('radiogroup').first()).toBeVisible();
  for (const [index, position] of (['Support', 'Undecided', 'Object'] as const).entries()) {
    const name = words.positions[index] ?? position;
    // The radios are the table as it is now (they change with the click, not deferred).
    const radios = page.getByRole('radio', { name, exact: true, checked: true });
    const drawn = seats.getByRole('button', { name: new RegExp(`: ${name.toLowerCase()}\\b`) });
    // Both counts are read again on every try: one read once can be of a page still rendering.
    await expect
      .poll(async () => (await drawn.count()) - (await radios.count()), {
        message: `the hemicycle shows as many ${position} seats as there are ${position} radios`,
      })
      .toBe(0);
  }
  if (map && (await page.getByRole('region', { name: words.map, exact: true }).isVisible()))
    await expect(page.getByRole('group', { name: words.onTheMap })).toBeVisible();
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
}
