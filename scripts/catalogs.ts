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

/** The English messages the code declares, by part: id -> text, ids sorted. */
export function extractParts(): Record<string, Record<string, string>> {
  const tmp = mkdtempSync(join(tmpdir(), 'nac-i18n-'));
  try {
    const out = join(tmp, 'extracted.json');
    formatjs(
      'extract',
      'src/**/*.{ts,tsx}',
      '--ignore',
      '**/*.test.{ts,tsx}',
      '--extract-source-location',
      '--out-file',
      out,
    );
    const extracted = JSON.parse(readFileSync(out, 'utf8')) as Record<string, Extracted>;
    // Every part has a catalog, empty until its code declares a message.
    const parts = Object.fromEntries(PARTS.map((p) => [p, {} as Record<string, string>]));
    const partOfFile = new Map<string, string>();
    for (const [id, { defaultMessage, file }] of Object.entries(extracted).sort(([a], [b]) =>
      a < b ? -1 : 1,
    )) {
      let part = partOfFile.get(file);
      if (part === undefined) {
        part = partOf(readFileSync(join(ROOT, file), 'utf8'));
        partOfFile.set(file, part);
      }
      const messages = parts[part];
      if (!messages) throw new Error(`${file} imports parts/${part}, which src/words/parts lacks`);
      messages[id] = defaultMessage;
    }
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
