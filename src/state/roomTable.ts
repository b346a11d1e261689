/**
 * Between this screen's table and a class room's: the room keeps the scenario, the rule and the
 * positions set in it (never the odds sliders, which stay on each screen); a change made here
 * goes to the room as the actions that make it, and the server decides whether it stands.
 */
import type { Action, RoomSnapshot } from '../room/authority';
import type { Scenario } from '../scenario/model';
import type { TableState } from './persistence';

const positionsOf = (table: TableState) =>
  Object.fromEntries(
    Object.entries(table.changes).flatMap(([id, c]) =>
      c?.position === undefined ? [] : [[id, c.position] as const],
    ),
  );

/**
 * The actions that take the room from the table `before` to the table `after`: a new scenario
 * (with its members and rule, then the positions set on it), a new rule, a reset to the
 * scenario's stances, or the positions that changed.
 */
export function tableActions(
  before: TableState,
  after: TableState,
  scenarioOf: (id: string) => Scenario | undefined,
): Action[] {
  const to = positionsOf(after);
  const sets = (from: Readonly<Record<string, string>>): Action[] =>
    [...new Set([...Object.keys(from), ...Object.keys(to)])].sort().flatMap((member): Action[] => {
      const position = to[member];
      if (position === from[member]) return [];
      return position === undefined
        ? [{ type: 'unset', member }]
        : [{ type: 'set', member, position }];
    });
  if (after.scenarioId !== before.scenarioId) {
    const scenario = scenarioOf(after.scenarioId);
    if (!scenario) return [];
    return [
      {
        type: 'scenario',
        scenario: scenario.id,
        rule: after.ruleId,
        members: scenario.members.map((m) => m.id),
      },
      ...sets({}),
    ];
  }
  const rule: Action[] =
    after.ruleId !== before.ruleId ? [{ type: 'rule', rule: after.ruleId }] : [];
  const from = positionsOf(before);
  if (Object.keys(to).length === 0 && Object.keys(from).length > 1)
    return [...rule, { type: 'reset' }];
  return [...rule, ...sets(from)];
}

/** The actions that put a whole table into a room (the teacher's table when a room opens). */
export const tableIntoRoom = (
  table: TableState,
  scenarioOf: (id: string) => Scenario | undefined,
) => tableActions({ scenarioId: '', ruleId: '', changes: {} }, table, scenarioOf);

/**
 * The room's table as this screen shows it: the room's scenario, rule and positions, with this
 * screen's own odds sliders kept. Null when the room has no table yet.
 */
export function tableOfRoom(room: RoomSnapshot, here: TableState): TableState | null {
  if (room.scenario === null || room.rule === null) return null;
  const sameScenario = here.scenarioId === room.scenario;
  const ids = new Set([
    ...Object.keys(room.positions),
    ...(sameScenario ? Object.keys(here.changes) : []),
  ]);
  const changes: Record<string, { position?: (typeof room.positions)[string]; p?: number }> = {};
  for (const id of ids) {
    const position = room.positions[id];
    const p = sameScenario ? here.changes[id]?.p : undefined;
    if (position === undefined && p === undefined) continue;
    changes[id] = {
      ...(position !== undefined && { position }),
      ...(p !== undefined && { p }),
    };
  }
  return { scenarioId: room.scenario, ruleId: room.rule, changes };
}
