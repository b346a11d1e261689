// A Node client of the room server, as the tests and the room bench use it: the app's own room
// connection (src/room/client.ts) over `ws`, resolved once synced.
import WebSocket from 'ws';
import type * as Y from 'yjs';
import type { RoomServer } from '../../server/roomServer';
import type { ActionReply, RoomSnapshot } from '../../src/room/authority';
import { connectRoom, type RoomConnection } from '../../src/room/client';

export interface RoomClient {
  /** The client's copy of the document (forged writes go here). */
  readonly document: Y.Doc;
  /** This client's copy of the room. */
  room(): RoomSnapshot;
  /** Sends an action (anything: forged messages too); resolves with the server's reply. */
  act(action: object): Promise<ActionReply>;
  /** A student's id in the room, once the server has said it. */
  id(): string | null;
  leave(): void;
}

/** A new room: its code and the teacher's secret (POST /rooms). */
export async function createRoom(
  server: RoomServer,
): Promise<{ status: number; code: string; teacherSecret: string }> {
  const res = await fetch(`${server.httpUrl}/rooms`, { method: 'POST' });
  return { status: res.status, ...((await res.json()) as { code: string; teacherSecret: string }) };
}

/** Joins a room with a token; resolves once synced, rejects if the server refuses it. */
export function joinRoom(server: RoomServer, code: string, token: object): Promise<RoomClient> {
  return new Promise((resolve, reject) => {
    let id: string | null = null;
    const connection: RoomConnection = connectRoom(
      // Tokens are passed as given: the tests forge some on purpose.
      { url: server.url, code, token: token as never, WebSocketPolyfill: WebSocket },
      {
        onSynced: () => resolve(client),
        onRefused: (reason) => reject(new Error(reason)),
        onHello: (hello) => {
          id = hello.you ?? null;
        },
      },
    );
    const client: RoomClient = {
      document: connection.document,
      room: connection.room,
      act: (action) => connection.act(action as never),
      id: () => id,
      leave: connection.close,
    };
  });
}

/**
 * The room server behind an app's address, as its pages reach it (`/rooms` on the app's own
 * origin, through the dev or preview server): the browser tests' Node clients join that way.
 * Closing it closes nothing (the app's server runs for the whole suite).
 */
export const roomsBehind = (appUrl: string): RoomServer => ({
  url: `${appUrl.replace(/^http/, 'ws')}/rooms`,
  httpUrl: appUrl,
  close: async () => {},
});

/** A student who is a Node client, not a browser, named `name` (its secret made from the name). */
export const joinAsStudent = (server: RoomServer, code: string, name: string) =>
  joinRoom(server, code, {
    role: 'student',
    secret: name.toLowerCase().padEnd(24, '-'),
    name,
  });
