/**
 * The headless command line, on the same engine and scenario boundary as the app:
 *   npm run nac -- validate|evaluate|power|link ...
 * Exit codes: 0 ok, 1 invalid input, 2 usage. Never a stack trace for bad input.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { powerIndices } from '../engine/power';
import { provideWebAssemblyKernel } from '../engine/webAssembly';
import { countJson } from '../engine/exact';
import { POSITIONS, type Position } from '../engine/types';
import { encodeLink, type AllyChange } from '../scenario/link';
import { problemsShown } from '../scenario/limits';
import { formatCount } from '../scenario/number';
import type { Problem, Scenario } from '../scenario/model';
import { judge, probabilityOf, type Changes, type Judgement } from '../scenario/play';
import { seatName } from '../words/allyNames';
import { bodyNameIn, capitalise, counted, listNames, nounIn } from '../words/format';
import {
  createWords,
  defineMessages,
  ENGLISH,
  isLanguage,
  languageOf,
  LANGUAGES,
  type Catalog,
  type Language,
  type Words,
} from '../words/intl';
import '../words/parts/cli';
import { HELP } from './help';
import { inLanguage } from '../scenario/translate';
import { marginSentence, statusSentence, tableWords } from '../words/outcome';
import { noFigureSentence, ruleLabel, ruleSentence, withoutFigure } from '../words/rules';
import { expandPaths, findScenario, loadScenarioFile } from './scenarioFiles';

provideWebAssemblyKernel(); // meet-in-the-middle as WebAssembly (src/engine/README.md)

const M = defineMessages({
  rule: { id: 'cli.rule', defaultMessage: 'Rule: {rule}' },
  pivotal: { id: 'cli.pivotal', defaultMessage: 'Pivotal (one change flips it): {names}' },
  probability: {
    id: 'cli.probability',
    defaultMessage: 'Probability of passage: {percent}% (undecided {nouns} consent with their p)',
  },
  powerUnder: {
    id: 'cli.power.under',
    defaultMessage:
      'Power indices under {rule}: {body}, {members}',
  },
  winning: { id: 'cli.power.winning', defaultMessage: 'Winning coalitions: {count}' },
  banzhaf: { id: 'cli.power.banzhaf', defaultMessage: 'Banzhaf', description: 'A column, 7 wide' },
  shapley: { id: 'cli.power.shapley', defaultMessage: 'Shapley', description: 'A column, 7 wide' },
  prevent: {
    id: 'cli.power.prevent',
    defaultMessage: 'Prevent',
    description: 'A column, 7 wide: the power to prevent a decision',
  },
  noSuchFile: { id: 'cli.validate.noSuchFile', defaultMessage: 'no such file or folder' },
  noFiles: {
    id: 'cli.validate.noFiles',
    defaultMessage: 'no scenario files found (.yaml, .yml or .json)',
  },
  valid: {
    id: 'cli.validate.valid',
    defaultMessage:
      '{count, plural, one {{n} scenario file valid} other {{n} scenario files valid}}',
  },
  noScenario: {
    id: 'cli.error.noScenario',
    defaultMessage: 'no scenario file or shipped scenario called "{name}"',
  },
  probabilityRange: {
    id: 'cli.error.probabilityRange',
    defaultMessage: 'the probability for {id} must be between 0 and 1',
  },
  notAtTable: {
    id: 'cli.error.notAtTable',
    defaultMessage: '{id} is not at the table in {scenario} ({ids})',
  },
  ruleUnavailable: {
    id: 'cli.error.ruleUnavailable',
    defaultMessage: 'rule "{rule}" is not available for {scenario}',
  },
  ruleTry: {
    id: 'cli.error.ruleTry',
    defaultMessage: 'rule "{rule}" is not available for {scenario} (try: {rules})',
    description: 'rules: the scenario’s rule ids, comma-separated (they stay as they are)',
  },
  noBase: {
    id: 'cli.error.noBase',
    defaultMessage: 'no base address',
    description: 'link of a scenario that is not NATO’s without --base (the page’s address)',
  },
  // Usage mistakes (exit 2). Node's own (util.parseArgs: an unknown option, a value missing) keep
  // its English; the line that follows them is the reader's.
  forHelp: {
    id: 'cli.usage.forHelp',
    defaultMessage: 'Run "npm run nac -- --help" for usage.',
    description: 'The line after every usage mistake',
  },
  unknownCommand: {
    id: 'cli.usage.unknownCommand',
    defaultMessage: 'unknown command "{command}" (try validate, evaluate, power or link)',
    description: 'The command names stay as they are',
  },
  oneScenario: {
    id: 'cli.usage.oneScenario',
    defaultMessage: '{command} takes one scenario (a file or a shipped scenario id)',
    description: 'command: evaluate, power or link',
  },
  validateNeeds: {
    id: 'cli.usage.validateNeeds',
    defaultMessage: 'validate needs at least one file or folder',
  },
  setExpects: {
    id: 'cli.usage.setExpects',
    defaultMessage:
      '--set expects ALLY=position[@p], e.g. FR=support or HU=undecided@0.2; got "{item}"',
    description: 'The option, the positions and the examples stay as they are',
  },
  unknownPosition: {
    id: 'cli.usage.unknownPosition',
    defaultMessage: 'unknown position "{word}" (support, undecided or object)',
    description: 'The positions stay as they are',
  },
});

/** What util.parseArgs reads of the command line: its options. */
const OPTIONS = {
  rule: { type: 'string' },
  set: { type: 'string', multiple: true },
  json: { type: 'boolean' },
  base: { type: 'string' },
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/**
 * The language of the usage mistakes, read leniently before the strict parse, so that a mistake
 * anywhere on the line is said in the language asked for: the last --lang given a value, if the
 * command line speaks it, else English (an unknown --lang is itself the mistake).
 */
function usageWords(argv: readonly string[]): Words {
  let lang: string | undefined;
  try {
    const { tokens } = parseArgs({
      args: [...argv],
      strict: false,
      allowPositionals: true,
      tokens: true,
      options: OPTIONS,
    });
    for (const t of tokens)
      if (t.kind === 'option' && t.name === 'lang' && t.value !== undefined) lang = t.value;
  } catch {
    lang = undefined;
  }
  return isLanguage(lang) && lang !== 'en' ? createWords(lang, compiledCatalog(lang)) : ENGLISH;
}

/**
 * The formatter of a --lang: English, or `said`, the usage mistakes' formatter, which read the
 * language's compiled catalog from disk already.
 */
function wordsFor(lang: string | undefined, said: Words): Words {
  if (lang === undefined || lang === 'en') return ENGLISH;
  // In English: the language asked for is what is wrong.
  if (!isLanguage(lang))
    throw new UsageError(`unknown language "${lang}" (${LANGUAGES.join(' or ')})`);
  // The lenient read took the same --lang (the last one given), so its formatter is this one.
  return said;
}

const compiledCatalog = (lang: Language): Catalog =>
  JSON.parse(
    readFileSync(new URL(`../words/compiled/${lang}.json`, import.meta.url), 'utf8'),
  ) as Catalog;

/** A number as the reader's language writes it: English exactly as it always has. */
const decimal = (x: number, digits: number, intl: Words): string =>
  intl === ENGLISH
    ? x.toFixed(digits)
    : intl.formatNumber(x, { minimumFractionDigits: digits, maximumFractionDigits: digits });

class UsageError extends Error {}
class InputError extends Error {}

const out = (s: string) => process.stdout.write(`${s}\n`);

function main(argv: string[], said: Words): number {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: OPTIONS });
  } catch (e) {
    // Node's own words, in English.
    throw new UsageError(e instanceof Error ? e.message : String(e));
  }
  const { values, positionals } = parsed;
  const [command, ...args] = positionals;
  const intl = wordsFor(values.lang, said);
  if (values.help || command === 'help' || command === undefined) {
    out(HELP[languageOf(intl)]);
    return command === undefined && !values.help ? 2 : 0;
  }
  switch (command) {
    case 'validate':
      return validate(args, intl);
    case 'evaluate':
    case 'power':
    case 'link': {
      if (args.length !== 1) throw new UsageError(intl.formatMessage(M.oneScenario, { command }));
      const scenario = loadScenario(args[0] as string, intl);
      const changes = parseChanges(values.set ?? [], scenario, intl);
      const rule = values.rule ?? scenario.defaultRule;
      // Text output shows the file's own translation in the reader's language; JSON and links
      // are the same in every language.
      const json = values.json === true;
      const shown = json ? scenario : inLanguage(scenario, languageOf(intl)).scenario;
      if (command === 'evaluate') return evaluate(shown, rule, changes, json, intl);
      if (command === 'power') return power(shown, rule, json, intl);
      return link(scenario, rule, changes, values.base ?? 'http://localhost:5173/', intl);
    }
    default:
      throw new UsageError(intl.formatMessage(M.unknownCommand, { command }));
  }
}

