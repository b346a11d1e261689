/**
 * Serves a production build from a folder that can be swapped while the server runs: the same
 * origin then serves a newer build, as a host does when a new version is deployed. (The offline
 * tests need that: a service worker belongs to its origin.)
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { freePort } from './server';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.map': 'application/json',
  '.webmanifest': 'application/manifest+json',
};

export interface BuildServer {
  readonly url: string;
  /** Serves another build from now on (a deployment). */
  serve(dir: string): void;
  close(): Promise<void>;
}

export async function serveBuild(dir: string): Promise<BuildServer> {
  let root = dir;
  const server = createServer((req, res) => {
    let path: string;
    try {
      path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    } catch {
      res.writeHead(400).end();
      return;
    }
    // An address with no file name is the page; a file the build does not have is not found
    // (as an old build's chunk is, once a new one is deployed).
    const file = extname(path) === '' ? join(root, 'index.html') : join(root, path);
    if (!file.startsWith(root) || !existsSync(file) || statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    // As a host serves a deployment: the page and the worker script are always asked for again.
    const cache = /\/assets\//.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache';
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': cache,
    });
    createReadStream(file).pipe(res);
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${port}`,
    serve: (next) => {
      root = next;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
