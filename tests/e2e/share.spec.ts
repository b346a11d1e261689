// More ways to share, in Chromium against the production build: a presenter link opened in a
// fresh browser, and the embed code pasted into a course page on another site, where the
// simulator runs in a cross-site frame with partitioned (or blocked) storage.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Frame, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './chromium';
import { axeViolations } from './axe';
import { choose, expect, radio, settled, test } from './fixtures';
import { freePort } from './server';

const PAYLOAD_ORIGIN = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 4391) + 1}`;

declare global {
  interface Window {
    __errors?: string[];
  }
}

/** Console errors and uncaught exceptions of a page and its frames (the fixture watches only
 * the test's own context; a fresh browser is another). */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console error: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
  return errors;
}

/** Records uncaught errors in every frame, where the page's own events may not reach. */
const recordErrors = () => {
  window.__errors = [];
  window.addEventListener('error', (e) => window.__errors?.push(`error: ${e.message}`));
  window.addEventListener('unhandledrejection', (e) =>
    window.__errors?.push(`unhandled rejection: ${String(e.reason)}`),
  );
};

/**
 * Third-party storage blocked (a browser that blocks third-party cookies): in a cross-site frame,
 * reading localStorage throws, as Chromium does with that setting.
 */
const blockFramedStorage = () => {
  let crossSite = false;
  try {
    crossSite = window.top !== window && window.top?.location.host === undefined;
  } catch {
    crossSite = true;
  }
  if (!crossSite) return;
  Object.defineProperty(window, 'localStorage', {
    configurable: true,
    get() {
      throw new DOMException('Access is denied for this document.', 'SecurityError');
    },
  });
};

/** A course page on another site (localhost, while the app is at 127.0.0.1): the embed code. */
async function coursePage(embed: string): Promise<{ url: string; close: () => Promise<void> }> {
  const port = await freePort();
  const html = `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Lesson 4: consensus at NATO</title></head>
  <body>
    <h1>Lesson 4: consensus at NATO</h1>
    ${embed}
  </body>
</html>`;
  const server: Server = createServer((req, res) => {
    if (req.url !== '/') {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return {
    url: `http://localhost:${port}/`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The app's frame in the course page, once it has loaded from the app's origin. */
async function appFrame(page: Page, origin: string): Promise<Frame> {
  await expect
    .poll(() => page.frames().some((f) => f.url().startsWith(origin)), {
      message: 'the embedded simulator loads',
    })
    .toBe(true);
  const frame = page.frames().find((f) => f.url().startsWith(origin));
  if (!frame) throw new Error('no frame');
  return frame;
}

/** The embed code shown in the panel (More ways to share), read as a person copies it. */
async function embedCodeOf(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'More ways to share' }).click();
  const code = page.getByRole('textbox', { name: 'Embed code' });
  await expect(code).toBeVisible();
  return code.inputValue();
}

test('Copy presenter link gives a link that opens in presenter mode, without full screen', async ({
  page,
  browser,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/');
  await choose(page, 'France', 'Support');
  await page.getByRole('button', { name: 'More ways to share' }).click();
  await page.getByRole('button', { name: 'Copy presenter link' }).click();
  await expect(page.getByText(/^Presenter link copied/)).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(
    /^http:\/\/127\.0\.0\.1:\d+\/#3\/vilnius-2023\/consensus\/FR=s\/r=2,present=1$/,
  );
  // Copy link is as it was: the same table, for the editing view.
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByText('Link copied: it opens this exact table.')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    link.replace(',present=1', ''),
  );

  const other: BrowserContext = await browser.newContext();
  try {
    const fresh = await other.newPage();
    const errors = watchErrors(fresh);
    await fresh.goto(link);
    const presenter = fresh.getByRole('region', { name: 'Presenter mode' });
    await expect(presenter).toBeVisible();
    await expect(fresh.getByRole('button', { name: 'Leave presenter mode' })).toBeVisible();
    await expect(fresh.getByRole('status')).toHaveText(/^Passes/);
    await expect(radio(fresh, 'France', 'Support')).toBeChecked();
    // The editing chrome is hidden; the page did not go full screen by itself.
    await expect(fresh.getByRole('combobox', { name: 'Scenario' })).toBeHidden();
    expect(await fresh.evaluate(() => document.fullscreenElement === null)).toBe(true);
    await expect(fresh).toHaveURL(link);
    // Full screen takes the viewer's click, on the strip's button.
    await fresh.getByRole('button', { name: 'Full screen' }).click();
    await expect.poll(() => fresh.evaluate(() => document.fullscreenElement !== null)).toBe(true);
    await expect(fresh.getByRole('button', { name: 'Full screen' })).toBeHidden();
    // Leaving presenter mode leaves full screen, and the address no longer says present.
    await fresh.getByRole('button', { name: 'Leave presenter mode' }).click();
    await expect(presenter).toBeHidden();
    await expect.poll(() => fresh.evaluate(() => document.fullscreenElement === null)).toBe(true);
    await expect(fresh).toHaveURL(link.replace(',present=1', ''));
    await expect(fresh.getByRole('button', { name: 'Present' })).toBeVisible();
    expect(errors).toEqual([]);
  } finally {
    await other.close();
  }
});

