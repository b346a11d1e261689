/**
 * The room's state and the server's messages, as plain types and values: what every screen reads.
 * Kept apart from the authority (src/room/authority.ts), whose validator (zod) only the server
 * and the room's lazily loaded client need, never the page's first load.
 */
import type { Position } from '../engine/types';
// Type only (erased): the page's first load never loads the validator behind it.
import type { Action, RoomResponse } from './authority';

/** The room's shared state, as the server reads it from the document. */
export interface RoomSnapshot {
  readonly scenario: string | null;
  readonly rule: string | null;
  /** The ids of the members at the table (allies, or a custom body's members). */
  readonly members: readonly string[];
  /** Positions are locked: students cannot change them. */
  readonly locked: boolean;
  /** The outcome is shown on students' screens. */
  readonly revealed: boolean;
  readonly ended: boolean;
  /** Positions set in the room (members not listed keep the scenario's). */
  readonly positions: Readonly<Record<string, Position>>;
  /** Which member each student holds (several students may hold one member). */
  readonly holders: Readonly<Record<string, string>>;
  /** Students' display names, by id. */
  readonly people: Readonly<Record<string, string>>;
  /** The silence procedure's rounds, oldest first; the last one may still run (no result). */
  readonly rounds: readonly SilenceRound[];
  /** The exercise the teacher has put to the room (an id of the scenario's), if any. */
  readonly exercise: string | null;
  /**
   * Students' last answers, by student id: the exercise and the response given. Never whether it
   * is right: the teacher's screen judges each response with the engine (src/room/answers.ts).
   */
  readonly answered: Readonly<Record<string, RoomAnswer>>;
}

/** A student's last answer to the room's exercise. */
export interface RoomAnswer {
  readonly exercise: string;
  readonly response: RoomResponse;
}

/**
 * A round of the silence procedure, the NAC's own way of deciding: the question is put under
 * silence until a deadline; one ally breaking silence blocks it, and if none does, the decision
 * is adopted. Times are the server's clock (milliseconds since 1970).
 */
export interface SilenceRound {
  readonly started: number;
  readonly deadline: number;
  /** When it ended, and how; absent while the round runs. */
  readonly ended?: number;
  readonly result?: 'adopted' | 'broken' | 'cancelled';
  /** Who broke silence: the member, the student who held it, and the reason given. */
  readonly brokenBy?: { readonly member: string; readonly name: string; readonly reason: string };
}

/** The round under way, if any. */
export const runningRound = (room: RoomSnapshot): SilenceRound | null => {
  const last = room.rounds[room.rounds.length - 1];
  return last && last.result === undefined ? last : null;
};

/**
 * One line of a room's log (the debrief): when (the server's clock), who ("Teacher" or a
 * student's display name, with the member it held), and the action the server took from them.
 */
export interface LogEntry {
  readonly at: number;
  readonly who: string;
  readonly member?: string;
  readonly action: Action;
}

export const EMPTY_ROOM: RoomSnapshot = {
  scenario: null,
  rule: null,
  members: [],
  locked: false,
  revealed: false,
  ended: false,
  positions: {},
  holders: {},
  people: {},
  rounds: [],
  exercise: null,
  answered: {},
};

/** The server's reply to an action, sent back to its sender only. */
export type ActionReply = { readonly ok: true } | { readonly ok: false; readonly reason: string };

/**
 * The server's first message to a connection: its clock (for countdowns: the server keeps the
 * time) and, to a student, the id it knows the student by (see roomServer).
 */
export interface Hello {
  readonly now: number;
  readonly you?: string;
}
