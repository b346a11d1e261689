import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shippedScenario } from '../../tests/support/catalog';
import { FIXTURES } from '../../tests/support/fixtures';
import { builtInRule } from '../engine/rules';
import { parseScenario } from '../scenario/parse';
import { judge, type Changes } from '../scenario/play';
import { shortReason, statusSentence, tableWords } from './outcome';
import { noFigureSentence, ruleLabel, ruleSentence, undecidedSemantics } from './rules';

/** The banner's sentence for a scenario under a rule with the user's changes. */
const banner = (id: string, changes: Changes = {}, rule?: string) => {
  const scenario = shippedScenario(id);
  const j = judge(scenario, rule ?? scenario.defaultRule, changes);
  if (!j.ok) throw new Error(j.error);
  return statusSentence(j.value.outcome, tableWords(scenario, changes));
};

describe('the outcome names each blocker with the strength of its evidence', () => {
  it.each<[string, Changes, string]>([
    [
      'vilnius-2023',
      {},
      'Blocked: France objects (named official); Germany, following France (reported).',
    ],
    // Germany set by hand is no longer following France, and rests on no source.
    [
      'vilnius-2023',
      { FR: { position: 'support' }, DE: { position: 'object' } },
      'Blocked: Germany objects (your change).',
    ],
    [
      'vilnius-2023',
      { HU: { position: 'object' }, PL: { position: 'object' } },
      'Blocked: France objects (named official); Germany, following France (reported); Hungary and Poland object (your change).',
    ],
  ])('%s with %j', (id, changes, sentence) => {
    expect(banner(id, changes)).toBe(sentence);
  });

  it('counts many objectors and still names each group with its grade', () => {
    const changes: Changes = Object.fromEntries(
      ['BE', 'BG', 'CA', 'HR', 'CZ', 'DK'].map((id) => [id, { position: 'object' as const }]),
    );
    expect(banner('vilnius-2023', changes)).toBe(
      'Blocked: 8 allies object: Belgium, Bulgaria, Canada, Croatia, Czechia and Denmark (your change); France (named official); Germany, following France (reported).',
    );
  });

  it('names a few of a large body and counts the rest, so the banner stays short', () => {
    const parsed = parseScenario(
      readFileSync(join(FIXTURES, 'scenarios/large-body-250.yaml'), 'utf8'),
    );
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const s = parsed.value;
    const sentence = (changes: Changes) => {
      const j = judge(s, s.defaultRule, changes);
      if (!j.ok) throw new Error(j.error);
      return statusSentence(j.value.outcome, tableWords(s, changes));
    };
    expect(sentence({})).toMatch(
      /^Pending: it still needs \d+ more in favour, for example (Member \d+, ){4}Member \d+ and \d+ others\.$/,
    );
    const all: Changes = Object.fromEntries(
      s.members.map((m) => [m.id, { position: 'object' as const }]),
    );
    expect(sentence(all)).toMatch(
      /^Blocked: 250 members object: Member 1, Member 2, Member 3, Member 4, Member 5 and 245 others \(your change\)\./,
    );
  });

  it('shortens the reason in the comparison of rules, keeping the grades', () => {
    const scenario = shippedScenario('vilnius-2023');
    const j = judge(scenario, 'consensus', {});
    if (!j.ok) throw new Error(j.error);
    expect(shortReason(j.value.outcome, tableWords(scenario))).toBe(
      'France objects (named official); Germany, following France (reported)',
    );
  });
});

