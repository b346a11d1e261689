import { describe, expect, it } from 'vitest';
import {
  decide,
  EMPTY_ROOM,
  parseAction,
  type Action,
  type Actor,
  type RoomSnapshot,
} from '../../src/room/authority';
import {
  newRoomCode,
  parseRoomCode,
  ROOM_ALPHABET,
  roomHash,
  roomOfHash,
} from '../../src/room/code';

const teacher: Actor = { role: 'teacher' };
const ana: Actor = { role: 'student', id: 'a1', name: 'Ana' };
const ben: Actor = { role: 'student', id: 'b2', name: 'Ben' };
const table: RoomSnapshot = {
  ...EMPTY_ROOM,
  scenario: 'vilnius-2023',
  rule: 'consensus',
  members: ['FR', 'DE'],
  people: { a1: 'Ana', b2: 'Ben' },
  holders: { a1: 'FR' },
};

describe('room codes', () => {
  it('are six characters without 0, O, 1, I or L', () => {
    expect(ROOM_ALPHABET).not.toMatch(/[0O1IL]/);
    let seed = 1;
    const random = (n: number) =>
      Uint8Array.from({ length: n }, () => (seed = (seed * 75 + 74) % 65537) & 255);
    for (let k = 0; k < 200; k++) {
      const code = newRoomCode(random);
      expect(code).toMatch(/^[A-HJKMNP-Z2-9]{6}$/);
      expect(parseRoomCode(code.toLowerCase().replace(/(...)/, '$1 '))).toBe(code);
    }
    expect(parseRoomCode('ABC1EF')).toBeNull();
    expect(parseRoomCode('ABCDE')).toBeNull();
  });

  it('are read from a join link, and only from one', () => {
    expect(roomOfHash(roomHash('K7PQ2M'))).toEqual({ code: 'K7PQ2M' });
    expect(roomOfHash('#room/k7pq-2m')).toEqual({ code: 'K7PQ2M' });
    expect(roomOfHash('#room/K7PQ1M')).toBe('invalid');
    expect(roomOfHash('#room/%E0')).toBe('invalid');
    expect(roomOfHash('#v1.vilnius-2023')).toBeNull();
    expect(roomOfHash('')).toBeNull();
  });
});

describe('who may do what in a room', () => {
  it('a student sets only the member it holds, while positions are unlocked', () => {
    expect(decide(table, ana, { type: 'set', member: 'FR', position: 'object' }).ok).toBe(true);
    expect(decide(table, ana, { type: 'set', member: 'DE', position: 'object' })).toEqual({
      ok: false,
      reason: 'you do not hold DE',
    });
    const locked = { ...table, locked: true };
    expect(decide(locked, ana, { type: 'set', member: 'FR', position: 'object' }).ok).toBe(false);
    expect(decide(locked, teacher, { type: 'set', member: 'DE', position: 'object' }).ok).toBe(
      true,
    );
  });

  it('unset takes a member back to its stance, under the same rule as set', () => {
    const set = { ...table, positions: { FR: 'object', DE: 'support' } } as const;
    const back = decide(set, ana, { type: 'unset', member: 'FR' });
    expect(back.ok && back.next.positions).toEqual({ DE: 'support' });
    expect(decide(set, ana, { type: 'unset', member: 'DE' }).ok).toBe(false);
    expect(decide({ ...set, locked: true }, ana, { type: 'unset', member: 'FR' }).ok).toBe(false);
    const byTeacher = decide(set, teacher, { type: 'unset', member: 'DE' });
    expect(byTeacher.ok && byTeacher.next.positions).toEqual({ FR: 'object' });
  });

  it('a student claims only a free member at the table; the teacher may share one', () => {
    expect(decide(table, ben, { type: 'claim', member: 'FR' }).ok).toBe(false);
    expect(decide(table, ben, { type: 'claim', member: 'GB' }).ok).toBe(false);
    const claimed = decide(table, ben, { type: 'claim', member: 'DE' });
    expect(claimed.ok && claimed.next.holders).toEqual({ a1: 'FR', b2: 'DE' });
    const shared = decide(table, teacher, { type: 'assign', student: 'b2', member: 'FR' });
    expect(shared.ok && shared.next.holders).toEqual({ a1: 'FR', b2: 'FR' });
  });

  it('only the teacher locks, reveals, assigns, frees, changes the rule or scenario, resets, ends', () => {
    const actions: Action[] = [
      { type: 'lock' },
      { type: 'unlock' },
      { type: 'reveal' },
      { type: 'hide' },
      { type: 'assign', student: 'b2', member: 'DE' },
      { type: 'free', student: 'a1' },
      { type: 'rule', rule: 'majority' },
      { type: 'scenario', scenario: 'washington-2024', rule: 'qmv', members: ['FR'] },
      { type: 'reset' },
      { type: 'end' },
    ];
    for (const action of actions) {
      expect(decide(table, ana, action), action.type).toEqual({
        ok: false,
        reason: 'only the teacher can do that',
      });
      expect(decide(table, teacher, action).ok, action.type).toBe(true);
    }
  });

  it('an ended room refuses everything; unknown or malformed messages are not actions', () => {
    const ended = { ...table, ended: true };
    expect(decide(ended, teacher, { type: 'reveal' }).ok).toBe(false);
    expect(parseAction('{"type":"set","member":"FR","position":"maybe"}')).toBeNull();
    expect(parseAction('{"type":"role","role":"teacher"}')).toBeNull();
    expect(parseAction('{"type":"lock","extra":1}')).toBeNull();
    expect(parseAction('not json')).toBeNull();
    expect(parseAction('{"type":"lock"}')).toEqual({ type: 'lock' });
  });

  it('a new scenario clears positions and keeps students on members still at the table', () => {
    const d = decide({ ...table, positions: { FR: 'object' } }, teacher, {
      type: 'scenario',
      scenario: 'x',
      rule: 'consensus',
      members: ['DE', 'FR', 'US'],
    });
    expect(d.ok && d.next.positions).toEqual({});
    expect(d.ok && d.next.holders).toEqual({ a1: 'FR' });
  });
});
