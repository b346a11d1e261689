// @vitest-environment jsdom
// Importing and exporting scenario files in the app, as a person does it: the file input found
// by its label, the alert read as text. The same validator and messages as the command line.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { loadScenarioFile } from '../src/cli/scenarioFiles';
import { problemsShown } from '../src/scenario/limits';
import { parseScenario } from '../src/scenario/parse';
import { tableFor } from '../src/scenario/play';
import { BAD_SCENARIOS, badScenarioCases, FIXTURES } from './support/fixtures';
import { manyAllies } from './support/hostile';
import { openApp } from './support/renderApp';
import { radio } from './support/queries';

// The first import loads the parser module: on a loaded machine that can take over a second.
configure({ asyncUtilTimeout: 5000 });

const open = openApp;

const fileInput = () => screen.getByLabelText('Import scenario file');
const picker = () => screen.getByRole('combobox', { name: 'Scenario' });
const fileOf = (path: string, name = path.split('/').pop()!) =>
  new File([readFileSync(path)], name, { type: 'application/yaml' });
/** Imports the minimal valid fixture ("A test case") and waits until it is open. */
const importMinimal = async (user: ReturnType<typeof userEvent.setup>) => {
  await user.upload(fileInput(), fileOf(join(FIXTURES, 'scenarios/valid-minimal.yaml')));
  await waitFor(() => expect(picker()).toHaveValue('test-case'));
};

describe('importing a bad file lists every problem, as the command line does', () => {
  it.each(badScenarioCases())('%s', async (name, expected) => {
    const user = userEvent.setup();
    const { store } = open();
    const before = store.getState().table;
    await user.upload(fileInput(), fileOf(join(BAD_SCENARIOS, name)));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      `“${name}” is not a valid scenario file, so nothing was changed.`,
    );
    const items = within(alert)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    // The first problem is the one expected.json names; the whole list is the command line's.
    expect(items[0]).toMatch(new RegExp(`^${expected.line}:${expected.column}: `));
    expect(items[0]).toContain(expected.message);
    const cli = loadScenarioFile(join(BAD_SCENARIOS, name));
    expect(cli.ok).toBe(false);
    if (!cli.ok) {
      // At most 200 listed, as on the command line; a line counts the rest.
      const { shown, more } = problemsShown(cli.problems);
      expect(items).toEqual(shown.map((p) => `${p.line}:${p.column}: ${p.message}`));
      if (more) expect(within(alert).getByText(more)).toBeInTheDocument();
    }
    // The current work is untouched.
    expect(store.getState().table).toBe(before);
    expect(store.getState().imported).toEqual([]);
    expect(picker()).toHaveDisplayValue(/Vilnius/);
  });

  it('a file with thousands of problems lists 200 and counts the rest', async () => {
    const user = userEvent.setup();
    const { store } = open();
    const before = store.getState().table;
    await user.upload(fileInput(), new File([manyAllies(2_000)], 'many.yaml'));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('2,000 problems:');
    const items = within(alert).getAllByRole('listitem');
    expect(items).toHaveLength(200);
    expect(items[0]).toHaveTextContent(
      '14:7: allies.X0: expected a mapping with position, evidence, note, got the number 1',
    );
    expect(within(alert).getByText('… and 1,800 more')).toBeInTheDocument();
    expect(store.getState().table).toBe(before);
  });

  it('a file over 1 MB is refused before it is read', async () => {
    const user = userEvent.setup();
    const { store } = open();
    const big = new File(['a'.repeat(1_000_001)], 'big.yaml', { type: 'application/yaml' });
    const read = vi.spyOn(big, 'arrayBuffer');
    const text = vi.spyOn(big, 'text');
    await user.upload(fileInput(), big);
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('listitem')).toHaveTextContent(
      '1:1: file is 1,000,001 bytes; scenario files are limited to 1 MB',
    );
    expect(read).not.toHaveBeenCalled();
    expect(text).not.toHaveBeenCalled();
    expect(store.getState().imported).toEqual([]);
  });
});