test('the open panel has no axe violations, and Esc closes it', async ({ page }) => {
  test.setTimeout(120_000); // a full axe scan takes tens of seconds on a loaded machine
  await page.goto('/');
  await settled(page);
  const toggle = page.getByRole('button', { name: 'More ways to share' });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('textbox', { name: 'Embed code' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Copy embed code' }).focus();
  await page.keyboard.press('Escape');
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(toggle).toBeFocused();
  await expect(page.getByRole('textbox', { name: 'Embed code' })).toBeHidden();
});

test('embedding is allowed: no X-Frame-Options, no frame-ancestors', async ({ request }) => {
  const response = await request.get('/');
  const headers = response.headers();
  expect(headers['x-frame-options']).toBeUndefined();
  expect(headers['content-security-policy'] ?? '').not.toContain('frame-ancestors');
  expect(await response.text()).not.toContain('frame-ancestors');
});

/**
 * A browser as Chromium ships, where a cross-site frame's storage is partitioned by the top-level
 * site: a regular profile that allows third-party storage, with storage partitioning back on
 * (Playwright turns it off in its own --disable-features list, microsoft/playwright#32230; the
 * last --disable-features given wins).
 */
async function partitioningBrowser(
  baseURL: string,
): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'nac-partitioned-'));
  mkdirSync(join(dir, 'Default'));
  writeFileSync(
    join(dir, 'Default', 'Preferences'),
    JSON.stringify({ profile: { cookie_controls_mode: 0, block_third_party_cookies: false } }),
  );
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: chromiumPath(),
    args: [...CHROMIUM_ARGS, '--disable-features=MediaRouter,PaintHolding'],
    baseURL,
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** What the frame's localStorage is: its own partition, or denied. */
const framedStorage = () => {
  try {
    return { readable: true, saved: localStorage.getItem('nac-simulator') ?? '' };
  } catch {
    return { readable: false, saved: '' };
  }
};

/**
 * A teacher copies the embed code of their table, a course page on another site embeds it, and a
 * student plays in the frame: it opens in presenter mode, changes show in its outcome, nothing
 * fails, and the simulator's own site keeps its own work.
 */
