/**
 * The one door for scenario files: text in, a valid Scenario or every problem found out, each with
 * a line and column. Never a partial scenario, never a throw, and never slower than linear in the
 * file's size: the files are untrusted, and the app reads them on its main thread.
 */
import {
  Composer,
  isMap,
  isPair,
  isScalar,
  isSeq,
  Lexer,
  LineCounter,
  Parser,
  YAMLParseError,
  type CST,
  type Document,
  type Node,
  type Pair,
  type YAMLMap,
} from 'yaml';
import type * as z from 'zod';
import { findFollowCycle } from '../engine/follows';
import { alliesOn, natoAlly } from '../engine/members';
import {
  BUILT_IN_RULES,
  builtInRule,
  compileRule,
  type Game,
  type Rule,
  type RuleDef,
} from '../engine/rules';
import { asAllyId, assertNever, type AllyId, type Member } from '../engine/types';
import {
  ALLY,
  DEFAULT_P,
  DEFAULT_TOLERANCE,
  MEMBER,
  type Exercise,
  type Parsed,
  type Problem,
  type Scenario,
  type Noun,
  type Stance,
} from './model';
import { MAX_NESTING, MAX_SCENARIO_BYTES, MAX_VALUES, tooLargeProblem } from './limits';
import { formatNumber } from './number';
import {
  FORMAT_VERSION,
  scenarioFile,
  TRANSLATED_LANGUAGES,
  type CustomRule,
  type ScenarioFile,
} from './schema';

export { MAX_SCENARIO_BYTES };
/** YAML aliases allowed in one file: enough for sharing, far too few for an alias bomb. */
const MAX_ALIASES = 100;

type Path = readonly (string | number)[];
type Position = { line: number; column: number };

/** Reads bytes as scenario text: refuses oversized, non-UTF-8 and binary input. */
export function decodeScenarioBytes(bytes: Uint8Array): Parsed<string> {
  if (bytes.byteLength > MAX_SCENARIO_BYTES)
    return { ok: false, problems: [tooLargeProblem(bytes.byteLength)] };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail(1, 1, 'file is not UTF-8 text (is it a binary file?)');
  }
  return { ok: true, value: text };
}

const fail = (
  line: number,
  column: number,
  message: string,
): { ok: false; problems: Problem[] } => ({
  ok: false,
  problems: [{ line, column, message }],
});

export interface ParseOptions {
  /**
   * Counts the steps of this module's own walks over the document (nodes and keys visited, path
   * segments followed), so that tests can check the work grows linearly with the file.
   */
  readonly work?: { steps: number };
}

/** Parses and validates a scenario file's text (YAML, or JSON, which is YAML too). */
export function parseScenario(text: string, options: ParseOptions = {}): Parsed<Scenario> {
  try {
    return readScenario(text, options.work ?? { steps: 0 });
  } catch (e) {
    // Nothing above is meant to throw; if something does, the file is still refused with a
    // message, and whoever called (the app, with the person's table) carries on.
    return fail(1, 1, `cannot read the file: ${e instanceof Error ? e.message : String(e)}`);
  }
}

function readScenario(text: string, work: { steps: number }): Parsed<Scenario> {
  if (text.length > MAX_SCENARIO_BYTES)
    return fail(1, 1, 'file is larger than 1 MB; scenario files are limited to 1 MB');
  // eslint-disable-next-line no-control-regex
  const junk = /[\u0000-\u0008\u000E-\u001F\uFFFD]/.exec(text);
  if (junk) {
    const before = text.slice(0, junk.index);
    const line = before.split('\n').length;
    return fail(line, junk.index - before.lastIndexOf('\n'), 'file contains binary data, not text');
  }
  if (text.trim() === '')
    return fail(
      1,
      1,
      'file is empty: a scenario needs at least format, id, title, date, question, default and sources',
    );

  const read = readYaml(text);
  if (!read.ok) return read;
  const { doc, at } = read;
  const keys = checkKeys(doc, at, work);
  if (keys.duplicates.length > 0) return { ok: false, problems: keys.duplicates };

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (e) {
    const message =
      e instanceof Error && /alias/i.test(e.message)
        ? `too many YAML aliases (more than ${MAX_ALIASES}): refused as a possible alias bomb`
        : `cannot read the YAML: ${e instanceof Error ? e.message : String(e)}`;
    return fail(1, 1, message);
  }
  const where = locator(doc, at, keys.index, work);
  const { locate } = where;
  if (data === null || typeof data !== 'object' || Array.isArray(data))
    return {
      ok: false,
      problems: [
        {
          ...locate([]),
          message: 'the top level must be a mapping of keys (format, id, title, ...)',
        },
      ],
    };

  const version = (data as Record<string, unknown>).format;
  if (typeof version === 'number' && Number.isInteger(version) && version > FORMAT_VERSION)
    return {
      ok: false,
      problems: [
        {
          ...locate(['format'], 'value'),
          message: `format ${version} is newer than this simulator understands (it reads format ${FORMAT_VERSION})`,
        },
      ],
    };

  // reportInput: without it zod leaves the wrong value off its issues, and a wrong type reads
  // like a missing field.
  const checked = scenarioFile.safeParse(data, { reportInput: true });
  if (!checked.success || keys.reserved.length > 0)
    return {
      ok: false,
      problems: sortProblems([
        ...keys.reserved,
        ...(checked.error?.issues ?? []).map((i) => zodProblem(i, where)),
      ]),
    };
  return crossCheck(checked.data, locate);
}

