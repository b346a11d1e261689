/**
 * The headless command line, on the same engine and scenario boundary as the app:
 *   npm run nac -- validate|evaluate|power|link ...
 * Exit codes: 0 ok, 1 invalid input, 2 usage. Never a stack trace for bad input.
 */
import { parseArgs } from 'node:util';
import { powerIndices } from '../engine/power';
import { provideWebAssemblyKernel } from '../engine/webAssembly';
import { countJson } from '../engine/exact';
import { POSITIONS, type Position } from '../engine/types';
import { encodeLink, type AllyChange } from '../scenario/link';
import { problemsShown } from '../scenario/limits';
import { formatCount } from '../scenario/number';
import type { Problem, Scenario } from '../scenario/model';
import { judge, probabilityOf, type Changes } from '../scenario/play';
import { capitalise, counted, listNames } from '../words/format';
import { marginSentence, statusSentence, tableWords } from '../words/outcome';
import { noFigureSentence, ruleLabel, ruleSentence, withoutFigure } from '../words/rules';
import { expandPaths, findScenario, loadScenarioFile } from './scenarioFiles';

provideWebAssemblyKernel(); // meet-in-the-middle as WebAssembly (src/engine/README.md)

const HELP = `nac: the North Atlantic Council consensus simulator, on the command line

Usage: npm run nac -- <command> [options]

Commands:
  validate <file|dir>...         Check scenario files; prints file:line:column: message per problem
  evaluate <scenario> [options]  The outcome: passes, blocked or pending, and why
  power <scenario> [options]     A-priori power indices of every ally under a rule
  link <scenario> [options]      The share link for that table

<scenario> is a scenario file, or the id of a shipped scenario (e.g. vilnius-2023).

Options:
  --rule ID        Decision rule: consensus, unanimity, majority, two-thirds, qmv, weighted,
                   weighted-population, veto-players, or a rule the scenario defines
  --set CHANGES    Positions to change, e.g. FR=support,DE=object,HU=undecided@0.2
                   (support|undecided|object or s|u|o; @p sets the chance of consent)
  --json           Machine-readable output (evaluate, power)
  --base URL       Base address for link (default http://localhost:5173/)
  -h, --help       This help

Exit codes: 0 ok, 1 invalid input, 2 usage.

Examples:
  npm run nac -- validate scenarios
  npm run nac -- evaluate scenarios/2023-07-vilnius.yaml --json
  npm run nac -- evaluate vilnius-2023 --set FR=support --rule qmv
  npm run nac -- power washington-2024 --rule qmv
  npm run nac -- link vilnius-2023 --set FR=support
`;

class UsageError extends Error {}
class InputError extends Error {}

const out = (s: string) => process.stdout.write(`${s}\n`);

function main(argv: string[]): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        rule: { type: 'string' },
        set: { type: 'string', multiple: true },
        json: { type: 'boolean' },
        base: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    throw new UsageError(e instanceof Error ? e.message : String(e));
  }
  const { values, positionals } = parsed;
  const [command, ...args] = positionals;
  if (values.help || command === 'help' || command === undefined) {
    out(HELP);
    return command === undefined && !values.help ? 2 : 0;
  }
  switch (command) {
    case 'validate':
      return validate(args);
    case 'evaluate':
    case 'power':
    case 'link': {
      if (args.length !== 1)
        throw new UsageError(`${command} takes one scenario (a file or a shipped scenario id)`);
      const scenario = loadScenario(args[0] as string);
      const changes = parseChanges(values.set ?? [], scenario);
      const rule = values.rule ?? scenario.defaultRule;
      if (command === 'evaluate') return evaluate(scenario, rule, changes, values.json === true);
      if (command === 'power') return power(scenario, rule, values.json === true);
      return link(scenario, rule, changes, values.base ?? 'http://localhost:5173/');
    }
    default:
      throw new UsageError(`unknown command "${command}" (try validate, evaluate, power or link)`);
  }
}

function validate(paths: string[]): number {
  if (paths.length === 0) throw new UsageError('validate needs at least one file or folder');
  const { files, missing } = expandPaths(paths);
  let bad = missing.length;
  for (const m of missing) out(`${m}:1:1: no such file or folder`);
  for (const file of files) {
    const r = loadScenarioFile(file);
    if (!r.ok) {
      bad++;
      out(problemLines(file, r.problems).join('\n'));
    }
  }
  if (files.length === 0 && missing.length === 0) {
    out('no scenario files found (.yaml, .yml or .json)');
    return 1;
  }
  if (bad === 0) out(`${files.length} scenario file${files.length === 1 ? '' : 's'} valid`);
  return bad === 0 ? 0 : 1;
}

/** `file:line:column: message` per problem, at most MAX_PROBLEMS_SHOWN, then `file: … and N more`. */
function problemLines(file: string, problems: readonly Problem[]): string[] {
  const { shown, more } = problemsShown(problems);
  const lines = shown.map((p) => `${file}:${p.line}:${p.column}: ${p.message}`);
  return more ? [...lines, `${file}: ${more}`] : lines;
}