describe('importing a valid file', () => {
  it('adds it to the scenario picker, marked as imported, and opens it', async () => {
    const user = userEvent.setup();
    const { store } = open();
    await user.upload(fileInput(), fileOf(join(FIXTURES, 'scenarios/valid-minimal.yaml')));
    await waitFor(() => expect(picker()).toHaveDisplayValue('Imported: A test case'));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('A test case');
    expect(screen.getByRole('status')).toHaveTextContent(/^Passes/);
    expect(screen.getByText(/Imported “A test case” from valid-minimal.yaml/)).toBeInTheDocument();
    // Undo goes back to the table before the import; the scenario stays on offer.
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(picker()).toHaveDisplayValue(/Vilnius/);
    expect(store.getState().imported.map((s) => s.id)).toEqual(['test-case']);
  });

  it('a file with the id of a shipped scenario gets its own id', async () => {
    const user = userEvent.setup();
    const { store } = open();
    await user.upload(fileInput(), fileOf(join(FIXTURES, '../../scenarios/2023-07-vilnius.yaml')));
    await waitFor(() => expect(store.getState().table.scenarioId).toBe('vilnius-2023-imported'));
    expect(screen.getByText(/listed as “vilnius-2023-imported”/)).toBeInTheDocument();
    expect(within(picker()).getAllByRole('option', { name: /Vilnius/ })).toHaveLength(2);
  });

  it('a file dropped anywhere on the page is imported, with a hint while it is dragged', async () => {
    const { store } = open();
    const file = fileOf(join(FIXTURES, 'scenarios/valid-minimal.yaml'));
    const dataTransfer = { types: ['Files'], files: [file], dropEffect: 'none' };
    fireEvent.dragEnter(document.body, { dataTransfer });
    expect(screen.getByText(/Drop a scenario file/)).toBeInTheDocument();
    fireEvent.dragOver(document.body, { dataTransfer });
    fireEvent.drop(document.body, { dataTransfer });
    expect(screen.queryByText(/Drop a scenario file/)).not.toBeInTheDocument();
    await waitFor(() => expect(store.getState().table.scenarioId).toBe('test-case'));
  });
});