type ReadYaml =
  | { ok: true; doc: Document.Parsed; at: (offset: number) => Position }
  | { ok: false; problems: Problem[] };

/**
 * The YAML library's own steps (lexer, parser, composer), run here rather than through
 * parseDocument so that nesting is refused while the concrete syntax tree is read, before the
 * (recursive) composer builds the document from it.
 */
function readYaml(text: string): ReadYaml {
  const lines = new LineCounter();
  const at = (offset: number): Position => {
    const { line, col } = lines.linePos(offset);
    return { line, column: col };
  };
  const parser = new Parser(lines.addNewLine);
  lines.addNewLine(0); // as Parser.parse does for the first line
  const tokens: CST.Token[] = [];
  /** Quoted scalars that do not end with their quote: where an unclosed quote opens. */
  const openQuotes: { start: number; end: number }[] = [];
  let values = 0;
  for (const lexeme of new Lexer().lex(text)) {
    const start = parser.offset;
    if (startsValue(lexeme) && ++values > MAX_VALUES) {
      const { line, column } = at(start);
      return fail(
        line,
        column,
        `too many values: more than ${formatNumber(MAX_VALUES)} keys, items and texts (a scenario holds a few hundred); the rest of the file is not read`,
      );
    }
    if (unclosedQuote(lexeme)) openQuotes.push({ start, end: start + lexeme.length });
    for (const token of parser.next(lexeme)) tokens.push(token);
    // The parser's stack holds the document, then each collection it is inside.
    if (parser.stack.length - 1 > MAX_NESTING) {
      const { line, column } = at(start);
      return fail(
        line,
        column,
        `nesting is deeper than ${MAX_NESTING} levels (lists and mappings inside each other); a scenario needs about 6`,
      );
    }
  }
  for (const token of parser.end()) tokens.push(token);

  // uniqueKeys: false, because the library compares each key with every earlier one (74,000
  // allies took 48 s); checkKeys finds duplicates with one pass instead.
  const composer = new Composer({ strict: true, uniqueKeys: false });
  let doc: Document.Parsed | undefined;
  for (const d of composer.compose(tokens, true, text.length)) {
    if (!doc) doc = d;
    else {
      doc.errors.push(
        new YAMLParseError(
          [d.range[0], d.range[1]],
          'MULTIPLE_DOCS',
          'the file holds more than one YAML document (a second ---); a scenario is one document',
        ),
      );
      break;
    }
  }
  if (!doc) return fail(1, 1, 'file is empty');
  if (doc.errors.length > 0)
    return {
      ok: false,
      problems: doc.errors.map((e) => {
        const opened = e.code === 'MISSING_CHAR' && /quote/i.test(e.message);
        const quote = opened ? quoteBefore(openQuotes, e.pos[0]) : undefined;
        return quote
          ? {
              ...at(quote.start),
              message: `YAML syntax: the quote ${text[quote.start] === "'" ? "'" : '"'} that opens here is never closed`,
            }
          : { ...at(e.pos[0]), message: yamlMessage(e.message) };
      }),
    };
  return { ok: true, doc, at };
}

/**
 * Does this lexeme start a value: a plain scalar (the lexer marks it with \x1f), a quoted or block
 * scalar, or a flow collection? (A plain scalar's text cannot begin with any of these.)
 */
function startsValue(lexeme: string): boolean {
  switch (lexeme[0]) {
    case '\x1f':
    case '"':
    case "'":
    case '|':
    case '>':
    case '[':
    case '{':
      return true;
    default:
      return false;
  }
}

/** Does this lexeme start a quoted scalar without closing it? (A closed one ends with its quote.) */
function unclosedQuote(lexeme: string): boolean {
  const q = lexeme[0];
  if (q !== '"' && q !== "'") return false;
  if (lexeme.length < 2 || lexeme[lexeme.length - 1] !== q) return true;
  if (q === "'") return false;
  let slashes = 0;
  for (let k = lexeme.length - 2; k > 0 && lexeme[k] === '\\'; k--) slashes++;
  return slashes % 2 === 1; // "...\" ends with an escaped quote
}

/** The unclosed quote the library's error (at the end of the scalar) belongs to. */
function quoteBefore(quotes: readonly { start: number; end: number }[], offset: number) {
  let found: { start: number; end: number } | undefined;
  for (const q of quotes) {
    if (q.start >= offset) break;
    found = q;
    if (q.end === offset) break;
  }
  return found;
}

function yamlMessage(message: string): string {
  const first = message.split('\n')[0] ?? message;
  return `YAML syntax: ${first}`;
}

/** Each mapping's pairs by key (as text, the way the data and zod's paths spell keys). */
type KeyIndex = WeakMap<YAMLMap, Map<string, Pair>>;

