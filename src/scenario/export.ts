/**
 * A scenario in play written back as a scenario file: the table's current state becomes the
 * stances, so the file validates and re-imports to the same table. Pure data out (no YAML here:
 * the lazy `files` module turns it into text), so the app can build it without the parser.
 *
 * A stance the user changed is not passed off as sourced: it becomes evidence `assumption` with a
 * note saying it was set in the simulator and what the scenario stated, and keeps its sources.
 */
import { builtInRule } from '../engine/rules';
import type { AllyChange } from './link';
import { DEFAULT_P, MEMBER, type Exercise, type Scenario, type Stance } from './model';
import type { ScenarioFile } from './schema';
import { translationsOf } from './translate';

type FileStance = NonNullable<ScenarioFile['allies']>[string];
type FileDefault = ScenarioFile['default'];

const NOTE_LIMIT = 2000;

/** True when the change makes the ally's stance differ from what the scenario states. */
export function isChanged(stance: Stance, change: AllyChange | undefined): boolean {
  if (!change) return false;
  const moved =
    change.position !== undefined &&
    (change.position !== stance.position || stance.follows !== null);
  return moved || (change.p !== undefined && change.p !== stance.p);
}

const describeChange = (stance: Stance, change: AllyChange) => {
  const position = change.position ?? stance.position;
  const p = change.p ?? stance.p;
  return position === 'undecided' ? `${position}, chance of consent ${p}` : position;
};

function changedNote(stance: Stance, change: AllyChange): string {
  const head = `Set in the simulator: ${describeChange(stance, change)}. The scenario stated: ${stance.position} (${stance.evidence}): `;
  const room = NOTE_LIMIT - head.length;
  const was = stance.note.length > room ? `${stance.note.slice(0, room - 1)}…` : stance.note;
  return head + was;
}

function stanceEntry(stance: Stance, change: AllyChange | undefined): FileStance {
  const changed = isChanged(stance, change);
  const position = change?.position ?? stance.position;
  const p = change?.p ?? stance.p;
  // A position set directly breaks a follow; a p alone does not (see engine/follows.ts).
  const follows = change?.position !== undefined ? null : stance.follows;
  return {
    position,
    ...(p !== DEFAULT_P ? { p } : {}),
    ...(follows ? { follows } : {}),
    evidence: changed ? 'assumption' : stance.evidence,
    note: changed && change ? changedNote(stance, change) : stance.note,
    ...(stance.sources.length > 0 ? { sources: [...stance.sources] } : {}),
  };
}

function defaultEntry(scenario: Scenario): FileDefault {
  const assumed = scenario.stances.find((s) => s.assumed);
  if (!assumed)
    return {
      position: 'support',
      evidence: 'assumption',
      note: 'Every ally is listed below: no ally takes this default.',
    };
  return {
    position: assumed.position,
    ...(assumed.p !== DEFAULT_P ? { p: assumed.p } : {}),
    evidence: assumed.evidence,
    note: assumed.note,
    ...(assumed.sources.length > 0 ? { sources: [...assumed.sources] } : {}),
  };
}

/**
 * The scenario file of a table: the scenario with the user's changes made its stances and the
 * current rule its default rule. With no changes it is the scenario itself, field for field.
 */
