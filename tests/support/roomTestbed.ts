// The room tests' bench: real room servers on free loopback ports and real clients, each closed
// after its test, and a wait on a client's copy of the room (changes arrive asynchronously).
import { afterEach, expect } from 'vitest';
import { startRoomServer, type RoomServer, type RoomServerOptions } from '../../server/roomServer';
import type { RoomSnapshot } from '../../src/room/authority';
import { joinRoom, type RoomClient } from './roomClient';

export function roomTestbed() {
  const servers: RoomServer[] = [];
  const open: RoomClient[] = [];
  const leaveAll = () => open.splice(0).forEach((c) => c.leave());
  afterEach(async () => {
    leaveAll();
    await Promise.all(servers.splice(0).map((s) => s.close()));
  });
  return {
    async start(options: RoomServerOptions = {}): Promise<RoomServer> {
      const server = await startRoomServer(options);
      servers.push(server);
      return server;
    },
    async join(server: RoomServer, code: string, token: object): Promise<RoomClient> {
      const client = await joinRoom(server, code, token);
      open.push(client);
      return client;
    },
    /** Every client of the test leaves (their screens close). */
    leaveAll,
    /** Stops one server mid-test (a restart), saving its rooms. */
    async stop(server: RoomServer): Promise<void> {
      servers.splice(servers.indexOf(server), 1);
      await server.close();
    },
  };
}

/** Waits (up to `ms`) until a client's copy of the room satisfies `ok`. */
export async function untilRoom(
  client: RoomClient,
  ok: (r: RoomSnapshot) => boolean,
  ms = 2000,
): Promise<void> {
  for (let t = 0; t < ms && !ok(client.room()); t += 10)
    await new Promise((r) => setTimeout(r, 10));
  expect(ok(client.room())).toBe(true);
}
