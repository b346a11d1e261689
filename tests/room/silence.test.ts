// @vitest-environment node
// The silence procedure on a real room server: the server's clock ends a round, a student breaks
// one, the log keeps who did what, and a round under way survives a restart. Rounds of 2 seconds.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join as joinPath } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { RoomServer } from '../../server/roomServer';
import { runningRound, type RoomSnapshot } from '../../src/room/authority';
import { readLog } from '../../src/room/doc';
import { createRoom, type RoomClient } from '../support/roomClient';
import { roomTestbed, untilRoom } from '../support/roomTestbed';

const dir = mkdtempSync(joinPath(tmpdir(), 'silence-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const { start, join, leaveAll, stop } = roomTestbed();
const until = (client: RoomClient, ok: (r: RoomSnapshot) => boolean) => untilRoom(client, ok, 6000);

const ana = { role: 'student', secret: 'ana'.padEnd(24, '-'), name: 'Ana' };

/** A room with a teacher, three members, and Ana holding France. */
async function classRoom(server: RoomServer) {
  const { code, teacherSecret } = await createRoom(server);
  const teacher = await join(server, code, { role: 'teacher', secret: teacherSecret });
  await teacher.act({
    type: 'scenario',
    scenario: 's',
    rule: 'consensus',
    members: ['FR', 'DE', 'US'],
  });
  const student = await join(server, code, ana);
  await until(student, (r) => r.members.length === 3);
  expect(await student.act({ type: 'claim', member: 'FR' })).toEqual({ ok: true });
  return { code, teacherSecret, teacher, student };
}

describe('the silence procedure on the room server', () => {
  it('passes in silence: the server adopts it at the deadline; the table stood still meanwhile', async () => {
    const server = await start();
    const { teacher, student } = await classRoom(server);
    const before = Date.now();
    expect(await teacher.act({ type: 'silence', seconds: 2 })).toEqual({ ok: true });
    await until(student, (r) => runningRound(r) !== null);
    // Positions stand while the question is under silence, for the student and the teacher.
    expect((await student.act({ type: 'set', member: 'FR', position: 'object' })).ok).toBe(false);
    expect((await teacher.act({ type: 'rule', rule: 'majority' })).ok).toBe(false);
    await until(student, (r) => r.rounds.at(-1)?.result === 'adopted');
    const round = student.room().rounds.at(-1)!;
    expect(round.ended).toBe(round.deadline);
    expect(round.deadline - round.started).toBe(2000);
    expect(round.started).toBeGreaterThanOrEqual(before - 5);
    // Once adopted, positions move again.
    expect(await student.act({ type: 'set', member: 'FR', position: 'object' })).toEqual({
      ok: true,
    });
  });

  it('is broken by a student, named with the reason; the log says who did what', async () => {
    const server = await start();
    const { teacher, student } = await classRoom(server);
    await teacher.act({ type: 'silence', seconds: 60 });
    await until(student, (r) => runningRound(r) !== null);
    // A forged break from the teacher's connection is refused: only a holder breaks silence.
    expect((await teacher.act({ type: 'break', reason: 'forged' })).ok).toBe(false);
    expect(await student.act({ type: 'break', reason: 'Outside the North Atlantic.' })).toEqual({
      ok: true,
    });
    await until(teacher, (r) => r.rounds.at(-1)?.result === 'broken');
    expect(teacher.room().rounds.at(-1)?.brokenBy).toEqual({
      member: 'FR',
      name: 'Ana',
      reason: 'Outside the North Atlantic.',
    });
    const log = readLog(teacher.document);
    expect(log.map((e) => [e.who, e.member ?? null, e.action.type])).toEqual([
      ['Teacher', null, 'scenario'],
      ['Ana', null, 'claim'],
      ['Teacher', null, 'silence'],
      ['Ana', 'FR', 'break'],
    ]);
  });

  it('ends a round with no one connected without harm to the server', async () => {
    const server = await start();
    const { code, teacherSecret, teacher } = await classRoom(server);
    await teacher.act({ type: 'silence', seconds: 2 });
    await until(teacher, (r) => runningRound(r) !== null);
    // Everyone leaves: the deadline passes in an empty room (the clock writes it alone).
    leaveAll();
    await new Promise((r) => setTimeout(r, 2500));
    const back = await join(server, code, { role: 'teacher', secret: teacherSecret });
    await until(back, (r) => r.rounds.at(-1)?.result === 'adopted');
    // The server still takes actions: its count of connections is intact.
    expect(await back.act({ type: 'lock' })).toEqual({ ok: true });
  });

  it('keeps its clock across a restart: a round under way is adopted by the new process', async () => {
    const database = joinPath(dir, 'restart.sqlite');
    const first = await start({ database });
    const { code, teacherSecret, teacher } = await classRoom(first);
    await teacher.act({ type: 'silence', seconds: 2 });
    await until(teacher, (r) => runningRound(r) !== null);
    leaveAll();
    await stop(first);
    const second = await start({ database });
    const back = await join(second, code, { role: 'teacher', secret: teacherSecret });
    await until(back, (r) => r.rounds.at(-1)?.result === 'adopted');
  });

  it("cannot be written by a client: a forged document change leaves the server's copy as it was", async () => {
    const server = await start();
    const { teacher, student } = await classRoom(server);
    student.document.transact(() => {
      student.document
        .getMap('room')
        .set('rounds', [{ started: 0, deadline: 1, ended: 1, result: 'adopted' }]);
    });
    await teacher.act({ type: 'lock' }); // a change after the forged one, to wait on
    await until(teacher, (r) => r.locked);
    expect(teacher.room().rounds).toEqual([]);
  });
});
