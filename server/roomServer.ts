/**
 * The class-room server: Hocuspocus carries each room's Yjs document to every screen; this file
 * decides who may change what. Every connection is read-only for the document itself: a client
 * asks for an action in a stateless message, the server checks it with the room's authority
 * (src/room/authority.ts) and writes what it allows, so a forged message changes nothing.
 *
 * Rooms are made by POST /rooms, which answers the room code and the teacher's secret (kept in
 * the teacher's browser, never in the join link). Connections authenticate with a token:
 * `{"role":"teacher","secret":...}` or `{"role":"student","secret":...,"name":...}`; a student's
 * id is a digest of its own secret, so that no one can act as another student by copying the id
 * the document shows, and a student who reconnects with its secret keeps its member.
 *
 * Rooms and their documents are kept in SQLite (server/roomStore.ts): in a file, they outlive a
 * restart. The document is saved through Hocuspocus's database extension, which batches saves
 * (a couple of seconds after a change, and at once when the last screen leaves or the server
 * stops).
 *
 * Several processes can share rooms through Redis (`redis`): Hocuspocus's Redis extension carries
 * each document's changes between them, and the room records live in Redis (server/roomRecords.ts).
 * An action is checked and written by the process holding its sender's connection.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { Database } from '@hocuspocus/extension-database';
import { Redis } from '@hocuspocus/extension-redis';
import {
  Server,
  type Connection,
  type Extension,
  type Document,
  type onAuthenticatePayload,
  type onStatelessPayload,
} from '@hocuspocus/server';
import * as z from 'zod';
import {
  decide,
  expireSilence,
  loggedAction,
  parseAction,
  runningRound,
  type ActionReply,
  type Actor,
  type Hello,
  type LogEntry,
  type RoomSnapshot,
} from '../src/room/authority';
import { newRoomCode, roomDocumentName } from '../src/room/code';
import { appendLog, readRoom, writeRoom } from '../src/room/doc';
import { ROOM_LIMITS, displayName, type RoomLimits } from '../src/room/limits';
import {
  ACTION_REFUSALS,
  CONNECTION_REFUSALS,
  DISPLAY_NAME_RULE,
  NEW_ROOM_REFUSALS,
  refusal,
} from '../src/room/refusals';
import { redisRecords, storeRecords, type RedisAddress, type RoomRecords } from './roomRecords';
import { openRoomStore } from './roomStore';

export interface RoomServer {
  /** ws://host:port, for providers. */
  readonly url: string;
  /** http://host:port, for POST /rooms. */
  readonly httpUrl: string;
  close(): Promise<void>;
}

const digest = (secret: string): Buffer => createHash('sha256').update(secret).digest();

const tokenSchema = z.discriminatedUnion('role', [
  z.strictObject({ role: z.literal('teacher'), secret: z.string().min(16).max(200) }),
  z.strictObject({
    role: z.literal('student'),
    secret: z.string().min(16).max(200),
    name: z.string().max(400), // its rules are checked apart, to say which one it breaks
  }),
]);

/**
 * Refuses a connection: Hocuspocus sends a thrown object's `reason` to the client (an Error's
 * message would only be logged, and the client told "permission-denied").
 */
const refuse = (reason: string) => ({ reason });

/** The room code in a document's name, if it is a room's. */
const codeOf = (documentName: string) => /^room\/([A-Z0-9]{6})$/.exec(documentName)?.[1];

/**
 * Writes a room into its document as a change made by `connection` (with the action that made
 * it, into the room's log): Hocuspocus saves only changes that came from a connection, and the
 * server's own writes must be saved too.
 */
const write = (document: Document, connection: Connection, next: RoomSnapshot, logged?: LogEntry) =>
  document.transact(() => {
    writeRoom(document, next);
    if (logged) appendLog(document, logged);
  }, connection);

/** Where to listen and keep rooms; any limit of ROOM_LIMITS may be changed (the tests shrink them). */
export interface RoomServerOptions extends Partial<Omit<RoomLimits, 'nameLength'>> {
  port?: number;
  host?: string;
  /** An SQLite file that keeps the rooms; without one they live in memory. */
  database?: string;
  /** The idle time in milliseconds, for tests; wins over idleHours. */
  idleMs?: number;
  /** A Redis shared with other room servers: rooms made through any of them open on all. */
  redis?: RedisAddress;
}