/**
 * One pass over every mapping: duplicate keys (a YAML error, reported first, as the library would),
 * and `__proto__` where zod would drop it without a word (a record's keys: allies, weights). Keys
 * are compared as text, as they end up in the data: `1` and "1" would be one key there.
 * The index it builds is the locator's: each problem is then found in constant time per step.
 */
function checkKeys(
  doc: Document.Parsed,
  at: (offset: number) => Position,
  work: { steps: number },
): { duplicates: Problem[]; reserved: Problem[]; index: KeyIndex } {
  const duplicates: Problem[] = [];
  const reserved: Problem[] = [];
  const index: KeyIndex = new WeakMap();
  const keyAt = (key: unknown) => at((key as Node | null)?.range?.[0] ?? 0);
  // Only collections are pushed (with their path): scalars, most of a file, cost one step each.
  const stack: { node: Node | Pair; path: Path }[] = [];
  /** Visits a node under `path` (plus `seg`, the key or index that leads to it, if any). */
  const visit = (node: unknown, path: Path, seg?: string | number) => {
    work.steps++;
    if (isMap(node) || isSeq(node) || isPair(node))
      stack.push({ node, path: seg === undefined ? path : [...path, seg] });
  };
  visit(doc.contents, []);
  for (let next = stack.pop(); next; next = stack.pop()) {
    const { node, path } = next;
    if (isMap(node)) {
      const keys = new Map<string, Pair>();
      index.set(node, keys);
      for (const pair of node.items) {
        work.steps++;
        const key = pair.key;
        if (!isScalar(key)) {
          visit(key, path);
          visit(pair.value, path);
          continue;
        }
        const text = String(key.value);
        if (keys.has(text)) {
          const hint =
            path.length === 1 && path[0] === 'allies' ? ' (is an ally listed twice?)' : '';
          duplicates.push({
            ...keyAt(key),
            message: `duplicate key "${text}": a key may appear once in a mapping${hint}`,
          });
        } else keys.set(text, pair);
        if (text === '__proto__') {
          const problem = reservedKey(path, text);
          if (problem) reserved.push({ ...keyAt(key), message: problem });
        }
        visit(pair.value, path, text);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, k) => visit(item, path, k));
    } else if (isPair(node)) {
      visit(node.key, path);
      visit(node.value, path);
    }
  }
  return { duplicates: sortProblems(duplicates), reserved, index };
}

/** A key that zod's record drops rather than refuses, worded as the record's own key problem. */
function reservedKey(path: Path, key: string): string | null {
  const record = schemaAt(path);
  if (record?._zod.def.type !== 'record') return null; // a strict object reports it itself
  const checked = record._zod.def.keyType['~standard'].validate(key);
  const why =
    checked instanceof Promise || !checked.issues?.[0]
      ? 'it names a built-in property of every object'
      : checked.issues[0].message;
  return `"${key}" is not ${keyKind(path)}: ${why}`;
}

/** Maps a path in the data to a line and column: a key's own position or its value's. */
type Locate = (path: Path, part?: 'key' | 'value') => Position;
type NodeAt = (path: Path, part?: 'key' | 'value') => Node | undefined;

/**
 * Finds nodes by path in constant time per path segment, through the keys checkKeys indexed (so
 * locating every problem stays linear in the file, however many keys a mapping holds).
 */
function locator(
  doc: Document.Parsed,
  at: (offset: number) => Position,
  index: KeyIndex,
  work: { steps: number },
): { locate: Locate; nodeAt: NodeAt; positionOf: (node: Node | undefined) => Position } {
  const pairIn = (map: YAMLMap, key: string): Pair | undefined => index.get(map)?.get(key);
  const nodeAt: NodeAt = (path, part = 'key') => {
    let node = doc.contents as Node | null | undefined;
    let found = node ?? undefined;
    for (let k = 0; k < path.length; k++) {
      work.steps++;
      const seg = path[k];
      if (isMap(node)) {
        const pair = pairIn(node, String(seg));
        if (!pair) break;
        node = pair.value as Node | null;
        const wantKey = k === path.length - 1 && part === 'key';
        found = wantKey || !node ? (pair.key as Node) : node;
      } else if (isSeq(node) && typeof seg === 'number' && node.items[seg]) {
        node = node.items[seg] as Node;
        found = node;
      } else break;
    }
    return found;
  };
  const positionOf = (node: Node | undefined) => at(node?.range?.[0] ?? 0);
  return { locate: (path, part) => positionOf(nodeAt(path, part)), nodeAt, positionOf };
}

const describePath = (path: Path) => path.map(String).join('.');

/** What a record's keys are, in the words a person uses. */
function keyKind(recordPath: Path): string {
  const last = recordPath[recordPath.length - 1];
  if (last === 'allies') return 'an ally code';
  if (last === 'weights') return 'a weight name';
  return 'an allowed key';
}

