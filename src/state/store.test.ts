import { describe, expect, it } from 'vitest';
import { shippedCatalog } from '../../tests/support/catalog';
import { createAppStore, openingTable } from './store';

const catalog = shippedCatalog();
const vilnius = catalog.find((s) => s.id === 'vilnius-2023')!;
const fresh = () => createAppStore(catalog, { table: openingTable(vilnius) });

describe('the store: one intent, one step of history', () => {
  it('sets a position and undoes and redoes it', () => {
    const store = fresh();
    store.getState().setPosition('FR', 'support');
    expect(store.getState().table.changes).toEqual({ FR: { position: 'support' } });
    store.getState().undo();
    expect(store.getState().table.changes).toEqual({});
    store.getState().redo();
    expect(store.getState().table.changes).toEqual({ FR: { position: 'support' } });
  });

  it('undoes rule and scenario changes too, and a new change clears redo', () => {
    const store = fresh();
    const s = () => store.getState();
    s().setRule('qmv');
    s().applyScenario('washington-2024');
    // The rule being compared is kept when the new scenario offers it.
    expect(s().table).toEqual({ scenarioId: 'washington-2024', ruleId: 'qmv', changes: {} });
    s().applyScenario('unsc-comparison');
    expect(s().table.ruleId).toBe('unsc-article-27'); // qmv needs populations the body lacks
    s().undo();
    s().undo();
    expect(s().table.ruleId).toBe('qmv');
    expect(s().table.scenarioId).toBe('vilnius-2023');
    s().setPosition('HU', 'object');
    expect(s().future).toHaveLength(0);
  });

  it("takes a class room's table without a step: undo never reaches back past it", () => {
    const store = fresh();
    const s = () => store.getState();
    s().setPosition('FR', 'support');
    const roomTable = {
      ...s().table,
      changes: { FR: { position: 'support' }, DE: { position: 'object' } },
    } as const;
    s().followRoom(roomTable);
    expect(s().table).toEqual(roomTable);
    expect(s().past).toHaveLength(0);
    s().setPosition('HU', 'object');
    s().undo();
    expect(s().table).toEqual(roomTable);
  });

  it('cycles an ally through support, undecided and object from where it stands', () => {
    const store = fresh();
    store.getState().cyclePosition('FR'); // object -> support
    expect(store.getState().table.changes.FR).toEqual({ position: 'support' });
    store.getState().cyclePosition('HU'); // undecided -> object
    expect(store.getState().table.changes.HU).toEqual({ position: 'object' });
  });

  it('a no-op is not a step of history', () => {
    const store = fresh();
    store.getState().setRule('consensus');
    expect(store.getState().past).toHaveLength(0);
  });

  it('resets to the scenario in one undoable step', () => {
    const store = fresh();
    store.getState().setPosition('FR', 'support');
    store.getState().setProbability('HU', 0.25);
    store.getState().resetToScenario();
    expect(store.getState().table.changes).toEqual({});
    store.getState().undo();
    expect(store.getState().table.changes).toEqual({
      FR: { position: 'support' },
      HU: { p: 0.25 },
    });
  });
});

describe('dragging a slider is one step of history', () => {
  it('merges consecutive probability changes of one ally, not of different ones', () => {
    const store = fresh();
    const s = () => store.getState();
    s().setProbability('HU', 0.4);
    s().setProbability('HU', 0.3);
    s().setProbability('HU', 0.2);
    expect(s().past).toHaveLength(1);
    s().setProbability('FR', 0.9);
    expect(s().past).toHaveLength(2);
    s().undo();
    s().undo();
    expect(s().table.changes).toEqual({});
  });

  it('two drags of the same slider are two steps', () => {
    const store = fresh();
    const s = () => store.getState();
    s().setProbability('HU', 0.4);
    s().setProbability('HU', 0.3);
    s().endGesture();
    s().setProbability('HU', 0.2);
    s().setProbability('HU', 0.1);
    expect(s().past).toHaveLength(2);
    s().undo();
    expect(s().table.changes).toEqual({ HU: { p: 0.3 } });
  });
});

describe('history does not count a reordering as a change', () => {
  it('the same changes in another key order are the same table', () => {
    const store = fresh();
    store.getState().loadTable({
      scenarioId: 'vilnius-2023',
      ruleId: 'consensus',
      changes: { HU: { p: 0.2, position: 'undecided' } },
    });
    store.getState().loadTable({
      scenarioId: 'vilnius-2023',
      ruleId: 'consensus',
      changes: { HU: { position: 'undecided', p: 0.2 } },
    });
    expect(store.getState().past).toHaveLength(1);
  });

  it('restoring a kept table closes the notice in the same step', () => {
    const store = fresh();
    const kept = { scenarioId: 'washington-2024', ruleId: 'qmv', changes: {} };
    store.getState().showNotice({ kind: 'info', message: 'kept', restore: kept });
    store.getState().restoreTable(kept);
    expect(store.getState()).toMatchObject({ table: kept, notice: null });
    expect(store.getState().past).toHaveLength(1);
  });
});