/**
 * How long a process that has just loaded a room waits for the other processes' copy through
 * Redis before serving it. Without the wait, its first write (a student's name, on joining)
 * would be made on a stale copy and could undo the table in a concurrent Yjs merge. A room no
 * other process holds gets no answer: its first screen here waits this long, once.
 */
const PEER_SYNC_MS = 250;

/** Waits after a room loads until Redis brings the other processes' changes, or PEER_SYNC_MS. */
function awaitPeers(redis: Redis): Extension {
  return {
    extensionName: 'awaitPeers',
    priority: redis.priority - 1, // after the Redis extension has asked its peers
    afterLoadDocument: ({ document, documentName, instance }) =>
      new Promise<void>((resolve) => {
        // Hocuspocus lists a document only once its load hooks are done, and the Redis extension
        // drops the peers' answers to a document it cannot find: list it now (Hocuspocus sets the
        // same entry when this hook returns).
        instance.documents.set(documentName, document);
        const done = () => {
          clearTimeout(timer);
          document.off('update', onUpdate);
          resolve();
        };
        const onUpdate = (_update: Uint8Array, origin: unknown) => {
          if (origin === redis.redisTransactionOrigin) done();
        };
        const timer = setTimeout(done, PEER_SYNC_MS);
        document.on('update', onUpdate);
      }),
  };
}

/** A connection's allowance of actions (a token bucket): a burst, then a steady rate. */
interface Allowance {
  tokens: number;
  at: number;
}

/** Takes one action from the allowance if it has one; it refills `rate` a second, up to `burst`. */
function allow(a: Allowance, rate: number, burst: number, now: number): boolean {
  a.tokens = Math.min(burst, a.tokens + ((now - a.at) / 1000) * rate);
  a.at = now;
  if (a.tokens < 1) return false;
  a.tokens -= 1;
  return true;
}

/** What the server knows of a connection, from its token. */
interface Seat {
  readonly actor: Actor;
  readonly code: string;
  readonly allowance: Allowance;
}

/** Who is connected to a room: connections by actor ('teacher', or a student's id). */
type Presence = Map<string, number>;
const actorKey = (actor: Actor) => (actor.role === 'teacher' ? 'teacher' : actor.id);

