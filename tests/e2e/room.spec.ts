// A class room in real browsers: a teacher and three students, each in its own browser context
// (its own storage, as on separate devices), on the room server the preview starts beside the
// app (scripts/vitePluginRooms.ts). Students use phones (360 px wide).
import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Locator, Page } from '@playwright/test';
import { axeViolations } from './axe';
import { joinAsStudent, joinRoom, roomsBehind } from '../support/roomClient';
import { ally, choose, expect, radio, test } from './fixtures';

const CODE = /^[A-HJKMNP-Z2-9]{6}$/;

/** A screen of its own (a separate device); its console errors fail the test like the page's. */
async function screen(
  browser: Browser,
  problems: string[],
  viewport = { width: 360, height: 780 },
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  return { context, page };
}

/** A student opens the join link, gives a name and claims an ally. */
async function joinAs(page: Page, link: string, name: string, allyName: string) {
  await page.goto(link);
  await expect(page.getByRole('button', { name: 'Join the room' })).toBeVisible();
  await page.getByLabel('Your name').fill(name);
  await page.getByRole('button', { name: 'Join the room' }).click();
  const yours = page.getByRole('combobox', { name: 'Your ally' });
  await yours.selectOption({ label: allyName });
  await expect(ally(page, allyName)).toBeVisible();
}

declare global {
  interface Window {
    __arrivals?: { ally: string; position: string; at: number }[];
    __sent?: { ally: string; position: string; at: number }[];
  }
}

/**
 * Times changes as they cross the room: the sender's page notes when a radio changes (its
 * `change` event), the watcher's page when the same ally's label shows that position (a
 * MutationObserver on `data-checked`, which React sets in the commit, and on rows drawn anew). Both read Date.now(): one
 * machine, one clock.
 */
async function timeChanges(sender: Page, watcher: Page) {
  await sender.evaluate(() => {
    window.__sent = [];
    document.addEventListener('change', (e) => {
      const input = e.target as HTMLInputElement;
      const group = input.closest('[role="radiogroup"]');
      const ally = group?.getAttribute('aria-labelledby') ?? '';
      window.__sent?.push({ ally, position: input.value, at: Date.now() });
    });
  });
  await watcher.evaluate(() => {
    window.__arrivals = [];
    const arrived = (label: HTMLElement, at: number) => {
      if (label.dataset.checked !== 'true') return;
      const ally = label.closest('[role="radiogroup"]')?.getAttribute('aria-labelledby') ?? '';
      window.__arrivals?.push({ ally, position: label.dataset.position ?? '', at });
    };
    new MutationObserver((records) => {
      const at = Date.now();
      for (const r of records)
        if (r.type === 'attributes') arrived(r.target as HTMLElement, at);
        else
          // A row drawn anew (not only its attribute changed) shows the position too.
          for (const node of r.addedNodes)
            if (node instanceof HTMLElement)
              for (const label of [node, ...node.querySelectorAll<HTMLElement>('[data-checked]')])
                arrived(label, at);
    }).observe(document.body, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['data-checked'],
    });
  });
}

/** Each sent change's time to its first arrival after it was sent, in milliseconds. */
async function latencies(senders: Page[], watcher: Page): Promise<number[]> {
  const arrivals = await watcher.evaluate(() => window.__arrivals ?? []);
  const out: number[] = [];
  for (const sender of senders)
    for (const sent of await sender.evaluate(() => window.__sent ?? [])) {
      const seen = arrivals.find(
        (a) => a.ally === sent.ally && a.position === sent.position && a.at >= sent.at,
      );
      if (seen) out.push(seen.at - sent.at);
    }
  return out;
}

const percentile = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] ?? NaN;

/** Fails unless the element is wholly inside the page's viewport as it stands (not scrolled). */
async function expectOnFirstScreen(page: Page, locator: Locator, what: string) {
  const box = await locator.boundingBox();
  const { width, height } = page.viewportSize() ?? { width: 0, height: 0 };
  expect(box, `${what} is laid out`).not.toBeNull();
  const where = `${what} at ${JSON.stringify(box)} in ${width}x${height}`;
  expect(box && box.x >= 0 && box.y >= 0, where).toBe(true);
  expect(box && box.x + box.width <= width + 0.5 && box.y + box.height <= height + 0.5, where).toBe(
    true,
  );
}