/** The schema at a path of the data (through optional values, objects, records and lists). */
function schemaAt(path: Path): z.core.$ZodTypes | undefined {
  let schema = unwrap(scenarioFile as unknown as z.core.$ZodTypes);
  for (const seg of path) {
    const def = schema._zod.def;
    let inner: z.core.$ZodType | undefined;
    if (def.type === 'object') inner = def.shape[String(seg)];
    else if (def.type === 'record') inner = def.valueType;
    else if (def.type === 'array') inner = def.element;
    else if (def.type === 'tuple' && typeof seg === 'number') inner = def.items[seg];
    if (!inner) return undefined;
    schema = unwrap(inner as z.core.$ZodTypes);
  }
  return schema;
}

function unwrap(schema: z.core.$ZodTypes): z.core.$ZodTypes {
  let s = schema;
  while (s._zod.def.type === 'optional') s = s._zod.def.innerType as z.core.$ZodTypes;
  return s;
}

const expectedWords = new WeakMap<object, string>();

/** What a field should hold, from its schema: "a number from 0 to 1", "text", "a list". */
function expected(schema: z.core.$ZodTypes | undefined, fallback: string): string {
  if (!schema) return article(fallback);
  let words = expectedWords.get(schema);
  if (words === undefined) {
    words = expectedOf(schema, fallback);
    expectedWords.set(schema, words);
  }
  return words;
}

function expectedOf(schema: z.core.$ZodTypes, fallback: string): string {
  const def = schema._zod.def;
  switch (def.type) {
    case 'number': {
      const n = schema as unknown as z.ZodNumber;
      const what = n.isInt ? 'a whole number' : 'a number';
      const min = n.minValue;
      const max = n.maxValue !== null && n.maxValue < Number.MAX_SAFE_INTEGER ? n.maxValue : null;
      if (min !== null && max !== null) return `${what} from ${min} to ${max}`;
      if (min !== null) return `${what} of at least ${min}`;
      return what;
    }
    case 'string':
      return 'text';
    case 'boolean':
      return 'true or false';
    case 'array':
      return 'a list';
    case 'tuple':
      return `a list of ${def.items.length} items`;
    case 'record':
      return 'a mapping of keys to values';
    case 'object': {
      const required = Object.entries(def.shape)
        .filter(([, s]) => s._zod.optin !== 'optional')
        .map(([k]) => k);
      return required.length > 0
        ? `a mapping with ${required.join(', ')}`
        : 'a mapping of keys to values';
    }
    default:
      return article(fallback);
  }
}

/** The value a file actually holds, as the person wrote it where that matters (1e400, .nan). */
function got(input: unknown, source: string | undefined): string {
  if (input === undefined) return 'nothing';
  if (input === null) return 'an empty value (null)';
  if (typeof input === 'string')
    return `the string ${JSON.stringify(input.length > 40 ? `${input.slice(0, 40)}…` : input)}`;
  if (typeof input === 'number') {
    const written = source ?? String(input);
    if (Number.isNaN(input)) return `${written}, which is not a number`;
    if (!Number.isFinite(input))
      return `${written}, which is beyond the largest number (it reads as infinity)`;
    return `the number ${written}`;
  }
  if (typeof input === 'boolean') return String(input);
  if (Array.isArray(input)) return 'a list';
  return 'a mapping';
}

function zodProblem(issue: z.core.$ZodIssue, where: ReturnType<typeof locator>): Problem {
  const { locate, nodeAt, positionOf } = where;
  const path = issue.path as Path;
  const field = describePath(path);
  switch (issue.code) {
    case 'unrecognized_keys': {
      const key = issue.keys[0] ?? '';
      const where = field ? ` in ${field}` : '';
      return {
        ...locate([...path, key]),
        message: `unknown key "${issue.keys.join('", "')}"${where}`,
      };
    }
    case 'invalid_type': {
      if (issue.input === undefined)
        return { ...locate(path.slice(0, -1)), message: `missing required field "${field}"` };
      const node = nodeAt(path, 'value');
      const source = isScalar(node) ? node.source : undefined;
      const hint =
        issue.expected === 'string' && isScalar(node) && node.source
          ? ` (write it in quotes, "${node.source}", to make it text)`
          : '';
      return {
        ...positionOf(node),
        message: `${field}: expected ${expected(schemaAt(path), issue.expected)}, got ${got(issue.input, source)}${hint}`,
      };
    }
    case 'invalid_key': {
      const key = String(path[path.length - 1] ?? '');
      const why = issue.issues[0]?.message ?? issue.message;
      return { ...locate(path), message: `"${key}" is not ${keyKind(path.slice(0, -1))}: ${why}` };
    }
    case 'invalid_value':
      if (issue.input === undefined)
        return { ...locate(path.slice(0, -1)), message: `missing required field "${field}"` };
      return {
        ...locate(path, 'value'),
        message: `"${field}" must be ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}`,
      };
    case 'too_small':
    case 'too_big':
    case 'invalid_format':
    case 'custom':
      return { ...locate(path, 'value'), message: `"${field}": ${issue.message}` };
    case 'invalid_union':
      return {
        ...locate(path, 'value'),
        message: `"${field}" is not a valid ${path[0] === 'exercises' ? 'exercise' : path.includes('rules') ? 'rule' : 'value'}: ${issue.message}`,
      };
    default:
      return {
        ...locate(path, 'value'),
        message: field ? `"${field}": ${issue.message}` : issue.message,
      };
  }
}

