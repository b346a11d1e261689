/**
 * Room benchmark (npm run bench:room): how long a change takes to reach every other screen in a
 * class room, on loopback. Starts the room server on a free loopback port, joins a teacher and
 * STUDENTS students (real Hocuspocus providers), then has students set their allies in turn and
 * times each change from the action sent to the moment every other client's document shows it.
 * Bounded: ROUNDS changes, and the whole run stops after LIMIT_MS. Prints figures, asserts nothing.
 */
import { startRoomServer } from '../server/roomServer';
import { createRoom, joinRoom, type RoomClient } from '../tests/support/roomClient';

const STUDENTS = 30;
const ROUNDS = 200;
const LIMIT_MS = 60_000;
const ALLIES = Array.from({ length: STUDENTS }, (_, i) => `M${String(i + 1).padStart(3, '0')}`);

const server = await startRoomServer();
const started = Date.now();
const clients: RoomClient[] = [];
try {
  const { code, teacherSecret } = await createRoom(server);
  const join = async (token: object) => {
    const client = await joinRoom(server, code, token);
    clients.push(client);
    return client;
  };
  const teacher = await join({ role: 'teacher', secret: teacherSecret });
  await teacher.act({ type: 'scenario', scenario: 'bench', rule: 'consensus', members: ALLIES });
  const students = await Promise.all(
    ALLIES.map((_, i) =>
      join({ role: 'student', secret: `bench-student-${i}`.padEnd(24, '-'), name: `S${i}` }),
    ),
  );
  // Each student claims its ally.
  await Promise.all(students.map((s, i) => s.act({ type: 'claim', member: ALLIES[i] })));

  const samples: number[] = [];
  const positions = ['support', 'object', 'undecided'] as const;
  for (let round = 0; round < ROUNDS && Date.now() - started < LIMIT_MS; round++) {
    const k = round % STUDENTS;
    const ally = ALLIES[k] as string;
    const position = positions[Math.floor(round / STUDENTS) % 3] as string;
    const everyone = [teacher, ...students.filter((_, i) => i !== k)];
    const t0 = performance.now();
    void students[k]?.act({ type: 'set', member: ally, position });
    // Every other screen's document shows the change.
    await Promise.all(
      everyone.map(
        (c) =>
          new Promise<void>((resolve) => {
            const check = () => {
              if (c.room().positions[ally] === position) {
                c.document.off('update', check);
                resolve();
              }
            };
            c.document.on('update', check);
            check();
          }),
      ),
    );
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))];
  console.log(
    `Room on loopback: ${STUDENTS} students and a teacher; ${samples.length} changes, each timed until all ${STUDENTS} other screens show it`,
  );
  console.log(
    `  p50 ${at(0.5)?.toFixed(1)} ms, p95 ${at(0.95)?.toFixed(1)} ms, max ${samples.at(-1)?.toFixed(1)} ms (goal: p95 within 200 ms)`,
  );
} finally {
  clients.forEach((c) => c.leave());
  await server.close();
}
