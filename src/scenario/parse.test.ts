import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  BAD_SCENARIOS,
  badScenarioCases,
  FIXTURES,
  SCENARIOS,
  shippedScenarioFiles,
} from '../../tests/support/fixtures';
import { HEAD, manyAllies } from '../../tests/support/hostile';
import { MAX_PROBLEMS_SHOWN, MAX_VALUES, problemsShown } from './limits';
import { decodeScenarioBytes, MAX_SCENARIO_BYTES, parseScenario } from './parse';

const parseBytes = (bytes: Uint8Array) => {
  const text = decodeScenarioBytes(bytes);
  return text.ok ? parseScenario(text.value) : text;
};

describe('bad scenario files: each problem named with its line and column', () => {
  it.each(badScenarioCases())('%s', (file, expected) => {
    const r = parseBytes(readFileSync(join(BAD_SCENARIOS, file)));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems[0]).toMatchObject({ line: expected.line, column: expected.column });
    expect(r.problems[0]?.message).toContain(expected.message);
  });

  it('refuses a file over 1 MB before parsing it', () => {
    const big = new TextEncoder().encode(`# ${'x'.repeat(MAX_SCENARIO_BYTES)}\n`);
    const r = parseBytes(big);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]?.message).toMatch(/limited to 1 MB/);
  });

  it('refuses random binary junk without throwing', () => {
    const junk = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256);
    const r = parseBytes(junk);
    expect(r.ok).toBe(false);
  });

  it('reports every problem in a file, not just the first', () => {
    const text = readFileSync(join(FIXTURES, 'scenarios/valid-minimal.yaml'), 'utf8')
      .replace('question:', 'colour: blue\nquestion:')
      .replace('evidence: assumption', 'evidence: rumour');
    const r = parseScenario(text);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.problems.map((p) => p.message).join('\n')).toMatch(
        /unknown key "colour"[\s\S]*evidence/,
      );
  });

  it('accepts JSON as well as YAML', () => {
    const yamlText = readFileSync(join(FIXTURES, 'scenarios/valid-minimal.yaml'), 'utf8');
    const asJson = JSON.stringify({
      format: 1,
      id: 'test-case',
      title: 'A test case',
      date: '2023-07-11',
      question: 'Does JSON work?',
      default: { position: 'support', evidence: 'assumption', note: 'Assumed.' },
      sources: [{ id: 'src-a', title: 'A source' }],
    });
    expect(parseScenario(yamlText).ok).toBe(true);
    expect(parseScenario(asJson).ok).toBe(true);
  });
});

describe('hostile files', () => {
  it('1,000 nested [ read twice in one process: refused both times, before the reader recurses', () => {
    const deep = readFileSync(join(BAD_SCENARIOS, 'deep-nesting.yaml'), 'utf8');
    for (let k = 0; k < 2; k++)
      expect(parseScenario(deep)).toEqual({
        ok: false,
        problems: [
          {
            line: 1,
            column: 33,
            message: expect.stringContaining('nesting is deeper than 32 levels') as string,
          },
        ],
      });
  });

  it('nesting just within the limit is read (and then judged as data)', () => {
    const r = parseScenario(`${HEAD}summary: ${'['.repeat(30)}${']'.repeat(30)}\n`);
    expect(r.ok ? [] : r.problems.map((p) => p.message)).toEqual([
      'summary: expected text, got a list',
    ]);
  });

  it('locates every problem in linear work: ten times the lines, about ten times the steps', () => {
    // Work, not time: the validator counts the nodes, keys and path steps it visits. Locating each
    // problem by scanning its mapping's keys (as it once did) grows with the square of the lines.
    const steps = (lines: number) => {
      const work = { steps: 0 };
      const r = parseScenario(manyAllies(lines), { work });
      expect(r.ok ? 0 : r.problems.length).toBe(lines);
      return work.steps;
    };
    const small = steps(450);
    const large = steps(4_500);
    expect(large).toBeLessThan(11 * small);
    expect(large).toBeLessThan(10 * 4_500);
  });

  it('refuses a file with more values than any scenario needs as soon as the count passes', () => {
    // 74,000 ally lines once took 48 s; now the reader stops at the 10,001st value.
    const work = { steps: 0 };
    const r = parseScenario(manyAllies(74_000), { work });
    expect(MAX_VALUES).toBe(10_000);
    expect(r).toEqual({
      ok: false,
      problems: [
        {
          line: 5002,
          column: 10,
          message: expect.stringContaining('too many values: more than 10,000') as string,
        },
      ],
    });
    expect(work.steps).toBe(0);
  });

  it('lists at most MAX_PROBLEMS_SHOWN problems, and counts the rest', () => {
    const problems = Array.from({ length: 74_000 }, (_, k) => ({
      line: k + 14,
      column: 7,
      message: `allies.X${k}: expected a mapping`,
    }));
    const { shown, more } = problemsShown(problems);
    expect(MAX_PROBLEMS_SHOWN).toBe(200);
    expect(shown).toEqual(problems.slice(0, 200));
    expect(more).toBe('… and 73,800 more');
    expect(problemsShown(problems.slice(0, 200))).toEqual({
      shown: problems.slice(0, 200),
      more: null,
    });
  });

  it('a duplicate is found with one pass, whatever the number of keys', () => {
    const text = `${manyAllies(4_000)}  X3999: 2\n`;
    const work = { steps: 0 };
    const r = parseScenario(text, { work });
    expect(r.ok ? [] : r.problems).toEqual([
      {
        line: 4_014,
        column: 3,
        message:
          'duplicate key "X3999": a key may appear once in a mapping (is an ally listed twice?)',
      },
    ]);
    expect(work.steps).toBeLessThan(5 * 4_000);
  });
});

