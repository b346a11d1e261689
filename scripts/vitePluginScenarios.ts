/**
 * Vite plugin: `import scenarios from 'virtual:scenarios'` gives the shipped scenarios, validated
 * at build time by the same boundary as the command line. The browser receives plain, checked
 * data (no YAML parser or validator on first load); a bad file fails the build with
 * file:line:column: message.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Plugin } from 'vite';
import { decodeScenarioBytes, parseScenario } from '../src/scenario/parse';

const ID = 'virtual:scenarios';
const RESOLVED = `\0${ID}`;

export function scenarioCatalog(dirs: readonly string[]): Plugin {
  return {
    name: 'nac-scenarios',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      const files = dirs.flatMap((dir) =>
        readdirSync(dir)
          .filter((f) => /\.(ya?ml|json)$/.test(f) && !f.endsWith('.schema.json'))
          .sort()
          .map((f) => join(dir, f)),
      );
      const scenarios = files.map((path) => {
        this.addWatchFile(path);
        const text = decodeScenarioBytes(readFileSync(path));
        const parsed = text.ok ? parseScenario(text.value) : text;
        if (!parsed.ok)
          this.error(
            parsed.problems
              .map((p) => `${relative(process.cwd(), path)}:${p.line}:${p.column}: ${p.message}`)
              .join('\n'),
          );
        return parsed.value;
      });
      const seen = new Map<string, string>();
      scenarios.forEach((sc, k) => {
        const other = seen.get(sc.id);
        if (other) this.error(`${files[k]}: scenario id "${sc.id}" is already used by ${other}`);
        seen.set(sc.id, files[k] ?? '');
      });
      return `export default ${JSON.stringify(scenarios)};`;
    },
  };
}
