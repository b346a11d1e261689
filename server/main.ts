/**
 * The room server alone, for deployment (npm run rooms). Settings from the environment:
 * ROOMS_PORT (1234), ROOMS_HOST (127.0.0.1: put a TLS proxy in front to serve wss:// beyond this
 * machine), ROOMS_DB (.rooms/rooms.sqlite, its folder made if need be) and ROOMS_REDIS
 * (redis://host:port, to share rooms with other processes on the same Redis). Stops cleanly on
 * SIGINT and SIGTERM: every open room is saved before the process exits. Says where it listens
 * in one line, `Room server on ws://host:port ...`, which the room bench reads (ROOMS_PORT=0
 * picks a free port).
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { RedisAddress } from './roomRecords';
import { startRoomServer } from './roomServer';

const port = Number(process.env.ROOMS_PORT ?? 1234);
const host = process.env.ROOMS_HOST ?? '127.0.0.1';
const database = resolve(process.env.ROOMS_DB ?? '.rooms/rooms.sqlite');
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`ROOMS_PORT must be a port number, not ${process.env.ROOMS_PORT}`);
  process.exit(1);
}
mkdirSync(dirname(database), { recursive: true });

/** ROOMS_REDIS as a host and port; only those (no user, password or database number). */
function redisAddress(text: string | undefined): RedisAddress | undefined {
  if (!text) return undefined;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    url = new URL('invalid:');
  }
  if (
    url.protocol !== 'redis:' ||
    !url.hostname ||
    url.username ||
    url.password ||
    url.pathname.length > 1
  ) {
    console.error(`ROOMS_REDIS must be redis://host:port, not ${text}`);
    process.exit(1);
  }
  // An IPv6 host comes bracketed in a URL; ioredis wants it bare.
  return { host: url.hostname.replace(/^\[(.*)\]$/, '$1'), port: Number(url.port || 6379) };
}
const redis = redisAddress(process.env.ROOMS_REDIS);

const server = await startRoomServer({ port, host, database, redis });
console.log(
  `Room server on ${server.url} (rooms: POST ${server.httpUrl}/rooms), kept in ${database}` +
    (redis ? `, shared through Redis at ${redis.host}:${redis.port}` : ''),
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
// One room's failure (a hook that throws) is logged, not the end of every other room.
process.on('unhandledRejection', (error) => console.error('room server: unhandled failure:', error));
