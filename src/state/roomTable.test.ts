import { describe, expect, it } from 'vitest';
import { shippedCatalog } from '../../tests/support/catalog';
import { EMPTY_ROOM } from '../room/authority';
import { tableActions, tableIntoRoom, tableOfRoom } from './roomTable';
import type { TableState } from './persistence';

const catalog = shippedCatalog();
const scenarioOf = (id: string) => catalog.find((s) => s.id === id);
const vilnius: TableState = { scenarioId: 'vilnius-2023', ruleId: 'consensus', changes: {} };

describe("a table's changes as a class room's actions", () => {
  it('sends the positions that changed, and unsets one taken back', () => {
    const after = { ...vilnius, changes: { FR: { position: 'support' as const }, DE: { p: 0.4 } } };
    expect(tableActions(vilnius, after, scenarioOf)).toEqual([
      { type: 'set', member: 'FR', position: 'support' },
    ]);
    expect(tableActions(after, vilnius, scenarioOf)).toEqual([{ type: 'unset', member: 'FR' }]);
  });

  it('sends a rule, a reset, and a new scenario with its members', () => {
    const two = {
      ...vilnius,
      changes: { FR: { position: 'support' as const }, HU: { position: 'object' as const } },
    };
    expect(tableActions(two, { ...vilnius, ruleId: 'majority' }, scenarioOf)).toEqual([
      { type: 'rule', rule: 'majority' },
      { type: 'reset' },
    ]);
    const into = tableIntoRoom(two, scenarioOf);
    expect(into[0]).toMatchObject({
      type: 'scenario',
      scenario: 'vilnius-2023',
      rule: 'consensus',
    });
    expect(into[0]?.type === 'scenario' && into[0].members).toHaveLength(
      scenarioOf('vilnius-2023')!.members.length,
    );
    expect(into.slice(1)).toEqual([
      { type: 'set', member: 'FR', position: 'support' },
      { type: 'set', member: 'HU', position: 'object' },
    ]);
    expect(tableActions(vilnius, { ...vilnius, scenarioId: 'no-such' }, scenarioOf)).toEqual([]);
  });

  it("reads the room's table, keeping this screen's odds sliders on the same scenario", () => {
    expect(tableOfRoom(EMPTY_ROOM, vilnius)).toBeNull();
    const room = {
      ...EMPTY_ROOM,
      scenario: 'vilnius-2023',
      rule: 'consensus',
      positions: { FR: 'support' as const },
    };
    const here = {
      ...vilnius,
      changes: { DE: { p: 0.4 }, FR: { position: 'object' as const, p: 0.2 } },
    };
    expect(tableOfRoom(room, here)).toEqual({
      ...vilnius,
      changes: { FR: { position: 'support', p: 0.2 }, DE: { p: 0.4 } },
    });
    expect(tableOfRoom({ ...room, scenario: 'washington-2024' }, here)?.changes).toEqual({
      FR: { position: 'support' },
    });
  });
});