const article = (t: string) => (/^[aeiou]/.test(t) ? `an ${t}` : `a ${t}`);

const sortProblems = (ps: Problem[]) =>
  [...ps].sort((a, b) => a.line - b.line || a.column - b.column);

/** Checks what a schema cannot: codes, membership on the date, follows, sources, rules. */
function crossCheck(file: ScenarioFile, locate: Locate): Parsed<Scenario> {
  const problems: Problem[] = [];
  const problem = (path: Path, message: string, part: 'key' | 'value' = 'key') =>
    problems.push({ ...locate(path, part), message });

  // Who sits at the table, and what the body calls a seat.
  const noun = file.body ? (file.body.member ?? MEMBER) : ALLY;
  let members: Member[];
  if (file.body) {
    members = file.body.members.map((m) => ({
      id: asAllyId(m.id),
      name: m.name,
      weights: m.weights ?? {},
    }));
    const seen = new Set<string>();
    file.body.members.forEach((m, i) => {
      if (seen.has(m.id))
        problem(['body', 'members', i, 'id'], `duplicate member ${m.id} in body`, 'value');
      seen.add(m.id);
    });
  } else {
    members = alliesOn(file.date);
  }
  if (members.length === 0)
    problem(
      file.body ? ['body', 'members'] : ['date'],
      file.body ? 'the body has no members' : `no NATO ally had joined by ${file.date}`,
      'value',
    );
  const atTable = new Set<string>(members.map((m) => m.id));
  const allies = file.allies ?? {};

  for (const id of Object.keys(allies)) {
    if (atTable.has(id)) continue;
    const known = natoAlly(id);
    if (file.body) problem(['allies', id], `${id} is not a member of ${file.body.name}`);
    else if (known)
      problem(
        ['allies', id],
        `${known.name} (${id}) had not joined NATO by ${file.date} (joined ${known.joined})`,
      );
    else
      problem(
        ['allies', id],
        `unknown ally code ${id}: NATO allies use ISO 3166-1 alpha-2 codes (FR, DE, US, GB...)`,
      );
  }

  // Sources: ids unique, every citation defined.
  const sourceIds = new Set<string>();
  file.sources.forEach((s, i) => {
    if (sourceIds.has(s.id))
      problem(['sources', i, 'id'], `duplicate source id "${s.id}"`, 'value');
    sourceIds.add(s.id);
  });
  const checkCitations = (
    path: Path,
    cited: readonly string[] | undefined,
    evidenceGrade: string,
  ) => {
    (cited ?? []).forEach((id, k) => {
      if (!sourceIds.has(id))
        problem([...path, 'sources', k], `source "${id}" is not defined in sources`, 'value');
    });
    if (evidenceGrade !== 'assumption' && (cited ?? []).length === 0)
      problem(
        [...path, 'evidence'],
        `evidence "${evidenceGrade}" needs at least one source (or use "assumption")`,
        'value',
      );
  };
  checkCitations(['default'], file.default.sources, file.default.evidence);
  for (const [id, s] of Object.entries(allies))
    checkCitations(['allies', id], s.sources, s.evidence);

  // Follows: leader at the table, not oneself, no cycles.
  const follows = new Map<AllyId, AllyId | null>();
  for (const [id, s] of Object.entries(allies)) {
    if (!s.follows) continue;
    if (s.follows === id) problem(['allies', id, 'follows'], `${id} cannot follow itself`, 'value');
    else if (!atTable.has(s.follows))
      problem(
        ['allies', id, 'follows'],
        `${id} follows ${s.follows}, who is not at the table on ${file.date}`,
        'value',
      );
    else follows.set(asAllyId(id), asAllyId(s.follows));
  }
  const cycle = findFollowCycle(follows);
  if (cycle) {
    const first = cycle[0] as string;
    problem(
      ['allies', first, 'follows'],
      `follows form a cycle: ${[...cycle, first].join(' -> ')}`,
      'value',
    );
  }

  // Rules: the file's own compile against this table; ids are unique and do not shadow built-ins.
  const custom: RuleDef[] = [];
  const ruleIds = new Set<string>();
  (file.rules ?? []).forEach((r, i) => {
    if (builtInRule(r.id))
      return problem(
        ['rules', i, 'id'],
        `rule id "${r.id}" is a built-in rule; choose another id`,
        'value',
      );
    if (ruleIds.has(r.id))
      return problem(['rules', i, 'id'], `duplicate rule id "${r.id}"`, 'value');
    ruleIds.add(r.id);
    if (r.kind === 'veto-players' && new Set(r.vetoes).size !== r.vetoes.length)
      return problem(['rules', i, 'vetoes'], `rule "${r.id}" lists a veto player twice`, 'value');
    const quotas =
      r.kind === 'qmv'
        ? [r.members, r.weightQuota]
        : r.kind === 'weighted'
          ? [r.quota]
          : r.kind === 'veto-players'
            ? [r.members]
            : [];
    if (quotas.some((q) => 'share' in q && q.share[0] > q.share[1]))
      return problem(
        ['rules', i],
        `rule "${r.id}" asks for more than the whole: a share must be at most 1`,
      );
    const def: RuleDef = {
      id: r.id,
      rule: toRule(r),
      authored: { label: r.label, explanation: r.explanation },
    };
    const compiled = compileRule(def.rule, members);
    if (!compiled.ok)
      return problem(['rules', i], `rule "${r.id}" does not fit this table: ${compiled.error}`);
    const inexact = inexactWeight(def, members);
    if (inexact) return problem(['rules', i, 'weight'], inexact, 'value');
    const unreachable = unreachableQuota(def, compiled.value, noun);
    if (unreachable)
      return problem(
        ['rules', i, unreachable.count ? 'members' : r.kind === 'qmv' ? 'weightQuota' : 'quota'],
        unreachable.message,
        'value',
      );
    custom.push(def);
  });
  const builtIns = BUILT_IN_RULES.filter((r) => compileRule(r.rule, members).ok);
  // A body's own weights may also feed a built-in rule (population, defence).
  const reported = new Set<string>();
  for (const r of file.body ? builtIns : []) {
    const inexact = inexactWeight(r, members);
    const weight = 'weight' in r.rule ? r.rule.weight : '';
    const at = file.body?.members.findIndex((m) => m.weights?.[weight] !== undefined) ?? -1;
    if (!inexact || at < 0 || reported.has(weight)) continue;
    reported.add(weight);
    problem(['body', 'members', at, 'weights', weight], `${inexact} (built-in rule "${r.id}")`);
  }
  const rules = [...builtIns, ...custom];
  const defaultRule =
    file.rule ??
    (rules.some((r) => r.id === 'consensus') ? 'consensus' : (rules[0]?.id ?? 'consensus'));
  // A rule refused above has its own problem: the default naming it is not one more.
  const named = (file.rules ?? []).some((r) => r.id === defaultRule);
  if (!named && !rules.some((r) => r.id === defaultRule))
    problem(
      ['rule'],
      `rule "${defaultRule}" is neither a built-in rule that fits this table nor defined in rules`,
      'value',
    );

  const exercises = checkExercises(file, {
    atTable,
    sourceIds,
    ruleIds: new Set(rules.map((r) => r.id)),
    // A rule refused above has its own problem: an exercise naming it is not one more.
    refusedRules: new Set((file.rules ?? []).map((r) => r.id)),
    followers: new Map([...follows].filter(([, l]) => l !== null) as [string, string][]),
    defaultRule,
    problem,
  });

  checkTranslations(file, problem);

  if (problems.length > 0) return { ok: false, problems: sortProblems(problems) };

  const stances: Stance[] = members.map((m) => {
    const own = allies[m.id];
    const s = own ?? file.default;
    return {
      id: m.id,
      position: s.position,
      p: s.p ?? DEFAULT_P,
      follows: own?.follows ? asAllyId(own.follows) : null,
      evidence: s.evidence,
      note: s.note,
      sources: s.sources ?? [],
      assumed: own === undefined,
    };
  });
  return {
    ok: true,
    value: {
      id: file.id,
      title: file.title,
      date: file.date,
      question: file.question,
      summary: file.summary ?? '',
      bodyName: file.body?.name ?? 'North Atlantic Council',
      isNato: !file.body,
      memberNoun: noun,
      members,
      stances,
      sources: file.sources,
      rules,
      defaultRule,
      revision: 1 + (file.revisions?.length ?? 0),
      revisions: file.revisions ?? [],
      exercises,
      ...(file.translations && Object.keys(file.translations).length > 0
        ? { translations: file.translations }
        : {}),
    },
  };
}

