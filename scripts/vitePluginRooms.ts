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
import type { Plugin, ProxyOptions } from 'vite';
import type { RoomServer } from '../server/roomServer';

export const ROOMS_PATH = '/rooms';

export function classRooms(): Plugin {
  let server: RoomServer | null = null;
  const stop = () => {
    void server?.close();
    server = null;
  };
  return {
    name: 'nac-rooms',
    apply: 'serve',
    async config() {
      if (process.env.VITEST || process.env.NAC_ROOMS === 'off') return;
      // Loaded here, not at the top: a build never loads the server or its dependencies.
      const { startRoomServer } = await import('../server/roomServer');
      server = await startRoomServer({ port: 0, host: '127.0.0.1' });
      const proxy: Record<string, ProxyOptions> = {
        [ROOMS_PATH]: { target: server.httpUrl, ws: true },
      };
      return { server: { proxy }, preview: { proxy } };
    },
    configureServer(dev) {
      dev.httpServer?.once('close', stop);
    },
    configurePreviewServer(preview) {
      preview.httpServer.once('close', stop);
    },
  };
}
