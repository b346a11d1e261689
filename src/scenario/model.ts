import type { AllyId, Member, Position } from '../engine/types';
import type { RuleDef } from '../engine/rules';
import type { Evidence, SourceEntry } from './schema';

export type { Evidence, SourceEntry };

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
}

/** A problem in an input, located for `file:line:column: message` (1-based). */
export interface Problem {
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

export const DEFAULT_P = 0.5;
