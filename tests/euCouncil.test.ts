// The Council of the EU comparison (scenarios/eu-council-comparison.yaml): its 27 members and their
// populations are Eurostat's, as in the project's reference file (shared/reference/
// eu27-population-2023.json, copied unchanged to tests/fixtures/reference/), and its own rule is the
// EU-style double majority as the simulator models it (DESIGN.md, rule kind qmv): 55% of the
// members (15 of 27), 65% of the population, and a blocking minority of at least four members. Every population share
// asserted below is computed from the reference file, not written down.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtInRule, compileRule } from '../src/engine/rules';
import { timelineSteps } from '../src/scenario/compare';
import type { Scenario } from '../src/scenario/model';
import { parseScenario } from '../src/scenario/parse';
import { judge, type Changes } from '../src/scenario/play';
import { statusSentence, tableWords } from '../src/words/outcome';
import { shippedCatalog } from './support/catalog';
import { FIXTURES, SCENARIOS } from './support/fixtures';

interface ReferenceRow {
  readonly id: string;
  readonly name: string;
  readonly population: number;
}
const reference = JSON.parse(
  readFileSync(join(FIXTURES, 'reference/eu27-population-2023.json'), 'utf8'),
) as {
  readonly source: { readonly title: string; readonly publisher: string; readonly note: string };
  readonly members: readonly ReferenceRow[];
};

const RULE = 'eu-council-qmv';

const load = (): Scenario => {
  const r = parseScenario(readFileSync(join(SCENARIOS, 'eu-council-comparison.yaml'), 'utf8'));
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.value;
};
const scenario = load();

const populationOf = (id: string): number => {
  const row = reference.members.find((m) => m.id === id);
  if (!row) throw new Error(`${id} is not in the reference file`);
  return row.population;
};
const total = reference.members.reduce((t, m) => t + m.population, 0);
/** Share of the EU-27 population held by these members, from the reference file. */
const shareOf = (ids: readonly string[]) => ids.reduce((t, id) => t + populationOf(id), 0) / total;

/** Every member supports except those listed, who object. */
const objecting = (ids: readonly string[]): Changes =>
  Object.fromEntries(
    reference.members.map((m) => [
      m.id,
      { position: ids.includes(m.id) ? ('object' as const) : ('support' as const) },
    ]),
  );

const judged = (changes: Changes, rule = RULE) => {
  const j = judge(scenario, rule, changes);
  if (!j.ok) throw new Error(j.error);
  return j.value;
};
const margin = (changes: Changes, id: string) =>
  judged(changes).outcome.margins.find((m) => m.id === id);