/**
 * A translation is complete: it gives every text the scenario has (a page is never half in one
 * language) and names nothing the scenario lacks (an ally, a rule, a member or an exercise).
 */
function checkTranslations(
  file: ScenarioFile,
  problem: (path: Path, message: string, part?: 'key' | 'value') => void,
): void {
  for (const lang of TRANSLATED_LANGUAGES) {
    const t = file.translations?.[lang];
    if (!t) continue;
    const at = (...rest: Path): Path => ['translations', lang, ...rest];
    const name = (path: Path) => describePath(path);
    /** A text the scenario has and the translation lacks, or the other way round. */
    const both = (path: Path, inFile: boolean, inTranslation: boolean, what: string) => {
      if (inFile && !inTranslation)
        problem(
          path.slice(0, -1),
          `${name(path.slice(0, -1))}: missing ${what}, which the scenario has`,
        );
      else if (!inFile && inTranslation)
        problem(path, `${name(path)}: the scenario has no ${what} to translate`);
    };
    /** The keys of a translated mapping against the scenario's own: each one, and no other. */
    const sameKeys = (
      path: Path,
      own: readonly string[],
      given: readonly string[],
      what: (key: string) => string,
      lacks: (key: string) => string,
    ) => {
      const mine = new Set(own);
      const theirs = new Set(given);
      const missing = own.filter((k) => !theirs.has(k));
      if (missing.length > 0)
        problem(
          given.length > 0 ? path : path.slice(0, -1),
          `${name(path)}: missing ${missing.map(what).join(', ')}, which the scenario has`,
        );
      for (const k of given)
        if (!mine.has(k)) problem([...path, k], `${name([...path, k])}: ${lacks(k)}`);
    };

    both(at('summary'), Boolean(file.summary), t.summary !== undefined, 'summary');
    sameKeys(
      at('allies'),
      Object.keys(file.allies ?? {}),
      Object.keys(t.allies ?? {}),
      (id) => `the note of ${id}`,
      (id) => `${id} is not among the scenario's allies`,
    );
    sameKeys(
      at('rules'),
      (file.rules ?? []).map((r) => r.id),
      Object.keys(t.rules ?? {}),
      (id) => `rule "${id}"`,
      (id) => `the scenario has no rule "${id}" of its own`,
    );
    both(at('body'), Boolean(file.body), t.body !== undefined, 'body');
    if (file.body && t.body) {
      both(at('body', 'member'), Boolean(file.body.member), t.body.member !== undefined, 'member');
      sameKeys(
        at('body', 'members'),
        file.body.members.map((m) => m.id),
        Object.keys(t.body.members),
        (id) => `the name of ${id}`,
        (id) => `${id} is not a member of the scenario's body`,
      );
    }
    const exercises = file.exercises ?? [];
    sameKeys(
      at('exercises'),
      exercises.map((e) => e.id),
      Object.keys(t.exercises ?? {}),
      (id) => `exercise "${id}"`,
      (id) => `the scenario has no exercise "${id}"`,
    );
    for (const e of exercises) {
      const te = t.exercises?.[e.id];
      if (!te) continue;
      const hints = e.hints ?? [];
      const given = te.hints ?? [];
      if (hints.length !== given.length)
        problem(
          given.length > 0 ? at('exercises', e.id, 'hints') : at('exercises', e.id),
          `${name(at('exercises', e.id, 'hints'))}: ${given.length} hint${given.length === 1 ? '' : 's'} for the scenario's ${hints.length}; translate each, in the same order`,
        );
      both(
        at('exercises', e.id, 'explanation'),
        e.explanation !== undefined,
        te.explanation !== undefined,
        'explanation',
      );
      const notes = e.kind === 'discussion' && e.notes !== undefined;
      both(at('exercises', e.id, 'notes'), notes, te.notes !== undefined, 'notes');
    }
    const revisions = file.revisions ?? [];
    const notes = t.revisions ?? [];
    if (revisions.length !== notes.length)
      problem(
        notes.length > 0 ? at('revisions') : at(),
        `${name(at('revisions'))}: ${notes.length} revision note${notes.length === 1 ? '' : 's'} for the scenario's ${revisions.length}; translate each, in the same order`,
      );
  }
}

