/**
 * The room's shared document (Yjs): what the server writes and every screen reads. Four maps:
 * `room` (scenario, rule, members, locked, revealed, ended), `positions` (member -> position),
 * `holders` (student -> member) and `people` (student -> display name).
 */
import type * as Y from 'yjs';
import { POSITIONS, type Position } from '../engine/types';
import { EMPTY_ROOM, type RoomSnapshot } from './snapshot';

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
  };
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
    });
    sync(mapOf(doc, 'positions'), next.positions);
    sync(mapOf(doc, 'holders'), next.holders);
    sync(mapOf(doc, 'people'), next.people);
  });
}