function loadScenario(arg: string): Scenario {
  const found = findScenario(arg);
  if (!found) throw new InputError(`no scenario file or shipped scenario called "${arg}"`);
  if (!found.parsed.ok)
    throw new InputError(problemLines(found.path, found.parsed.problems).join('\n'));
  return found.parsed.value;
}

const WORDS: Record<string, Position> = { s: 'support', u: 'undecided', o: 'object' };

/** --set FR=support,HU=undecided@0.2 (may be given several times). */
function parseChanges(sets: readonly string[], scenario: Scenario): Changes {
  const changes: Record<string, AllyChange> = {};
  for (const item of sets
    .flatMap((s) => s.split(','))
    .map((s) => s.trim())
    .filter(Boolean)) {
    const m = /^([A-Za-z][A-Za-z0-9]{1,7})=([a-z]*)(?:@([0-9.]+))?$/.exec(item);
    if (!m)
      throw new UsageError(
        `--set expects ALLY=position[@p], e.g. FR=support or HU=undecided@0.2; got "${item}"`,
      );
    const [, rawId = '', word = '', pText] = m;
    const id = rawId.toUpperCase();
    const position =
      word === ''
        ? undefined
        : (POSITIONS as readonly string[]).includes(word)
          ? (word as Position)
          : WORDS[word];
    if (word !== '' && !position)
      throw new UsageError(`unknown position "${word}" (support, undecided or object)`);
    const p = pText === undefined ? undefined : Number(pText);
    if (p !== undefined && !(p >= 0 && p <= 1))
      throw new InputError(`the probability for ${id} must be between 0 and 1`);
    if (!scenario.members.some((x) => x.id === id))
      throw new InputError(
        `${id} is not at the table in ${scenario.id} (${scenario.members.map((x) => x.id).join(' ')})`,
      );
    changes[id] = {
      ...changes[id],
      ...(position ? { position } : {}),
      ...(p !== undefined ? { p } : {}),
    };
  }
  return changes;
}

function evaluate(scenario: Scenario, ruleId: string, changes: Changes, json: boolean): number {
  const j = judge(scenario, ruleId, changes);
  if (!j.ok) throw new InputError(j.error);
  const { outcome, rule } = j.value;
  const probability = probabilityOf(j.value);
  const words = tableWords(scenario, changes);
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
  out(`Rule: ${ruleSentence(rule, scenario, scenario.members)}`);
  out('');
  out(statusSentence(outcome, words));
  for (const m of outcome.margins) out(`  ${marginSentence(m, rule.rule, scenario.memberNoun)}`);
  if (outcome.pivotal.length > 0)
    out(`Pivotal (one change flips it): ${listNames(outcome.pivotal, words.nameOf)}`);
  out(
    `Probability of passage: ${(probability * 100).toFixed(1)}% (undecided ${scenario.memberNoun.other} consent with their p)`,
  );
  return 0;
}

function power(scenario: Scenario, ruleId: string, json: boolean): number {
  const j = judge(scenario, ruleId, {});
  if (!j.ok) throw new InputError(j.error);
  const result = powerIndices(j.value.game);
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
        rule: j.value.rule.id,
        members,
        winningCoalitions: countJson(result.winningCoalitions),
      }),
    );
    return 0;
  }
  out(
    `Power indices under ${ruleLabel(j.value.rule, scenario)}: ${scenario.bodyName}, ${counted(scenario.members.length, scenario.memberNoun)}`,
  );
  const noFigure = noFigureSentence(j.value.rule.rule, scenario.members);
  if (noFigure) out(noFigure);
  out(`Winning coalitions: ${formatCount(result.winningCoalitions)}`);
  out('');
  const pct = (x: number) =>
    x < 1 && x > 0.9999 ? '>99.99%' : `${(x * 100).toFixed(2).padStart(6)}%`;
  out(
    `${capitalise(scenario.memberNoun.one).padEnd(22)} ${'Banzhaf'.padStart(7)} ${'Shapley'.padStart(7)} ${'Prevent'.padStart(7)}`,
  );
  const rows = members.map((m, i) => ({ ...m, name: scenario.members[i]?.name ?? m.id }));
  rows.sort((a, b) => b.banzhaf - a.banzhaf || a.name.localeCompare(b.name));
  for (const r of rows)
    out(`${r.name.padEnd(22)} ${pct(r.banzhaf)} ${pct(r.shapleyShubik)} ${pct(r.powerToPrevent)}`);
  return 0;
}

function link(scenario: Scenario, ruleId: string, changes: Changes, base: string): number {
  if (!scenario.rules.some((r) => r.id === ruleId))
    throw new InputError(`rule "${ruleId}" is not available for ${scenario.id}`);
  if (!scenario.isNato && !base) throw new InputError('no base address');
  out(
    `${base.replace(/#.*$/, '')}#${encodeLink({ scenario: scenario.id, rule: ruleId, changes, revision: scenario.revision })}`,
  );
  return 0;
}

// A reader that stops early (| head) is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  if (e instanceof UsageError) {
    process.stderr.write(`nac: ${e.message}\nRun "npm run nac -- --help" for usage.\n`);
    process.exitCode = 2;
  } else if (e instanceof InputError) {
    process.stderr.write(`nac: ${e.message}\n`);
    process.exitCode = 1;
  } else {
    process.stderr.write(`nac: unexpected error: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  }
}
