import { describe, expect, it } from 'vitest';
import { shippedCatalog, shippedScenario } from '../../tests/support/catalog';
import { compareScenarios, shortTitle, timelineSteps } from './compare';

const catalog = shippedCatalog();
const diff = (a: string, b: string) => compareScenarios(shippedScenario(a), shippedScenario(b));

describe('timeline steps', () => {
  it('are the dated NATO scenarios in date order; the UN and EU comparisons stay off', () => {
    expect(timelineSteps(catalog).map((s) => s.id)).toEqual([
      'spring-2023',
      'vilnius-2023',
      'washington-2024',
      'shelved-2025',
    ]);
  });

  it('short titles are the part before the colon', () => {
    expect(timelineSteps(catalog).map(shortTitle)).toEqual([
      'Spring 2023',
      'Vilnius summit, July 2023',
      'Washington summit, July 2024',
      'The Hague summit, June 2025',
    ]);
  });
});

// Each row: from, to, then what the shipped files say changed between them.
const cases: {
  from: string;
  to: string;
  joined: string[];
  left: string[];
  changed: [string, string, string][];
  reassessed: [string, string, string][];
  defaults: [string, string, number] | null;
  outcome: [string, string, boolean];
}[] = [
  {
    from: 'spring-2023',
    to: 'vilnius-2023',
    joined: [],
    left: [],
    changed: [
      ['FR', 'undecided', 'object'],
      ['DE', 'undecided', 'object'],
    ],
    reassessed: [['HU', 'assumption', 'inference']],
    defaults: ['undecided', 'support', 27],
    outcome: ['passes', 'blocked', true],
  },
  {
    from: 'vilnius-2023',
    to: 'washington-2024',
    joined: ['SE'],
    left: [],
    changed: [['US', 'support', 'undecided']],
    reassessed: [
      ['FR', 'named-official', 'inference'],
      ['HU', 'inference', 'named-official'],
    ],
    defaults: null,
    outcome: ['blocked', 'blocked', false],
  },
  {
    from: 'washington-2024',
    to: 'shelved-2025',
    joined: [],
    left: [],
    changed: [],
    // Hungary's and Sweden's 2024 words are carried forward to 2025: an inference there.
    reassessed: [
      ['FR', 'inference', 'named-official'],
      ['HU', 'named-official', 'inference'],
      ['SE', 'named-official', 'inference'],
      ['US', 'named-official', 'inference'],
    ],
    defaults: null,
    outcome: ['blocked', 'blocked', false],
  },
  {
    from: 'washington-2024',
    to: 'spring-2023',
    joined: [],
    left: ['SE'],
    changed: [
      ['FR', 'object', 'undecided'],
      ['DE', 'object', 'undecided'],
      ['US', 'undecided', 'support'],
    ],
    reassessed: [['HU', 'named-official', 'assumption']],
    defaults: ['support', 'undecided', 27],
    outcome: ['blocked', 'passes', true],
  },
];

describe('compareScenarios on the shipped scenarios', () => {
  it.each(cases)('$from -> $to', (c) => {
    const d = diff(c.from, c.to);
    expect(d.joined.map((x) => x.ally)).toEqual(c.joined);
    expect(d.left.map((x) => x.ally)).toEqual(c.left);
    expect(d.changed.map((x) => [x.ally, x.from, x.to])).toEqual(c.changed);
    expect(d.reassessed.map((x) => [x.ally, x.fromEvidence, x.evidence])).toEqual(c.reassessed);
    expect(d.defaults && [d.defaults.from, d.defaults.to, d.defaults.allies.length]).toEqual(
      c.defaults,
    );
    expect([d.outcomeFrom?.status, d.outcomeTo?.status, d.outcomeChanged]).toEqual(c.outcome);
  });

  it("a change carries the new stance's note, evidence and resolved sources", () => {
    const france = diff('spring-2023', 'vilnius-2023').changed.find((x) => x.ally === 'FR');
    expect(france).toMatchObject({ name: 'France', evidence: 'named-official', assumed: false });
    expect(france?.note).toMatch(/big mistake/);
    expect(france?.sources.map((s) => s.id)).toContain('seed-guardian-2023-06-07');
    expect(france?.sources.every((s) => s.title.length > 0)).toBe(true);
  });

  it('an ally who joins brings its stance and sources', () => {
    const [sweden] = diff('vilnius-2023', 'washington-2024').joined;
    expect(sweden).toMatchObject({
      name: 'Sweden',
      position: 'support',
      evidence: 'named-official',
    });
    expect(sweden?.sources.map((s) => s.id)).toEqual(['thelocal-2024-07-09', 'fp-2024-07']);
  });

  it('names the blockers of each side under its default rule', () => {
    const d = diff('spring-2023', 'vilnius-2023');
    expect(d.outcomeFrom).toMatchObject({ rule: { id: 'consensus' }, allies: [] });
    expect(d.outcomeTo?.allies).toEqual(['FR', 'DE']);
  });

  it('a scenario compared with itself has no differences', () => {
    const d = diff('vilnius-2023', 'vilnius-2023');
    expect([d.joined, d.left, d.changed, d.reassessed, d.defaults, d.outcomeChanged]).toEqual([
      [],
      [],
      [],
      [],
      null,
      false,
    ]);
  });

  it('a NATO table against the UN Security Council: every seat joins or leaves', () => {
    const d = diff('vilnius-2023', 'unsc-comparison');
    expect(d.left).toHaveLength(
      31 -
        d.to.members.filter((m) =>
          shippedScenario('vilnius-2023').members.some((n) => n.id === m.id),
        ).length,
    );
    expect(d.joined.length + d.changed.length + d.reassessed.length).toBeGreaterThan(0);
  });
});
