// The Language control, in Chromium against the production build: French carries the contract's
// French names (CLDR ally names, positions, status, exercise check), travels in the share link,
// is kept for the next visit, and leaves English exactly as it was.
import { axeViolations } from './axe';
import { ally, expect, radio, test } from './fixtures';

const ENGLISH_STATUS =
  'Blocked: France objects (named official); Germany, following France (reported).';

test('French: the contract in French, in the link, kept on reload; axe finds nothing', async ({
  page,
  browser,
}) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const language = page.getByRole('combobox', { name: 'Language' });
  await expect(language).toHaveValue('en');
  await language.selectOption({ label: 'Français' });

  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  const germany = ally(page, 'Allemagne');
  await expect(germany).toBeVisible();
  for (const name of ['Soutien', 'Indécis', 'Objection'])
    await expect(germany.getByRole('radio', { name, exact: true })).toBeVisible();
  await expect(germany.getByRole('radio', { name: 'Objection', exact: true })).toBeChecked();
  await expect(ally(page, 'Türkiye')).toBeVisible();
  await expect(page.getByRole('radiogroup', { name: 'Germany', exact: true })).toHaveCount(0);
  const status = page.getByRole('status');
  await expect(status).toHaveText(/^Bloquée/);
  await expect(status).toContainText('France');
  await expect(status).toContainText('Allemagne');
  await expect(page.getByRole('combobox', { name: 'Scénario' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Règle de décision' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Copier le lien' })).toBeVisible();
  // The skip links, the footer and the copy notice, in French.
  await expect(page.getByRole('link', { name: 'Aller aux alliés' })).toHaveCount(1);
  await expect(page.getByRole('link', { name: 'Aller aux explications' })).toHaveCount(1);
  await expect(page.getByRole('contentinfo')).toContainText(
    /^Les positions viennent des sources du projet/,
  );
  await expect(
    page.getByRole('heading', { name: /^Conseil de l’Atlantique Nord\s:\s31 alliés/ }),
  ).toBeVisible();
  await expect(page.locator('.evidence', { hasText: 'Responsable cité' }).first()).toBeVisible();
  await expect(
    page.getByRole('tablist', { name: 'Explications' }).getByRole('tab', { name: 'Pourquoi' }),
  ).toBeVisible();
  // The explanations of the first visit: the table, the rules compared, Why.
  await expect(page.getByRole('heading', { name: 'La table', exact: true })).toBeVisible();
  await expect(
    page.getByRole('group', {
      name: /^Conseil de l’Atlantique Nord\s:\spositions sous la règle Consensus du CAN$/,
    }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: /^Allemagne\s:\sobjection, bloque/ })).toHaveCount(
    1,
  );
  await expect(page.getByRole('heading', { name: 'Sous chaque règle' })).toBeVisible();
  await expect(
    page.getByRole('img', { name: 'La même table jugée sous chaque règle de décision' }),
  ).toBeVisible();
  await expect(page.getByRole('region', { name: 'Pourquoi' })).toContainText(
    /Consensus du CAN\. Pratique de l’OTAN/,
  );
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('button', { name: 'Copier le lien' }).click();
  await expect(
    page.getByText(/^Lien copié\u00a0: il ouvre exactement cette table\.$/),
  ).toBeVisible();

  // A position changed in French: the status follows, in French.
  await germany.locator('label', { hasText: 'Soutien' }).click();
  await ally(page, 'France').locator('label', { hasText: 'Soutien' }).click();
  await expect(status).toHaveText(/^Adoptée/);

  // The exercises, their button and their feedback, reasons included: nothing left in English.
  const exercises = page.getByRole('region', { name: 'Exercices' });
  const card = exercises.getByRole('article').first();
  await card.getByRole('button', { name: 'Vérifier la réponse' }).click();
  await expect(card.getByRole('alert').or(card.getByRole('status'))).toHaveText(
    /^(Pas encore|Correct)\u00a0: /,
  );
  await expect(exercises.getByRole('button', { name: 'Afficher les réponses' })).toBeVisible();
  await expect(exercises.locator('[lang="en"]')).toHaveCount(0);

  // The address carries the language; a fresh browser that prefers English opens it in French.
  // (It is written a moment after each change: wait for the positions set above to be in it.)
  await expect(page).toHaveURL(
    /#3\/vilnius-2023\/consensus\/(?=[^/]*DE=s)(?=[^/]*FR=s)[^/]*\/(.*,)?lang=fr(,|$)/,
  );
  const link = page.url();
  const other = await browser.newContext({ locale: 'en-US' });
  try {
    const fresh = await other.newPage();
    await fresh.goto(link);
    await expect(fresh.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(fresh.getByRole('combobox', { name: 'Language' })).toHaveValue('fr');
    await expect(
      ally(fresh, 'Allemagne').getByRole('radio', { name: 'Soutien', exact: true }),
    ).toBeChecked();
    await expect(fresh.getByRole('status')).toHaveText(/^Adoptée/);
  } finally {
    await other.close();
  }

  // Kept for the next visit: the page opened again without a link speaks French.
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(ally(page, 'Allemagne')).toBeVisible();
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('status')).toHaveText(/^Adoptée/);

  // Started (fixtures' started, in French): the comparison of rules has its odds.
  await expect(
    page.getByRole('img', { name: 'La même table jugée sous chaque règle de décision' }),
  ).toHaveAccessibleDescription(/de chances d’adoption/);
  // The Odds panel (loaded when opened) in French, and axe over it too.
  await page.getByRole('tab', { name: 'Chances' }).click();
  const odds = page.getByRole('region', { name: 'Chances' });
  await expect(
    odds.getByRole('slider', { name: 'Probabilité que Hongrie consente' }),
  ).toBeVisible();
  await expect(
    odds.getByRole('img', { name: /^Combien chaque allié indécis fait varier/ }),
  ).toBeVisible();
  expect(await axeViolations(page, { label: 'French' })).toEqual([]);
});