describe('a majority-type rule says why it passes, in numbers', () => {
  it('a head count gives the count and what is needed', () => {
    // Vilnius under a simple majority: 28 in favour (France and Germany object, Hungary undecided).
    expect(banner('vilnius-2023', {}, 'majority')).toBe(
      'Passes: 28 of 31 allies in favour, 16 needed.',
    );
  });

  it('a weighted rule adds its weight; consensus keeps its plain sentence', () => {
    expect(banner('vilnius-2023', {}, 'qmv')).toMatch(
      /^Passes: 28 of 31 allies in favour, 18 needed; [\d.,]+ m people of [\d.,]+ m people, [\d.,]+ m people needed\.$/,
    );
    const all: Changes = { FR: { position: 'support' }, HU: { position: 'support' } };
    expect(banner('vilnius-2023', all)).toBe('Passes: the rule is met.');
  });
});

describe('words that fit the body', () => {
  it('a custom body has members, not allies', () => {
    expect(banner('unsc-comparison', {}, 'consensus')).toBe(
      'Passes: no member objects; 15 undecided members are presumed to consent.',
    );
    const unsc = shippedScenario('unsc-comparison');
    const consensus = builtInRule('consensus');
    if (!consensus) throw new Error('no consensus rule');
    expect(ruleLabel(consensus, unsc)).toBe('Consensus');
    expect(ruleSentence(consensus, unsc, unsc.members)).not.toMatch(/ally|allies|NATO/);
  });

  it('a file may name its own noun for one seat and several', () => {
    const parsed = parseScenario(`format: 1
id: osce-like
title: A body of participating States
date: 2023-07-11
question: Q?
default: { position: undecided, evidence: assumption, note: Assumed. }
sources: [{ id: s, title: S }]
body:
  name: A conference
  member: { one: participating State, other: participating States }
  members: [{ id: AA, name: Aland }, { id: BB, name: Bland }]
`);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const s = parsed.value;
    const j = judge(s, 'consensus', { AA: { position: 'object' } });
    if (!j.ok) throw new Error(j.error);
    expect(statusSentence(j.value.outcome, tableWords(s, { AA: { position: 'object' } }))).toBe(
      'Blocked: Aland objects (your change).',
    );
    const passes = judge(s, 'consensus', {});
    if (!passes.ok) throw new Error(passes.error);
    expect(statusSentence(passes.value.outcome, tableWords(s))).toBe(
      'Passes: no participating State objects; Aland and Bland are presumed to consent.',
    );
    const consensus = builtInRule('consensus');
    if (!consensus) throw new Error('no consensus rule');
    expect(ruleSentence(consensus, s, s.members)).toContain('unless a participating State objects');
  });

  it('states how each rule treats undecided seats, veto players included', () => {
    const unsc = shippedScenario('unsc-comparison');
    const article27 = unsc.rules.find((r) => r.id === 'unsc-article-27');
    if (!article27) throw new Error('no Article 27 rule');
    expect(undecidedSemantics(article27.rule, unsc.memberNoun)).toMatch(
      /^An undecided veto player abstains: it neither blocks nor counts toward the quota/,
    );
    const nuclear = builtInRule('veto-players');
    if (!nuclear) throw new Error('no veto-players rule');
    expect(undecidedSemantics(nuclear.rule, shippedScenario('vilnius-2023').memberNoun)).toMatch(
      /an undecided veto player has not said yes, so the outcome is pending/,
    );
  });

  it('says which members a weighted rule counts as 0 for want of a figure', () => {
    const washington = shippedScenario('washington-2024');
    const vilnius = shippedScenario('vilnius-2023');
    const weighted = builtInRule('weighted');
    const population = builtInRule('weighted-population');
    if (!weighted || !population) throw new Error('no weighted rules');
    expect(noFigureSentence(weighted.rule, washington.members)).toBe(
      'Iceland and Sweden have no defence-spending figure in the data and count as 0 under this rule: their support adds nothing toward the quota.',
    );
    // Sweden was not at the 2023 table.
    expect(noFigureSentence(weighted.rule, vilnius.members)).toMatch(/^Iceland has no defence/);
    expect(noFigureSentence(population.rule, washington.members)).toBeNull();
    expect(ruleSentence(weighted, washington, washington.members)).toMatch(/Iceland and Sweden/);
  });
});