interface ExerciseContext {
  readonly atTable: ReadonlySet<string>;
  readonly sourceIds: ReadonlySet<string>;
  readonly ruleIds: ReadonlySet<string>;
  readonly refusedRules: ReadonlySet<string>;
  /** Follower -> leader, as the file states them. */
  readonly followers: ReadonlyMap<string, string>;
  readonly defaultRule: string;
  readonly problem: (path: Path, message: string, part?: 'key' | 'value') => void;
}

/**
 * Checks what each exercise names against the scenario (ids unique; rules, allies and sources
 * defined; a chance given to a follower, whose chance is its leader's) and resolves defaults.
 */
function checkExercises(file: ScenarioFile, cx: ExerciseContext): Exercise[] {
  const { problem } = cx;
  const ids = new Set<string>();
  return (file.exercises ?? []).map((e, i): Exercise => {
    const at = (...rest: Path): Path => ['exercises', i, ...rest];
    if (ids.has(e.id)) problem(at('id'), `duplicate exercise id "${e.id}"`, 'value');
    ids.add(e.id);
    (e.sources ?? []).forEach((id, k) => {
      if (!cx.sourceIds.has(id))
        problem(
          at('sources', k),
          `exercise "${e.id}": source "${id}" is not defined in sources`,
          'value',
        );
    });
    const checkRule = (id: string, path: Path) => {
      if (!cx.ruleIds.has(id) && !cx.refusedRules.has(id))
        problem(
          path,
          `exercise "${e.id}": rule "${id}" is neither a built-in rule that fits this table nor defined in rules`,
          'value',
        );
    };
    const checkAlly = (id: string, path: Path, part: 'key' | 'value') => {
      if (!cx.atTable.has(id))
        problem(path, `exercise "${e.id}": ${id} is not at the table on ${file.date}`, part);
    };
    const checkChanges = (changes: Readonly<Record<string, unknown>> | undefined) => {
      for (const id of Object.keys(changes ?? {})) checkAlly(id, at('changes', id), 'key');
    };
    const rule = 'rule' in e && e.rule !== undefined ? e.rule : cx.defaultRule;
    if ('rule' in e && e.rule !== undefined) checkRule(e.rule, at('rule'));
    const text = {
      id: e.id,
      prompt: e.prompt,
      hints: e.hints ?? [],
      explanation: e.explanation ?? null,
      sources: e.sources ?? [],
    };
    switch (e.kind) {
      case 'fewest-changes': {
        const seen = new Set<string>();
        (e.fixed ?? []).forEach((id, k) => {
          checkAlly(id, at('fixed', k), 'value');
          if (seen.has(id))
            problem(at('fixed', k), `exercise "${e.id}" fixes ${id} twice`, 'value');
          seen.add(id);
        });
        return { ...text, kind: e.kind, goal: e.goal, rule, fixed: (e.fixed ?? []).map(asAllyId) };
      }
      case 'pivotal':
      case 'blockers':
      case 'still-needed':
        checkChanges(e.changes);
        return { ...text, kind: e.kind, rule, changes: e.changes ?? {} };
      case 'veto-players':
        return { ...text, kind: e.kind, rule };
      case 'probability':
        for (const id of Object.keys(e.chances ?? {})) {
          checkAlly(id, at('chances', id), 'key');
          const leader = cx.followers.get(id);
          if (leader)
            problem(
              at('chances', id),
              `exercise "${e.id}": ${id} follows ${leader} and takes its chance; give the chance to ${leader}`,
            );
        }
        return {
          ...text,
          kind: e.kind,
          rule,
          chances: e.chances ?? {},
          tolerance: e.tolerance ?? DEFAULT_TOLERANCE,
        };
      case 'power':
        return { ...text, kind: e.kind, rule, index: e.index, ask: e.ask };
      case 'compare-rules': {
        const seen = new Set<string>();
        e.rules.forEach((id, k) => {
          checkRule(id, at('rules', k));
          if (seen.has(id))
            problem(at('rules', k), `exercise "${e.id}" lists rule "${id}" twice`, 'value');
          seen.add(id);
        });
        checkChanges(e.changes);
        return { ...text, kind: e.kind, rules: e.rules, changes: e.changes ?? {} };
      }
      case 'discussion':
        return { ...text, kind: e.kind, notes: e.notes ?? null };
      default:
        return assertNever(e);
    }
  });
}

