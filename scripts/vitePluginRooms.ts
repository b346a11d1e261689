/**
 * Vite plugin: the class-room server beside the app, under the same origin. `npm start` (the dev
 * server) and `vite preview` start the room server on a free loopback port and proxy `/rooms` to
 * it (POST /rooms, and the rooms' WebSocket), so the page's CSP keeps `connect-src 'self'` and a
 * teacher needs no second command. A deployment runs `npm run rooms` behind its own reverse proxy
 * instead (README). Not in builds, and not under Vitest (which loads this config too).
 *
 * NAC_ROOMS=off serves the app without a room server (Start a class room then says it cannot be
 * reached).
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { createLogger, type Logger, type Plugin, type ProxyOptions } from 'vite';
import type { RoomServer } from '../server/roomServer';

export const ROOMS_PATH = '/rooms';
const DEV_DATABASE = '.rooms/dev.sqlite';

/**
 * Vite's logger, except for a room's socket reset by its browser (a phone locked, a tab closed,
 * Wi-Fi gone): that is a class room's everyday life, not a server error.
 */
function quietOnDrops(): Logger {
  const logger = createLogger();
  const error = logger.error.bind(logger);
  logger.error = (message, options) => {
    const code = (options?.error as NodeJS.ErrnoException | null | undefined)?.code;
    if (message.includes('ws proxy') && (code === 'ECONNRESET' || code === 'EPIPE')) return;
    error(message, options);
  };
  return logger;
}

export function classRooms(): Plugin {
  let server: RoomServer | null = null;
  const stop = () => {
    void server?.close();
    server = null;
  };
  return {
    name: 'nac-rooms',
    apply: 'serve',
    async config(_, { isPreview }) {
      if (process.env.VITEST || process.env.NAC_ROOMS === 'off') return;
      // Loaded here, not at the top: a build never loads the server or its dependencies.
      const { startRoomServer } = await import('../server/roomServer');
      // `npm start` keeps rooms in a file (a restart loses no class); a preview (the browser
      // tests) keeps them in memory, unless ROOMS_DB names a file.
      const database = process.env.ROOMS_DB ?? (isPreview ? undefined : DEV_DATABASE);
      if (database) mkdirSync(dirname(database), { recursive: true });
      server = await startRoomServer({ port: 0, host: '127.0.0.1', database });
      const proxy: Record<string, ProxyOptions> = {
        [ROOMS_PATH]: { target: server.httpUrl, ws: true },
      };
      return { server: { proxy }, preview: { proxy }, customLogger: quietOnDrops() };
    },
    configureServer(dev) {
      dev.httpServer?.once('close', stop);
    },
    configurePreviewServer(preview) {
      preview.httpServer.once('close', stop);
    },
  };
}
