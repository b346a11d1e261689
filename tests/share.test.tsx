// @vitest-environment jsdom
// More ways to share (a presenter link, an embed code) and links that open in presenter mode, as
// a teacher uses them: found by role and name.
import { act, configure, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { encodeLink } from '../src/scenario/link';
import { memoryStorage } from './support/catalog';
import { openApp } from './support/renderApp';
import { radio, status } from './support/queries';

// A link that carries a scenario loads the parser module: on a loaded machine that takes a while.
configure({ asyncUtilTimeout: 5000 });

const open = openApp;
const presenter = () => screen.queryByRole('region', { name: 'Presenter mode' });
const more = () => screen.getByRole('button', { name: 'More ways to share' });
const embed = () => screen.getByRole('textbox', { name: 'Embed code' });
/** The address bar is written just after the change is painted. */
const hashSoon = (pattern: RegExp) => waitFor(() => expect(window.location.hash).toMatch(pattern));

describe('More ways to share', () => {
  it('sits beside Copy link, which is unchanged, and opens a panel with the two ways', async () => {
    const user = userEvent.setup();
    const { copyLink } = open();
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(copyLink).toHaveBeenCalledOnce();
    expect(more()).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('button', { name: 'Copy presenter link' })).not.toBeInTheDocument();
    await user.click(more());
    expect(more()).toHaveAttribute('aria-expanded', 'true');
    // The panel's inside loads when it is first opened.
    expect(await screen.findByRole('button', { name: 'Copy presenter link' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Copy embed code' })).toBeVisible();
    expect(embed()).toHaveAttribute('readonly');
    // Esc closes it and gives the focus back to its button.
    await user.click(embed());
    await user.keyboard('{Escape}');
    expect(more()).toHaveAttribute('aria-expanded', 'false');
    expect(more()).toHaveFocus();
  });

  it('the embed code is an iframe of the presenter link of the table as it stands', async () => {
    const user = userEvent.setup();
    open();
    await user.click(more());
    await screen.findByRole('textbox', { name: 'Embed code' });
    await user.click(radio('France', 'Support'));
    await waitFor(() =>
      expect(embed()).toHaveValue(
        `<iframe src="${window.location.origin}/#3/vilnius-2023/consensus/FR=s/r=2,present=1" title="Vilnius summit, July 2023: the Tokyo office struck from the communiqué" width="100%" height="600" style="border:0;width:100%;height:auto;aspect-ratio:16/9;min-height:480px" allow="fullscreen; clipboard-write" allowfullscreen loading="lazy"></iframe>`,
      ),
    );
  });

  it('copies the presenter link and the embed code, and says so', async () => {
    const user = userEvent.setup();
    const { clipboard } = open({ hash: '#3/vilnius-2023/qmv/HU=o/r=2' });
    await user.click(more());
    await screen.findByRole('textbox', { name: 'Embed code' });
    await user.click(screen.getByRole('button', { name: 'Copy presenter link' }));
    await waitFor(() =>
      expect(clipboard).toEqual([
        `${window.location.origin}/#3/vilnius-2023/qmv/HU=o/r=2,present=1`,
      ]),
    );
    expect(await screen.findByText(/^Presenter link copied/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Copy embed code' }));
    await waitFor(() => expect(clipboard).toHaveLength(2));
    expect(clipboard[1]).toBe((embed() as HTMLTextAreaElement).value);
    expect(await screen.findByText(/^Embed code copied/)).toBeInTheDocument();
    // Copying changes nothing on the table or in the address bar.
    expect(window.location.hash).toBe('#3/vilnius-2023/qmv/HU=o/r=2');
  });

  it('where the browser refuses to copy, it says where to find the link or the code', async () => {
    const user = userEvent.setup();
    open({ clipboardRefuses: true });
    await user.click(more());
    await screen.findByRole('textbox', { name: 'Embed code' });
    await user.click(screen.getByRole('button', { name: 'Copy presenter link' }));
    expect(
      await screen.findByText(
        `Copy this presenter link: ${window.location.origin}/#3/vilnius-2023/consensus//r=2,present=1`,
      ),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Copy embed code' }));
    expect(await screen.findByText(/select the embed code in the box/)).toBeInTheDocument();
  });

  it("an imported scenario's title is escaped in the embed code, and its copy travels along", async () => {
    const user = userEvent.setup();
    const title = '"><script>alert(1)</script> & more';
    // The minimal scenario of the import tests, with a title made to break out of an attribute.
    const file = JSON.stringify({
      format: 1,
      id: 'test-case',
      title,
      date: '2023-07-11',
      question: 'Does the validator catch this?',
      default: { position: 'support', evidence: 'assumption', note: 'Assumed for the test.' },
      sources: [{ id: 'src-a', title: 'A source' }],
    });
    open({
      hash: `#${encodeLink({ scenario: 'test-case', rule: 'consensus', changes: {}, embedded: file })}`,
    });
    await waitFor(() =>
      expect(screen.getByRole('combobox', { name: 'Scenario' })).toHaveValue('test-case'),
    );
    await user.click(more());
    await screen.findByRole('textbox', { name: 'Embed code' });
    const code = (embed() as HTMLTextAreaElement).value;
    expect(code).toContain('title="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; more"');
    const frame = new DOMParser().parseFromString(code, 'text/html').querySelector('iframe');
    expect(frame?.getAttribute('title')).toBe(title);
    // The presenter link carries the scenario (format 2) and ends with the presenter option.
    expect(frame?.getAttribute('src')).toMatch(
      /#2\/test-case\/consensus\/\/[A-Za-z0-9+$-]+\/present=1$/,
    );
  });
});

describe('a presenter link', () => {
  it('opens in presenter mode, in the window: full screen waits for a click on Full screen', async () => {
    const user = userEvent.setup();
    const { store, requestFullscreen } = open({ hash: '#3/vilnius-2023/consensus/FR=s/present=1' });
    expect(presenter()).toBeInTheDocument();
    expect(store.getState().presenting).toBe(true);
    expect(requestFullscreen).not.toHaveBeenCalled();
    expect(status()).toHaveTextContent(/^Passes/);
    expect(window.location.hash).toBe('#3/vilnius-2023/consensus/FR=s/r=2,present=1');
    await user.click(screen.getByRole('button', { name: 'Full screen' }));
    expect(requestFullscreen).toHaveBeenCalledOnce();
  });

  it('while presenting the address says so; once the person leaves, it no longer does', async () => {
    const user = userEvent.setup();
    open({ hash: '#3/vilnius-2023/consensus//r=2,present=1' });
    await user.click(radio('Hungary', 'Object'));
    await hashSoon(/^#3\/vilnius-2023\/consensus\/HU=o\/r=2,present=1$/);
    await user.click(screen.getByRole('button', { name: 'Leave presenter mode' }));
    expect(presenter()).not.toBeInTheDocument();
    expect(window.location.hash).toBe('#3/vilnius-2023/consensus/HU=o/r=2');
    // Entering again from the Present button says so again.
    await user.click(screen.getByRole('button', { name: 'Present' }));
    expect(window.location.hash).toBe('#3/vilnius-2023/consensus/HU=o/r=2,present=1');
    await user.keyboard('{Escape}');
    expect(window.location.hash).toBe('#3/vilnius-2023/consensus/HU=o/r=2');
  });

  it('pasted into the address bar, presents; a plain link pasted then opens the editing view', async () => {
    const { store } = open();
    act(() => {
      window.location.hash = '#3/washington-2024/consensus/SE=o/present=1';
    });
    await waitFor(() => expect(presenter()).toBeInTheDocument());
    expect(store.getState().table.scenarioId).toBe('washington-2024');
    act(() => {
      window.location.hash = '#1/vilnius-2023/consensus/';
    });
    await waitFor(() => expect(presenter()).not.toBeInTheDocument());
    expect(store.getState().table.scenarioId).toBe('vilnius-2023');
  });

  it('a damaged presenter link opens the default scenario in the editing view', () => {
    open({ hash: '#3/vilnius-2023/consensus/FR=maybe/present=1' });
    expect(screen.getByRole('alert')).toHaveTextContent(/link/i);
    expect(presenter()).not.toBeInTheDocument();
  });

  it('presenter mode is never kept in storage: opening the app again without a link edits', async () => {
    const user = userEvent.setup();
    const storage = memoryStorage();
    const first = open({ hash: '#3/vilnius-2023/consensus//present=1', storage });
    await user.click(radio('Hungary', 'Object'));
    await hashSoon(/HU=o/);
    first.unmount();
    expect(storage.data.get('nac-simulator')).not.toMatch(/present/);
    open({ storage });
    expect(radio('Hungary', 'Object')).toBeChecked();
    expect(presenter()).not.toBeInTheDocument();
  });
});