export function scenarioFileOf(
  scenario: Scenario,
  changes: Readonly<Record<string, AllyChange>> = {},
  ruleId: string = scenario.defaultRule,
): ScenarioFile {
  const allies: Record<string, FileStance> = {};
  for (const stance of scenario.stances) {
    const change = changes[stance.id];
    if (!stance.assumed || isChanged(stance, change))
      allies[stance.id] = stanceEntry(stance, change);
  }
  const custom = scenario.rules.filter((r) => !builtInRule(r.id));
  // A translation stays only with the texts it translates: a changed stance has a new note (and
  // an assumed ally a new entry), which it lacks, and a translation is complete or absent.
  const own = translationsOf(scenario);
  const translations =
    own && !scenario.stances.some((s) => isChanged(s, changes[s.id]))
      ? { translations: structuredClone(own) }
      : {};
  return {
    format: 1,
    id: scenario.id,
    title: scenario.title,
    date: scenario.date,
    question: scenario.question,
    ...(scenario.summary ? { summary: scenario.summary } : {}),
    rule: ruleId,
    default: defaultEntry(scenario),
    ...(Object.keys(allies).length > 0 ? { allies } : {}),
    sources: scenario.sources.map((s) => ({ ...s })),
    ...(custom.length > 0
      ? {
          rules: custom.map(
            (r) =>
              ({
                id: r.id,
                // A scenario's own rules always carry their author's words (parse.ts).
                label: r.authored?.label ?? r.id,
                explanation: r.authored?.explanation ?? r.id,
                ...r.rule,
              }) as NonNullable<ScenarioFile['rules']>[number],
          ),
        }
      : {}),
    ...(scenario.exercises.length > 0 ? { exercises: scenario.exercises.map(exerciseEntry) } : {}),
    ...(scenario.revisions.length > 0
      ? { revisions: scenario.revisions.map((r) => ({ ...r })) }
      : {}),
    ...(scenario.isNato
      ? {}
      : {
          body: {
            name: scenario.bodyName,
            ...(scenario.memberNoun.one !== MEMBER.one || scenario.memberNoun.other !== MEMBER.other
              ? { member: { ...scenario.memberNoun } }
              : {}),
            members: scenario.members.map((m) => ({
              id: m.id,
              name: m.name,
              ...(Object.keys(m.weights).length > 0 ? { weights: { ...m.weights } } : {}),
            })),
          },
        }),
    ...translations,
  };
}

type FileExercise = NonNullable<ScenarioFile['exercises']>[number];

/**
 * An exercise as a file writes it. Its rule is always written: an exported file's default rule
 * is the rule in play, and an exercise asked under the scenario's default must keep asking it.
 */
function exerciseEntry(e: Exercise): FileExercise {
  const text = {
    id: e.id,
    prompt: e.prompt,
    ...(e.hints.length > 0 ? { hints: [...e.hints] } : {}),
    ...(e.explanation !== null ? { explanation: e.explanation } : {}),
    ...(e.sources.length > 0 ? { sources: [...e.sources] } : {}),
  };
  const changes = (c: Readonly<Record<string, AllyChange>>) =>
    Object.keys(c).length > 0 ? { changes: structuredClone(c) } : {};
  switch (e.kind) {
    case 'fewest-changes':
      return {
        ...text,
        kind: e.kind,
        goal: e.goal,
        rule: e.rule,
        ...(e.fixed.length > 0 ? { fixed: [...e.fixed] } : {}),
      };
    case 'pivotal':
    case 'blockers':
    case 'still-needed':
      return { ...text, kind: e.kind, rule: e.rule, ...changes(e.changes) };
    case 'veto-players':
      return { ...text, kind: e.kind, rule: e.rule };
    case 'probability':
      return {
        ...text,
        kind: e.kind,
        rule: e.rule,
        ...(Object.keys(e.chances).length > 0 ? { chances: { ...e.chances } } : {}),
        tolerance: e.tolerance,
      };
    case 'power':
      return { ...text, kind: e.kind, rule: e.rule, index: e.index, ask: e.ask };
    case 'compare-rules':
      return { ...text, kind: e.kind, rules: [...e.rules], ...changes(e.changes) };
    case 'discussion':
      return { ...text, kind: e.kind, ...(e.notes !== null ? { notes: e.notes } : {}) };
  }
}

/** The scenario's sources as a Markdown list: title, publisher, date and address of each. */
export function sourcesMarkdown(scenario: Scenario): string {
  const lines = scenario.sources.map((s) => {
    const meta = [s.publisher, s.date].filter(Boolean).join(', ');
    return `- ${s.title}${meta ? `. ${meta}` : ''}${s.url ? `. <${s.url}>` : ''} (\`${s.id}\`)`;
  });
  return `# Sources: ${scenario.title}\n\n${scenario.question}\n\n${lines.join('\n')}\n`;
}

/** A file name for the scenario: its id, safe on every system (ids are already lower-case). */
export const scenarioFileName = (scenario: Scenario, ext: string) => `${scenario.id}.${ext}`;