async function embedAndPlay(
  context: BrowserContext,
  page: Page,
  origin: string,
  storage: 'partitioned' | 'blocked',
): Promise<void> {
  await context.addInitScript(recordErrors);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });

  // On the simulator's own site: a table of one's own, kept in its (first-party) storage.
  await page.goto(`${origin}/`);
  await choose(page, 'Hungary', 'Object');
  await expect(page).toHaveURL(/HU=o/); // the address bar and storage are written together
  const code = await embedCodeOf(page);
  expect(code).toMatch(
    /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/#3\/vilnius-2023\/consensus\/HU=o\/r=2,present=1" title="Vilnius summit, July 2023: the Tokyo office struck from the communiqué" .*allow="fullscreen; clipboard-write" allowfullscreen loading="lazy"><\/iframe>$/,
  );
  await page.getByRole('button', { name: 'Copy embed code' }).click();
  await expect(page.getByText(/^Embed code copied/)).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);

  const course = await coursePage(code);
  try {
    await page.goto(course.url);
    await expect(page.getByRole('heading', { name: 'Lesson 4: consensus at NATO' })).toBeVisible();
    // Sized for a course page: the column's width at 16:9, at least 480 px high.
    const box = await page.locator('iframe').boundingBox();
    expect(box).not.toBeNull();
    if (box) expect(Math.abs(box.height - Math.max(480, (box.width * 9) / 16))).toBeLessThan(2);

    const app = page.frameLocator('iframe');
    await expect(app.getByRole('region', { name: 'Presenter mode' })).toBeVisible();
    await expect(app.getByRole('status')).toHaveText(/^Blocked: France objects .* Hungary objects/);
    // The frame was allowed full screen: the strip offers it.
    await expect(app.getByRole('button', { name: 'Full screen' })).toBeVisible();
    await choose(app, 'France', 'Support');
    await expect(app.getByRole('status')).toHaveText(/^Blocked: Hungary objects/);
    await choose(app, 'Hungary', 'Support');
    await expect(app.getByRole('status')).toHaveText(/^Passes/);
    // The frame's address follows its table, in presenter mode.
    const frame = await appFrame(page, origin);
    await expect
      .poll(() => frame.url())
      .toMatch(/\/#3\/vilnius-2023\/consensus\/(FR=s,HU=s|HU=s,FR=s)\/r=2,present=1$/);

    if (storage === 'partitioned')
      // The frame keeps its work in a storage partition of its own.
      await expect
        .poll(async () => (await frame.evaluate(framedStorage)).saved)
        .toContain('"FR":{"position":"support"}');
    else expect(await frame.evaluate(framedStorage)).toEqual({ readable: false, saved: '' });

    const problems = await frame.evaluate(() => [
      ...(window.__errors ?? []),
      ...(window.__cspViolations ?? []).map((v) => `CSP violation: ${v}`),
    ]);
    expect(problems).toEqual([]);
    expect(await page.evaluate(() => window.__errors)).toEqual([]);
  } finally {
    await course.close();
  }

  // The simulator's own site still has its own table: nothing the frame did reached it.
  const own = await context.newPage();
  await own.goto(`${origin}/`);
  await expect(radio(own, 'Hungary', 'Object')).toBeChecked();
  await expect(radio(own, 'France', 'Object')).toBeChecked();
  await own.close();
}

test('the embed code works in a frame on another site, whose storage is partitioned', async ({
  baseURL,
}) => {
  const origin = new URL(baseURL ?? '').origin;
  const browser = await partitioningBrowser(origin);
  try {
    const page = await browser.context.newPage();
    const errors = watchErrors(page);
    await embedAndPlay(browser.context, page, origin, 'partitioned');
    expect(errors).toEqual([]);
  } finally {
    await browser.close();
  }
});

test('the embed code works in a frame on another site that may not use storage', async ({
  page,
  context,
  baseURL,
}) => {
  // Where third-party storage is blocked (Safari, a private window, blocked third-party cookies),
  // reading localStorage in the frame throws. Chromium does so in this test's own context too;
  // the init script makes sure of it whatever the browser's defaults.
  await context.addInitScript(blockFramedStorage);
  await embedAndPlay(context, page, new URL(baseURL ?? '').origin, 'blocked');
});

test('an imported title made of HTML stays text in the embed code: nothing runs on the course page', async ({
  page,
  context,
}) => {
  await context.addInitScript(recordErrors);
  // The payload build ships a scenario whose title, names and notes carry HTML and script.
  await page.goto(`${PAYLOAD_ORIGIN}/#1/payloads/consensus/`);
  await expect(page.getByRole('status')).toBeVisible();
  const title = (await page.getByRole('heading', { level: 1 }).innerText()).trim();
  expect(title).toContain('<img');
  const code = await embedCodeOf(page);
  expect(code).not.toContain('<img');
  const course = await coursePage(code);
  try {
    await page.goto(course.url);
    await expect(page.locator('iframe')).toHaveCount(1);
    await expect(page.locator('iframe')).toHaveAttribute('title', title);
    await expect(page.locator('body > :not(h1, iframe)')).toHaveCount(0);
    const app = page.frameLocator('iframe');
    await expect(app.getByRole('status')).toContainText('Blocked: <img src=x');
    const frame = await appFrame(page, PAYLOAD_ORIGIN);
    expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
    expect(await frame.evaluate(() => window.__pwned)).toBeUndefined();
    expect(await frame.evaluate(() => window.__errors)).toEqual([]);
  } finally {
    await course.close();
  }
});