describe('exporting the table', () => {
  it('writes a scenario file that re-imports to the same table', async () => {
    const user = userEvent.setup();
    const { store, downloads } = open();
    await user.click(radio('France', 'Support'));
    await user.click(radio('Hungary', 'Object'));
    await user.click(screen.getByRole('button', { name: 'Export scenario (YAML)' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    const [file] = downloads;
    expect(file!.name).toBe('vilnius-2023.yaml');
    expect(file!.text).toMatch(/^# yaml-language-server: \$schema=/);
    expect(file!.text).toContain('Set in the simulator: support.');
    const before = store.getState();
    const shipped = parseScenario(
      readFileSync(join(FIXTURES, '../../scenarios/2023-07-vilnius.yaml'), 'utf8'),
    );
    if (!shipped.ok) throw new Error('shipped scenario is valid');
    const seatsBefore = tableFor(shipped.value, before.table.changes);

    await user.upload(fileInput(), new File([file!.text], file!.name, { type: file!.type }));
    await waitFor(() => expect(store.getState().table.scenarioId).toBe('vilnius-2023-imported'));
    const after = store.getState();
    const imported = after.imported[0]!;
    expect(after.table.changes).toEqual({});
    expect(tableFor({ ...imported, id: 'vilnius-2023' }, {})).toEqual(seatsBefore);
    expect(radio('France', 'Support')).toBeChecked();
    expect(radio('Germany', 'Support')).toBeChecked();
    expect(radio('Hungary', 'Object')).toBeChecked();
    expect(screen.getByRole('status')).toHaveTextContent(/^Blocked: Hungary/);
  });

  it('downloads the sources as a Markdown list', async () => {
    const user = userEvent.setup();
    const { downloads } = open();
    await user.click(screen.getByRole('button', { name: 'Download sources' }));
    expect(downloads[0]!.name).toBe('vilnius-2023.sources.md');
    expect(downloads[0]!.text).toMatch(/^# Sources: Vilnius/);
    expect(downloads[0]!.text).toMatch(/<https:\/\//);
  });
});

describe('an imported scenario travels and stays', () => {
  it('survives a reload (local storage) and its link opens it in another browser', async () => {
    const user = userEvent.setup();
    const first = open();
    await user.upload(fileInput(), fileOf(join(FIXTURES, 'scenarios/valid-minimal.yaml')));
    await waitFor(() => expect(picker()).toHaveDisplayValue('Imported: A test case'));
    await user.click(radio('France', 'Object'));
    await waitFor(() => expect(window.location.hash).toMatch(/^#2\/test-case\/consensus\/FR=o\//));
    const link = window.location.hash;
    first.unmount();

    // The same browser, reloaded: the scenario and the table come back.
    const second = open({ storage: first.storage });
    expect(picker()).toHaveDisplayValue('Imported: A test case');
    expect(radio('France', 'Object')).toBeChecked();
    second.unmount();

    // Another browser with only the link.
    open({ hash: link });
    expect(picker()).toHaveDisplayValue('Imported: A test case');
    expect(radio('France', 'Object')).toBeChecked();
    expect(screen.getByRole('status')).toHaveTextContent(/^Blocked: France/);
  });
});

describe('a link that carries a scenario, pasted into the address bar', () => {
  const golden = JSON.parse(readFileSync(join(FIXTURES, 'links/v2.json'), 'utf8')) as {
    links: { link: string }[];
  };

  it('opens its scenario and table; a damaged one leaves the table as it was', async () => {
    const { store } = open();
    window.location.hash = golden.links[1]!.link;
    await waitFor(() => expect(picker()).toHaveDisplayValue('Imported: A test case'));
    expect(store.getState().table.ruleId).toBe('unanimity');
    expect(radio('Hungary', 'Undecided')).toBeChecked();

    const before = store.getState().table;
    window.location.hash = '#2/test-case/consensus//N4IgZg9gTgtghgFxALgIwBoQEsA';
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent(/Your table is unchanged/),
    );
    expect(store.getState().table).toBe(before);
  });
});

describe('imports kept in this browser are never lost', () => {
  it('when the parser fails to load at start, they stay saved and come back on the next start', async () => {
    const user = userEvent.setup();
    const first = open();
    await importMinimal(user);
    const storage = first.storage;
    first.unmount();

    // The parser chunk does not load: the scenario cannot be opened, and the page says so.
    const second = open({ storage, parserLoads: false });
    expect(screen.getByRole('alert')).toHaveTextContent(
      /imported scenario kept in this browser could not be opened now .*stays saved here/,
    );
    expect(picker()).toHaveValue('vilnius-2023');
    // The person works on; each save keeps the scenario it could not read.
    await user.click(radio('Hungary', 'Object'));
    window.dispatchEvent(new Event('pagehide'));
    expect(storage.data.get('nac-simulator')).toContain('"HU":{"position":"object"}');
    second.unmount();

    // The next start reads it again: it is back in the list.
    open({ storage });
    expect(
      within(picker()).getByRole('option', { name: 'Imported: A test case' }),
    ).toBeInTheDocument();
    expect(radio('Hungary', 'Object')).toBeChecked();
  });
});

describe('removing an imported scenario', () => {
  it('takes it off the list and out of storage, moves the table home, and can be put back', async () => {
    const user = userEvent.setup();
    const { storage } = open();
    expect(screen.queryByRole('button', { name: 'Remove this imported scenario' })).toBeNull();
    await importMinimal(user);
    await user.click(radio('France', 'Object'));

    await user.click(screen.getByRole('button', { name: 'Remove this imported scenario' }));
    expect(picker()).toHaveValue('vilnius-2023');
    // The button went with the scenario; focus stays in the toolbar.
    expect(screen.getByRole('button', { name: 'Export scenario (YAML)' })).toHaveFocus();
    expect(within(picker()).queryByRole('option', { name: 'Imported: A test case' })).toBeNull();
    expect(
      screen.getByText(/Removed “A test case” from this browser's scenario list/),
    ).toBeVisible();
    window.dispatchEvent(new Event('pagehide'));
    expect(storage.data.get('nac-simulator')).not.toContain('test-case');
    // Undo cannot walk back onto a scenario that is gone: the steps on it went with it.
    await user.keyboard('{Control>}z{/Control}');
    expect(picker()).toHaveValue('vilnius-2023');

    await user.click(screen.getByRole('button', { name: 'Put it back' }));
    expect(picker()).toHaveValue('test-case');
    expect(screen.getByRole('heading', { level: 2, name: /on \d{4}-\d\d-\d\d$/ })).toHaveFocus();
    expect(radio('France', 'Object')).toBeChecked();
    window.dispatchEvent(new Event('pagehide'));
    expect(storage.data.get('nac-simulator')).toContain('test-case');
  });
});
