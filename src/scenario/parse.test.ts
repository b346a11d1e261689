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
  it('a share larger than the whole', () => {
    expect(
      first(
        `${base}rules:\n  - { id: more, label: M, explanation: M, kind: majority }\n  - { id: big, label: B, explanation: B, kind: weighted, weight: population, quota: { share: [3, 2] } }\n`,
      ),
    ).toMatch(/at most 1/);
  });
});
