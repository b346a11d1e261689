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
 * stops). Redis comes with a later slice.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { Database } from '@hocuspocus/extension-database';
import {
  Server,
  type Connection,
  type Document,
  type onAuthenticatePayload,
  type onStatelessPayload,
} from '@hocuspocus/server';
import * as z from 'zod';
import {
  decide,
  parseAction,
  type ActionReply,
  type Actor,
  type Hello,
  type RoomSnapshot,
} from '../src/room/authority';
import { newRoomCode, roomDocumentName } from '../src/room/code';
import { readRoom, writeRoom } from '../src/room/doc';
import { ROOM_LIMITS } from '../src/room/limits';
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
    name: z.string().trim().min(1).max(40),
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
 * Writes a room into its document as a change made by `connection`: Hocuspocus saves only
 * changes that came from a connection, and the server's own writes must be saved too.
 */
const write = (document: Document, connection: Connection, next: RoomSnapshot) =>
  document.transact(() => writeRoom(document, next), connection);

export interface RoomServerOptions {
  port?: number;
  host?: string;
  /** An SQLite file that keeps the rooms; without one they live in memory. */
  database?: string;
  /** How long an ended room's screens stay connected (tests shorten it). */
  endedGraceMs?: number;
  /** A room with no connection and no action for this long is deleted. */
  idleHours?: number;
  /** The same in milliseconds, for tests; wins over idleHours. */
  idleMs?: number;
  /** How often idle rooms are looked for. */
  sweepMs?: number;
}

/** What the server knows of a connection, from its token. */
interface Seat {
  readonly actor: Actor;
  readonly code: string;
}

/** Who is connected to a room: connections by actor ('teacher', or a student's id). */
type Presence = Map<string, number>;
const actorKey = (actor: Actor) => (actor.role === 'teacher' ? 'teacher' : actor.id);

export async function startRoomServer({
  port = 0,
  host = '127.0.0.1',
  database,
  endedGraceMs = ROOM_LIMITS.endedGraceMs,
  idleHours = ROOM_LIMITS.idleHours,
  idleMs = idleHours * 3_600_000,
  sweepMs = ROOM_LIMITS.sweepMs,
}: RoomServerOptions = {}): Promise<RoomServer> {
  const store = openRoomStore(database);
  const closing = new Set<NodeJS.Timeout>();
  const present = new Map<string, Presence>();
  /** Counts a connection in (+1) or out (-1); a room's last one out starts its idle time. */
  const count = ({ actor, code }: Seat, delta: 1 | -1) => {
    const presence = present.get(code) ?? new Map<string, number>();
    const n = (presence.get(actorKey(actor)) ?? 0) + delta;
    if (n > 0) presence.set(actorKey(actor), n);
    else presence.delete(actorKey(actor));
    if (presence.size > 0) present.set(code, presence);
    else present.delete(code);
    store.touch(code, Date.now());
  };

  /**
   * Deletes a room at once (no one can join it, nothing of it is saved again) and closes its
   * screens' sockets after `graceMs`, when those still connected have seen its last change. The
   * socket, not just the document: a provider whose document alone is closed waits forever,
   * while one whose socket closes reconnects and is told the room is gone.
   */
  const forget = (code: string, graceMs = 0) => {
    store.remove(code);
    const timer = setTimeout(() => {
      closing.delete(timer);
      const document = server.hocuspocus.documents.get(roomDocumentName(code));
      document?.getConnections().forEach((c) => c.webSocket.close(4410, 'the room is gone'));
    }, graceMs);
    closing.add(timer);
  };

  // Idle rooms: no one connected, and no connection or action for idleMs.
  const sweep = setInterval(() => {
    for (const code of store.activeBefore(Date.now() - idleMs))
      if (!present.has(code)) forget(code);
  }, sweepMs);
  sweep.unref(); // a sweep alone does not keep the process alive

  const createRoom = () => {
    const secret = randomBytes(24).toString('base64url');
    let code = newRoomCode(randomBytes);
    while (!store.add(code, digest(secret), Date.now())) code = newRoomCode(randomBytes);
    return { code, teacherSecret: secret };
  };

  const server = new Server({
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
    ],
    // The room's code is its document's name; the token says who is connecting.
    async onAuthenticate({ documentName, token, connectionConfig }: onAuthenticatePayload) {
      const code = codeOf(documentName);
      const room = code === undefined ? undefined : store.get(code);
      if (!code || !room) throw refuse('no such room: it may have ended or expired');
      let parsed: z.infer<typeof tokenSchema>;
      try {
        parsed = tokenSchema.parse(JSON.parse(token));
      } catch {
        throw refuse('malformed token');
      }
      connectionConfig.readOnly = true; // every change goes through an action
      let actor: Actor;
      if (parsed.role === 'teacher') {
        if (!timingSafeEqual(digest(parsed.secret), room.teacher))
          throw refuse('not the teacher of this room');
        actor = { role: 'teacher' };
      } else {
        const id = digest(parsed.secret).toString('hex').slice(0, 16);
        actor = { role: 'student', id, name: parsed.name };
      }
      // Counted from here, not from `connected`, so that a burst of joins cannot slip past a limit.
      const seat: Seat = { actor, code };
      count(seat, 1);
      return seat;
    },
    async onDisconnect({ context }) {
      count(context as Seat, -1);
    },
    async connected({ connection, context }) {
      const { actor } = context as Seat;
      if (actor.role !== 'student') return;
      // The student learns the id the room knows it by (its holder key), before any reply.
      connection.sendStateless(JSON.stringify({ you: actor.id } satisfies Hello));
      // A student's name is on the table from the moment it joins.
      const doc = connection.document;
      const room = readRoom(doc);
      if (room.people[actor.id] !== actor.name)
        write(doc, connection, { ...room, people: { ...room.people, [actor.id]: actor.name } });
    },
    async onStateless({ connection, document, payload }: onStatelessPayload) {
      const { actor, code } = connection.context as Seat;
      store.touch(code, Date.now());
      const action = parseAction(payload);
      const reply = (r: ActionReply) => connection.sendStateless(JSON.stringify(r));
      if (!action) return reply({ ok: false, reason: 'not an action this room knows' });
      const decision = decide(readRoom(document), actor, action);
      if (!decision.ok) return reply({ ok: false, reason: decision.reason });
      write(document, connection, decision.next);
      reply({ ok: true });
      if (action.type === 'end') forget(code, endedGraceMs);
    },
    async onRequest({ request, response }) {
      if (request.method === 'POST' && request.url === '/rooms') {
        const room = createRoom();
        response.writeHead(201, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ ...room, document: roomDocumentName(room.code) }));
        // Rejecting ends the hook chain: the default answer is not sent.
        throw null;
      }
    },
  });
  await server.listen();
  const address = server.address;
  const where = `${host === '0.0.0.0' ? '127.0.0.1' : host}:${address.port}`;
  return {
    url: `ws://${where}`,
    httpUrl: `http://${where}`,
    close: async () => {
      clearInterval(sweep);
      closing.forEach(clearTimeout);
      await server.destroy(); // saves every open document first
      store.close();
    },
  };
}
