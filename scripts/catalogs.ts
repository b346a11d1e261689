/**
 * The message catalogs, by part of the page. A part that loads on demand (the room, the
 * exercises, the explanation panels) carries its own English messages, so the first visit does
 * not ship them: a source file that declares messages for such a part imports that part's
 * catalog module (`src/words/parts/<part>.ts`, which adds them to the English catalog when the
 * part loads). Every other file's messages are the first visit's, part `page`.
 *
 * Sources: `src/words/messages/<part>.en.json` (extracted from the code) and
 * `<part>.fr.json` (translated). Compiled: `src/words/compiled/<part>.en.json` each, and one
 * `fr.json` holding every part's French (it loads when French is chosen).
 *
 * A message id belongs to one part: extraction fails, naming the id and its files, when two
 * parts declare it (each part's catalog loads on its own, so the id would have two texts).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

export const ROOT = join(import.meta.dirname, '..');
export const MESSAGES = join(ROOT, 'src/words/messages');
export const COMPILED = join(ROOT, 'src/words/compiled');

/** The part of the page whose catalog a source file's messages belong to. */
export function partOf(source: string): string {
  const m = /^import\s+'(?:\.\.?\/)+(?:words\/)?parts\/([a-z]+)';/m.exec(source);
  return m?.[1] ?? 'page';
}

/** Runs the project's own FormatJS command line. */
export const formatjs = (...args: string[]): void => {
  execFileSync(process.execPath, [join(ROOT, 'node_modules/.bin/formatjs'), ...args], {
    cwd: ROOT,
    stdio: 'pipe',
  });
};

interface Extracted {
  readonly defaultMessage: string;
  readonly file: string;
}

/** The parts: the first visit's, and one per module in src/words/parts/. */
export const PARTS: readonly string[] = [
  'page',
  ...readdirSync(join(ROOT, 'src/words/parts'))
    .filter((f) => f.endsWith('.ts'))
    .map((f) => f.slice(0, -'.ts'.length))
    .sort(),
];

/** The source files whose messages are extracted (not tests), relative to ROOT, sorted. */
export function sourceFiles(): string[] {
  return readdirSync(join(ROOT, 'src'), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f))
    .map((f) => relative(ROOT, join(ROOT, 'src', f)))
    .sort();
}

/** Where a message id is declared: its part, and the file (or catalog) that says so. */
export interface Declaration {
  readonly part: string;
  readonly file: string;
}

/**
 * The ids declared in more than one part, each with its declarations (in the parts' order), from
 * part -> id -> the file that declares it. An id must mean one thing: a part's catalog is loaded
 * on its own, and one part's text for an id would silently stand for another's.
 */
export function idsInSeveralParts(
  byPart: Readonly<Record<string, Readonly<Record<string, string>>>>,
): Map<string, Declaration[]> {
  const where = new Map<string, Declaration[]>();
  for (const [part, ids] of Object.entries(byPart))
    for (const [id, file] of Object.entries(ids))
      where.set(id, [...(where.get(id) ?? []), { part, file }]);
  return new Map(
    [...where].filter(([, declared]) => declared.length > 1).sort(([a], [b]) => (a < b ? -1 : 1)),
  );
}

/** One line per id declared in several parts, naming the files. */
export const severalPartsProblems = (
  several: ReadonlyMap<string, readonly Declaration[]>,
): string[] =>
  [...several].map(
    ([id, declared]) =>
      `message id "${id}" is declared in ${declared.length} parts: ${declared.map((d) => `${d.file} (part ${d.part})`).join(' and ')}; give each meaning its own id`,
  );

/** The English messages the code declares, by part: id -> text, ids sorted. */
export function extractParts(): Record<string, Record<string, string>> {
  // Each part's files are extracted on their own: one extraction of every file would merge an id
  // that two parts declare into one message, and the other part would lose it unseen.
  const filesOf = new Map<string, string[]>(PARTS.map((p) => [p, []]));
  for (const file of sourceFiles()) {
    const part = partOf(readFileSync(join(ROOT, file), 'utf8'));
    const files = filesOf.get(part);
    if (!files) throw new Error(`${file} imports parts/${part}, which src/words/parts lacks`);
    files.push(file);
  }
  const tmp = mkdtempSync(join(tmpdir(), 'nac-i18n-'));
  try {
    // Every part has a catalog, empty until its code declares a message.
    const parts: Record<string, Record<string, string>> = {};
    const fileOf: Record<string, Record<string, string>> = {};
    for (const [part, files] of filesOf) {
      const messages: Record<string, string> = (parts[part] = {});
      const declaredIn: Record<string, string> = (fileOf[part] = {});
      if (files.length === 0) continue;
      const out = join(tmp, `${part}.json`);
      // --throws: within a part too, an id given two different texts fails rather than keep one.
      formatjs('extract', ...files, '--extract-source-location', '--throws', '--out-file', out);
      const extracted = JSON.parse(readFileSync(out, 'utf8')) as Record<string, Extracted>;
      for (const [id, { defaultMessage, file }] of Object.entries(extracted).sort(([a], [b]) =>
        a < b ? -1 : 1,
      )) {
        messages[id] = defaultMessage;
        declaredIn[id] = file;
      }
    }
    const problems = severalPartsProblems(idsInSeveralParts(fileOf));
    if (problems.length > 0) throw new Error(problems.join('\n'));
    return parts;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** The parts whose sources exist in a language, by their file names. */
export const sourcesIn = (language: string): string[] =>
  readdirSync(MESSAGES)
    .filter((f) => f.endsWith(`.${language}.json`))
    .sort();

/** Compiles sources (simple format) to one AST catalog. */
export function compile(sources: readonly string[], outFile: string): void {
  formatjs(
    'compile',
    ...sources.map((f) => relative(ROOT, join(MESSAGES, f))),
    '--format',
    'simple',
    '--ast',
    '--out-file',
    outFile,
  );
}

export const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

/** Writes the English sources from the code, then every compiled catalog. */
export function writeCatalogs(): void {
  const parts = extractParts();
  for (const f of sourcesIn('en')) rmSync(join(MESSAGES, f));
  for (const [part, messages] of Object.entries(parts))
    writeFileSync(join(MESSAGES, `${part}.en.json`), json(messages));
  for (const f of readdirSync(COMPILED)) rmSync(join(COMPILED, f));
  for (const f of sourcesIn('en')) compile([f], join(COMPILED, f));
  compile(sourcesIn('fr'), join(COMPILED, 'fr.json'));
}