function validate(paths: string[], intl: Words): number {
  if (paths.length === 0) throw new UsageError(intl.formatMessage(M.validateNeeds));
  const { files, missing } = expandPaths(paths);
  let bad = missing.length;
  for (const m of missing) out(`${m}:1:1: ${intl.formatMessage(M.noSuchFile)}`);
  for (const file of files) {
    const r = loadScenarioFile(file);
    if (!r.ok) {
      bad++;
      out(problemLines(file, r.problems).join('\n'));
    }
  }
  if (files.length === 0 && missing.length === 0) {
    out(intl.formatMessage(M.noFiles));
    return 1;
  }
  if (bad === 0)
    out(
      intl.formatMessage(M.valid, {
        count: files.length,
        n: intl === ENGLISH ? String(files.length) : intl.formatNumber(files.length),
      }),
    );
  return bad === 0 ? 0 : 1;
}

/** `file:line:column: message` per problem, at most MAX_PROBLEMS_SHOWN, then `file: … and N more`. */
function problemLines(file: string, problems: readonly Problem[]): string[] {
  const { shown, more } = problemsShown(problems);
  const lines = shown.map((p) => `${file}:${p.line}:${p.column}: ${p.message}`);
  return more ? [...lines, `${file}: ${more}`] : lines;
}

