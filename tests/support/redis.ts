// A throwaway Redis for the tests: Debian's redis-server on a free loopback port, no persistence.
// If redis-server is missing and we are root (CI, this machine), it is installed with apt-get;
// if that cannot be done, the caller gets an error saying so (a test must fail, not skip).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';

export interface TestRedis {
  readonly host: string;
  readonly port: number;
  stop(): Promise<void>;
}

const found = () =>
  spawnSync('redis-server', ['--version'], { encoding: 'utf8' }).status === 0
    ? 'redis-server'
    : existsSync('/usr/bin/redis-server') // installed, but not on this PATH
      ? '/usr/bin/redis-server'
      : null;

/** The redis-server binary, installed with apt-get if need be; throws with the reason if it cannot. */
export function ensureRedisServer(): string {
  const present = found();
  if (present) return present;
  if (process.getuid?.() !== 0)
    throw new Error(
      'redis-server is not installed and this user cannot install it: run `apt-get install -y redis-server` as root',
    );
  const apt = (...args: string[]) =>
    spawnSync('apt-get', args, {
      encoding: 'utf8',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  // Without a fresh package list apt may know no redis-server at all.
  let install = apt('install', '-y', '--no-install-recommends', 'redis-server');
  if (install.status !== 0) {
    apt('update');
    install = apt('install', '-y', '--no-install-recommends', 'redis-server');
  }
  const after = found();
  if (!after)
    throw new Error(
      `could not install redis-server with apt-get (exit ${install.status}): ${install.stderr || install.error?.message}`,
    );
  return after;
}

/** A port free on loopback now (the OS picks it; nothing holds it after). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

/** Starts redis-server on a free loopback port and resolves once it accepts connections. */
export async function startRedis(): Promise<TestRedis> {
  const binary = ensureRedisServer();
  const port = await freePort();
  const child: ChildProcess = spawn(
    binary,
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => fail('did not start within 10 s'), 10_000);
    function fail(why: string) {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`redis-server ${why}:\n${output}`));
    }
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Ready to accept connections')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => fail(`exited (${code})`));
    child.once('error', (e) => fail(e.message));
  });
  child.removeAllListeners('exit');
  return {
    host: '127.0.0.1',
    port,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