test('English stays exactly as it was, and going back to it takes the language out of the link', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('status')).toHaveText(ENGLISH_STATUS);
  for (const name of ['Support', 'Undecided', 'Object'])
    await expect(radio(page, 'Germany', name as 'Support')).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Scenario' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Decision rule' })).toBeVisible();
  // English writes no language in the link: the address is what it always was.
  await expect(page).toHaveURL(/#3\/vilnius-2023\/consensus\/\/r=2$/);
  const english = page.url();

  const language = page.getByRole('combobox', { name: 'Language' });
  await language.selectOption({ label: 'Français' });
  await expect(page.getByRole('status')).toHaveText(/^Bloquée/);
  await expect(page).toHaveURL(/lang=fr/);
  await language.selectOption({ label: 'English' });
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('status')).toHaveText(ENGLISH_STATUS);
  await expect(ally(page, 'Germany')).toBeVisible();
  await expect(page).toHaveURL(english);
});

test('a browser that prefers French opens in French, with no link or choice yet', async ({
  browser,
}) => {
  const context = await browser.newContext({ locale: 'fr-FR' });
  try {
    const page = await context.newPage();
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.getByRole('status')).toHaveText(/^Bloquée/);
    await expect(ally(page, 'Allemagne')).toBeVisible();
  } finally {
    await context.close();
  }
});

