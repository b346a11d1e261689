/**
 * The one door for scenario files: text in, a valid Scenario or every problem found out, each with
 * a line and column. Never a partial scenario, never a throw.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type * as z from 'zod';
import { findFollowCycle } from '../engine/follows';
import { alliesOn, natoAlly } from '../engine/members';
import { BUILT_IN_RULES, builtInRule, compileRule, type Rule, type RuleDef } from '../engine/rules';
import { asAllyId, assertNever, type AllyId, type Member } from '../engine/types';
import {
  ALLY,
  DEFAULT_P,
  MEMBER,
  type Parsed,
  type Problem,
  type Scenario,
  type Stance,
} from './model';
import { MAX_SCENARIO_BYTES, tooLargeProblem } from './limits';
import { FORMAT_VERSION, scenarioFile, type CustomRule, type ScenarioFile } from './schema';

export { MAX_SCENARIO_BYTES };
/** YAML aliases allowed in one file: enough for sharing, far too few for an alias bomb. */
const MAX_ALIASES = 100;

type Path = readonly (string | number)[];

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

/** Parses and validates a scenario file's text (YAML, or JSON, which is YAML too). */
export function parseScenario(text: string): Parsed<Scenario> {
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

  const lines = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter: lines,
    uniqueKeys: true,
    prettyErrors: false,
    strict: true,
  });
  const at = (offset: number) => {
    const { line, col } = lines.linePos(offset);
    return { line, column: col };
  };
  if (doc.errors.length > 0)
    return {
      ok: false,
      problems: doc.errors.map((e) => ({ ...at(e.pos[0]), message: yamlMessage(e.message) })),
    };

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
  const locate = locator(doc, at);
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

  const checked = scenarioFile.safeParse(data);
  if (!checked.success)
    return {
      ok: false,
      problems: sortProblems(checked.error.issues.map((i) => zodProblem(i, locate))),
    };
  return crossCheck(checked.data, locate);
}

/** Maps a path in the data to a line and column: a key's own position or its value's. */
type Locate = (path: Path, part?: 'key' | 'value') => { line: number; column: number };

function locator(doc: Document, at: (offset: number) => { line: number; column: number }): Locate {
  return (path, part = 'key') => {
    let node = doc.contents as Node | null | undefined;
    let found = node;
    for (let k = 0; k < path.length; k++) {
      const seg = path[k];
      if (isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(seg));
        if (!pair) break;
        node = pair.value as Node | null;
        const wantKey = k === path.length - 1 && part === 'key';
        found = wantKey || !node ? (pair.key as Node) : node;
      } else if (isSeq(node) && typeof seg === 'number' && node.items[seg]) {
        node = node.items[seg] as Node;
        found = node;
      } else break;
    }
    return at(found?.range?.[0] ?? 0);
  };
}

function yamlMessage(message: string): string {
  const first = message.split('\n')[0] ?? message;
  if (/Map keys must be unique/i.test(first))
    return `duplicate key: ${first} (is an ally listed twice?)`;
  return `YAML syntax: ${first}`;
}

const describePath = (path: Path) => path.map(String).join('.');

function zodProblem(issue: z.core.$ZodIssue, locate: Locate): Problem {
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
    case 'invalid_type':
      if (issue.input === undefined)
        return { ...locate(path.slice(0, -1)), message: `missing required field "${field}"` };
      return {
        ...locate(path, 'value'),
        message: `"${field}" should be ${article(issue.expected)}`,
      };
    case 'invalid_value':
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
        message: `"${field}" is not a valid ${path.includes('rules') ? 'rule' : 'value'}: ${issue.message}`,
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

  // Who sits at the table.
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
  (file.rules ?? []).forEach((r, i) => {
    if (builtInRule(r.id))
      return problem(
        ['rules', i, 'id'],
        `rule id "${r.id}" is a built-in rule; choose another id`,
        'value',
      );
    if (custom.some((c) => c.id === r.id))
      return problem(['rules', i, 'id'], `duplicate rule id "${r.id}"`, 'value');
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
    custom.push(def);
  });
  const builtIns = BUILT_IN_RULES.filter((r) => compileRule(r.rule, members).ok);
  const rules = [...builtIns, ...custom];
  const defaultRule =
    file.rule ??
    (rules.some((r) => r.id === 'consensus') ? 'consensus' : (rules[0]?.id ?? 'consensus'));
  if (!rules.some((r) => r.id === defaultRule))
    problem(
      ['rule'],
      `rule "${defaultRule}" is neither a built-in rule that fits this table nor defined in rules`,
      'value',
    );

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
      memberNoun: file.body ? (file.body.member ?? MEMBER) : ALLY,
      members,
      stances,
      sources: file.sources,
      rules,
      defaultRule,
      revision: 1 + (file.revisions?.length ?? 0),
      revisions: file.revisions ?? [],
    },
  };
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
