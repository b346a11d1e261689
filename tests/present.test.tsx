// @vitest-environment jsdom
// Presenter mode and the handout, as a teacher uses them: found by role and name, keyboard only.
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { memoryStorage } from './support/catalog';
import { openApp } from './support/renderApp';
import { radio, status } from './support/queries';

const open = openApp;

/** The presenter's strip, which announces the selection: "Selected France Object, 9 of 31". */
const selection = () => screen.getByRole('region', { name: 'Presenter mode' });

describe('presenter mode', () => {
  it('the Present button enters presenter mode and asks for full screen', async () => {
    const user = userEvent.setup();
    const { store, requestFullscreen } = open();
    expect(screen.queryByRole('region', { name: 'Presenter mode' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Present' }));
    expect(store.getState().presenting).toBe(true);
    expect(requestFullscreen).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('region', { name: 'Presenter mode' })).toBeInTheDocument();
    // The contracts hold: every ally's radios and the outcome's live region are still there.
    expect(screen.getAllByRole('radiogroup')).toHaveLength(31);
    expect(status()).toHaveTextContent(/^Blocked/);
  });

  it('arrow keys move the selection; Space cycles the selected ally; 1/2/3 set it', async () => {
    const user = userEvent.setup();
    open();
    await user.click(screen.getByRole('button', { name: 'Present' }));
    // Table order starts with Albania, Belgium, Bulgaria...
    expect(selection()).toHaveTextContent(/Selected Albania Support/);
    await user.keyboard('{ArrowRight}');
    expect(selection()).toHaveTextContent(/Selected Belgium/);
    await user.keyboard('{ArrowLeft}{ArrowLeft}');
    expect(selection()).toHaveTextContent(/Selected Albania/); // stops at the first
    await user.keyboard('{End}');
    expect(selection()).toHaveTextContent(/United States/);
    await user.keyboard('k');
    expect(selection()).toHaveTextContent(/United Kingdom/);
    await user.keyboard(' ');
    expect(radio('United Kingdom', 'Undecided')).toBeChecked();
    await user.keyboard(' ');
    expect(radio('United Kingdom', 'Object')).toBeChecked();
    expect(status()).toHaveTextContent(
      /^Blocked: France objects \(named official\); Germany, following France \(reported\); United Kingdom objects \(your change\)\./,
    );
    await user.keyboard('1');
    expect(radio('United Kingdom', 'Support')).toBeChecked();
  });

  it('keyboard alone lets France come round, and the outcome passes', async () => {
    const user = userEvent.setup();
    open();
    await user.keyboard('p'); // the shortcut, outside any text field
    expect(screen.getByRole('region', { name: 'Presenter mode' })).toBeInTheDocument();
    while (!/Selected France/.test(selection().textContent ?? '')) await user.keyboard('j');
    expect(selection()).toHaveTextContent(/Selected France Object/);
    await user.keyboard(' ');
    expect(radio('France', 'Support')).toBeChecked();
    expect(selection()).toHaveTextContent(/Selected France Support/);
    expect(status()).toHaveTextContent(/^Passes/);
  });

  it('focusing an ally selects it, and the ? key shows the help', async () => {
    const user = userEvent.setup();
    open();
    await user.click(screen.getByRole('button', { name: 'Present' }));
    await user.click(radio('Hungary', 'Undecided'));
    expect(selection()).toHaveTextContent(/Selected Hungary Undecided/);
    const help = screen.getByRole('button', { name: /keyboard help/i });
    expect(help).toHaveAttribute('aria-expanded', 'false');
    await user.keyboard('?');
    expect(help).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('heading', { name: 'Keys in presenter mode' })).toBeVisible();
    await user.keyboard('{Escape}'); // first Esc closes the help
    expect(help).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByRole('region', { name: 'Presenter mode' })).toBeInTheDocument();
  });

  it('Esc leaves presenter mode and gives the focus back to Present', async () => {
    const user = userEvent.setup();
    const { store } = open();
    await user.click(screen.getByRole('button', { name: 'Present' }));
    await user.keyboard('{Escape}');
    expect(store.getState().presenting).toBe(false);
    expect(screen.queryByRole('region', { name: 'Presenter mode' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Present' })).toHaveFocus();
  });

  it('the Leave button leaves presenter mode', async () => {
    const user = userEvent.setup();
    const { store } = open();
    await user.click(screen.getByRole('button', { name: 'Present' }));
    await user.click(screen.getByRole('button', { name: 'Leave presenter mode' }));
    expect(store.getState().presenting).toBe(false);
  });

  it('P typed into a field does not start presenter mode', async () => {
    const user = userEvent.setup();
    const { store } = open();
    screen.getByRole('combobox', { name: 'Scenario' }).focus();
    await user.keyboard('p');
    await user.keyboard('{Control>}p{/Control}');
    expect(store.getState().presenting).toBe(false);
  });
});

describe('a presenter link opened over one’s own table', () => {
  it('its news waits for the editing view, with the own table still offered back', async () => {
    const user = userEvent.setup();
    const storage = memoryStorage();
    const first = open({ storage });
    await user.click(radio('Poland', 'Object'));
    first.unmount();
    open({ hash: '#3/vilnius-2023/consensus/FR=s/r=2,present=1', storage });
    expect(screen.getByRole('region', { name: 'Presenter mode' })).toBeInTheDocument();
    expect(radio('France', 'Support')).toBeChecked();
    expect(screen.queryByText(/You opened a shared table/)).not.toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(
      screen.getByText(/^You opened a shared table\. Your own last table is kept\./),
    ).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Restore my last table' }));
    expect(radio('Poland', 'Object')).toBeChecked();
  });

  it('a problem with the link shows at once', () => {
    open({ hash: '#3/vilnius-2023/consensus/FR=maybe/r=2,present=1' });
    expect(screen.getByRole('alert')).toHaveTextContent(/^The link is damaged/);
  });
});

describe('the handout', () => {
  it('Print handout calls the print callback', async () => {
    const user = userEvent.setup();
    const { print } = open();
    await user.click(screen.getByRole('button', { name: 'Print handout' }));
    expect(print).toHaveBeenCalledTimes(1);
  });

  it('exists only while printing, hidden on screen, and follows the table', async () => {
    const user = userEvent.setup();
    open();
    // Not in the page until the browser prints: nothing is found twice.
    expect(screen.queryByLabelText('Printed handout')).not.toBeInTheDocument();
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    const handout = screen.getByLabelText('Printed handout');
    // Hidden on screen even then: not in the accessibility tree.
    expect(screen.queryByRole('region', { name: 'Printed handout' })).not.toBeInTheDocument();
    expect(handout).not.toBeVisible();
    expect(
      within(handout).getByText(
        /^Blocked: France objects \(named official\); Germany, following France \(reported\)\./,
      ),
    ).toBeInTheDocument();
    const france = within(handout).getByRole('rowheader', { name: 'France', hidden: true });
    expect(france.closest('tr')).toHaveTextContent(/France.*Object.*Named official/);
    await user.click(radio('France', 'Support'));
    expect(within(handout).getByText(/^Passes/)).toBeInTheDocument();
    expect(
      within(handout)
        .getByRole('rowheader', { name: /^France\*/, hidden: true })
        .closest('tr'),
    ).toHaveTextContent(/Support/);
    expect(within(handout).getByRole('heading', { name: 'Sources', hidden: true })).toBeTruthy();
    act(() => {
      window.dispatchEvent(new Event('afterprint'));
    });
    expect(screen.queryByLabelText('Printed handout')).not.toBeInTheDocument();
  });
});