test('a class room in French: the teacher’s panel and a student’s phone; axe finds nothing', async ({
  browser,
}) => {
  const teacherContext = await browser.newContext({ locale: 'fr-FR' });
  const phoneContext = await browser.newContext({
    locale: 'fr-FR',
    viewport: { width: 360, height: 780 },
  });
  try {
    const teacher = await teacherContext.newPage();
    await teacher.goto('/');
    await teacher.getByRole('button', { name: 'Ouvrir une salle de classe' }).click();
    const code = teacher.getByRole('group', { name: 'Code de la salle' });
    await expect(code).toHaveText(/^[A-HJKMNP-Z2-9]{6}$/);
    await expect(teacher.getByText('En direct', { exact: true })).toBeVisible();
    const link = (await teacher.getByRole('link', { name: /#room\// }).getAttribute('href')) ?? '';

    // The join link carries no language: the phone opens in its own (French).
    const phone = await phoneContext.newPage();
    await phone.goto(link);
    await expect(phone.getByRole('button', { name: 'Rejoindre la salle' })).toBeVisible();
    await phone.getByRole('textbox', { name: 'Votre nom' }).fill('Ana');
    await phone.getByRole('button', { name: 'Rejoindre la salle' }).click();
    await phone.getByRole('combobox', { name: 'Votre allié' }).selectOption({ label: 'Hongrie' });
    await expect(ally(phone, 'Hongrie')).toBeVisible();
    await expect(phone.getByText('Votre enseignant révélera le résultat.')).toBeVisible();

    await expect(teacher.getByRole('combobox', { name: 'Allié tenu par Ana' })).toHaveValue('HU');
    await expect(teacher.getByRole('heading', { name: 'Élèves (1)' })).toBeVisible();
    await teacher.getByRole('button', { name: 'Révéler le résultat' }).click();
    await expect(phone.getByRole('status')).toHaveText(/^Bloquée/);

    expect(await axeViolations(phone, { label: 'French student' })).toEqual([]);
    expect(await axeViolations(teacher, { label: 'French teacher' })).toEqual([]);
  } finally {
    await teacherContext.close();
    await phoneContext.close();
  }
});

test('French: the timeline and the map, loaded on demand, speak French; axe finds nothing in them', async ({
  page,
}) => {
  await page.goto('/#3/vilnius-2023/consensus//r=2,lang=fr');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  const tabs = page.getByRole('tablist', { name: 'Explications' });

  await tabs.getByRole('tab', { name: 'Chronologie' }).click();
  const timeline = page.getByRole('region', { name: 'Chronologie' });
  await timeline.getByRole('button', { name: 'Afficher la chronologie' }).click();
  await expect(timeline.getByRole('img', { name: /^L’affaire du bureau de Tokyo/ })).toBeVisible();
  await expect(timeline).toContainText('Chine\u00a0: l’Asie n’est pas dans l’Atlantique Nord');
  await timeline
    .getByRole('group', { name: 'Parcourir les scénarios' })
    .getByRole('button', { name: 'Suivant' })
    .click();
  await expect(timeline).toContainText('Suède rejoint la table');
  expect(await axeViolations(page, { include: '.timeline-panel', label: 'Chronologie' })).toEqual(
    [],
  );

  await tabs.getByRole('tab', { name: 'Carte' }).click();
  const map = page.getByRole('group', { name: /sur la carte\s:\spositions selon la règle/ });
  await expect(map).toBeVisible();
  await expect(map.getByRole('button', { name: /^France sur la carte, / })).toBeVisible();
  expect(await axeViolations(page, { include: '.alliance-map', label: 'Carte' })).toEqual([]);
});

test('a damaged link in French: its notice (whose words load with it) in French, then in English', async ({
  browser,
}) => {
  const context = await browser.newContext({ locale: 'fr-FR' });
  try {
    const page = await context.newPage();
    await page.goto('/#1/no-such-scenario/consensus/');
    const notice = page.getByRole('alert');
    await expect(notice).toHaveText(
      /^Le lien désigne un scénario que ce simulateur n’a pas \(«\u00a0no-such-scenario\u00a0»\)\. \(#1\/no-such-scenario\/consensus\/\) Affichage du scénario par défaut à la place\./,
    );
    await expect(page.getByRole('status')).toHaveText(/^Bloquée/);
    await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'English' });
    await expect(notice).toHaveText(
      /^The link names a scenario this simulator does not have \("no-such-scenario"\)\. \(#1\/no-such-scenario\/consensus\/\) Showing the default scenario instead\.Dismiss$/,
    );
  } finally {
    await context.close();
  }
});
