/**
 * The browser suite's `test`: every page is watched for console errors, uncaught exceptions and
 * Content-Security-Policy violations, and a test fails if any happened, whatever it checked.
 */
import { test as base, expect, type Page } from '@playwright/test';

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

/** The ally's radio group, and one of its radios. */
export const ally = (page: Page, name: string) =>
  page.getByRole('radiogroup', { name, exact: true });
export const radio = (page: Page, allyName: string, position: 'Support' | 'Undecided' | 'Object') =>
  ally(page, allyName).getByRole('radio', { name: position });

/**
 * Chooses a position as a person does: a click on its label once the page holds still (no
 * `force`, which would click wherever the radio was a frame earlier), then sees it checked.
 */
export async function choose(
  page: Page,
  allyName: string,
  position: 'Support' | 'Undecided' | 'Object',
): Promise<void> {
  await ally(page, allyName).locator('label', { hasText: position }).click();
  await expect(radio(page, allyName, position)).toBeChecked();
}
