// @vitest-environment node
// Two room servers sharing rooms through one Redis, as two processes would: a room made through
// A opens on B, changes cross both ways, B still checks what its own clients ask for, and ending
// the room on A ends it for B's student. A real redis-server (Debian's, installed if missing: the
// test fails, never skips, if it cannot be had), real servers, real clients.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join as joinPath } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRoomServer, type RoomServer } from '../../server/roomServer';
import type { RoomSnapshot } from '../../src/room/authority';
import { startRedis, type TestRedis } from '../support/redis';
import { createRoom, joinRoom, type RoomClient } from '../support/roomClient';

const dir = mkdtempSync(joinPath(tmpdir(), 'rooms-redis-'));
let redis: TestRedis;
let a: RoomServer;
let b: RoomServer;
const open: RoomClient[] = [];

beforeAll(async () => {
  redis = await startRedis(); // may install redis-server first
  const shared = { redis: { host: redis.host, port: redis.port }, endedGraceMs: 300 };
  // Each with its own SQLite file, as processes on two machines would have.
  a = await startRoomServer({ ...shared, database: joinPath(dir, 'a.sqlite') });
  b = await startRoomServer({ ...shared, database: joinPath(dir, 'b.sqlite') });
}, 180_000);

afterAll(async () => {
  open.forEach((c) => c.leave());
  await Promise.all([a?.close(), b?.close()]);
  await redis?.stop();
  rmSync(dir, { recursive: true, force: true });
});

async function join(server: RoomServer, code: string, token: object): Promise<RoomClient> {
  const client = await joinRoom(server, code, token);
  open.push(client);
  return client;
}

/** Waits until a client's copy of the room satisfies `ok` (changes cross Redis asynchronously). */
async function until(client: RoomClient, ok: (r: RoomSnapshot) => boolean) {
  for (let i = 0; i < 300 && !ok(client.room()); i++) await new Promise((r) => setTimeout(r, 10));
  expect(ok(client.room())).toBe(true);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const ana = { role: 'student', secret: 'ana'.padEnd(24, '-'), name: 'Ana' };
const ben = { role: 'student', secret: 'ben'.padEnd(24, '-'), name: 'Ben' };

describe('rooms shared by two servers through Redis', () => {
  it('a room made through A is joined through B; changes cross both ways; forgeries through B are refused; ending on A ends it on B', async () => {
    const { code, teacherSecret } = await createRoom(a);
    const teacher = await join(a, code, { role: 'teacher', secret: teacherSecret });
    expect(
      await teacher.act({
        type: 'scenario',
        scenario: 'vilnius-2023',
        rule: 'consensus',
        members: ['FR', 'DE', 'US'],
      }),
    ).toEqual({ ok: true });

    // B knows the room and its teacher only from Redis.
    const student = await join(b, code, ana);
    await until(student, (r) => r.members.length === 3);
    await expect(join(b, code, { role: 'teacher', secret: 'x'.repeat(24) })).rejects.toThrow(
      'not the teacher of this room',
    );

    // The student's change, applied by B, reaches the teacher on A...
    expect(await student.act({ type: 'claim', member: 'FR' })).toEqual({ ok: true });
    expect(await student.act({ type: 'set', member: 'FR', position: 'object' })).toEqual({
      ok: true,
    });
    await until(
      teacher,
      (r) => r.positions.FR === 'object' && r.holders[student.id() ?? ''] === 'FR',
    );
    expect(Object.values(teacher.room().people)).toContain('Ana');
    // ...and the teacher's, applied by A, reaches the student on B.
    expect(await teacher.act({ type: 'set', member: 'DE', position: 'support' })).toEqual({
      ok: true,
    });
    await until(student, (r) => r.positions.DE === 'support');

    // B checks what its own clients ask for, with the room as Redis brought it.
    const other = await join(b, code, ben);
    await until(other, (r) => r.holders[student.id() ?? ''] === 'FR');
    expect(await other.act({ type: 'set', member: 'FR', position: 'support' })).toEqual({
      ok: false,
      reason: 'you do not hold FR',
    });
    expect((await other.act({ type: 'lock' })).ok).toBe(false);
    expect((await other.act({ type: 'claim', member: 'FR' })).ok).toBe(false);
    other.document.getMap('positions').set('US', 'object'); // a forged write, dropped by B
    expect(await other.act({ type: 'claim', member: 'US' })).toEqual({ ok: true });
    await until(teacher, (r) => r.holders[other.id() ?? ''] === 'US');
    expect(teacher.room().positions).toEqual({ FR: 'object', DE: 'support' });

    // Ending on A: B's student sees the end, then B closes its socket, and neither server
    // lets anyone back in.
    expect(await teacher.act({ type: 'end' })).toEqual({ ok: true });
    await until(student, (r) => r.ended);
    await expect(join(b, code, ana)).rejects.toThrow('no such room');
    await expect(join(a, code, { role: 'teacher', secret: teacherSecret })).rejects.toThrow(
      'no such room',
    );
    for (let i = 0; i < 300; i++) {
      const reply = await student.act({ type: 'claim', member: 'DE' });
      if (!reply.ok && reply.reason === 'the connection to the room was lost') break;
      await new Promise((r) => setTimeout(r, 10));
    }
    expect(await student.act({ type: 'claim', member: 'DE' })).toEqual({
      ok: false,
      reason: 'the connection to the room was lost',
    });
  });

  it('an idle room expires on every server; a screen on either keeps it', async () => {
    const idle = {
      redis: { host: redis.host, port: redis.port, prefix: 'idle' },
      idleMs: 300,
      sweepMs: 20,
    };
    const c = await startRoomServer(idle);
    const d = await startRoomServer(idle);
    try {
      const { code } = await createRoom(c);
      // Only D has a screen on the room: C's sweep must not take it.
      const student = await join(d, code, ana);
      await sleep(800);
      await join(c, code, ben).then((x) => x.leave());
      student.leave();
      await sleep(800);
      for (const server of [c, d])
        await expect(join(server, code, ana)).rejects.toThrow('no such room');
    } finally {
      await Promise.all([c.close(), d.close()]);
    }
  });

  it('refuses an unknown room on both servers', async () => {
    for (const server of [a, b])
      await expect(join(server, 'ZZZZZZ', ana)).rejects.toThrow('no such room');
  });
});
