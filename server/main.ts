/**
 * The room server alone, for deployment (npm run rooms). Settings from the environment:
 * ROOMS_PORT (1234), ROOMS_HOST (127.0.0.1: put a TLS proxy in front to serve wss:// beyond this
 * machine) and ROOMS_DB (.rooms/rooms.sqlite, its folder made if need be). Stops cleanly on
 * SIGINT and SIGTERM: every open room is saved before the process exits.
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { startRoomServer } from './roomServer';

const port = Number(process.env.ROOMS_PORT ?? 1234);
const host = process.env.ROOMS_HOST ?? '127.0.0.1';
const database = resolve(process.env.ROOMS_DB ?? '.rooms/rooms.sqlite');
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`ROOMS_PORT must be a port number, not ${process.env.ROOMS_PORT}`);
  process.exit(1);
}
mkdirSync(dirname(database), { recursive: true });

const server = await startRoomServer({ port, host, database });
console.log(
  `Room server on ${server.url} (rooms: POST ${server.httpUrl}/rooms), kept in ${database}`,
);

let stopping = false;
const stop = async (signal: string) => {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: saving the rooms and stopping`);
  await server.close();
  process.exit(0);
};
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));
