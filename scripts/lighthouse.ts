/**
 * Lighthouse on the production build (npm run lighthouse): prints performance, accessibility and
 * best-practices scores (targets 95 / 100 / 100) and the main metrics. Lighthouse is fetched by npx
 * at run time rather than installed with the project: its pinned dependencies break `npm ci` in a
 * lockfile. Uses Debian's Chromium (CHROME_PATH or /usr/bin/chromium).
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { ensureChromium } from '../tests/e2e/chromium';
import { startPreview } from '../tests/e2e/server';

interface LongTask {
  duration: number;
  startTime: number;
}

const chrome = ensureChromium();
const server = await startPreview();
try {
  const flags =
    '--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync';
  const run = spawnSync(
    'npx',
    [
      '--yes',
      'lighthouse@12.8.2',
      `${server.url}/`,
      '--output=json',
      '--output-path=stdout',
      '--quiet',
      `--chrome-flags=${flags}`,
      '--only-categories=performance,accessibility,best-practices',
    ],
    { env: { ...process.env, CHROME_PATH: chrome }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  if (run.status !== 0) {
    console.error(run.stderr.slice(-2000));
    process.exitCode = 1;
  } else {
    // LIGHTHOUSE_JSON=path keeps the whole report, for its diagnostics (long tasks, bootup time).
    if (process.env.LIGHTHOUSE_JSON) writeFileSync(process.env.LIGHTHOUSE_JSON, run.stdout);
    const report = JSON.parse(run.stdout) as {
      categories: Record<string, { title: string; score: number | null }>;
      audits: Record<string, { title: string; displayValue?: string; score: number | null }>;
    };
    console.log(`Lighthouse 12.8.2 on ${server.url}/ (production build, Chromium at ${chrome})\n`);
    for (const c of Object.values(report.categories))
      console.log(`  ${c.title.padEnd(16)} ${Math.round((c.score ?? 0) * 100)}`);
    console.log('');
    for (const id of [
      'first-contentful-paint',
      'largest-contentful-paint',
      'total-blocking-time',
      'cumulative-layout-shift',
      'speed-index',
    ])
      console.log(
        `  ${report.audits[id]?.title.padEnd(28)} ${report.audits[id]?.displayValue ?? ''}`,
      );
    // Where the blocking time comes from: the longest main-thread tasks (simulated durations).
    const longTasks = (report.audits['long-tasks'] as { details?: { items?: LongTask[] } })?.details
      ?.items;
    if (longTasks?.length)
      console.log(
        `\n  long tasks (ms at start, simulated): ${longTasks
          .slice(0, 8)
          .map((t) => `${Math.round(t.duration)} at ${Math.round(t.startTime)}`)
          .join(', ')}`,
      );
    const failing = Object.entries(report.audits)
      .filter(([, a]) => a.score !== null && a.score < 1 && a.score >= 0)
      .map(([id, a]) => `${id} (${a.title})`);
    if (failing.length)
      console.log(`\n  audits below full marks: ${failing.slice(0, 12).join('; ')}`);
  }
} finally {
  await server.close();
}