function loadScenario(arg: string, intl: Words): Scenario {
  const found = findScenario(arg);
  if (!found) throw new InputError(intl.formatMessage(M.noScenario, { name: arg }));
  if (!found.parsed.ok)
    throw new InputError(problemLines(found.path, found.parsed.problems).join('\n'));
  return found.parsed.value;
}

const WORDS: Record<string, Position> = { s: 'support', u: 'undecided', o: 'object' };

/** --set FR=support,HU=undecided@0.2 (may be given several times). */
function parseChanges(sets: readonly string[], scenario: Scenario, intl: Words): Changes {
  const changes: Record<string, AllyChange> = {};
  for (const item of sets
    .flatMap((s) => s.split(','))
    .map((s) => s.trim())
    .filter(Boolean)) {
    const m = /^([A-Za-z][A-Za-z0-9]{1,7})=([a-z]*)(?:@([0-9.]+))?$/.exec(item);
    if (!m) throw new UsageError(intl.formatMessage(M.setExpects, { item }));
    const [, rawId = '', word = '', pText] = m;
    const id = rawId.toUpperCase();
    const position =
      word === ''
        ? undefined
        : (POSITIONS as readonly string[]).includes(word)
          ? (word as Position)
          : WORDS[word];
    if (word !== '' && !position)
      throw new UsageError(intl.formatMessage(M.unknownPosition, { word }));
    const p = pText === undefined ? undefined : Number(pText);
    if (p !== undefined && !(p >= 0 && p <= 1))
      throw new InputError(intl.formatMessage(M.probabilityRange, { id }));
    if (!scenario.members.some((x) => x.id === id))
      throw new InputError(
        intl.formatMessage(M.notAtTable, {
          id,
          scenario: scenario.id,
          ids: scenario.members.map((x) => x.id).join(' '),
        }),
      );
    changes[id] = {
      ...changes[id],
      ...(position ? { position } : {}),
      ...(p !== undefined ? { p } : {}),
    };
  }
  return changes;
}

/** The table judged under the rule, or the reason it cannot be (a rule the scenario lacks). */
function judged(scenario: Scenario, ruleId: string, changes: Changes, intl: Words): Judgement {
  if (!scenario.rules.some((r) => r.id === ruleId))
    throw new InputError(
      intl.formatMessage(M.ruleTry, {
        rule: ruleId,
        scenario: scenario.id,
        rules: scenario.rules.map((r) => r.id).join(', '),
      }),
    );
  const j = judge(scenario, ruleId, changes);
  if (!j.ok) throw new InputError(j.error);
  return j.value;
}

function evaluate(
  scenario: Scenario,
  ruleId: string,
  changes: Changes,
  json: boolean,
  intl: Words,
): number {
  const judgement = judged(scenario, ruleId, changes, intl);
  const { outcome, rule } = judgement;
  const probability = probabilityOf(judgement);
  const words = tableWords(scenario, changes, undefined, intl);
  if (json) {
    // Beyond DESIGN.md's fields: what each blocker's position rests on (its evidence grade, or
    // "your-change" for a position set with --set), and the members a weighted rule counts as 0
    // for want of a figure.
    const evidence = Object.fromEntries(outcome.blockers.map((id) => [id, words.standingOf(id)]));
    out(
      JSON.stringify({
        rule: rule.id,
        outcome: outcome.status,
        blockers: outcome.blockers,
        missing: outcome.missing,
        pivotal: outcome.pivotal,
        probability,
        evidence,
        noFigure: withoutFigure(rule.rule, scenario.members).map((m) => m.id),
      }),
    );
    return 0;
  }
  out(`${scenario.title} (${scenario.date})`);
  out(intl.formatMessage(M.rule, { rule: ruleSentence(rule, scenario, scenario.members, intl) }));
  out('');
  out(statusSentence(outcome, words));
  for (const m of outcome.margins)
    out(`  ${marginSentence(m, rule.rule, scenario.memberNoun, intl)}`);
  if (outcome.pivotal.length > 0)
    out(intl.formatMessage(M.pivotal, { names: listNames(outcome.pivotal, words.nameOf, intl) }));
  out(
    intl.formatMessage(M.probability, {
      percent: decimal(probability * 100, 1, intl),
      nouns: nounIn(scenario.memberNoun, intl).other,
    }),
  );
  return 0;
}

