/**
 * Vite plugin: `import scenarios from 'virtual:scenarios'` gives the shipped scenarios, validated
 * at build time by the same boundary as the command line. The browser receives plain, checked
 * data (no YAML parser or validator on first load); a bad file fails the build with
 * file:line:column: message.
 *
 * The files' translations are a module of their own (`virtual:scenario-translations`), loaded
 * with the language's catalog (src/app/language.ts): a first visit in English does not carry them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Plugin, Rollup } from 'vite';
import type { Scenario } from '../src/scenario/model';
import { decodeScenarioBytes, parseScenario } from '../src/scenario/parse';

const ID = 'virtual:scenarios';
const RESOLVED = `\0${ID}`;
const TEXTS_ID = 'virtual:scenario-translations';
const TEXTS_RESOLVED = `\0${TEXTS_ID}`;

export function scenarioCatalog(dirs: readonly string[]): Plugin {
  // Read and checked once per build for both modules; a watched file's change reads them again.
  let shipped: Shipped | undefined;
  return {
    name: 'nac-scenarios',
    buildStart() {
      shipped = undefined;
    },
    watchChange() {
      shipped = undefined;
    },
    resolveId: (id) => (id === ID ? RESOLVED : id === TEXTS_ID ? TEXTS_RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED && id !== TEXTS_RESOLVED) return undefined;
      shipped ??= readScenarios(dirs, this);
      // Each module watches the files (the dev server keeps a module's watched files its own).
      for (const file of shipped.files) this.addWatchFile(file);
      if (id === TEXTS_RESOLVED)
        return `export default ${JSON.stringify(
          Object.fromEntries(
            shipped.scenarios.flatMap((sc) => (sc.translations ? [[sc.id, sc.translations]] : [])),
          ),
        )};`;
      return `export default ${JSON.stringify(shipped.scenarios.map((sc) => withoutTranslations(sc)))};`;
    },
  };
}

interface Shipped {
  readonly files: readonly string[];
  readonly scenarios: readonly Scenario[];
}

/** The scenario files in `dirs`, parsed and checked; a bad file or a repeated id fails the build. */
function readScenarios(
  dirs: readonly string[],
  build: Pick<Rollup.PluginContext, 'error'>,
): Shipped {
  const files = dirs.flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => /\.(ya?ml|json)$/.test(f) && !f.endsWith('.schema.json'))
      .sort()
      .map((f) => join(dir, f)),
  );
  const scenarios = files.map((path) => {
    const text = decodeScenarioBytes(readFileSync(path));
    const parsed = text.ok ? parseScenario(text.value) : text;
    if (!parsed.ok)
      build.error(
        parsed.problems
          .map((p) => `${relative(process.cwd(), path)}:${p.line}:${p.column}: ${p.message}`)
          .join('\n'),
      );
    return parsed.value;
  });
  const seen = new Map<string, string>();
  scenarios.forEach((sc, k) => {
    const other = seen.get(sc.id);
    if (other) build.error(`${files[k]}: scenario id "${sc.id}" is already used by ${other}`);
    seen.set(sc.id, files[k] ?? '');
  });
  return { files, scenarios };
}

/** A scenario as the first visit carries it: its translations load later, with their language. */
function withoutTranslations(scenario: Scenario): Scenario {
  const copy = { ...scenario };
  delete copy.translations;
  return copy;
}