export async function startRoomServer(options: RoomServerOptions = {}): Promise<RoomServer> {
  const { port = 0, host = '127.0.0.1', database } = options;
  const limits = { ...ROOM_LIMITS, ...options };
  const idleMs = options.idleMs ?? limits.idleHours * 3_600_000;
  const burstOf = (actor: Actor) =>
    actor.role === 'teacher' ? limits.teacherBurst : limits.actionsPerSecond;
  const store = openRoomStore(database);
  const closing = new Set<NodeJS.Timeout>();
  const present = new Map<string, Presence>();
  const records: RoomRecords = options.redis
    ? await redisRecords(options.redis, store, idleMs, (code, graceMs) => closeRoom(code, graceMs))
    : storeRecords(store);
  /** Counts a connection in (+1) or out (-1); a room's last one out starts its idle time. */
  const count = ({ actor, code }: Seat, delta: 1 | -1) => {
    const presence = present.get(code) ?? new Map<string, number>();
    const n = (presence.get(actorKey(actor)) ?? 0) + delta;
    if (n > 0) presence.set(actorKey(actor), n);
    else presence.delete(actorKey(actor));
    if (presence.size > 0) present.set(code, presence);
    else present.delete(code);
    records.touch([code], Date.now());
  };

  /**
   * Deletes a room at once (no one can join it, nothing of it is saved again) and closes its
   * screens' sockets after `graceMs`, when those still connected have seen its last change. The
   * socket, not just the document: a provider whose document alone is closed waits forever,
   * while one whose socket closes reconnects and is told the room is gone.
   */
  const forget = (code: string, graceMs = 0) => {
    records.remove(code, graceMs).catch((e: unknown) => console.error(`room ${code}:`, e));
    closeRoom(code, graceMs);
  };
  /** Closes this process's sockets on a room (forgotten here or, with Redis, elsewhere). */
  function closeRoom(code: string, graceMs: number) {
    store.remove(code);
    const timer = setTimeout(() => {
      closing.delete(timer);
      const document = server.hocuspocus.documents.get(roomDocumentName(code));
      document?.getConnections().forEach((c) => c.webSocket.close(4410, 'the room is gone'));
    }, graceMs);
    closing.add(timer);
  }

  // Idle rooms: no one connected, and no connection or action for idleMs. A room with screens
  // here is touched first: with Redis, other processes see only the records.
  const sweep = setInterval(async () => {
    const now = Date.now();
    records.touch([...present.keys()], now);
    try {
      for (const code of await records.idle(now - idleMs)) if (!present.has(code)) forget(code);
    } catch (e) {
      console.error('idle sweep:', e); // Redis unreachable: the next sweep tries again
    }
  }, limits.sweepMs);
  sweep.unref(); // a sweep alone does not keep the process alive

  /**
   * The silence procedure's clock: the server's, never a student's. A timer per room with a round
   * under way; at the deadline the round is adopted (if no one broke silence meanwhile), written
   * through a direct connection so that it is saved even with no screen connected.
   */
  const deadlines = new Map<string, NodeJS.Timeout>();
  const clock = {
    follow(code: string, room: RoomSnapshot) {
      clearTimeout(deadlines.get(code));
      deadlines.delete(code);
      const round = runningRound(room);
      if (!round || room.ended) return;
      const timer = setTimeout(
        () => {
          deadlines.delete(code);
          // A failure here is the room's, never the server's: logged, and the others go on.
          clock
            .expire(code)
            .catch((e: unknown) => console.error(`room ${code}: silence clock:`, e));
        },
        Math.max(0, round.deadline - Date.now()),
      );
      deadlines.set(code, timer);
    },
    async expire(code: string) {
      if (!(await records.get(code))) return; // ended or expired meanwhile
      const direct = await server.hocuspocus.openDirectConnection(roomDocumentName(code), {});
      try {
        let next: RoomSnapshot | null = null;
        await direct.transact((document) => {
          next = expireSilence(readRoom(document), Date.now());
          if (next) writeRoom(document, next);
        });
        // Still running (extended meanwhile): wait for the new deadline.
        if (!next) clock.follow(code, readRoom(direct.document as unknown as Document));
      } finally {
        await direct.disconnect();
      }
    },
    stop() {
      deadlines.forEach(clearTimeout);
      deadlines.clear();
    },
  };

  const createRoom = async () => {
    if ((await records.count()) >= limits.roomsPerServer) return null;
    const secret = randomBytes(24).toString('base64url');
    let code = newRoomCode(randomBytes);
    while (!(await records.add(code, digest(secret), Date.now()))) code = newRoomCode(randomBytes);
    return { code, teacherSecret: secret };
  };
  const redis =
    options.redis &&
    new Redis({ ...options.redis, prefix: `${options.redis.prefix ?? 'nac'}:doc` });

  const server = new Server(
    {
      port,
      address: host,
      quiet: true,
      stopOnSignals: false,
      extensions: [
        new Database({
          fetch: async ({ documentName }) => store.document(codeOf(documentName) ?? ''),
          store: async ({ documentName, state }) =>
            store.saveDocument(codeOf(documentName) ?? '', state),
        }),
        ...(redis ? [redis, awaitPeers(redis)] : []),
      ],
      // The room's code is its document's name; the token says who is connecting.
      async onAuthenticate({ documentName, token, connectionConfig }: onAuthenticatePayload) {
        const code = codeOf(documentName);
        const room = code === undefined ? undefined : await records.get(code);
        if (!code || !room) throw refuse(refusal(CONNECTION_REFUSALS, 'noRoom'));
        let parsed: z.infer<typeof tokenSchema>;
        try {
          parsed = tokenSchema.parse(JSON.parse(token));
        } catch {
          throw refuse(refusal(CONNECTION_REFUSALS, 'token'));
        }
        connectionConfig.readOnly = true; // every change goes through an action
        let actor: Actor;
        if (parsed.role === 'teacher') {
          if (!timingSafeEqual(digest(parsed.secret), room.teacher))
            throw refuse(refusal(CONNECTION_REFUSALS, 'notTeacher'));
          actor = { role: 'teacher' };
        } else {
          const name = displayName(parsed.name);
          if (name === null) throw refuse(DISPLAY_NAME_RULE);
          const id = digest(parsed.secret).toString('hex').slice(0, 16);
          // The teacher is not counted, nor a student already here (in another tab).
          const here = present.get(code);
          const students = here ? here.size - (here.has('teacher') ? 1 : 0) : 0;
          if (!here?.has(id) && students >= limits.studentsPerRoom)
            throw refuse(refusal(CONNECTION_REFUSALS, 'full', { count: limits.studentsPerRoom }));
          actor = { role: 'student', id, name };
        }
        // Counted from here, not from `connected`, so that a burst of joins cannot slip past a limit.
        const seat: Seat = { actor, code, allowance: { tokens: burstOf(actor), at: Date.now() } };
        count(seat, 1);
        return seat;
      },
      // A room loaded with a round under way (a restart mid-round): its clock runs again.
      async afterLoadDocument({ documentName, document }) {
        const code = codeOf(documentName);
        if (code) clock.follow(code, readRoom(document));
      },
      async onDisconnect({ context }) {
        // The clock's direct connection has no seat: it was never counted in.
        const seat = context as Partial<Seat> | undefined;
        if (seat?.actor) count(seat as Seat, -1);
      },
      async connected({ connection, context }) {
        const { actor } = context as Seat;
        // Every screen learns the server's clock (a countdown runs on it), a student its id.
        if (actor.role !== 'student') {
          connection.sendStateless(JSON.stringify({ now: Date.now() } satisfies Hello));
          return;
        }
        // The student learns the id the room knows it by (its holder key), before any reply.
        connection.sendStateless(
          JSON.stringify({ now: Date.now(), you: actor.id } satisfies Hello),
        );
        // A student's name is on the table from the moment it joins.
        const doc = connection.document;
        const room = readRoom(doc);
        if (room.people[actor.id] !== actor.name)
          write(doc, connection, { ...room, people: { ...room.people, [actor.id]: actor.name } });
      },
      async onStateless({ connection, document, payload }: onStatelessPayload) {
        const { actor, code, allowance } = connection.context as Seat;
        const reply = (r: ActionReply) => connection.sendStateless(JSON.stringify(r));
        // Every message gets one reply, even a refused one: the client pairs replies in order.
        const now = Date.now();
        if (!allow(allowance, limits.actionsPerSecond, burstOf(actor), now))
          return reply({ ok: false, reason: refusal(ACTION_REFUSALS, 'tooMany') });
        records.touch([code], now);
        // Measured before it is parsed: a huge message costs no parsing.
        if (Buffer.byteLength(payload) > limits.actionBytes)
          return reply({ ok: false, reason: refusal(ACTION_REFUSALS, 'tooLarge') });
        const action = parseAction(payload);
        if (!action) return reply({ ok: false, reason: refusal(ACTION_REFUSALS, 'unknown') });
        const room = readRoom(document);
        const decision = decide(room, actor, action, now);
        if (!decision.ok) return reply({ ok: false, reason: decision.reason });
        const who =
          actor.role === 'teacher'
            ? { who: 'Teacher' }
            : {
                who: actor.name,
                ...(room.holders[actor.id] && { member: room.holders[actor.id] }),
              };
        write(document, connection, decision.next, {
          at: now,
          ...who,
          action: loggedAction(action),
        });
        reply({ ok: true });
        clock.follow(code, decision.next);
        if (action.type === 'end') forget(code, limits.endedGraceMs);
      },
      async onRequest({ request, response }) {
        if (request.method === 'POST' && request.url === '/rooms') {
          const room = await createRoom();
          response.writeHead(room ? 201 : 503, { 'content-type': 'application/json' });
          response.end(
            JSON.stringify(
              room
                ? { ...room, document: roomDocumentName(room.code) }
                : { reason: refusal(NEW_ROOM_REFUSALS, 'full', { count: limits.roomsPerServer }) },
            ),
          );
          // Rejecting ends the hook chain: the default answer is not sent.
          throw null;
        }
      },
    },
    // A frame over this closes its connection before it is read (ws's own default is 100 MiB).
    { maxPayload: limits.frameBytes },
  );
  await server.listen();
  const address = server.address;
  const where = `${host === '0.0.0.0' ? '127.0.0.1' : host}:${address.port}`;
  return {
    url: `ws://${where}`,
    httpUrl: `http://${where}`,
    close: async () => {
      clearInterval(sweep);
      closing.forEach(clearTimeout);
      clock.stop();
      await server.destroy(); // saves every open document first
      await records.close();
      store.close();
    },
  };
}
