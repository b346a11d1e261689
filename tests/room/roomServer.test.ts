// @vitest-environment node
// The room server for real on a free loopback port, with real Hocuspocus clients: what a teacher
// and students can do, and that forged messages change nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRoomServer, type RoomServer } from '../../server/roomServer';
import type { RoomSnapshot } from '../../src/room/authority';
import { ROOM_ALPHABET } from '../../src/room/code';
import { readLog } from '../../src/room/doc';
import { createRoom as newRoom, joinRoom, type RoomClient } from '../support/roomClient';

let server: RoomServer;
beforeAll(async () => {
  server = await startRoomServer();
});
const open: RoomClient[] = [];
afterAll(async () => {
  open.forEach((c) => c.leave());
  await server.close();
});

async function createRoom(): Promise<{ code: string; teacherSecret: string }> {
  const room = await newRoom(server);
  expect(room.status).toBe(201);
  return room;
}

async function join(code: string, token: object): Promise<RoomClient> {
  const client = await joinRoom(server, code, token);
  open.push(client);
  return client;
}

/** Waits until a client's copy of the room satisfies `ok` (changes arrive asynchronously). */
async function until(client: RoomClient, ok: (r: RoomSnapshot) => boolean) {
  for (let i = 0; i < 200 && !ok(client.room()); i++) await new Promise((r) => setTimeout(r, 10));
  expect(ok(client.room())).toBe(true);
}

const secret = (s: string) => s.padEnd(24, '-');

/** A new room whose teacher has put in a table of two allies, France and Germany. */
async function roomOfTwo() {
  const { code, teacherSecret } = await createRoom();
  const teacher = await join(code, { role: 'teacher', secret: teacherSecret });
  await teacher.act({ type: 'scenario', scenario: 's', rule: 'consensus', members: ['FR', 'DE'] });
  return { code, teacher };
}

describe('a class room on the room server', () => {
  it('creates rooms with readable codes', async () => {
    const { code, teacherSecret } = await createRoom();
    expect(code).toMatch(new RegExp(`^[${ROOM_ALPHABET}]{6}$`));
    expect(teacherSecret.length).toBeGreaterThanOrEqual(16);
  });

  it('a teacher sets the table, a student claims an ally and sets it, everyone sees it', async () => {
    const { code, teacherSecret } = await createRoom();
    const teacher = await join(code, { role: 'teacher', secret: teacherSecret });
    expect(
      await teacher.act({
        type: 'scenario',
        scenario: 'vilnius-2023',
        rule: 'consensus',
        members: ['FR', 'DE', 'US'],
      }),
    ).toEqual({ ok: true });
    const ana = await join(code, { role: 'student', secret: secret('ana'), name: 'Ana' });
    await until(ana, (r) => r.members.length === 3); // a late joiner gets the table
    expect(await ana.act({ type: 'claim', member: 'FR' })).toEqual({ ok: true });
    expect(await ana.act({ type: 'set', member: 'FR', position: 'object' })).toEqual({ ok: true });
    await until(teacher, (r) => r.positions.FR === 'object');
    expect(Object.values(teacher.room().people)).toContain('Ana');
    // The server told Ana the id the room knows her by: the key of the ally she holds.
    expect(teacher.room().holders[ana.id() ?? '']).toBe('FR');
  });

  it('refuses forged actions: another ally, the rule, a claimed ally, a locked table', async () => {
    const { code, teacher } = await roomOfTwo();
    const ana = await join(code, { role: 'student', secret: secret('ana'), name: 'Ana' });
    const ben = await join(code, { role: 'student', secret: secret('ben'), name: 'Ben' });
    await until(ben, (r) => r.members.length === 2);
    await ana.act({ type: 'claim', member: 'FR' });
    const before = JSON.stringify(teacher.room());
    expect((await ben.act({ type: 'set', member: 'FR', position: 'support' })).ok).toBe(false);
    expect((await ben.act({ type: 'rule', rule: 'majority' })).ok).toBe(false);
    expect((await ben.act({ type: 'claim', member: 'FR' })).ok).toBe(false);
    expect((await ben.act({ type: 'lock' })).ok).toBe(false);
    expect((await ben.act({ type: 'role', role: 'teacher' })).ok).toBe(false);
    await teacher.act({ type: 'lock' });
    expect(await ana.act({ type: 'set', member: 'FR', position: 'object' })).toEqual({
      ok: false,
      reason: 'positions are locked',
    });
    // Only the lock changed.
    const after = teacher.room();
    expect(after.locked).toBe(true);
    expect(JSON.stringify({ ...after, locked: false })).toBe(before);
  });

  it('keeps each student’s last response to the exercise, as sent, out of the log', async () => {
    const { code, teacher } = await roomOfTwo();
    expect(await teacher.act({ type: 'exercise', exercise: 'every-yes' })).toEqual({ ok: true });
    const ana = await join(code, { role: 'student', secret: secret('ana'), name: 'Ana' });
    const answer = (response: unknown) => ({ type: 'answered', exercise: 'every-yes', response });
    expect(await ana.act(answer(['FR']))).toEqual({ ok: true });
    expect(await ana.act(answer(['FR', 'DE']))).toEqual({ ok: true });
    // A phone's claim that it is right is not an action: refused, and nothing changes.
    expect((await ana.act({ ...answer(['DE']), correct: true })).ok).toBe(false);
    const id = ana.id() ?? '';
    await until(teacher, (r) => JSON.stringify(r.answered[id]?.response) === '["FR","DE"]');
    expect(teacher.room().answered).toEqual({
      [id]: { exercise: 'every-yes', response: ['FR', 'DE'] },
    });
    // The log says who answered, not what (the room keeps the last response only).
    const answers = readLog(teacher.document).filter((e) => e.action.type === 'answered');
    expect(answers.map((e) => [e.who, e.action])).toEqual([
      ['Ana', answer(null)],
      ['Ana', answer(null)],
    ]);
  });

  it('drops a student writing to the document directly', async () => {
    const { code, teacherSecret } = await createRoom();
    const teacher = await join(code, { role: 'teacher', secret: teacherSecret });
    await teacher.act({ type: 'scenario', scenario: 's', rule: 'consensus', members: ['FR'] });
    const mallory = await join(code, { role: 'student', secret: secret('m'), name: 'Mallory' });
    mallory.document.getMap('positions').set('FR', 'object');
    mallory.document.getMap('room').set('rule', 'majority');
    // Mallory's next action is handled after her forged write (one connection, in order); once the
    // teacher sees that action's effect, the teacher has seen whatever the write did.
    expect(await mallory.act({ type: 'claim', member: 'FR' })).toEqual({ ok: true });
    await until(teacher, (r) => Object.values(r.holders).includes('FR'));
    expect(teacher.room().positions).toEqual({});
    expect(teacher.room().rule).toBe('consensus');
  });

  it('refuses a wrong teacher secret and an unknown room', async () => {
    const { code } = await createRoom();
    await expect(join(code, { role: 'teacher', secret: secret('guess') })).rejects.toThrow(
      'not the teacher of this room',
    );
    await expect(
      join('ZZZZZZ', { role: 'student', secret: secret('a'), name: 'A' }),
    ).rejects.toThrow('no such room');
  });
});
