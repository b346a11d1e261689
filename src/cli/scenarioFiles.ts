/** Reading scenario files from disk for the command line. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Parsed, Scenario } from '../scenario/model';
import { MAX_SCENARIO_BYTES, tooLargeProblem } from '../scenario/limits';
import { decodeScenarioBytes, parseScenario } from '../scenario/parse';

/** The shipped scenarios' folder. */
export const SCENARIO_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../scenarios');

const isScenarioFile = (name: string) =>
  /\.(ya?ml|json)$/i.test(name) && !name.endsWith('.schema.json');

/** Expands files and folders into scenario file paths (folders: their .yaml, .yml and .json files). */
export function expandPaths(paths: readonly string[]): { files: string[]; missing: string[] } {
  const files: string[] = [];
  const missing: string[] = [];
  for (const p of paths) {
    let st;
    try {
      st = statSync(p);
    } catch {
      missing.push(p);
      continue;
    }
    if (st.isDirectory())
      files.push(
        ...readdirSync(p)
          .filter(isScenarioFile)
          .sort()
          .map((n) => join(p, n)),
      );
    else files.push(p);
  }
  return { files, missing };
}

/** Reads and validates one file; size is checked before anything is read. */
export function loadScenarioFile(path: string): Parsed<Scenario> {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    return { ok: false, problems: [{ line: 1, column: 1, message: 'cannot read the file' }] };
  }
  if (size > MAX_SCENARIO_BYTES) return { ok: false, problems: [tooLargeProblem(size)] };
  const text = decodeScenarioBytes(readFileSync(path));
  return text.ok ? parseScenario(text.value) : text;
}

/** Every shipped scenario, valid ones only (CI validates them all). */
export function shippedScenarios(): Scenario[] {
  return expandPaths([SCENARIO_DIR]).files.flatMap((f) => {
    const r = loadScenarioFile(f);
    return r.ok ? [r.value] : [];
  });
}

/** A scenario argument: a path to a file, or the id of a shipped scenario. */
export function findScenario(arg: string): { path: string; parsed: Parsed<Scenario> } | null {
  try {
    if (statSync(arg).isFile()) return { path: arg, parsed: loadScenarioFile(arg) };
  } catch {
    // not a path: try the shipped scenarios by id
  }
  for (const f of expandPaths([SCENARIO_DIR]).files) {
    const parsed = loadScenarioFile(f);
    if (parsed.ok && parsed.value.id === arg) return { path: f, parsed };
  }
  return null;
}
