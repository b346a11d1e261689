import { describe, expect, it } from 'vitest';
import {
  decide as decideAt,
  EMPTY_ROOM,
  expireSilence,
  loggedAction,
  runningRound,
  parseAction,
  type Action,
  type Actor,
  type RoomResponse,
  type RoomSnapshot,
} from '../../src/room/authority';
import {
  newRoomCode,
  parseRoomCode,
  ROOM_ALPHABET,
  roomHash,
  roomOfHash,
} from '../../src/room/code';

/** Most rules do not depend on the time: they are checked at an arbitrary moment. */
const decide = (room: RoomSnapshot, actor: Actor, action: Action) =>
  decideAt(room, actor, action, 0);

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

describe('the silence procedure, on the server clock', () => {
  const T0 = 1_700_000_000_000;
  const started = () => {
    const d = decideAt(table, teacher, { type: 'silence', seconds: 120 }, T0);
    if (!d.ok) throw new Error(d.reason);
    return d.next;
  };

  it('starts only from the teacher, and not while an ally objects in the room', () => {
    expect(decideAt(table, ana, { type: 'silence', seconds: 120 }, T0).ok).toBe(false);
    const objecting = { ...table, positions: { DE: 'object' as const } };
    expect(decideAt(objecting, teacher, { type: 'silence', seconds: 120 }, T0)).toEqual({
      ok: false,
      reason: 'a round cannot start while an ally objects: DE',
    });
    expect(runningRound(started())).toEqual({ started: T0, deadline: T0 + 120_000 });
  });

  it('freezes the table while it runs; the teacher may extend or cancel it', () => {
    const room = started();
    expect(decideAt(room, ana, { type: 'set', member: 'FR', position: 'object' }, T0 + 1).ok).toBe(
      false,
    );
    expect(decideAt(room, teacher, { type: 'rule', rule: 'majority' }, T0 + 1).ok).toBe(false);
    expect(decideAt(room, teacher, { type: 'silence', seconds: 60 }, T0 + 1).ok).toBe(false);
    const extended = decideAt(room, teacher, { type: 'extend', seconds: 60 }, T0 + 1);
    expect(extended.ok && runningRound(extended.next)?.deadline).toBe(T0 + 180_000);
    const cancelled = decideAt(room, teacher, { type: 'cancel-silence' }, T0 + 2);
    expect(cancelled.ok && cancelled.next.rounds.at(-1)?.result).toBe('cancelled');
    expect(cancelled.ok && runningRound(cancelled.next)).toBeNull();
  });

  it('is broken by a holder with a reason, before the deadline only; it names who', () => {
    const room = started();
    // Ben holds nothing: no silence of his to break. Ana holds France.
    expect(decideAt(room, ben, { type: 'break', reason: 'No.' }, T0 + 5).ok).toBe(false);
    expect(decideAt(room, ana, { type: 'break', reason: '  ' }, T0 + 5).ok).toBe(false);
    expect(decideAt(room, ana, { type: 'break', reason: 'x'.repeat(141) }, T0 + 5).ok).toBe(false);
    expect(decideAt(room, ana, { type: 'break', reason: 'Late' }, T0 + 120_000).ok).toBe(false);
    const broken = decideAt(
      room,
      ana,
      { type: 'break', reason: ' Not in the North Atlantic. ' },
      T0 + 5,
    );
    expect(broken.ok && broken.next.positions.FR).toBe('object'); // breaking silence objects
    expect(broken.ok && broken.next.rounds).toEqual([
      {
        started: T0,
        deadline: T0 + 120_000,
        ended: T0 + 5,
        result: 'broken',
        brokenBy: { member: 'FR', name: 'Ana', reason: 'Not in the North Atlantic.' },
      },
    ]);
  });

  it('is adopted by the clock once the deadline passes in silence, not a moment before', () => {
    const room = started();
    expect(expireSilence(room, T0 + 119_999)).toBeNull();
    expect(expireSilence(room, T0 + 125_000)?.rounds.at(-1)).toMatchObject({
      result: 'adopted',
      ended: T0 + 120_000,
    });
    expect(expireSilence(table, T0)).toBeNull();
  });
});

