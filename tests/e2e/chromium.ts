/**
 * Finds a Chromium for the browser tests: CHROME_PATH, else Debian's /usr/bin/chromium. When none
 * is there and we run as root (CI, a fresh machine of this kind), installs Debian's package with
 * apt-get, saying so; otherwise fails with how to install it. Browser downloads from Playwright's
 * own host cannot be reached here, so we never use them.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

export function chromiumPath(): string {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  const found = CANDIDATES.find((p) => existsSync(p));
  if (found) return found;
  throw new Error(
    'Chromium not found: set CHROME_PATH, or install it (Debian: sudo apt-get install chromium).',
  );
}

/** Makes sure Chromium is installed, installing Debian's package when running as root. */
export function ensureChromium(log: (s: string) => void = console.log): string {
  try {
    return chromiumPath();
  } catch (e) {
    const root = typeof process.getuid === 'function' && process.getuid() === 0;
    if (!root || !existsSync('/usr/bin/apt-get')) throw e;
    log(
      "Chromium is missing: installing Debian's chromium package (apt-get update && apt-get install chromium)...",
    );
    execFileSync('apt-get', ['update'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    return chromiumPath();
  }
}
