// The shipped scenarios, parsed the same way the build plugin does, for tests outside Vite's plugin.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Scenario } from '../../src/scenario/model';
import { parseScenario } from '../../src/scenario/parse';
import { SCENARIOS, shippedScenarioFiles } from './fixtures';

export function shippedCatalog(): Scenario[] {
  return shippedScenarioFiles().map((f) => {
    const r = parseScenario(readFileSync(join(SCENARIOS, f), 'utf8'));
    if (!r.ok) throw new Error(`${f}: ${JSON.stringify(r.problems)}`);
    return r.value;
  });
}

/** One shipped scenario by id (parsed once per test file); throws for an unknown id. */
let parsed: Scenario[] | null = null;
export function shippedScenario(id: string): Scenario {
  parsed ??= shippedCatalog();
  const s = parsed.find((x) => x.id === id);
  if (!s) throw new Error(`no scenario ${id}`);
  return s;
}

/** An in-memory local storage. */
export function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    data,
  };
}