describe('an exercise put to the room', () => {
  const answer = (response: RoomResponse, exercise = 'who-vetoes'): Action => ({
    type: 'answered',
    exercise,
    response,
  });

  it('is the teacher’s to set; a student answers the one put now, and no other', () => {
    expect(decide(table, ana, { type: 'exercise', exercise: 'who-vetoes' }).ok).toBe(false);
    const put = decide(table, teacher, { type: 'exercise', exercise: 'who-vetoes' });
    if (!put.ok) throw new Error(put.reason);
    expect(decide(put.next, ana, answer(['FR'], 'other')).ok).toBe(false);
    expect(decide(put.next, teacher, answer(['FR'])).ok).toBe(false);
    const answered = decide(put.next, ana, answer(['FR', 'DE']));
    // The room keeps the response itself, for the teacher's screen to judge.
    expect(answered.ok && answered.next.answered).toEqual({
      a1: { exercise: 'who-vetoes', response: ['FR', 'DE'] },
    });
    // A new exercise, or a new scenario, starts the count again.
    const again =
      answered.ok && decide(answered.next, teacher, { type: 'exercise', exercise: 'next-one' });
    expect(again && again.ok && again.next.answered).toEqual({});
    const moved =
      answered.ok &&
      decide(answered.next, teacher, {
        type: 'scenario',
        scenario: 's',
        rule: 'r',
        members: ['FR'],
      });
    expect(moved && moved.ok && [moved.next.exercise, moved.next.answered]).toEqual([null, {}]);
  });

  it('keeps a student’s last answer only: answering again replaces it, beside the others’', () => {
    const put = decide(table, teacher, { type: 'exercise', exercise: 'who-vetoes' });
    if (!put.ok) throw new Error(put.reason);
    let room = put.next;
    const answers: [Actor, RoomResponse][] = [
      [ana, ['FR']],
      [ben, 0.25],
      [ana, ['FR', 'DE']],
    ];
    for (const [who, response] of answers) {
      const d = decide(room, who, answer(response));
      if (!d.ok) throw new Error(d.reason);
      room = d.next;
    }
    expect(room.answered).toEqual({
      a1: { exercise: 'who-vetoes', response: ['FR', 'DE'] },
      b2: { exercise: 'who-vetoes', response: 0.25 },
    });
  });

  it('takes a response in the hand-in’s shapes only, and never a claim that it is right', () => {
    const parse = (value: object) => parseAction(JSON.stringify(value));
    const base = { type: 'answered', exercise: 'who-vetoes' };
    // Every shape a response has: nothing, a number, one id, a set or ranking, changes.
    for (const response of [
      null,
      0.42,
      'FR',
      'qmv',
      [],
      ['FR', 'DE', 'HU'],
      ['consensus', 'two-thirds'],
      { FR: { position: 'support' }, HU: { p: 0.5 }, DE: {} },
    ])
      expect(parse({ ...base, response }), JSON.stringify(response)).toEqual({
        ...base,
        response,
      });
    for (const response of [
      undefined, // no response at all: a phone sends null
      true,
      'France objects', // free text: not an id
      'x'.repeat(65),
      [1, 2],
      [['FR']],
      Array.from({ length: 251 }, (_, i) => `M${i}`),
      { fr: { position: 'support' } },
      { FR: { position: 'maybe' } },
      { FR: { p: 2 } },
      { FR: { position: 'support', correct: true } },
    ])
      expect(parse({ ...base, response }), JSON.stringify(response)).toBeNull();
    // What a phone thinks of its own answer is not part of the action.
    expect(parse({ ...base, response: ['FR'], correct: true })).toBeNull();
    expect(parse({ ...base, correct: true })).toBeNull();
  });

  it('is logged without its response (the room keeps the last one; the log would keep them all)', () => {
    expect(loggedAction(answer(['FR', 'DE']))).toEqual(answer(null));
    const lock: Action = { type: 'lock' };
    expect(loggedAction(lock)).toBe(lock);
  });
});
