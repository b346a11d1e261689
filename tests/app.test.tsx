// @vitest-environment jsdom
// The simulator as a person uses it: found by role and name, driven with the keyboard and mouse.
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { memoryStorage } from './support/catalog';
import { openApp, openTab } from './support/renderApp';
import { ally, radio, status } from './support/queries';

const open = openApp;

describe('the simulator', () => {
  it('opens on Vilnius 2023, blocked by France', () => {
    open();
    expect(screen.getByRole('combobox', { name: 'Scenario' })).toHaveDisplayValue(/Vilnius/);
    expect(screen.getByRole('combobox', { name: 'Decision rule' })).toHaveDisplayValue(
      'NAC consensus',
    );
    expect(status()).toHaveTextContent(
      /^Blocked: France objects \(named official\); Germany, following France \(reported\)\./,
    );
    expect(radio('France', 'Object')).toBeChecked();
    expect(radio('Germany', 'Object')).toBeChecked();
    expect(screen.getAllByRole('radiogroup')).toHaveLength(31);
  });

  it('setting France to Support changes the status, the hemicycle and the why panel at once', async () => {
    const user = userEvent.setup();
    open();
    expect(screen.getByRole('button', { name: /^France: object/ })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Why' })).toHaveTextContent(/Who blocks/);
    await user.click(radio('France', 'Support'));
    expect(status()).toHaveTextContent(/^Passes: no ally objects; Hungary is presumed to consent/);
    expect(radio('Germany', 'Support')).toBeChecked(); // Germany follows France
    expect(screen.getByRole('button', { name: /^France: support/ })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Why' })).not.toHaveTextContent(/Who blocks/);
    expect(screen.getByRole('region', { name: 'Why' })).toHaveTextContent(
      /It passes as the table stands/,
    );
  });

  it("each ally's row says who follows whom, who blocks and what the person changed", async () => {
    const user = userEvent.setup();
    open();
    const row = (name: string) => ally(name).closest('li') as HTMLElement;
    expect(row('France')).toHaveTextContent(/blocking/);
    expect(row('Germany')).toHaveTextContent(/blocking · follows France/);
    expect(row('Hungary')).not.toHaveTextContent(/blocking|changed by you/);
    await user.click(radio('France', 'Support'));
    await user.click(radio('Hungary', 'Object'));
    await waitFor(() => expect(row('Hungary')).toHaveTextContent(/blocking · changed by you/));
    expect(row('France')).not.toHaveTextContent(/blocking/);
    expect(row('France')).toHaveTextContent(/changed by you/);
    expect(row('Germany')).not.toHaveTextContent(/changed by you/);
  });

  it("each ally's evidence chip opens its note and sources", async () => {
    const user = userEvent.setup();
    open();
    const row = (name: string) => ally(name).closest('li') as HTMLElement;
    const summary = (name: string) => row(name).querySelector('summary') as HTMLElement;
    // The chip is the summary: its grade in words, its hint on hover, a name unique to the ally.
    expect(summary('France')).toHaveTextContent(
      /^Named official: note and sources \(\d+\) for France$/,
    );
    expect(within(summary('France')).getByText('Named official')).toHaveAttribute(
      'title',
      'A named official, as reported',
    );
    expect(summary('Albania')).toHaveTextContent(/^Assumption: why this default for Albania$/);
    const names = [...document.querySelectorAll('li.ally summary')].map((s) => s.textContent);
    expect(new Set(names).size).toBe(31);
    // Note and sources are in the details (closed), the radios outside them.
    const details = row('France').querySelector('details') as HTMLDetailsElement;
    expect(details.open).toBe(false);
    expect(details).toHaveTextContent(/Macron/);
    expect(within(details).getAllByRole('link', { hidden: true }).length).toBeGreaterThan(0);
    expect(details).not.toContainElement(ally('France'));
    expect(row('Albania').querySelector('details')).toHaveTextContent(
      /Not named in the sources: takes the scenario's default stance\./,
    );
    await user.click(summary('France'));
    expect(details.open).toBe(true);
  });

  it("arrow keys move between an ally's positions", async () => {
    const user = userEvent.setup();
    open();
    radio('Hungary', 'Undecided').focus();
    await user.keyboard('{ArrowRight}');
    expect(radio('Hungary', 'Object')).toBeChecked();
    expect(status()).toHaveTextContent(/Hungary/);
  });

  it('a click on a seat cycles its position', async () => {
    const user = userEvent.setup();
    open();
    await user.click(screen.getByRole('button', { name: /^Hungary: undecided/ }));
    expect(radio('Hungary', 'Object')).toBeChecked();
  });

  it('judges the same table under another rule', async () => {
    const user = userEvent.setup();
    open();
    await user.click(radio('France', 'Support'));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Decision rule' }), 'unanimity');
    expect(status()).toHaveTextContent(/^Pending: it still needs Hungary/);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Decision rule' }), 'qmv');
    expect(status()).toHaveTextContent(/^Passes/);
    expect(screen.getByRole('img', { name: /every decision rule/ })).toHaveAccessibleDescription(
      /Under NAC consensus: passes/,
    );
  });

  it('switching to the 2024 scenario seats Sweden', async () => {
    const user = userEvent.setup();
    open();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Scenario' }), 'washington-2024');
    expect(screen.getAllByRole('radiogroup')).toHaveLength(32);
    expect(radio('Sweden', 'Support')).toBeChecked();
  });

  it('undo and redo, by buttons and by Ctrl+Z / Ctrl+Shift+Z', async () => {
    const user = userEvent.setup();
    open();
    await user.click(radio('France', 'Support'));
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(radio('France', 'Object')).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Redo' }));
    expect(radio('France', 'Support')).toBeChecked();
    await user.keyboard('{Control>}z{/Control}');
    expect(radio('France', 'Object')).toBeChecked();
    await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    expect(radio('France', 'Support')).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Reset to scenario' }));
    expect(radio('France', 'Object')).toBeChecked();
  });
});

describe('state that is never lost', () => {
  it('the address bar always carries the table, and the link opens the same table', async () => {
    const user = userEvent.setup();
    const first = open();
    await user.click(radio('France', 'Support'));
    await user.click(radio('Hungary', 'Object'));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Decision rule' }), 'two-thirds');
    // The address bar follows the table once the change has rendered (under load, a moment later).
    await waitFor(() =>
      expect(window.location.hash).toBe('#3/vilnius-2023/two-thirds/FR=s,HU=o/r=2'),
    );
    const link = window.location.hash;
    expect(link.length).toBeLessThan(300);
    first.unmount();
    open({ hash: link }); // another browser: no saved work, just the link
    expect(radio('France', 'Support')).toBeChecked();
    expect(radio('Hungary', 'Object')).toBeChecked();
    expect(screen.getByRole('combobox', { name: 'Decision rule' })).toHaveDisplayValue(
      'Two-thirds majority',
    );
  });

  it('Copy link asks the composition root to copy', async () => {
    const user = userEvent.setup();
    const { copyLink } = open();
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(copyLink).toHaveBeenCalledOnce();
  });

  it.each([
    '#1/vilnius-2023/consensus/FR=maybe',
    '#7/vilnius-2023/consensus/',
    '#1/no-such-scenario/consensus/',
  ])('a damaged link (%s) shows a notice about the link and the default scenario', (hash) => {
    open({ hash });
    expect(screen.getByRole('alert')).toHaveTextContent(/link/i);
    expect(status()).toHaveTextContent(/^Blocked: France/);
  });

  it('opening the app again without a link brings the last table back', async () => {
    const user = userEvent.setup();
    const storage = memoryStorage();
    const first = open({ storage });
    await user.click(radio('Hungary', 'Support'));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Scenario' }), 'shelved-2025');
    await user.click(radio('France', 'Support'));
    first.unmount();
    open({ storage });
    expect(screen.getByRole('combobox', { name: 'Scenario' })).toHaveDisplayValue(/2025/);
    expect(radio('France', 'Support')).toBeChecked();
  });

  it('a change made just before the tab closes is kept', () => {
    const storage = memoryStorage();
    const { store } = open({ storage });
    // The change and the tab closing in one go: the frame the write waits for never comes.
    act(() => store.getState().setPosition('HU', 'object'));
    window.dispatchEvent(new Event('pagehide'));
    expect(storage.data.get('nac-simulator')).toContain('"HU":{"position":"object"}');
  });

  it('corrupt storage gives a notice and the default scenario, no crash', () => {
    open({ storage: memoryStorage({ 'nac-simulator': '{"version":1,"state":' }) });
    expect(screen.getByRole('alert')).toHaveTextContent(/saved table could not be restored/);
    expect(status()).toHaveTextContent(/^Blocked: France/);
  });

  it('a damaged link offers the kept work back', async () => {
    const user = userEvent.setup();
    const storage = memoryStorage();
    const first = open({ storage });
    await user.click(radio('Italy', 'Object'));
    first.unmount();
    open({ hash: '#1/vilnius-2023/consensus/IT=', storage });
    await user.click(screen.getByRole('button', { name: 'Restore my last table' }));
    expect(radio('Italy', 'Object')).toBeChecked();
  });
});

describe('saved work survives links', () => {
  it('opening a damaged link and dismissing the notice does not lose the saved table', async () => {
    const user = userEvent.setup();
    const storage = memoryStorage();
    const first = open({ storage });
    await user.click(radio('France', 'Support'));
    first.unmount();
    const second = open({ hash: '#1/nowhere/consensus/', storage });
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    second.unmount();
    open({ storage });
    expect(radio('France', 'Support')).toBeChecked();
  });

  it('a shared link shows its table and offers the own table back', async () => {
    const user = userEvent.setup();
    const storage = memoryStorage();
    const first = open({ storage });
    await user.click(radio('Poland', 'Object'));
    first.unmount();
    open({ hash: '#1/vilnius-2023/consensus/FR=s', storage });
    expect(radio('France', 'Support')).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Restore my last table' }));
    expect(radio('Poland', 'Object')).toBeChecked();
  });

  it('a link made before a scenario was revised opens its table and says what was revised', () => {
    // Under Article 27 as the Council practises it, nine votes pass with the permanent members
    // abstaining; before revision 2 the table waited for them.
    const nine = ['E1', 'E2', 'E3', 'E4', 'E5', 'E6', 'E7', 'E8', 'E9'].map((id) => `${id}=s`);
    open({ hash: `#1/unsc-comparison/unsc-article-27/${nine.join(',')}` });
    expect(status()).toHaveTextContent(/^Passes/);
    expect(
      screen.getByText(/made on revision 1 of .*, which has been revised since: revision 2/),
    ).toHaveTextContent(/An undecided permanent member now abstains/);
  });
});

describe('power indices', () => {
  it('under consensus every ally holds 1/31; under qmv the United States leads', async () => {
    const user = userEvent.setup();
    open();
    await openTab(user, 'Power');
    const panel = screen.getByRole('region', { name: /power indices/ });
    const chart = await within(panel).findByRole('img', {
      name: /Power of each ally under NAC consensus/,
    });
    expect(chart).toHaveAccessibleDescription(/All 31 members hold equal power: 3\.2\d*% each/);
    expect(panel).toHaveTextContent(/full veto player/);
    // Power does not depend on positions: a change keeps the chart, with no new computation.
    await user.click(radio('Hungary', 'Object'));
    expect(within(panel).getByRole('img', { name: /under NAC consensus/ })).toBeInTheDocument();
    expect(panel).not.toHaveTextContent('Computing power indices');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Decision rule' }), 'qmv');
    const qmv = await within(panel).findByRole('img', {
      name: /under EU-style qualified majority/,
    });
    expect(qmv).toHaveAccessibleDescription(
      /^Largest normalized Banzhaf power: United States 1\d\.\d%/,
    );
  });
});

describe('odds', () => {
  it("setting Hungary's chance to 0.2 under consensus changes the odds, the tornado and the strip", async () => {
    const user = userEvent.setup();
    open();
    await user.click(radio('France', 'Support'));
    await openTab(user, 'Odds');
    const panel = screen.getByRole('region', { name: 'Odds' });
    const figure = within(panel).getByText(/^Probability of passage under NAC consensus/);
    await waitFor(() => expect(figure).toHaveTextContent('50.0%'));
    const number = within(panel).getByRole('spinbutton', {
      name: 'Chance Hungary consents, in percent',
    });
    expect(within(panel).getByRole('slider', { name: 'Chance Hungary consents' })).toHaveValue(
      '50',
    );
    await user.clear(number);
    await user.type(number, '20');
    await waitFor(() => expect(figure).toHaveTextContent('20.0%'));
    const tornado = await within(panel).findByRole('img', {
      name: /How far each undecided ally moves the odds/,
    });
    expect(tornado).toHaveAccessibleDescription(
      'Probability of passage: 20.0%. Hungary moves it most: 0.0% if it objects, 100.0% if it consents.',
    );
    expect(
      within(panel).getByRole('img', { name: 'How many allies are likely to object' }),
    ).toHaveAccessibleDescription(/Most likely: 1 objection \(80\.0%\)/);
    expect(screen.getByRole('img', { name: /every decision rule/ })).toHaveAccessibleDescription(
      /Under NAC consensus \(current rule\): passes \(no objection; silence holds; 20\.0% likely to pass\)/,
    );
  });

  it('a follower moves with its leader: the panel says so and sets one chance for both', async () => {
    const user = userEvent.setup();
    open();
    await user.click(radio('France', 'Undecided'));
    await openTab(user, 'Odds');
    const panel = screen.getByRole('region', { name: 'Odds' });
    expect(panel).toHaveTextContent('Germany follows and moves with it.');
    expect(within(panel).queryByRole('slider', { name: 'Chance Germany consents' })).toBeNull();
    const figure = within(panel).getByText(/^Probability of passage under NAC consensus/);
    await waitFor(() => expect(figure).toHaveTextContent('25.0%')); // France's bloc (with Germany) at 0.5, Hungary at 0.5
  });
});

describe('small things that must not go wrong', () => {
  it('a second skip link moves focus to the open tab of the explanations', async () => {
    const user = userEvent.setup();
    open();
    await openTab(user, 'Odds');
    await user.click(screen.getByRole('link', { name: 'Skip to the explanations' }));
    expect(screen.getByRole('tab', { name: 'Odds' })).toHaveFocus();
  });

  it('the skip link moves focus to the allies without touching the link in the address bar', async () => {
    const user = userEvent.setup();
    open();
    const before = window.location.hash;
    await user.click(screen.getByRole('link', { name: 'Skip to the allies' }));
    expect(window.location.hash).toBe(before);
    expect(screen.getByRole('heading', { name: /31 allies/ })).toHaveFocus();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
