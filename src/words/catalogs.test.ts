// The catalogs: compiled from their sources (npm run i18n), French complete, ally names current.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { allyNamesText } from '../../scripts/allyNames';
import {
  compile,
  extractParts,
  idsInSeveralParts,
  PARTS,
  partOf,
  severalPartsProblems,
  sourcesIn,
} from '../../scripts/catalogs';
import { shippedScenario } from '../../tests/support/catalog';
import { judge, type Changes } from '../scenario/play';
import { createWords, type Catalog } from './intl';
import { statusSentence, tableWords } from './outcome';

const here = (...p: string[]) => join(import.meta.dirname, ...p);
const read = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const tmp = mkdtempSync(join(tmpdir(), 'nac-i18n-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const keys = (path: string) => Object.keys(read(path) as object).sort();

describe('the catalogs', () => {
  it("each part's English source holds exactly the messages its code declares", () => {
    const parts = extractParts();
    expect(Object.keys(parts).sort()).toEqual([...PARTS].sort());
    for (const part of PARTS)
      expect([part, read(here(`messages/${part}.en.json`))]).toEqual([part, parts[part]]);
    expect(sourcesIn('en')).toEqual(PARTS.map((p) => `${p}.en.json`).sort());
  });

  it('a file belongs to the part whose catalog module it imports, else to the first visit', () => {
    expect(partOf("import { x } from './intl';\nimport './parts/room';\n")).toBe('room');
    expect(partOf("import '../words/parts/exercises';")).toBe('exercises');
    expect(partOf("import { y } from '../words/parts/room';")).toBe('page');
    expect(partOf('const x = 1;')).toBe('page');
  });

  it('an id is declared in one part only: its English source and compiled catalog', () => {
    for (const dir of ['messages', 'compiled']) {
      const byPart = Object.fromEntries(
        PARTS.map((part) => {
          const file = `src/words/${dir}/${part}.en.json`;
          const ids = Object.keys(read(here(`${dir}/${part}.en.json`)) as object);
          return [part, Object.fromEntries(ids.map((id) => [id, file]))];
        }),
      );
      expect(severalPartsProblems(idsInSeveralParts(byPart))).toEqual([]);
    }
  });

  it('names an id that two parts declare, and both its files', () => {
    const several = idsInSeveralParts({
      page: { 'a.close': 'src/ui/A.tsx', 'a.open': 'src/ui/A.tsx' },
      room: { 'a.close': 'src/ui/Room.tsx', 'room.join': 'src/ui/Room.tsx' },
      share: { 'share.copy': 'src/ui/Share.tsx' },
    });
    expect([...several]).toEqual([
      [
        'a.close',
        [
          { part: 'page', file: 'src/ui/A.tsx' },
          { part: 'room', file: 'src/ui/Room.tsx' },
        ],
      ],
    ]);
    expect(severalPartsProblems(several)).toEqual([
      'message id "a.close" is declared in 2 parts: src/ui/A.tsx (part page) and src/ui/Room.tsx (part room); give each meaning its own id',
    ]);
    expect(idsInSeveralParts({ page: { x: 'a.ts' }, room: { y: 'b.ts' } }).size).toBe(0);
  });

  it.each(PARTS)('the compiled English of part %s is what its source compiles to', (part) => {
    const out = join(tmp, `${part}.en.json`);
    compile([`${part}.en.json`], out);
    expect(read(here(`compiled/${part}.en.json`))).toEqual(read(out));
  });

  it("the compiled French is every part's French source, compiled", () => {
    const out = join(tmp, 'fr.json');
    compile(sourcesIn('fr'), out);
    expect(read(here('compiled/fr.json'))).toEqual(read(out));
  });

  it.each(PARTS)(
    'French has every English message of part %s, and nothing English lacks',
    (part) => {
      const en = keys(here(`messages/${part}.en.json`));
      const fr = keys(here(`messages/${part}.fr.json`));
      expect(en.filter((k) => !fr.includes(k))).toEqual([]);
      expect(fr.filter((k) => !en.includes(k))).toEqual([]);
    },
  );

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
