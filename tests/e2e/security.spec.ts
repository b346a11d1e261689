// Security in the real browser: a strict CSP in the built page, and a hostile scenario whose
// names, notes and sources carry HTML and script, rendered as text with nothing run.
import { expect, settled, test } from './fixtures';

const PAYLOAD_URL = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 4391) + 1}/#1/payloads/consensus/`;

test('the built page carries a strict Content-Security-Policy', async ({ page, request }) => {
  const html = await (await request.get('/')).text();
  await page.goto('/');
  const csp =
    (await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')) ??
    '';
  for (const directive of [
    "default-src 'self'",
    "script-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "require-trusted-types-for 'script'",
  ])
    expect(csp).toContain(directive);
  expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
  expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/); // no inline script
  await expect(page.getByRole('status')).toBeVisible();
});

test('HTML and script in a scenario render as text and run nothing', async ({ page }) => {
  await page.goto(PAYLOAD_URL);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    `<img src=x onerror="window.__pwned='title'"> Payload title`,
  );
  await expect(
    page.getByText("<script>window.__pwned='question'</script> Does anything run?"),
  ).toBeVisible();
  await expect(
    page.getByRole('radiogroup', { name: `<img src=x onerror="window.__pwned='name'">Alpha` }),
  ).toBeVisible();
  await expect(
    page.getByRole('radiogroup', { name: "<script>window.__pwned='bravo'</script>Bravo" }),
  ).toBeVisible();
  await expect(page.getByRole('status')).toContainText('Blocked: <img src=x');
  // Hover and focus everything that shows text from the file: seats (tooltips), sources. The
  // seats are drawn a frame after the outcome: wait for the table as it will stay.
  await settled(page);
  const seats = page.getByRole('button', { name: /: (object|undecided|support)/ });
  await expect(seats).not.toHaveCount(0);
  for (const seat of await seats.all()) await seat.hover();
  await page
    .locator('li.ally summary', { hasText: /note and sources \(/ })
    .first()
    .click();
  await expect(
    page.getByText(`<img src=x onerror="window.__pwned='source'"> Source title`).first(),
  ).toBeVisible();
  await page.getByText('Table view').first().click();
  await settled(page);
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
  expect(await page.locator('img, iframe, b, u, script:not([src])').count()).toBe(0);
});

test('the browser enforces Trusted Types: assigning HTML from a string is refused', async ({
  page,
  watch,
}) => {
  await page.goto('/');
  const outcome = await page.evaluate(() => {
    try {
      document.body.insertAdjacentHTML('beforeend', '<b>injected</b>');
      return 'allowed';
    } catch {
      return 'refused';
    }
  });
  expect(outcome).toBe('refused');
  expect(await page.locator('b', { hasText: 'injected' }).count()).toBe(0);
  // This probe's own refusal is reported as a console error and a violation; nothing else may be.
  await page.evaluate(() => {
    window.__cspViolations = (window.__cspViolations ?? []).filter(
      (v) => !v.startsWith('require-trusted-types-for'),
    );
  });
  watch.problems.splice(
    0,
    watch.problems.length,
    ...watch.problems.filter((p) => !/TrustedHTML|Trusted Type/i.test(p)),
  );
});
