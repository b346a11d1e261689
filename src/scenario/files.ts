/**
 * Everything that needs the YAML parser and the validator, in one module the app loads lazily
 * (`import('../scenario/files')`): the first visit never downloads yaml or zod.
 */
import { stringify } from 'yaml';
import type { ScenarioFile } from './schema';

export { decodeScenarioBytes, parseScenario } from './parse';
// The writer of scenario files travels with the parser: only exports and imported scenarios need it.
export { scenarioFileName, scenarioFileOf, sourcesMarkdown } from './export';

/** The schema line editors read (VS Code's YAML extension, for one); see scenarios/README.md. */
export const SCHEMA_MODELINE = '# yaml-language-server: $schema=./scenario.schema.json';

/** A scenario file as YAML text, with a header saying where it came from. */
export function scenarioYaml(file: ScenarioFile, header: readonly string[] = []): string {
  const body = stringify(file, { lineWidth: 100, minContentWidth: 40 });
  return [SCHEMA_MODELINE, ...header.map((h) => `# ${h}`), body].join('\n');
}