/**
 * Weighted rules add weights and multiply the total by a share's numerator in floating point: past
 * 2^53 the sums are no longer exact and the outcome can be wrong, so such weights are refused.
 */
function inexactWeight(def: RuleDef, members: readonly Member[]): string | null {
  const rule = def.rule;
  if (rule.kind !== 'qmv' && rule.kind !== 'weighted') return null;
  const quota = rule.kind === 'qmv' ? rule.weightQuota : rule.quota;
  const factor = 'share' in quota ? Math.max(1, quota.share[0]) : 1;
  let total = 0n;
  for (const m of members) total += BigInt(m.weights[rule.weight] ?? 0);
  if (total * BigInt(factor) <= BigInt(Number.MAX_SAFE_INTEGER)) return null;
  const times = factor > 1 ? ` times ${factor} (the share's numerator)` : '';
  return `weight "${rule.weight}" is too large to compute exactly: its total, ${total.toLocaleString('en-US')}${times}, passes ${formatNumber(Number.MAX_SAFE_INTEGER)} (2^53 - 1); use smaller numbers (e.g. thousands instead of units)`;
}

/** A quota no coalition can meet: the rule could never pass, and its outcome would name no one. */
function unreachableQuota(
  def: RuleDef,
  game: Game,
  noun: Noun,
): { count: boolean; message: string } | null {
  if (game.minCount > game.n)
    return {
      count: true,
      message: `rule "${def.id}" can never pass: it needs at least ${formatNumber(game.minCount)} ${noun.other} in favour, and only ${formatNumber(game.n)} sit at the table`,
    };
  const total = game.weights.reduce((a, b) => a + b, 0);
  if (game.weightKey !== null && game.quota > total)
    return {
      count: false,
      message: `rule "${def.id}" can never pass: it needs a "${game.weightKey}" weight of at least ${formatNumber(game.quota)} in favour, and all ${noun.other} together have ${formatNumber(total)}`,
    };
  return null;
}

/** A file's rule entry as the engine's Rule (the shapes match field for field). */
function toRule(r: CustomRule): Rule {
  switch (r.kind) {
    case 'consensus':
    case 'unanimity':
    case 'majority':
    case 'two-thirds':
      return { kind: r.kind };
    case 'qmv':
      return {
        kind: 'qmv',
        members: r.members,
        weight: r.weight,
        weightQuota: r.weightQuota,
        blockingMinority: r.blockingMinority,
      };
    case 'weighted':
      return { kind: 'weighted', weight: r.weight, quota: r.quota };
    case 'veto-players':
      return {
        kind: 'veto-players',
        vetoes: r.vetoes.map(asAllyId),
        members: r.members,
        ...(r.undecidedVeto ? { undecidedVeto: r.undecidedVeto } : {}),
      };
    default:
      return assertNever(r);
  }
}
