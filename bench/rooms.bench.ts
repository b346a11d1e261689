/**
 * Many rooms at once (npm run bench:rooms), on loopback. The room server runs as its own process
 * (server/main.ts on a free port, its rooms in a temporary SQLite file), so its CPU time and
 * memory are read from /proc apart from the clients'. The clients (real Hocuspocus providers
 * through tests/support/roomClient.ts) are split over WORKERS child processes: one Node process
 * cannot both drive 1,080 providers and time them fairly. Every room lives whole in one worker,
 * so a change's send and arrival times are read on one clock.
 *
 * ROOMS rooms, each with a teacher and STUDENTS students; each student claims its own member,
 * then sets its position at random exponential gaps (MEAN_GAP_MS on average) for RUN_MS. A
 * change is timed from the action sent to its arrival in every other client's document of the
 * room. Prints figures, asserts nothing; stops within LIMIT_MS and leaves no process behind.
 * ROOMS_BENCH_PROFILE=1 also writes V8 CPU profiles of the server and the workers to .measure/
 * (a folder each; the largest file is the main thread's).
 */
import { spawn, fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type * as Y from 'yjs';
import type { RoomServer } from '../server/roomServer';
import { joinRoom, type RoomClient } from '../tests/support/roomClient';

/**
 * Node's flags for the server, as `npm run rooms` starts it (its script in package.json): the
 * bench measures the server as deployed. A young generation of 1 MB and V8's memory-saving mode
 * suit a server of many small, long-lived connections: about 30 kB a client at peak here, against
 * about 60 kB with Node's defaults (sized for throughput), for a few points more of CPU.
 */
const ROOMS_NODE_FLAGS = (
  (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts
    .rooms ?? ''
)
  .split(/\s+/)
  .filter((arg) => /^--(max-[a-z-]+=\d+|optimize-for-size)$/.test(arg));

const ROOMS = 30;
const STUDENTS = 35;
const RUN_MS = 60_000;
const MEAN_GAP_MS = 5_000;
/** Time after the run for the last changes to arrive. */
const DRAIN_MS = 3_000;
const WORKERS = 2;
const LIMIT_MS = 180_000;
const MEMBERS = Array.from({ length: STUDENTS }, (_, i) => `M${String(i + 1).padStart(2, '0')}`);
const VALUES = ['support', 'object', 'undecided'] as const;
const PROFILE = Boolean(process.env.ROOMS_BENCH_PROFILE);
const PROFILE_DIR = join(process.cwd(), '.measure');

interface Room {
  code: string;
  teacherSecret: string;
}
type ToWorker =
  { type: 'join'; url: string; httpUrl: string; rooms: Room[] } | { type: 'go' } | { type: 'stop' };
type FromWorker =
  | { type: 'joined'; clients: number }
  | {
      type: 'done';
      /** Per change: ms until every other client of its room had it. */
      everyone: number[];
      /** Per change and receiver: ms until that client had it. */
      each: number[];
      sent: number;
      incomplete: number;
      cpuMs: number;
      loopDelayP99Ms: number;
      loopDelayMaxMs: number;
    };

const quantile = (sorted: readonly number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
const summary = (samples: number[]) => {
  const s = [...samples].sort((a, b) => a - b);
  return `p50 ${quantile(s, 0.5).toFixed(1)} ms, p95 ${quantile(s, 0.95).toFixed(1)} ms, max ${(s.at(-1) ?? NaN).toFixed(1)} ms (${s.length} samples)`;
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// ---- the clients -------------------------------------------------------------------------------

async function worker() {
  const send = (m: FromWorker) => process.send?.(m);
  // The parent gone (finished, killed), this worker goes too.
  process.on('disconnect', () => process.exit(0));
  const clients: RoomClient[] = [];
  const rooms: { teacher: RoomClient; students: RoomClient[] }[] = [];
  let result: FromWorker | undefined;

  /** A change in flight: when it was sent, and how many of its room's other clients have it. */
  interface Change {
    t0: number;
    seq: number;
    value: string;
    got: number;
    last: number;
  }
  const pending = new Map<string, Change[]>(); // by room and member
  const everyone: number[] = [];
  const each: number[] = [];
  let sent = 0;

  /** Notes where a client's copy of a member's position has arrived, as the change it carries. */
  const watch = (roomIndex: number, client: RoomClient, self: string | null) => {
    const seen = new Map<string, number>(); // member -> the last change seen
    const positions: Y.Map<unknown> = client.document.getMap('positions');
    positions.observe((event) => {
      const now = performance.now();
      for (const member of event.keysChanged) {
        if (member === self) continue; // the sender's own copy does not count
        const changes = pending.get(`${roomIndex}/${member}`);
        const value = positions.get(member);
        // The oldest change not yet seen here with this value (values cycle: no two in a row).
        const change = changes?.find((c) => c.seq > (seen.get(member) ?? -1) && c.value === value);
        if (!change) continue;
        seen.set(member, change.seq);
        each.push(now - change.t0);
        change.got += 1;
        change.last = now;
        if (change.got === STUDENTS) {
          everyone.push(change.last - change.t0);
          changes?.splice(changes.indexOf(change), 1);
        }
      }
    });
  };

  const join1 = async (server: RoomServer, code: string, token: object) => {
    const client = await joinRoom(server, code, token);
    clients.push(client);
    return client;
  };

  process.on('message', async (message: ToWorker) => {
    if (message.type === 'join') {
      const server: RoomServer = {
        url: message.url,
        httpUrl: message.httpUrl,
        close: async () => {},
      };
      for (const [r, room] of message.rooms.entries()) {
        const teacher = await join1(server, room.code, {
          role: 'teacher',
          secret: room.teacherSecret,
        });
        await teacher.act({
          type: 'scenario',
          scenario: 'bench',
          rule: 'consensus',
          members: MEMBERS,
        });
        const students = await Promise.all(
          MEMBERS.map((_, i) =>
            join1(server, room.code, {
              role: 'student',
              secret: `bench-${room.code}-${i}`.padEnd(24, '-'),
              name: `S${i}`,
            }),
          ),
        );
        const claims = await Promise.all(
          students.map((s, i) => s.act({ type: 'claim', member: MEMBERS[i] as string })),
        );
        if (claims.some((c) => !c.ok))
          throw new Error(`a claim was refused: ${JSON.stringify(claims.find((c) => !c.ok))}`);
        watch(r, teacher, null);
        students.forEach((s, i) => watch(r, s, MEMBERS[i] as string));
        rooms.push({ teacher, students });
      }
      send({ type: 'joined', clients: clients.length });
    } else if (message.type === 'go') {
      const loop = monitorEventLoopDelay({ resolution: 10 });
      loop.enable();
      const cpu0 = process.cpuUsage();
      const end = performance.now() + RUN_MS;
      const gap = () => -Math.log(1 - Math.random()) * MEAN_GAP_MS;
      const timers: NodeJS.Timeout[] = [];
      rooms.forEach(({ students }, r) =>
        students.forEach((student, i) => {
          const member = MEMBERS[i] as string;
          const key = `${r}/${member}`;
          let seq = 0;
          const next = () => {
            if (performance.now() >= end) return;
            const value = VALUES[seq % VALUES.length] as string;
            const list = pending.get(key) ?? [];
            pending.set(key, list);
            list.push({ t0: performance.now(), seq, value, got: 0, last: 0 });
            seq += 1;
            sent += 1;
            void student.act({ type: 'set', member, position: value });
            timers.push(setTimeout(next, gap()));
          };
          timers.push(setTimeout(next, gap()));
        }),
      );
      await sleep(RUN_MS + DRAIN_MS);
      timers.forEach(clearTimeout);
      const cpu = process.cpuUsage(cpu0);
      loop.disable();
      let incomplete = 0;
      pending.forEach((list) => (incomplete += list.length));
      result = {
        type: 'done',
        everyone,
        each,
        sent,
        incomplete,
        cpuMs: (cpu.user + cpu.system) / 1000,
        loopDelayP99Ms: loop.percentile(99) / 1e6,
        loopDelayMaxMs: loop.max / 1e6,
      };
      send(result);
    } else {
      clients.forEach((c) => c.leave());
      setTimeout(() => process.exit(0), 200);
    }
  });
}

// ---- the parent: server, workers, figures ------------------------------------------------------

/** The room server's CPU time (user + system, ms) and resident memory (bytes), from /proc. */
function usage(pid: number): { cpuMs: number; rss: number } {
  // Fields after the command's closing parenthesis: utime and stime are the 12th and 13th.
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  const rssKb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]);
  return { cpuMs: ticks * 10, rss: rssKb * 1024 }; // 100 ticks a second (getconf CLK_TCK)
}

const mb = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MB`;

async function main() {
  const started = Date.now();
  const dir = mkdtempSync(join(tmpdir(), 'rooms-bench-'));
  const children: ChildProcess[] = [];
  // A folder per process: each thread writes its own profile (tsx's loader runs in a second one).
  const profileArgs = (name: string) =>
    PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${join(PROFILE_DIR, name)}`] : [];
  const cleanup = () => {
    children.forEach((c) => c.exitCode === null && c.signalCode === null && c.kill('SIGTERM'));
    rmSync(dir, { recursive: true, force: true });
  };
  // However it ends, within the time limit and with every child stopped.
  const watchdog = setTimeout(() => {
    console.error(`bench:rooms: stopped after ${LIMIT_MS / 1000} s`);
    cleanup();
    process.exit(1);
  }, LIMIT_MS);
  process.on('SIGINT', () => {
    cleanup();
    process.exit(130);
  });

  try {
    // The server: node itself (not the tsx launcher, a second process) so that its pid is the one measured.
    const server = spawn(
      process.execPath,
      [...profileArgs('server'), ...ROOMS_NODE_FLAGS, '--import', 'tsx', 'server/main.ts'],
      {
        env: {
          ...process.env,
          ROOMS_PORT: '0',
          ROOMS_HOST: '127.0.0.1',
          ROOMS_DB: join(dir, 'rooms.sqlite'),
        },
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    children.push(server);
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      server.stdout?.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const m = /Room server on (ws:\/\/\S+)/.exec(out);
        if (m?.[1]) resolve(m[1]);
      });
      server.once('exit', (code) => reject(new Error(`the room server exited (${code}): ${out}`)));
    });
    const httpUrl = url.replace(/^ws:/, 'http:');
    const pid = server.pid as number;
    await sleep(1_000); // settled after start
    const base = usage(pid);

    const rooms: Room[] = [];
    for (let i = 0; i < ROOMS; i++) {
      const res = await fetch(`${httpUrl}/rooms`, { method: 'POST' });
      rooms.push((await res.json()) as Room);
    }

    let peak = base.rss;
    const sampler = setInterval(() => (peak = Math.max(peak, usage(pid).rss)), 200);

    const workers = Array.from({ length: WORKERS }, (_, w) => {
      const child = fork(fileURLToPath(import.meta.url), ['worker'], {
        execArgv: [...profileArgs(`worker-${w}`), '--import', 'tsx'],
      });
      children.push(child);
      return child;
    });
    const reply = <T extends FromWorker['type']>(child: ChildProcess, type: T) =>
      new Promise<Extract<FromWorker, { type: T }>>((resolve, reject) => {
        child.on(
          'message',
          (m: FromWorker) => m.type === type && resolve(m as Extract<FromWorker, { type: T }>),
        );
        child.once('exit', (code) => reject(new Error(`a client worker exited (${code})`)));
      });
    const t0 = Date.now();
    const joined = await Promise.all(
      workers.map((child, w) => {
        const done = reply(child, 'joined');
        child.send({
          type: 'join',
          url,
          httpUrl,
          rooms: rooms.filter((_, i) => i % WORKERS === w),
        } satisfies ToWorker);
        return done;
      }),
    );
    const clients = joined.reduce((n, j) => n + j.clients, 0);
    const joinMs = Date.now() - t0;
    const afterJoin = usage(pid);

    const results = await Promise.all(
      workers.map((child) => {
        const done = reply(child, 'done');
        child.send({ type: 'go' } satisfies ToWorker);
        return done;
      }),
    );
    const afterRun = usage(pid);
    clearInterval(sampler);
    peak = Math.max(peak, afterRun.rss);
    const runMs = RUN_MS + DRAIN_MS;

    const everyone = results.flatMap((r) => r.everyone);
    const each = results.flatMap((r) => r.each);
    const sent = results.reduce((n, r) => n + r.sent, 0);
    const incomplete = results.reduce((n, r) => n + r.incomplete, 0);
    console.log(
      `Rooms on loopback: ${ROOMS} rooms x (1 teacher + ${STUDENTS} students) = ${clients} clients over ${WORKERS} client processes; each student sets its position every ${MEAN_GAP_MS / 1000} s on average for ${RUN_MS / 1000} s`,
    );
    console.log(
      `  joined in ${(joinMs / 1000).toFixed(1)} s; ${sent} changes sent, ${incomplete} not seen by every other client of the room`,
    );
    console.log(
      `  until every other client has it (per change): ${summary(everyone)} (goal: p95 <= 100 ms)`,
    );
    console.log(`  until one client has it (per change and receiver): ${summary(each)}`);
    console.log(
      `  server CPU: ${(afterJoin.cpuMs - base.cpuMs) / 1000} s while joining, ${(afterRun.cpuMs - afterJoin.cpuMs) / 1000} s in the ${runMs / 1000} s run (${((100 * (afterRun.cpuMs - afterJoin.cpuMs)) / runMs).toFixed(0)}% of a core)`,
    );
    console.log(
      `  server memory (RSS): ${mb(base.rss)} before clients, ${mb(afterJoin.rss)} once joined, ${mb(peak)} at peak; ${((peak - base.rss) / clients / 1024).toFixed(1)} kB a client at peak (goal: < 50 kB)`,
    );
    results.forEach((r, w) =>
      console.log(
        `  client process ${w + 1}: CPU ${((100 * r.cpuMs) / runMs).toFixed(0)}% of a core in the run, event loop delay p99 ${r.loopDelayP99Ms.toFixed(1)} ms, max ${r.loopDelayMaxMs.toFixed(1)} ms`,
      ),
    );
    workers.forEach((child) => child.send({ type: 'stop' } satisfies ToWorker));
    await Promise.all(
      workers.map(
        (child) => new Promise((r) => (child.exitCode !== null ? r(null) : child.once('exit', r))),
      ),
    );
    // SIGTERM: the server saves its rooms and exits (and writes its profile if asked).
    const exited = new Promise((r) => server.once('exit', r));
    server.kill('SIGTERM');
    await Promise.race([exited, sleep(10_000)]);
    console.log(`  whole bench: ${((Date.now() - started) / 1000).toFixed(0)} s`);
  } finally {
    clearTimeout(watchdog);
    cleanup();
  }
}

// Last: main() reads the constants and functions above.
if (process.argv[2] === 'worker') await worker();
else await main();
