// @vitest-environment node
// What the room server keeps and forgets: rooms in an SQLite file outlive a restart; an ended room
// and an idle one are deleted. Real servers on free loopback ports, real clients.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join as joinPath } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { RoomSnapshot } from '../../src/room/authority';
import { createRoom, type RoomClient } from '../support/roomClient';
import { roomTestbed, untilRoom } from '../support/roomTestbed';

const dir = mkdtempSync(joinPath(tmpdir(), 'rooms-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const { start, join, leaveAll, stop } = roomTestbed();
const until = (client: RoomClient, ok: (r: RoomSnapshot) => boolean) => untilRoom(client, ok, 2000);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const ana = { role: 'student', secret: 'ana'.padEnd(24, '-'), name: 'Ana' };

describe('rooms kept in SQLite', () => {
  it('a room outlives a restart on the same file: teacher, student, ally and positions', async () => {
    const database = joinPath(dir, 'restart.sqlite');
    const first = await start({ database });
    const { code, teacherSecret } = await createRoom(first);
    const teacher = await join(first, code, { role: 'teacher', secret: teacherSecret });
    await teacher.act({
      type: 'scenario',
      scenario: 'vilnius-2023',
      rule: 'consensus',
      members: ['FR', 'DE', 'US'],
    });
    const student = await join(first, code, ana);
    await until(student, (r) => r.members.length === 3);
    expect(await student.act({ type: 'claim', member: 'FR' })).toEqual({ ok: true });
    expect(await student.act({ type: 'set', member: 'FR', position: 'object' })).toEqual({
      ok: true,
    });
    leaveAll();
    await stop(first);

    const second = await start({ database });
    const back = await join(second, code, { role: 'teacher', secret: teacherSecret });
    expect(back.room()).toMatchObject({
      scenario: 'vilnius-2023',
      members: ['FR', 'DE', 'US'],
      positions: { FR: 'object' },
    });
    const again = await join(second, code, ana);
    // The same secret is the same student: it still holds France and may still set it.
    expect(await again.act({ type: 'set', member: 'FR', position: 'support' })).toEqual({
      ok: true,
    });
    await until(back, (r) => r.positions.FR === 'support');
    await expect(join(second, code, { role: 'teacher', secret: 'x'.repeat(24) })).rejects.toThrow(
      'not the teacher of this room',
    );
  });
});

describe('rooms forgotten', () => {
  it('an ended room is deleted shortly after every screen has seen the end', async () => {
    const database = joinPath(dir, 'ended.sqlite');
    const server = await start({ database, endedGraceMs: 100 });
    const { code, teacherSecret } = await createRoom(server);
    const teacher = await join(server, code, { role: 'teacher', secret: teacherSecret });
    const student = await join(server, code, ana);
    expect(await teacher.act({ type: 'end' })).toEqual({ ok: true });
    await until(student, (r) => r.ended);
    await expect(join(server, code, ana)).rejects.toThrow('no such room');
    // Its screens are closed after the grace, and the file no longer has it.
    await sleep(200);
    expect(await student.act({ type: 'claim', member: 'FR' })).toEqual({
      ok: false,
      reason: 'the connection to the room was lost',
    });
    await stop(server);
    const again = await start({ database });
    await expect(join(again, code, { role: 'teacher', secret: teacherSecret })).rejects.toThrow(
      'no such room',
    );
  });

  it('an idle room is deleted: no connection and no action for the idle time', async () => {
    const server = await start({ idleMs: 250, sweepMs: 20 });
    const unused = await createRoom(server);
    const { code, teacherSecret } = await createRoom(server);
    const teacher = await join(server, code, { role: 'teacher', secret: teacherSecret });
    await sleep(600);
    await expect(join(server, unused.code, ana)).rejects.toThrow('no such room');
    // A room with a screen connected is not idle, however long it waits.
    expect(await teacher.act({ type: 'lock' })).toEqual({ ok: true });
    teacher.leave();
    await join(server, code, ana).then((c) => c.leave()); // within the idle time: still there
    await sleep(600);
    await expect(join(server, code, ana)).rejects.toThrow('no such room');
  });
});
