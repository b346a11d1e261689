import type { AllyId, Member, Position } from '../engine/types';
import type { RuleDef } from '../engine/rules';
import type { AllyChange } from './link';
import type { Evidence, ScenarioTranslation, SourceEntry, TranslatedLanguage } from './schema';

export type { Evidence, ScenarioTranslation, SourceEntry, TranslatedLanguage };

/** One ally's stance at the table, as the scenario states it (after defaults). */
export interface Stance {
  readonly id: AllyId;
  readonly position: Position;
  readonly p: number;
  readonly follows: AllyId | null;
  readonly evidence: Evidence;
  readonly note: string;
  readonly sources: readonly string[];
  /** True when the ally was not listed and took the scenario's default stance. */
  readonly assumed: boolean;
}

/** What a body calls one seat and several: "ally"/"allies" at NATO, "member"/"members" elsewhere. */
export interface Noun {
  readonly one: string;
  readonly other: string;
}

export const ALLY: Noun = { one: 'ally', other: 'allies' };
export const MEMBER: Noun = { one: 'member', other: 'members' };

/** A revision of a shipped scenario: when, and what changed. */
export interface Revision {
  readonly date: string;
  readonly note: string;
}

/** A table state an exercise asks about: changes by ally code, as in a share link. */
export type TableChanges = Readonly<Record<string, AllyChange>>;

/** What every exercise has: the author's words and sources. */
interface ExerciseText {
  readonly id: string;
  readonly prompt: string;
  readonly hints: readonly string[];
  /** Shown once the answer is revealed. */
  readonly explanation: string | null;
  readonly sources: readonly string[];
}

/**
 * A guided exercise, its defaults resolved (`rule` is the scenario's default rule where the file
 * names none). The author never writes an answer: the engine computes it (exercises.ts).
 */
export type Exercise = ExerciseText &
  (
    | {
        readonly kind: 'fewest-changes';
        readonly goal: 'pass' | 'block';
        readonly rule: string;
        /** Allies that may not change (a follower among them is held where it stands). */
        readonly fixed: readonly AllyId[];
      }
    | {
        readonly kind: 'pivotal' | 'blockers' | 'still-needed';
        readonly rule: string;
        readonly changes: TableChanges;
      }
    | { readonly kind: 'veto-players'; readonly rule: string }
    | {
        readonly kind: 'probability';
        readonly rule: string;
        readonly chances: Readonly<Record<string, number>>;
        readonly tolerance: number;
      }
    | {
        readonly kind: 'power';
        readonly rule: string;
        readonly index: 'banzhaf' | 'shapley-shubik';
        readonly ask: 'most-powerful' | 'ranking';
      }
    | {
        readonly kind: 'compare-rules';
        readonly rules: readonly string[];
        readonly changes: TableChanges;
      }
    | { readonly kind: 'discussion'; readonly notes: string | null }
  );

export type ExerciseKind = Exercise['kind'];

/** Default tolerance of a probability exercise's answer (absolute). */
export const DEFAULT_TOLERANCE = 0.01;

/** A valid, playable scenario: the only shape the rest of the app ever sees. */
export interface Scenario {
  readonly id: string;
  readonly title: string;
  readonly date: string;
  readonly question: string;
  readonly summary: string;
  /** NATO, or a custom body by name. */
  readonly bodyName: string;
  readonly isNato: boolean;
  /** What the body calls its seats: ALLY for NATO, else the file's `body.member` or MEMBER. */
  readonly memberNoun: Noun;
  /** Members at the table, index-aligned with stances. */
  readonly members: readonly Member[];
  readonly stances: readonly Stance[];
  readonly sources: readonly SourceEntry[];
  /** Every rule that applies to this table: the built-ins that fit, then the file's own. */
  readonly rules: readonly RuleDef[];
  readonly defaultRule: string;
  /** 1 as first shipped, plus one per entry of `revisions`. */
  readonly revision: number;
  /** What each revision after the first changed, oldest first (revision 2 first). */
  readonly revisions: readonly Revision[];
  /** Guided exercises on this table, in file order. */
  readonly exercises: readonly Exercise[];
  /**
   * The file's texts in other languages, each complete (parse.ts checks it), as the file gives
   * them. The texts above are the file's own (English); translate.ts gives a scenario to show.
   */
  readonly translations?: Readonly<Partial<Record<TranslatedLanguage, ScenarioTranslation>>>;
}

/** A problem in an input, located for `file:line:column: message` (1-based). */
export interface Problem {
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

export const DEFAULT_P = 0.5;