describe('shipped scenarios', () => {
  const load = (file: string) => {
    const r = parseScenario(readFileSync(join(SCENARIOS, file), 'utf8'));
    if (!r.ok) throw new Error(`${file}: ${JSON.stringify(r.problems)}`);
    return r.value;
  };

  it.each(shippedScenarioFiles())('%s is valid, and every stance is graded and sourced', (file) => {
    const s = load(file);
    const ids = new Set(s.sources.map((x) => x.id));
    for (const st of s.stances) {
      expect(st.note.length).toBeGreaterThan(10);
      if (st.evidence !== 'assumption') expect(st.sources.length).toBeGreaterThan(0);
      for (const id of st.sources) expect(ids.has(id)).toBe(true);
    }
  });

  it('cover the dated turns of the story with the right table', () => {
    const byId = new Map(shippedScenarioFiles().map((f) => [load(f).id, load(f)]));
    expect(byId.get('spring-2023')?.members).toHaveLength(31);
    expect(byId.get('vilnius-2023')?.members).toHaveLength(31);
    expect(byId.get('washington-2024')?.members).toHaveLength(32);
    expect(byId.get('shelved-2025')?.members).toHaveLength(32);
    expect(byId.get('unsc-comparison')?.members).toHaveLength(15);
    expect(byId.get('eu-council-comparison')?.members).toHaveLength(27);
  });

  it('Vilnius: France objects, Germany follows France, Hungary undecided, the US supports, the rest by assumption', () => {
    const s = load('2023-07-vilnius.yaml');
    const st = (id: string) => s.stances.find((x) => x.id === id);
    expect(st('FR')).toMatchObject({ position: 'object', assumed: false });
    expect(st('DE')).toMatchObject({ position: 'object', follows: 'FR' });
    expect(st('HU')).toMatchObject({ position: 'undecided' });
    expect(st('US')).toMatchObject({ position: 'support', evidence: 'inference' });
    expect(st('IT')).toMatchObject({ position: 'support', evidence: 'assumption', assumed: true });
  });
});

