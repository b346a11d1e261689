// Export then import: the file the simulator writes validates and opens the same table.
import { describe, expect, it } from 'vitest';
import { shippedCatalog } from '../../tests/support/catalog';
import { POSITIONS } from '../engine/types';
import { scenarioFileOf, sourcesMarkdown } from './export';
import { parseScenario, scenarioYaml } from './files';
import type { AllyChange } from './link';
import type { Scenario } from './model';
import { judge, tableFor } from './play';

const catalog = shippedCatalog();
const reimport = (yaml: string): Scenario => {
  const parsed = parseScenario(yaml);
  if (!parsed.ok)
    throw new Error(parsed.problems.map((p) => `${p.line}:${p.column}: ${p.message}`).join('\n'));
  return parsed.value;
};

/** Some changes on every table: a position moved, a follower's leader moved, a p, a follower set. */
function someChanges(s: Scenario): Record<string, AllyChange> {
  const changes: Record<string, AllyChange> = {};
  s.stances.forEach((st, i) => {
    if (i % 3 === 0)
      changes[st.id] = { position: POSITIONS[(POSITIONS.indexOf(st.position) + 1) % 3]! };
    else if (i % 5 === 1) changes[st.id] = { p: 0.125 };
    else if (st.follows && i % 2 === 0) changes[st.id] = { position: st.position };
  });
  return changes;
}

describe.each(catalog.map((s) => [s.id, s] as const))('%s', (_, scenario) => {
  it('exported as it stands, re-imports field for field', () => {
    expect(reimport(scenarioYaml(scenarioFileOf(scenario)))).toEqual(scenario);
  });

  it('exported with changes and another rule, re-imports to the same table', () => {
    const changes = someChanges(scenario);
    expect(Object.keys(changes).length).toBeGreaterThan(0);
    const ruleId = scenario.rules[scenario.rules.length - 1]!.id;
    const back = reimport(scenarioYaml(scenarioFileOf(scenario, changes, ruleId)));
    expect(back.defaultRule).toBe(ruleId);
    expect(tableFor(back, {})).toEqual(tableFor(scenario, changes));
    const before = judge(scenario, ruleId, changes);
    const after = judge(back, ruleId, {});
    expect(after.ok && before.ok && after.value.outcome).toEqual(before.ok && before.value.outcome);
  });

  it('a changed stance says it was set in the simulator, and keeps its sources', () => {
    const changes = someChanges(scenario);
    const back = reimport(scenarioYaml(scenarioFileOf(scenario, changes)));
    const id = Object.keys(changes).find((k) => changes[k]?.position !== undefined)!;
    const was = scenario.stances.find((s) => s.id === id)!;
    const now = back.stances.find((s) => s.id === id)!;
    expect(now.evidence).toBe('assumption');
    expect(now.note).toMatch(/^Set in the simulator: /);
    expect(now.note).toContain(`The scenario stated: ${was.position} (${was.evidence})`);
    expect(now.sources).toEqual(was.sources);
  });
});

describe('the sources list', () => {
  it('names every source with its address', () => {
    const s = catalog.find((c) => c.id === 'vilnius-2023')!;
    const md = sourcesMarkdown(s);
    for (const src of s.sources) {
      expect(md).toContain(src.title);
      if (src.url) expect(md).toContain(src.url);
    }
  });
});
