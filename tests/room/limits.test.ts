// @vitest-environment node
// The room server's limits (ROOM_LIMITS), each met by a real client on a real server.
import { afterEach, describe, expect, it } from 'vitest';
import { startRoomServer, type RoomServer, type RoomServerOptions } from '../../server/roomServer';
import type { RoomSnapshot } from '../../src/room/authority';
import { ROOM_LIMITS } from '../../src/room/limits';
import { DISPLAY_NAME_RULE } from '../../src/room/refusals';
import { createRoom, joinRoom, type RoomClient } from '../support/roomClient';

const servers: RoomServer[] = [];
const open: RoomClient[] = [];
afterEach(async () => {
  open.splice(0).forEach((c) => c.leave());
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

/** A server and a room on it, with its teacher connected. */
async function room(options: RoomServerOptions = {}) {
  const server = await startRoomServer(options);
  servers.push(server);
  const { code, teacherSecret } = await createRoom(server);
  const teacher = await join(server, code, { role: 'teacher', secret: teacherSecret });
  return { server, code, teacher };
}

async function join(server: RoomServer, code: string, token: object): Promise<RoomClient> {
  const client = await joinRoom(server, code, token);
  open.push(client);
  return client;
}

const student = (name: string, i = 0) => ({
  role: 'student',
  secret: `student-${i}`.padEnd(24, '-'),
  name,
});

async function until(client: RoomClient, ok: (r: RoomSnapshot) => boolean) {
  for (let i = 0; i < 200 && !ok(client.room()); i++) await new Promise((r) => setTimeout(r, 10));
  expect(ok(client.room())).toBe(true);
}

describe('room limits', () => {
  it(`lets ${ROOM_LIMITS.studentsPerRoom} students into a room, not one more (the teacher aside)`, async () => {
    const { server, code } = await room();
    const n = ROOM_LIMITS.studentsPerRoom;
    const students = await Promise.all(
      Array.from({ length: n }, (_, i) => join(server, code, student(`S${i}`, i))),
    );
    await expect(join(server, code, student('Late', n))).rejects.toThrow(
      `the room is full: ${n} students`,
    );
    // A student already in may open a second tab; once one leaves, another may come in.
    await join(server, code, student('S0 again', 0));
    students[1]!.leave();
    await new Promise((r) => setTimeout(r, 50));
    await join(server, code, student('Late', n));
  });

  it('answers 503 with a reason when the server has all the rooms it keeps', async () => {
    const server = await startRoomServer({ roomsPerServer: 2 });
    servers.push(server);
    expect((await createRoom(server)).status).toBe(201);
    expect((await createRoom(server)).status).toBe(201);
    const res = await fetch(`${server.httpUrl}/rooms`, { method: 'POST' });
    expect(res.status).toBe(503);
    expect(res.headers.get('content-type')).toBe('application/json');
    expect(await res.json()).toEqual({
      reason: 'the server is full: 2 rooms; try again later',
    });
  });

  it('refuses an action message over the size limit unread, and drops a frame over its limit', async () => {
    const { teacher } = await room();
    // The largest valid action, a 250-member table with the longest ids, fits.
    const members = Array.from({ length: 250 }, (_, i) => `M${String(i).padStart(7, '0')}`);
    const table = { type: 'scenario', scenario: 'x'.repeat(64), rule: 'y'.repeat(64), members };
    expect(await teacher.act(table)).toEqual({ ok: true });
    expect(await teacher.act({ ...table, pad: 'x'.repeat(ROOM_LIMITS.actionBytes) })).toEqual({
      ok: false,
      reason: 'that message is too large',
    });
    expect(await teacher.act({ type: 'lock', pad: 'x'.repeat(ROOM_LIMITS.frameBytes) })).toEqual({
      ok: false,
      reason: 'the connection to the room was lost',
    });
    expect(teacher.room().locked).toBe(false);
  });

  it(`allows a student ${ROOM_LIMITS.actionsPerSecond} actions a second, refuses the excess`, async () => {
    const { server, code } = await room();
    const ana = await join(server, code, student('Ana'));
    const replies = await Promise.all(
      Array.from({ length: 30 }, () => ana.act({ type: 'claim', member: 'FR' })),
    );
    // The burst is always taken (and refused on its merits: FR is not at the table); the rest is
    // refused for its rate, but for what the burst's own few milliseconds refill (one action each
    // 50 ms), with room for a slow machine.
    const slowDown = { ok: false, reason: 'too many actions, slow down' };
    const { actionsPerSecond } = ROOM_LIMITS;
    expect(replies.slice(0, actionsPerSecond)).not.toContainEqual(slowDown);
    expect(replies.filter((r) => r.ok || r.reason !== slowDown.reason).length).toBeLessThanOrEqual(
      actionsPerSecond + 5,
    );
    expect(replies).toContainEqual(slowDown);
    // The allowance refills: a moment later actions are taken again.
    await new Promise((r) => setTimeout(r, 200));
    expect(await ana.act({ type: 'claim', member: 'FR' })).not.toEqual(slowDown);
  });

  it('lets the teacher put a whole 250-member table into the room at once', async () => {
    const { teacher } = await room();
    const members = Array.from({ length: 250 }, (_, i) => `M${String(i).padStart(3, '0')}`);
    const actions = [
      { type: 'scenario', scenario: 'big', rule: 'consensus', members },
      ...members.map((member) => ({ type: 'set', member, position: 'object' })),
    ];
    const replies = await Promise.all(actions.map((a) => teacher.act(a)));
    expect(replies.every((r) => r.ok)).toBe(true);
  });

  it('refuses a display name that is empty, too long, or has control characters, < or >', async () => {
    const { server, code, teacher } = await room();
    for (const name of ['   ', 'x'.repeat(41), '<b>Ana</b>', 'Ana\u0007', 'Ana\u202Eevil']) {
      await expect(join(server, code, student(name))).rejects.toThrow(DISPLAY_NAME_RULE);
    }
    // Trimmed, and counted in characters: 40 emoji (80 UTF-16 units) are a name.
    const ana = await join(server, code, student('  Ana  ', 1));
    await join(server, code, student('🙂'.repeat(40), 2));
    await until(teacher, (r) => Object.keys(r.people).length === 2);
    expect(teacher.room().people[ana.id() ?? '']).toBe('Ana');
  });
});
