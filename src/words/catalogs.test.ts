// The catalogs: compiled from their sources (npm run i18n), French complete, ally names current.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { allyNamesText } from '../../scripts/allyNames';
import { shippedScenario } from '../../tests/support/catalog';
import { judge, type Changes } from '../scenario/play';
import { createWords, type Catalog } from './intl';
import { statusSentence, tableWords } from './outcome';

const root = join(import.meta.dirname, '../..');
const here = (...p: string[]) => join(root, 'src/words', ...p);
const read = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const tmp = mkdtempSync(join(tmpdir(), 'nac-i18n-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Runs the project's own FormatJS command line, as `npm run i18n` does. */
const formatjs = (...args: string[]) =>
  execFileSync(process.execPath, [join(root, 'node_modules/.bin/formatjs'), ...args], {
    cwd: root,
    stdio: 'pipe',
  });

describe('the catalogs', () => {
  it('the English source holds exactly the messages the code declares', () => {
    const out = join(tmp, 'extracted.json');
    formatjs(
      'extract',
      'src/**/*.{ts,tsx}',
      '--ignore',
      '**/*.test.{ts,tsx}',
      '--format',
      'simple',
      '--out-file',
      out,
    );
    expect(read(here('messages/en.json'))).toEqual(read(out));
  });

  it.each(['en', 'fr'])('the compiled %s catalog is what its source compiles to', (lang) => {
    const out = join(tmp, `${lang}.json`);
    formatjs(
      'compile',
      here(`messages/${lang}.json`),
      '--format',
      'simple',
      '--ast',
      '--out-file',
      out,
    );
    expect(read(here(`compiled/${lang}.json`))).toEqual(read(out));
  });

  it('French has every English message, and nothing English lacks', () => {
    const en = Object.keys(read(here('messages/en.json')) as object).sort();
    const fr = Object.keys(read(here('messages/fr.json')) as object).sort();
    expect(en.filter((k) => !fr.includes(k))).toEqual([]);
    expect(fr.filter((k) => !en.includes(k))).toEqual([]);
  });

  it('the French ally names are what scripts/writeAllyNames.ts writes from CLDR', () => {
    expect(readFileSync(here('data/allyNames.fr.json'), 'utf8')).toBe(allyNamesText());
    const names = read(here('data/allyNames.fr.json')) as Record<string, string>;
    expect(names.DE).toBe('Allemagne');
    expect(names.GB).toBe('Royaume-Uni');
    expect(names.US).toBe('États-Unis');
    expect(names.TR).toBe('Türkiye');
  });
});

describe('the status sentence in French', () => {
  const french = createWords('fr', read(here('compiled/fr.json')) as Catalog);
  const banner = (id: string, changes: Changes = {}) => {
    const scenario = shippedScenario(id);
    const j = judge(scenario, scenario.defaultRule, changes);
    if (!j.ok) throw new Error(j.error);
    return statusSentence(j.value.outcome, tableWords(scenario, changes, undefined, french));
  };

  it('starts with Bloquée and names the blockers by their French names', () => {
    // French typography: a no-break space before the colon and the semicolon.
    expect(banner('vilnius-2023')).toBe(
      'Bloquée\u00a0: France s’y oppose (responsable cité)\u00a0; Allemagne, dans le sillage de France (selon la presse).',
    );
  });

  it('starts with Adoptée, with the undecided presumed to consent (one: in the singular)', () => {
    const s = banner('vilnius-2023', { FR: { position: 'support' }, DE: { position: 'support' } });
    expect(s).toBe(
      'Adoptée\u00a0: aucun allié ne s’y oppose\u00a0; indécis, son silence vaut accord\u00a0: Hongrie.',
    );
  });

  it('puts counts through ICU plurals: two undecided allies take the plural, listed the French way', () => {
    const s = banner('vilnius-2023', {
      FR: { position: 'support' },
      DE: { position: 'support' },
      PL: { position: 'undecided' },
    });
    expect(s).toBe(
      'Adoptée\u00a0: aucun allié ne s’y oppose\u00a0; indécis, leur silence vaut accord\u00a0: Hongrie et Pologne.',
    );
  });
});