function power(scenario: Scenario, ruleId: string, json: boolean, intl: Words): number {
  const judgement = judged(scenario, ruleId, {}, intl);
  const result = powerIndices(judgement.game);
  const members = scenario.members.map((m, i) => {
    const p = result.members[i];
    return {
      id: m.id,
      banzhaf: p?.banzhaf ?? 0,
      absoluteBanzhaf: p?.absoluteBanzhaf ?? 0,
      shapleyShubik: p?.shapleyShubik ?? 0,
      // Exact: a JSON number while it fits a double exactly, else a decimal string.
      swings: countJson(p?.swings ?? 0n),
      powerToPrevent: p?.powerToPrevent ?? 0,
    };
  });
  if (json) {
    out(
      JSON.stringify({
        rule: judgement.rule.id,
        members,
        winningCoalitions: countJson(result.winningCoalitions),
      }),
    );
    return 0;
  }
  const english = intl === ENGLISH;
  const noun = nounIn(scenario.memberNoun, intl);
  out(
    intl.formatMessage(M.powerUnder, {
      rule: ruleLabel(judgement.rule, scenario, intl),
      body: bodyNameIn(scenario.bodyName, intl),
      members: counted(scenario.members.length, scenario.memberNoun, intl),
    }),
  );
  const noFigure = noFigureSentence(judgement.rule.rule, scenario.members, intl);
  if (noFigure) out(noFigure);
  out(
    intl.formatMessage(M.winning, {
      count: english
        ? formatCount(result.winningCoalitions)
        : intl.formatNumber(result.winningCoalitions),
    }),
  );
  out('');
  // French writes "12,34 %" (a no-break space before the sign): its columns are one wider.
  const sign = english ? '%' : '\u00a0%';
  const pct = (x: number) =>
    x < 1 && x > 0.9999
      ? `>${decimal(99.99, 2, intl)}${sign}`
      : `${decimal(x * 100, 2, intl).padStart(6)}${sign}`;
  const width = 6 + sign.length;
  const column = (m: keyof typeof M) => intl.formatMessage(M[m]).padStart(width);
  out(
    `${capitalise(noun.one).padEnd(22)} ${column('banzhaf')} ${column('shapley')} ${column('prevent')}`,
  );
  const rows = members.map((m, i) => {
    const member = scenario.members[i];
    return { ...m, name: member ? seatName(member.id, member.name, intl) : m.id };
  });
  rows.sort(
    (a, b) =>
      b.banzhaf - a.banzhaf ||
      (english ? a.name.localeCompare(b.name) : a.name.localeCompare(b.name, intl.locale)),
  );
  for (const r of rows)
    out(`${r.name.padEnd(22)} ${pct(r.banzhaf)} ${pct(r.shapleyShubik)} ${pct(r.powerToPrevent)}`);
  return 0;
}

function link(
  scenario: Scenario,
  ruleId: string,
  changes: Changes,
  base: string,
  intl: Words,
): number {
  if (!scenario.rules.some((r) => r.id === ruleId))
    throw new InputError(
      intl.formatMessage(M.ruleUnavailable, { rule: ruleId, scenario: scenario.id }),
    );
  if (!scenario.isNato && !base) throw new InputError(intl.formatMessage(M.noBase));
  // The link opens in the language asked for (English writes nothing, as it always has).
  const lang = languageOf(intl);
  out(
    `${base.replace(/#.*$/, '')}#${encodeLink({ scenario: scenario.id, rule: ruleId, changes, revision: scenario.revision, ...(lang === 'en' ? {} : { lang }) })}`,
  );
  return 0;
}

// A reader that stops early (| head) is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

const argv = process.argv.slice(2);
const said = usageWords(argv);
try {
  process.exitCode = main(argv, said);
} catch (e) {
  if (e instanceof UsageError) {
    process.stderr.write(`nac: ${e.message}\n${said.formatMessage(M.forHelp)}\n`);
    process.exitCode = 2;
  } else if (e instanceof InputError) {
    process.stderr.write(`nac: ${e.message}\n`);
    process.exitCode = 1;
  } else {
    process.stderr.write(`nac: unexpected error: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  }
}
