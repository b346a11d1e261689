// A Node client of the room server, as the tests and the room bench use it: a real Hocuspocus
// provider over `ws`, with each action's reply paired to the action that asked for it.
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import type { ActionReply, RoomServer } from '../../server/roomServer';
import type { RoomSnapshot } from '../../src/room/authority';
import { roomDocumentName } from '../../src/room/code';
import { readRoom } from '../../src/room/doc';

export interface RoomClient {
  readonly provider: HocuspocusProvider;
  /** This client's copy of the room. */
  room(): RoomSnapshot;
  /** Sends an action; resolves with the server's reply to it. */
  act(action: object): Promise<ActionReply>;
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
    // The server answers a connection's actions in order, so replies pair with waiters in order.
    const waiters: ((r: ActionReply) => void)[] = [];
    const socket = new HocuspocusProviderWebsocket({
      url: server.url,
      WebSocketPolyfill: WebSocket,
    });
    const provider = new HocuspocusProvider({
      websocketProvider: socket,
      name: roomDocumentName(code),
      token: JSON.stringify(token),
      onSynced: () => resolve(client),
      onAuthenticationFailed: ({ reason }) => {
        client.leave(); // a refused client stops retrying
        reject(new Error(reason));
      },
      onStateless: ({ payload }) => waiters.shift()?.(JSON.parse(payload) as ActionReply),
    });
    // A provider given its own socket waits to be attached to it.
    provider.attach();
    const client: RoomClient = {
      provider,
      room: () => readRoom(provider.document),
      act: (action) =>
        new Promise((done) => {
          waiters.push(done);
          provider.sendStateless(JSON.stringify(action));
        }),
      leave: () => {
        provider.destroy();
        socket.destroy();
      },
    };
  });
}
