/**
 * The room's shared document (Yjs): what the server writes and every screen reads. Five maps:
 * `room` (scenario, rule, members, locked, revealed, ended, the silence rounds, the exercise),
 * `positions` (member -> position), `holders` (student -> member), `people` (student -> display
 * name) and `answered` (student -> its last answer to the exercise); and one array, `log`, the
 * room's record of who did what (read only for the debrief).
 */
import type * as Y from 'yjs';
import { POSITIONS, type Position } from '../engine/types';
import { ROOM_LIMITS } from './limits';
import {
  EMPTY_ROOM,
  type LogEntry,
  type RoomAnswer,
  type RoomSnapshot,
  type SilenceRound,
} from './snapshot';

const mapOf = (doc: Y.Doc, name: string) => doc.getMap<unknown>(name);

const stringsOf = (m: Y.Map<unknown>, valid: (v: unknown) => boolean): Record<string, string> => {
  const out: Record<string, string> = {};
  m.forEach((v, k) => {
    if (typeof v === 'string' && valid(v)) out[k] = v;
  });
  return out;
};

/** The room as the document holds it; anything malformed reads as absent. */
export function readRoom(doc: Y.Doc): RoomSnapshot {
  const room = mapOf(doc, 'room');
  const str = (k: string) => {
    const v = room.get(k);
    return typeof v === 'string' ? v : null;
  };
  const members = room.get('members');
  return {
    ...EMPTY_ROOM,
    scenario: str('scenario'),
    rule: str('rule'),
    members: Array.isArray(members) ? members.filter((m) => typeof m === 'string') : [],
    locked: room.get('locked') === true,
    revealed: room.get('revealed') === true,
    ended: room.get('ended') === true,
    positions: stringsOf(mapOf(doc, 'positions'), (v) =>
      (POSITIONS as readonly unknown[]).includes(v),
    ) as Record<string, Position>,
    holders: stringsOf(mapOf(doc, 'holders'), () => true),
    people: stringsOf(mapOf(doc, 'people'), () => true),
    rounds: roundsOf(room.get('rounds')),
    exercise: str('exercise'),
    answered: answersOf(mapOf(doc, 'answered')),
  };
}

/**
 * Students' answers, by student id. Only the server writes them (after the authority's check);
 * read here loosely, since whoever reads a response judges it as untrusted input anyway.
 */
function answersOf(m: Y.Map<unknown>): Record<string, RoomAnswer> {
  const out: Record<string, RoomAnswer> = {};
  m.forEach((v, k) => {
    if (typeof v !== 'object' || v === null) return;
    const { exercise, response } = v as Record<string, unknown>;
    const readable = ['number', 'string', 'object'].includes(typeof response); // null too
    if (typeof exercise === 'string' && readable)
      out[k] = { exercise, response: response as RoomAnswer['response'] };
  });
  return out;
}

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** The silence rounds the document holds; a malformed one is left out. */
function roundsOf(value: unknown): SilenceRound[] {
  if (!Array.isArray(value)) return [];
  return value.filter((r): r is SilenceRound => {
    if (typeof r !== 'object' || r === null) return false;
    const { started, deadline, ended, result, brokenBy } = r as Record<string, unknown>;
    return (
      isNumber(started) &&
      isNumber(deadline) &&
      (ended === undefined || isNumber(ended)) &&
      (result === undefined ||
        result === 'adopted' ||
        result === 'broken' ||
        result === 'cancelled') &&
      (brokenBy === undefined || (typeof brokenBy === 'object' && brokenBy !== null))
    );
  });
}

/** Adds a line to the room's log, dropping the oldest past ROOM_LIMITS.logLines. */
export function appendLog(doc: Y.Doc, entry: LogEntry): void {
  const log = doc.getArray<LogEntry>('log');
  log.push([entry]);
  if (log.length > ROOM_LIMITS.logLines) log.delete(0, log.length - ROOM_LIMITS.logLines);
}

/** The room's log, oldest first (malformed lines left out). */
export function readLog(doc: Y.Doc): LogEntry[] {
  return doc
    .getArray<unknown>('log')
    .toArray()
    .filter((e): e is LogEntry => {
      const { at, who, action } = (e ?? {}) as Record<string, unknown>;
      return (
        isNumber(at) &&
        typeof who === 'string' &&
        typeof action === 'object' &&
        action !== null &&
        typeof (action as { type?: unknown }).type === 'string'
      );
    });
}

/** Makes one map hold exactly `next`, touching only the keys that differ. */
function sync(m: Y.Map<unknown>, next: Readonly<Record<string, unknown>>): void {
  for (const k of [...m.keys()]) if (!(k in next)) m.delete(k);
  for (const [k, v] of Object.entries(next)) {
    const old = m.get(k);
    if (JSON.stringify(old) !== JSON.stringify(v)) m.set(k, v);
  }
}

/** Writes a snapshot into the document, in one transaction (one update on every screen). */
export function writeRoom(doc: Y.Doc, next: RoomSnapshot): void {
  doc.transact(() => {
    sync(mapOf(doc, 'room'), {
      ...(next.scenario !== null && { scenario: next.scenario }),
      ...(next.rule !== null && { rule: next.rule }),
      members: [...next.members],
      locked: next.locked,
      revealed: next.revealed,
      ended: next.ended,
      rounds: [...next.rounds],
      ...(next.exercise !== null && { exercise: next.exercise }),
    });
    sync(mapOf(doc, 'positions'), next.positions);
    sync(mapOf(doc, 'holders'), next.holders);
    sync(mapOf(doc, 'people'), next.people);
    sync(mapOf(doc, 'answered'), next.answered);
  });
}
