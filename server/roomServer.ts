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
 * This slice keeps rooms in memory; storage (SQLite) and Redis come with the next slices.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { Server, type onAuthenticatePayload, type onStatelessPayload } from '@hocuspocus/server';
import * as z from 'zod';
import {
  decide,
  parseAction,
  type ActionReply,
  type Actor,
  type Hello,
} from '../src/room/authority';
import { newRoomCode, roomDocumentName } from '../src/room/code';
import { readRoom, writeRoom } from '../src/room/doc';

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

/** What the server keeps per room: the digest of the teacher's secret. */
interface RoomRecord {
  readonly teacher: Buffer;
}

export async function startRoomServer({
  port = 0,
  host = '127.0.0.1',
}: { port?: number; host?: string } = {}): Promise<RoomServer> {
  const rooms = new Map<string, RoomRecord>();

  const createRoom = () => {
    let code = newRoomCode(randomBytes);
    while (rooms.has(code)) code = newRoomCode(randomBytes);
    const secret = randomBytes(24).toString('base64url');
    rooms.set(code, { teacher: digest(secret) });
    return { code, teacherSecret: secret };
  };

  const server = new Server({
    port,
    address: host,
    quiet: true,
    stopOnSignals: false,
    // The room's code is its document's name; the token says who is connecting.
    async onAuthenticate({ documentName, token, connectionConfig }: onAuthenticatePayload) {
      const code = /^room\/([A-Z0-9]{6})$/.exec(documentName)?.[1];
      const room = code === undefined ? undefined : rooms.get(code);
      if (!room) throw new Error('no such room');
      let parsed: z.infer<typeof tokenSchema>;
      try {
        parsed = tokenSchema.parse(JSON.parse(token));
      } catch {
        throw new Error('malformed token');
      }
      connectionConfig.readOnly = true; // every change goes through an action
      let actor: Actor;
      if (parsed.role === 'teacher') {
        if (!timingSafeEqual(digest(parsed.secret), room.teacher))
          throw new Error('not the teacher of this room');
        actor = { role: 'teacher' };
      } else {
        const id = digest(parsed.secret).toString('hex').slice(0, 16);
        actor = { role: 'student', id, name: parsed.name };
      }
      return { actor };
    },
    async connected({ connection, context }) {
      const actor = (context as { actor: Actor }).actor;
      if (actor.role !== 'student') return;
      // The student learns the id the room knows it by (its holder key), before any reply.
      connection.sendStateless(JSON.stringify({ you: actor.id } satisfies Hello));
      // A student's name is on the table from the moment it joins.
      const doc = connection.document;
      const room = readRoom(doc);
      if (room.people[actor.id] !== actor.name)
        writeRoom(doc, { ...room, people: { ...room.people, [actor.id]: actor.name } });
    },
    async onStateless({ connection, document, payload }: onStatelessPayload) {
      const actor = (connection.context as { actor: Actor }).actor;
      const action = parseAction(payload);
      const reply = (r: ActionReply) => connection.sendStateless(JSON.stringify(r));
      if (!action) return reply({ ok: false, reason: 'not an action this room knows' });
      const decision = decide(readRoom(document), actor, action);
      if (!decision.ok) return reply({ ok: false, reason: decision.reason });
      writeRoom(document, decision.next);
      reply({ ok: true });
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
      await server.destroy();
    },
  };
}