async function startRoom(page: Page): Promise<{ code: string; link: string }> {
  await page.goto('/');
  await page.getByRole('button', { name: 'Start a class room' }).click();
  const codeBox = page.getByRole('group', { name: 'Room code' });
  await expect(codeBox).toHaveText(CODE);
  const code = (await codeBox.textContent()) ?? '';
  await expect(page).toHaveURL(new RegExp(`#room/${code}$`));
  await expect(
    page.getByRole('img', { name: `QR code of the join link for room ${code}` }),
  ).toBeVisible();
  const link = await page.getByRole('link', { name: /#room\// }).getAttribute('href');
  expect(link).toMatch(new RegExp(`/#room/${code}$`));
  await expect(page.getByText('Live', { exact: true })).toBeVisible();
  return { code, link: link ?? '' };
}

test('a teacher opens a room; three students claim allies, argue and see the table move', async ({
  page: teacher,
  browser,
}) => {
  // Long by design (four screens, 24 timed changes): three times the time on a loaded machine.
  test.slow();
  const problems: string[] = [];
  const { link } = await startRoom(teacher);

  const screens = await Promise.all([0, 1, 2].map(() => screen(browser, problems)));
  const [ana, ben, chloe] = screens.map((s) => s.page) as [Page, Page, Page];
  await joinAs(ana, link, 'Ana', 'France');
  await joinAs(ben, link, 'Ben', 'Hungary');
  await joinAs(chloe, link, 'Chloé', 'Germany');
  // A claimed ally cannot be claimed again: Ben sees France held by Ana.
  await expect(
    ben
      .getByRole('combobox', { name: 'Your ally' })
      .getByRole('option', { name: 'France (held by Ana)' }),
  ).toBeDisabled();

  // The teacher sees who holds what.
  await expect(teacher.getByRole('combobox', { name: 'Ally held by Ana' })).toHaveValue('FR');
  await expect(teacher.getByRole('combobox', { name: 'Ally held by Ben' })).toHaveValue('HU');
  await expect(
    teacher.getByRole('listitem').filter({ has: ally(teacher, 'France') }),
  ).toContainText('held by Ana');

  // The outcome is hidden from students until the teacher reveals it.
  await expect(ana.getByRole('status')).toHaveCount(0);
  await expect(ana.getByText('Your teacher will reveal the outcome.')).toBeVisible();
  await expect(teacher.getByRole('status')).toHaveText(/^Blocked/);

  // Twenty-four changes from three phones, timed to the teacher's screen (printed, not asserted:
  // speed is reported, never a pass/fail condition).
  const students = [
    [ana, 'France'],
    [ben, 'Hungary'],
    [chloe, 'Germany'],
  ] as const;
  for (const [page] of students) await timeChanges(page, teacher);
  for (let i = 0; i < 8; i++)
    for (const [page, name] of students) {
      // Always a change on the teacher's screen: Support if it does not show it, else Undecided.
      // Decided from that screen, not the phone's: a phone may be a change behind, and Germany
      // follows France, so its row can show Support before Chloé sets it (a change the teacher's
      // screen would never show, and the timing would miss). The phone must not show the target
      // already, or the click would send nothing.
      const position = (await radio(teacher, name, 'Support').isChecked())
        ? 'Undecided'
        : 'Support';
      await expect(radio(page, name, position)).not.toBeChecked();
      await choose(page, name, position);
      await expect(radio(teacher, name, position)).toBeChecked();
    }
  const times = await latencies(
    students.map(([page]) => page),
    teacher,
  );
  expect(times).toHaveLength(24); // every change arrived
  const figure = `${times.length} changes, phone to teacher's screen: p50 ${percentile(times, 50)} ms, p95 ${percentile(times, 95)} ms, max ${Math.max(...times)} ms`;
  console.log(`room latency: ${figure}`);
  test.info().annotations.push({ type: 'room latency', description: figure });
  // Back to the scenario's stances: France objects, Germany follows it, Hungary undecided.
  await teacher.getByRole('button', { name: 'Reset to scenario' }).click();
  await expect(radio(ana, 'France', 'Object')).toBeChecked();
  await expect(radio(ben, 'Hungary', 'Undecided')).toBeChecked();

  // France gives way on Ana's phone: every screen shows it.
  await choose(ana, 'France', 'Support');
  await expect(radio(teacher, 'France', 'Support')).toBeChecked();
  await choose(chloe, 'Germany', 'Support');
  await expect(radio(teacher, 'Germany', 'Support')).toBeChecked();
  await expect(teacher.getByRole('status')).toHaveText(/^Passes/);

  // The teacher locks the positions: students' radios are disabled.
  await teacher.getByRole('button', { name: 'Lock positions' }).click();
  await expect(teacher.getByRole('button', { name: 'Lock positions' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(radio(ben, 'Hungary', 'Object')).toBeDisabled();
  await expect(ben.getByText('Your teacher has locked the positions.')).toBeVisible();

  // The teacher reveals the outcome: it shows on the phones.
  await teacher.getByRole('button', { name: 'Reveal the outcome' }).click();
  await expect(ben.getByRole('status')).toHaveText(/^Passes/);

  // The teacher's own change reaches the students, even while locked for them.
  await choose(teacher, 'Hungary', 'Object');
  await expect(radio(ben, 'Hungary', 'Object')).toBeChecked();
  await expect(ana.getByRole('status')).toHaveText(/^Blocked/);

  // A late joiner gets the current table: Hungary objects, France is held.
  const late = await screen(browser, problems);
  await late.page.goto(link);
  await expect(late.page.getByRole('button', { name: 'Join the room' })).toBeVisible();
  // Markup is no name: the page says why before the server would refuse it.
  await late.page.getByLabel('Your name').fill('<b>Dev</b>');
  await late.page.getByRole('button', { name: 'Join the room' }).click();
  await expect(late.page.getByRole('alert')).toHaveText(/Please check your name: .*< or >/);
  await late.page.getByLabel('Your name').fill('Dev');
  await late.page.getByRole('button', { name: 'Join the room' }).click();
  await expect(late.page.getByRole('status')).toHaveText(/^Blocked/);
  await expect(
    late.page
      .getByRole('combobox', { name: 'Your ally' })
      .getByRole('option', { name: 'France (held by Ana)' }),
  ).toBeDisabled();

  // A student's reload keeps its ally and name (its secret is in its browser's storage).
  await ana.reload();
  await expect(radio(ana, 'France', 'Support')).toBeChecked();
  await expect(ana.getByRole('combobox', { name: 'Your ally' })).toHaveValue('FR');

  // No accessibility violations on a student's phone nor on the teacher's screen.
  expect(await axeViolations(ana, { label: 'student at 360 px' })).toEqual([]);
  expect(await axeViolations(teacher, { label: 'teacher' })).toEqual([]);

  // The teacher ends the room: every screen says so.
  await teacher.getByRole('button', { name: 'End the room' }).click();
  await teacher.getByRole('button', { name: 'End it' }).click();
  await expect(ana.getByText('The teacher has ended this room.')).toBeVisible();
  await expect(teacher.getByText('This room has ended.')).toBeVisible();

  for (const s of [...screens, late]) await s.context.close();
  expect(problems).toEqual([]);
});

test('a silence procedure: one round broken by a student, one adopted by the server clock', async ({
  page: teacher,
  browser,
}) => {
  // Long by design (a round runs out on the server's clock): three times the time.
  test.slow();
  const problems: string[] = [];
  const { link } = await startRoom(teacher);
  const [a, b] = await Promise.all([screen(browser, problems), screen(browser, problems)]);
  await joinAs(a.page, link, 'Ana', 'France');
  await joinAs(b.page, link, 'Ben', 'Hungary');

  // France objects (and Germany follows): no round while an ally objects, and the teacher sees who.
  const silence = teacher.getByRole('group', { name: 'Silence procedure' });
  await expect(silence).toContainText(
    'A round cannot start while an ally objects: France, Germany.',
  );
  await choose(a.page, 'France', 'Support');
  await expect(silence).not.toContainText('cannot start');

  // A round of two minutes: positions stand, the countdown runs on every screen.
  await silence.getByRole('button', { name: 'Put the question under silence' }).click();
  await expect(b.page.getByRole('timer', { name: 'Time left in silence' })).toHaveText(
    /^[12]:\d\d$/,
  );
  await expect(radio(a.page, 'France', 'Object')).toBeDisabled();
  // On a phone the round comes first: its card at the top, above the ally, on the first screen,
  // with the time left in large type.
  await b.page.evaluate(() => window.scrollTo(0, 0));
  const card = b.page.getByRole('group', { name: 'Silence procedure' });
  const timer = card.getByRole('timer', { name: 'Time left in silence' });
  for (const [what, locator] of [
    ['the time left', timer],
    ['Your reason', card.getByLabel('Your reason')],
    ['Break silence', card.getByRole('button', { name: 'Break silence' })],
  ] as const)
    await expectOnFirstScreen(b.page, locator, what);
  const cardTop = (await card.boundingBox())?.y ?? NaN;
  const allyTop = (await b.page.getByRole('combobox', { name: 'Your ally' }).boundingBox())?.y;
  expect(cardTop, 'the silence card is above the ally').toBeLessThan(allyTop ?? NaN);
  expect(
    await timer.evaluate((el) => parseFloat(getComputedStyle(el).fontSize)),
    'the time left, in px',
  ).toBeGreaterThanOrEqual(32);
  expect(await axeViolations(b.page, { label: 'student under silence' })).toEqual([]);
  // Ben breaks silence for Hungary, with a reason: the round ends blocked, named on every screen.
  await b.page.getByLabel('Your reason').fill('Not without talking to Beijing first.');
  await b.page.getByRole('button', { name: 'Break silence' }).click();
  const broken =
    /Silence broken by Hungary \(Ben\) at .*: “Not without talking to Beijing first\.” The decision is blocked\./;
  await expect(teacher.getByText(broken)).toBeVisible();
  await expect(a.page.getByText(broken)).toBeVisible();
  await expect(radio(a.page, 'France', 'Object')).toBeEnabled();
  // Breaking silence is an objection: Hungary objects now, on every screen.
  await expect(radio(b.page, 'Hungary', 'Object')).toBeChecked();
  // In a room a position set is the room's, not the viewer's own: "changed in the room".
  await expect(teacher.getByRole('status')).toHaveText(
    'Blocked: Hungary objects (changed in the room).',
  );
  await expect(silence).toContainText('A round cannot start while an ally objects: Hungary.');
  await choose(b.page, 'Hungary', 'Undecided');

  // A round of 15 seconds that no one breaks: the server adopts it at the deadline.
  await silence.getByLabel('Deadline').selectOption({ label: '15 seconds' });
  await silence.getByRole('button', { name: 'Put the question under silence' }).click();
  await expect(a.page.getByRole('timer', { name: 'Time left in silence' })).toBeVisible();
  const adopted = /Adopted under the silence procedure: no ally broke silence by/;
  await expect(a.page.getByText(adopted)).toBeVisible({ timeout: 30_000 });
  await expect(teacher.getByText(adopted)).toBeVisible();
  expect(await axeViolations(b.page, { label: 'student after a round' })).toEqual([]);

  // The handout carries the rounds' record (it shows on paper only: print media).
  await teacher.emulateMedia({ media: 'print' });
  await teacher.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  const handout = teacher.getByLabel('Printed handout');
  await expect(handout.getByRole('listitem').filter({ hasText: broken })).toHaveCount(1);
  await expect(handout.getByRole('listitem').filter({ hasText: adopted })).toHaveCount(1);
  await teacher.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await teacher.emulateMedia({ media: 'screen' });

  // Before ending, the teacher downloads the debrief: rounds, who did what, the table's link.
  const downloading = teacher.waitForEvent('download');
  await teacher.getByRole('button', { name: 'Download the debrief' }).click();
  const file = await downloading;
  expect(file.suggestedFilename()).toMatch(/^class-room-[A-Z2-9]{6}-debrief\.md$/);
  const debrief = await readFile((await file.path())!, 'utf8');
  expect(debrief).toMatch(broken);
  expect(debrief).toContain(
    '| Ben (Hungary) | broke silence: “Not without talking to Beijing first.” |',
  );
  expect(debrief).toContain('| Ana (France) | set France to Support |');
  expect(debrief).toContain('- Ana: France');
  // The final table's ordinary link (what Copy link gives), never the room's address.
  expect(debrief).toMatch(/Open it: <http:\/\/127\.0\.0\.1:\d+\/#\d\//);
  expect(debrief).not.toContain('#room/');

  for (const s of [a, b]) await s.context.close();
  expect(problems).toEqual([]);
});

test('a phone that drops keeps its ally; its change made offline goes through, or is refused, on return', async ({
  page: teacher,
  browser,
}) => {
  const problems: string[] = [];
  const { link } = await startRoom(teacher);
  const ana = await screen(browser, problems);
  await joinAs(ana.page, link, 'Ana', 'France');

  // The connection drops: Ana's phone says so and keeps her ally and the table as it was.
  await ana.context.setOffline(true);
  await expect(ana.page.getByText(/connection lost, reconnecting/)).toBeVisible();
  await expect(ana.page.getByRole('combobox', { name: 'Your ally' })).toHaveValue('FR');
  // A change made offline waits, and goes through once the connection is back.
  await choose(ana.page, 'France', 'Support');
  await expect(radio(teacher, 'France', 'Object')).toBeChecked();
  await ana.context.setOffline(false);
  await expect(radio(teacher, 'France', 'Support')).toBeChecked();
  await expect(ana.page.getByText(/connection lost/)).toHaveCount(0);

  // Offline again; meanwhile the teacher locks the positions: the change is refused on return,
  // clearly, and Ana's screen shows the room's table again.
  await ana.context.setOffline(true);
  await expect(ana.page.getByText(/connection lost, reconnecting/)).toBeVisible();
  await teacher.getByRole('button', { name: 'Lock positions' }).click();
  await choose(ana.page, 'France', 'Undecided');
  await ana.context.setOffline(false);
  await expect(ana.page.getByRole('alert')).toHaveText(
    /The room did not take that: positions are locked\./,
  );
  await expect(radio(ana.page, 'France', 'Support')).toBeChecked();
  await expect(radio(teacher, 'France', 'Support')).toBeChecked();

  await ana.context.close();
  expect(problems).toEqual([]);
});

test('forged messages from a test client are refused by the server, and no screen changes', async ({
  page: teacher,
  browser,
  baseURL,
}) => {
  const problems: string[] = [];
  const { code } = await startRoom(teacher);
  const ana = await screen(browser, problems);
  await joinAs(ana.page, `${baseURL}/#room/${code}`, 'Ana', 'France');
  // Mallory is not a browser: a client that speaks the room's protocol and forges what it likes,
  // through the same /rooms address the pages use.
  const server = roomsBehind(baseURL!);
  const mallory = await joinAsStudent(server, code, 'Mallory');
  try {
    const refused = async (action: object) => expect((await mallory.act(action)).ok).toBe(false);
    await refused({ type: 'set', member: 'FR', position: 'support' }); // Ana's ally
    await refused({ type: 'rule', rule: 'majority' });
    await refused({ type: 'lock' });
    await refused({ type: 'reveal' });
    await refused({ type: 'assign', student: mallory.id(), member: 'FR' });
    await refused({ type: 'end' });
    await refused({ type: 'set', member: 'FR', position: 'support', extra: true });
    // Writing the document itself: the server drops a read-only client's changes.
    mallory.document.getMap('positions').set('FR', 'support');
    mallory.document.getMap('room').set('revealed', true);
    // Claiming the teacher's role without its secret: the connection is refused.
    await expect(
      joinRoom(server, code, { role: 'teacher', secret: 'a guess at the secret!!' }),
    ).rejects.toThrow(/not the teacher/);
    // A change that the server does take, to know the forged ones had their chance to arrive.
    await choose(ana.page, 'France', 'Undecided');
    await expect(radio(teacher, 'France', 'Undecided')).toBeChecked();
    await expect(teacher.getByRole('combobox', { name: 'Decision rule' })).toHaveValue('consensus');
    await expect(teacher.getByRole('button', { name: 'Lock positions' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    await expect(ana.page.getByRole('status')).toHaveCount(0); // not revealed
  } finally {
    mallory.leave();
  }
  await ana.context.close();
  expect(problems).toEqual([]);
});

test('the teacher puts an exercise to the room and sees how many have answered it, and rightly', async ({
  page: teacher,
  browser,
}) => {
  const problems: string[] = [];
  const { link } = await startRoom(teacher);
  const [a, b] = await Promise.all([screen(browser, problems), screen(browser, problems)]);
  await joinAs(a.page, link, 'Ana', 'France');
  await joinAs(b.page, link, 'Ben', 'Hungary');
  await teacher
    .getByRole('combobox', { name: 'Exercise for the room' })
    .selectOption({ value: 'vilnius-every-yes' });
  await expect(teacher.getByText('0 of 2 students have answered it.')).toBeVisible();

  const cardOf = (page: Page) =>
    page
      .getByRole('region', { name: 'Exercise from your teacher' })
      .getByRole('article', { name: /whose yes would still be missing/ });
  const answer = async (page: Page, names: readonly string[]) => {
    const card = cardOf(page);
    for (const name of ['France', 'Germany', 'Hungary', 'United States'])
      await card.getByRole('checkbox', { name }).setChecked(names.includes(name));
    await card.getByRole('button', { name: 'Check answer' }).click();
  };
  // Ana answers right; Ben misses Germany. The teacher's screen judges each response itself.
  await answer(a.page, ['France', 'Germany', 'Hungary']);
  await expect(cardOf(a.page).getByRole('status')).toHaveText(/^Correct/);
  await expect(teacher.getByText('1 of 2 students have answered it; 1 correctly.')).toBeVisible();
  await answer(b.page, ['France', 'Hungary']);
  await expect(cardOf(b.page).getByRole('alert')).toHaveText(/^Not yet/);
  await expect(teacher.getByText('2 of 2 students have answered it; 1 correctly.')).toBeVisible();
  // Answering again replaces a student's answer: Ben corrects his, Ana spoils hers.
  await answer(b.page, ['France', 'Germany', 'Hungary']);
  await expect(teacher.getByText('2 of 2 students have answered it; 2 correctly.')).toBeVisible();
  await answer(a.page, ['France', 'Germany', 'Hungary', 'United States']);
  await expect(teacher.getByText('2 of 2 students have answered it; 1 correctly.')).toBeVisible();
  expect(await axeViolations(a.page, { label: 'student with an exercise' })).toEqual([]);

  // Taken off the room: the phones no longer show it.
  await teacher
    .getByRole('combobox', { name: 'Exercise for the room' })
    .selectOption({ label: 'None' });
  await expect(b.page.getByRole('region', { name: 'Exercise from your teacher' })).toHaveCount(0);

  for (const s of [a, b]) await s.context.close();
  expect(problems).toEqual([]);
});

test('a teacher leaving is asked first while the room needs it; closing the page, only mid-round', async ({
  browser,
  baseURL,
}) => {
  const problems: string[] = [];
  // A screen of its own: the suite's page fails a test on any dialog, and this one is expected.
  const { context, page: teacher } = await screen(browser, problems, { width: 1280, height: 800 });
  const dialogs: string[] = [];
  let stay = true;
  teacher.on('dialog', (d) => {
    dialogs.push(d.type());
    void (stay ? d.dismiss() : d.accept());
  });
  const { code } = await startRoom(teacher);
  const ana = await joinAsStudent(roomsBehind(baseURL!), code, 'Ana');
  try {
    // With a student in, Leave the room asks first, and says the room goes on.
    await expect(teacher.getByRole('heading', { name: 'Students (1)' })).toBeVisible();
    await teacher.getByRole('button', { name: 'Leave the room' }).click();
    await expect(
      teacher.getByText(
        'Leave the room on this screen? 1 student is in it and stays. You can come back as its teacher by opening its join link in this browser.',
      ),
    ).toBeVisible();
    await teacher.getByRole('button', { name: 'Stay' }).click();
    await expect(teacher.getByRole('group', { name: 'Room code' })).toHaveText(code);

    // Mid-round, closing the page asks first (the browser's own question); staying keeps the round.
    await choose(teacher, 'France', 'Support');
    const silence = teacher.getByRole('group', { name: 'Silence procedure' });
    await silence.getByRole('button', { name: 'Put the question under silence' }).click();
    const timer = silence.getByRole('timer', { name: 'Time left in silence' });
    await expect(timer).toBeVisible();
    await teacher.close({ runBeforeUnload: true });
    await expect.poll(() => dialogs).toEqual(['beforeunload']);
    expect(teacher.isClosed()).toBe(false);
    await expect(timer).toBeVisible();

    // Once the round is over, the page closes without a question (students in or not).
    await silence.getByRole('button', { name: 'Cancel the round' }).click();
    await expect(silence).toContainText('The teacher cancelled the round of silence.');
    stay = false; // were the browser to ask again, the page would close, and the count say so
    const closed = teacher.waitForEvent('close');
    await teacher.close({ runBeforeUnload: true });
    await closed;
    expect(dialogs).toEqual(['beforeunload']);
  } finally {
    ana.leave();
  }
  await context.close();
  expect(problems).toEqual([]);
});

test('without a room server, Start a class room says so and the table keeps working', async ({
  browser,
}) => {
  // Its own screen: the refused request is a console error of its own, expected here.
  const problems: string[] = [];
  const { context, page } = await screen(browser, problems, { width: 1280, height: 800 });
  await page.route('**/rooms', (route) => route.abort('connectionrefused'));
  await page.goto('/');
  await page.getByRole('button', { name: 'Start a class room' }).click();
  await expect(
    page.getByText(/No room was started: the class-room server cannot be reached/),
  ).toBeVisible();
  await expect(page).not.toHaveURL(/#room\//);
  await choose(page, 'France', 'Support');
  await expect(radio(page, 'France', 'Support')).toBeChecked();
  await context.close();
  expect(problems).toEqual(['console error: Failed to load resource: net::ERR_CONNECTION_REFUSED']);
});

test('a room whose server does not answer says so while the phone keeps trying, until it answers', async ({
  page,
}) => {
  // The room server's socket is shut at once until `answering`; then it goes through.
  let answering = false;
  await page.routeWebSocket(/\/rooms/, (ws) => {
    if (answering) ws.connectToServer();
    else ws.close();
  });
  await page.goto('/#room/K7PQ2M');
  await expect(page.getByRole('button', { name: 'Join the room' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Your name' }).fill('Ana');
  await page.getByRole('button', { name: 'Join the room' }).click();
  await expect(page.getByRole('alert')).toHaveText(
    /^The class-room server cannot be reached; this screen keeps trying/,
  );
  answering = true;
  // The server answers the next try (this code names no room). The tries back off, at random,
  // up to 30 s apart: the next may be that far away.
  await expect(page.getByRole('alert')).toHaveText(/This room does not exist on the server/, {
    timeout: 45_000,
  });
});

test('a join link with a damaged code says so and opens the table', async ({ page }) => {
  await page.goto('/#room/K7PQ1M');
  await expect(page.getByText(/This room link does not hold a valid room code/)).toBeVisible();
  await expect(page.getByRole('status')).toHaveText(/^Blocked/);
});

test('a join link says the room is opening while its code loads, never showing the table meanwhile', async ({
  page,
}) => {
  // The class room's code held back a while, as on a slow phone network.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/room-[\w-]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/#room/K7PQ2M');
  await expect(page.getByText('Opening the class room…')).toBeVisible();
  // Nothing of the table to touch: no outcome, no allies, no exercises' own "Your name".
  await expect(page.getByRole('status')).toHaveCount(0);
  await expect(page.getByRole('radiogroup')).toHaveCount(0);
  await expect(page.getByRole('textbox', { name: 'Your name' })).toHaveCount(0);
  release();
  await expect(page.getByRole('button', { name: 'Join the room' })).toBeVisible();
  await expect(page.getByText('Opening the class room…')).toBeHidden();
});
