import { readdirSync, readFileSync } from 'node:fs';
import type { Scenario } from '../../src/scenario/model';
import { parseScenario } from '../../src/scenario/parse';
import { join } from 'node:path';

export const FIXTURES = join(import.meta.dirname, '../fixtures');
export const BAD_SCENARIOS = join(FIXTURES, 'scenarios/bad');
export const SCENARIOS = join(import.meta.dirname, '../../scenarios');

export interface ExpectedProblem {
  line: number;
  column: number;
  message: string;
}

/** The bad scenario fixtures with the problem each must report. */
export function badScenarioCases(): [string, ExpectedProblem][] {
  const expected = JSON.parse(readFileSync(join(BAD_SCENARIOS, 'expected.json'), 'utf8')) as Record<
    string,
    ExpectedProblem | string
  >;
  const files = readdirSync(BAD_SCENARIOS)
    .filter((f) => f.endsWith('.yaml'))
    .sort();
  return files.map((f) => {
    const e = expected[f];
    if (!e || typeof e === 'string') throw new Error(`no expectation for ${f} in expected.json`);
    return [f, e];
  });
}

export const shippedScenarioFiles = () =>
  readdirSync(SCENARIOS)
    .filter((f) => /\.(ya?ml|json)$/.test(f) && !f.endsWith('.schema.json'))
    .sort();

/** The minimal valid scenario fixture, parsed (as a file the user imports). */
export function minimalScenario(): Scenario {
  const parsed = parseScenario(
    readFileSync(join(FIXTURES, 'scenarios/valid-minimal.yaml'), 'utf8'),
  );
  if (!parsed.ok) throw new Error('the minimal fixture is valid');
  return parsed.value;
}