describe('the Council of the EU comparison scenario', () => {
  it('parses as a dated, hypothetical comparison with its own body and rule', () => {
    expect(scenario).toMatchObject({
      id: 'eu-council-comparison',
      date: '2023-07-11',
      isNato: false,
      bodyName: 'Council of the EU (hypothetical comparison)',
      memberNoun: { one: 'member', other: 'members' },
      defaultRule: RULE,
    });
    expect(scenario.title).toMatch(
      /^Comparison: .*Council of the EU.*qualified majority.*hypothetical/,
    );
    expect(scenario.question).toMatch(/^Hypothetical/);
    expect(scenario.summary).toMatch(/not an event/);
  });

  it('models no stance: every member starts undecided, by stated assumption', () => {
    expect(scenario.stances).toHaveLength(27);
    for (const s of scenario.stances)
      expect(s, s.id).toMatchObject({
        position: 'undecided',
        evidence: 'assumption',
        assumed: true,
        follows: null,
      });
    expect(scenario.stances[0]?.note).toMatch(/^Hypothetical comparison, not an event/);
  });

  it("seats the 27 members with Eurostat's populations on 1 January 2023", () => {
    expect(scenario.members).toHaveLength(reference.members.length);
    expect(reference.members).toHaveLength(27);
    for (const row of reference.members) {
      const m = scenario.members.find((x) => x.id === row.id);
      expect(m, row.id).toBeDefined();
      expect(m?.name, row.id).toBe(row.name);
      expect(m?.weights, row.id).toEqual({ population: row.population });
    }
    // The reference file states its total; Greece is GR (ISO 3166-1), not Eurostat's EL.
    const stated = /EU-27 total ([\d,]+)/.exec(reference.source.note)?.[1];
    expect(total).toBe(Number(stated?.replaceAll(',', '')));
    expect(scenario.members.map((m) => m.id)).toContain('GR');
    expect(scenario.members.map((m) => m.id)).not.toContain('EL');
  });

  it('cites Eurostat for its populations', () => {
    const byId = new Map(scenario.sources.map((s) => [s.id, s]));
    expect(byId.get('eurostat-population-2023')).toMatchObject({
      title: reference.source.title,
      publisher: reference.source.publisher,
      grade: 'official',
    });
  });

  it('decides by the double majority: 15 of 27 members, 65% of the population, four to block', () => {
    const def = scenario.rules.find((r) => r.id === RULE);
    expect(def?.rule).toEqual({
      kind: 'qmv',
      members: { share: [55, 100] },
      weight: 'population',
      weightQuota: { share: [65, 100] },
      blockingMinority: 4,
    });
    if (!def) throw new Error('no rule');
    const game = compileRule(def.rule, scenario.members);
    if (!game.ok) throw new Error(game.error);
    expect(game.value).toMatchObject({
      n: 27,
      minCount: 15,
      quota: Math.ceil((65 * total) / 100),
      waiver: 4,
      weightKey: 'population',
    });
    // The built-in EU-style rule fits this body too, with the same thresholds.
    const builtIn = builtInRule('qmv');
    expect(scenario.rules.map((r) => r.id)).toContain('qmv');
    if (!builtIn) throw new Error('no built-in qmv');
    expect(compileRule(builtIn.rule, scenario.members)).toEqual(game);
  });

  it('passes when every member supports it', () => {
    const o = judged(objecting([])).outcome;
    expect(o.status).toBe('passes');
    expect(margin(objecting([]), 'weight')).toMatchObject({ have: total, met: true });
  });

  it('waits while the members are undecided, as the scenario starts', () => {
    expect(judged({}).outcome.status).toBe('pending');
  });

  it('is blocked by Germany, France, Italy and Poland: four members with over 35% of the population', () => {
    const four = ['DE', 'FR', 'IT', 'PL'];
    expect(shareOf(four)).toBeGreaterThan(0.35);
    const o = judged(objecting(four)).outcome;
    expect(o.status).toBe('blocked');
    expect([...o.blockers].sort()).toEqual([...four].sort());
    expect(margin(objecting(four), 'blocking-minority')).toMatchObject({
      have: 4,
      quota: 4,
      met: true,
    });
    expect(margin(objecting(four), 'weight')?.met).toBe(false);
    expect(statusSentence(o, tableWords(scenario, objecting(four)))).toMatch(
      /^Blocked: France, Germany, Italy and Poland object/,
    );
  });

  it('passes with Germany, France and Italy against: over 35% of the population, but three members cannot block', () => {
    const three = ['DE', 'FR', 'IT'];
    // Their share is enough to leave the rest short of 65%: only the four-member clause lets it pass.
    expect(shareOf(three)).toBeGreaterThan(0.35);
    expect(1 - shareOf(three)).toBeLessThan(0.65);
    const o = judged(objecting(three)).outcome;
    expect(o.status).toBe('passes');
    expect(margin(objecting(three), 'weight')?.met).toBe(false);
    expect(margin(objecting(three), 'blocking-minority')).toMatchObject({
      have: 3,
      quota: 4,
      met: false,
    });
    // Any fourth member joining them blocks it.
    expect(judged(objecting([...three, 'MT'])).outcome.status).toBe('blocked');
  });

  it('passes against the four smallest members: a minority in number, too little population', () => {
    const smallest = [...reference.members]
      .sort((a, b) => a.population - b.population)
      .slice(0, 4)
      .map((m) => m.id);
    expect(shareOf(smallest)).toBeLessThan(0.35);
    expect(judged(objecting(smallest)).outcome.status).toBe('passes');
  });

  it('under NATO-style consensus one objection blocks the same table', () => {
    expect(judged(objecting(['MT']), 'consensus').outcome.status).toBe('blocked');
    expect(judged(objecting(['MT'])).outcome.status).toBe('passes');
  });

  it('is a shipped scenario, left off the NATO time line', () => {
    const catalog = shippedCatalog();
    expect(catalog.map((s) => s.id)).toContain('eu-council-comparison');
    expect(timelineSteps(catalog).map((s) => s.id)).not.toContain('eu-council-comparison');
  });
});