describe('tables and rules that could never be played are refused', () => {
  const base = readFileSync(join(FIXTURES, 'scenarios/valid-minimal.yaml'), 'utf8');
  const first = (text: string) => {
    const r = parseScenario(text);
    return r.ok ? 'valid' : (r.problems[0]?.message ?? '');
  };
  it('a date before any ally had joined', () => {
    expect(first(base.replace('date: 2023-07-11', 'date: 1900-01-01'))).toMatch(
      /no NATO ally had joined by 1900-01-01/,
    );
  });
  it('a veto player listed twice', () => {
    expect(
      first(
        `${base}rules:\n  - { id: twice, label: T, explanation: T, kind: veto-players, vetoes: [FR, FR], members: { atLeast: 2 } }\n`,
      ),
    ).toMatch(/veto player twice/);
  });
  const council = (weights: [number, number, number], rule: string) =>
    `${base.replace('date: 2023-07-11\n', 'date: 2023-07-11\nrule: custom\n')}body:
  name: A small council
  members:
${weights.map((w, k) => `    - { id: M${k}, name: Member ${k}, weights: { votes: ${w} } }`).join('\n')}
rules:
  - { id: custom, label: C, explanation: C, ${rule} }
`;
  it('a quota no coalition can meet: more than the whole, or more members than the table', () => {
    expect(
      first(
        council([1, 2, 3], 'kind: weighted, weight: votes, quota: { share: [1, 1], strict: true }'),
      ),
    ).toBe(
      'rule "custom" can never pass: it needs a "votes" weight of at least 7 in favour, and all members together have 6',
    );
    expect(first(council([1, 2, 3], 'kind: majority'))).toBe('valid');
    expect(
      first(
        `${base}rules:\n  - { id: all, label: A, explanation: A, kind: veto-players, vetoes: [FR], members: { atLeast: 32 } }\n`,
      ),
    ).toBe(
      'rule "all" can never pass: it needs at least 32 allies in favour, and only 31 sit at the table',
    );
    expect(
      first(
        council(
          [1, 2, 3],
          'kind: qmv, weight: votes, members: { atLeast: 2 }, weightQuota: { atLeast: 6 }, blockingMinority: 0',
        ),
      ),
    ).toBe('valid');
  });
  it('weights whose arithmetic would not be exact: the total, or the total times a share', () => {
    const half = 2 ** 52; // total 2^53 + 2 is past MAX_SAFE_INTEGER
    expect(
      first(council([half, half, 2], 'kind: weighted, weight: votes, quota: { atLeast: 1 }')),
    ).toMatch(
      /^weight "votes" is too large to compute exactly: its total, 9,007,199,254,740,994, passes/,
    );
    const third = 2 ** 51; // total 1.5 * 2^52 is exact, but twice it is not
    expect(
      first(
        council([third, third, third], 'kind: weighted, weight: votes, quota: { share: [1, 2] }'),
      ),
    ).toBe('valid');
    expect(
      first(
        council([third, third, third], 'kind: weighted, weight: votes, quota: { share: [2, 3] }'),
      ),
    ).toMatch(
      /too large to compute exactly: its total, 6,755,399,441,055,744 times 2 \(the share's numerator\), passes/,
    );
    // A body's own weights feed the built-in population rule too.
    expect(
      first(
        council([1, 2, 3], 'kind: majority').replace(
          /weights: \{ votes: (\d) \}/g,
          `weights: { votes: $1, population: ${half} }`,
        ),
      ),
    ).toMatch(
      /^weight "population" is too large to compute exactly: .* times 65 .*\(built-in rule "qmv"\)$/,
    );
  });
  it('a share larger than the whole', () => {
    expect(
      first(
        `${base}rules:\n  - { id: more, label: M, explanation: M, kind: majority }\n  - { id: big, label: B, explanation: B, kind: weighted, weight: population, quota: { share: [3, 2] } }\n`,
      ),
    ).toMatch(/at most 1/);
  });
});

describe('exercises: checked against the scenario, each problem located at its node', () => {
  const minimal = readFileSync(join(FIXTURES, 'scenarios/valid-minimal.yaml'), 'utf8');
  const withExercises = (yaml: string) =>
    parseScenario(
      `${minimal}allies:\n  DE: { position: object, follows: FR, evidence: assumption, note: Set. }\nexercises:\n${yaml}`,
    );
  /** The line and column of the first occurrence of `text` on the line holding `marker`. */
  const problemsOf = (yaml: string) => {
    const r = withExercises(yaml);
    return r.ok ? [] : r.problems.map((p) => `${p.line}:${p.column}: ${p.message}`);
  };
  // The fixture has 12 lines and the allies block 2 more: the exercises start on line 16.

  it('a valid list resolves its defaults: the scenario rule, tolerance 0.01, empty hints', () => {
    const r = withExercises(
      '  - { id: one, prompt: Who holds the key?, kind: fewest-changes, goal: pass }\n' +
        '  - { id: two, prompt: How likely?, kind: probability, chances: { FR: 0.2 } }\n',
    );
    expect(r.ok && r.value.exercises).toEqual([
      expect.objectContaining({ id: 'one', rule: 'consensus', fixed: [], hints: [] }),
      expect.objectContaining({ id: 'two', rule: 'consensus', tolerance: 0.01 }),
    ]);
  });

  it('an unknown kind names the kinds there are', () => {
    expect(problemsOf('  - id: a\n    prompt: Who?\n    kind: guess\n')).toEqual([
      expect.stringMatching(
        /^18:11: "exercises\.0\.kind" is not a valid exercise: .*fewest-changes/,
      ),
    ]);
  });

  it('a missing parameter is named where the exercise is', () => {
    expect(problemsOf('  - id: a\n    prompt: Who?\n    kind: power\n    rule: qmv\n')).toEqual([
      '16:5: missing required field "exercises.0.index"',
      '16:5: missing required field "exercises.0.ask"',
    ]);
  });

  it('an unknown rule, ally or source is refused at the offending node', () => {
    expect(
      problemsOf(
        [
          '  - id: a',
          '    prompt: Who?',
          '    kind: fewest-changes',
          '    goal: pass',
          '    rule: nope',
          '    fixed: [FR, XX]',
          '    sources: [zz]',
          '  - id: a',
          '    prompt: Which?',
          '    kind: compare-rules',
          '    rules: [qmv, qmv]',
          '    changes: { ZZ: { position: support } }',
          '',
        ].join('\n'),
      ),
    ).toEqual([
      '20:11: exercise "a": rule "nope" is neither a built-in rule that fits this table nor defined in rules',
      '21:17: exercise "a": XX is not at the table on 2023-07-11',
      '22:15: exercise "a": source "zz" is not defined in sources',
      '23:9: duplicate exercise id "a"',
      '26:18: exercise "a" lists rule "qmv" twice',
      '27:16: exercise "a": ZZ is not at the table on 2023-07-11',
    ]);
  });

  it("a chance given to a follower is refused: it takes its leader's", () => {
    expect(
      problemsOf('  - { id: a, prompt: How likely?, kind: probability, chances: { DE: 0.2 } }\n'),
    ).toEqual(['16:65: exercise "a": DE follows FR and takes its chance; give the chance to FR']);
  });

  it('a tolerance of 0 is refused where it is written', () => {
    expect(
      problemsOf('  - id: a\n    prompt: How likely?\n    kind: probability\n    tolerance: 0\n'),
    ).toEqual(['19:16: "exercises.0.tolerance": a tolerance is more than 0']);
  });
});
