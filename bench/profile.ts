/**
 * Profiling aid (not a benchmark): a V8 CPU profile of real position changes in the production
 * build, printed as the functions with the most self time. Build unminified for readable names:
 *   npx vite build --minify false && npx tsx bench/profile.ts [changes]
 * PROFILE_LARGE=1: changes in the 250-member fixture, imported first, instead of the default scenario.
 */
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { ensureChromium, CHROMIUM_ARGS } from '../tests/e2e/chromium';
import { startPreview } from '../tests/e2e/server';
import { LARGE_BODY_MEMBERS, nextChange } from './changes';

const CHANGES = Number(process.argv[2] ?? 12);
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
const server = await startPreview();
const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  // PROFILE_LOAD=1: the page's load (navigation to quiet), instead of position changes.
  const load = Boolean(process.env.PROFILE_LOAD);
  if (load) await cdp.send('Profiler.start');
  await page.goto(`${server.url}/`, { waitUntil: 'networkidle' });
  await page.getByRole('status').waitFor();
  const large = Boolean(process.env.PROFILE_LARGE);
  if (large) {
    await page
      .getByLabel('Import scenario file')
      .setInputFiles(join(import.meta.dirname, '../tests/fixtures/scenarios/large-body-250.yaml'));
    await page.getByRole('radiogroup', { name: 'Member 250', exact: true }).waitFor();
  }
  await page.waitForTimeout(load ? 2000 : 800);
  if (!load) {
    await cdp.send('Profiler.start');
    for (let i = 0; i < CHANGES; i++) {
      const { group, value } = await nextChange(page, i, large ? LARGE_BODY_MEMBERS : undefined);
      await group.locator(`input[value="${value}"]`).locator('..').click();
      await page.waitForTimeout(250);
    }
  }
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as {
    profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
  };
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) =>
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)),
  );
  const byFn = new Map<string, number>();
  for (const n of profile.nodes) {
    const f = n.callFrame;
    const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`;
    byFn.set(key, (byFn.get(key) ?? 0) + (self.get(n.id) ?? 0) / 1000);
  }
  // Inclusive time by function name: what each component or hook costs with what it calls.
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const total = new Map<number, number>();
  const inclusive = (n: ProfileNode): number => {
    const cached = total.get(n.id);
    if (cached !== undefined) return cached;
    let t = (self.get(n.id) ?? 0) / 1000;
    for (const c of n.children ?? []) {
      const child = byId.get(c);
      if (child) t += inclusive(child);
    }
    total.set(n.id, t);
    return t;
  };
  const incl = new Map<string, number>();
  const walk = (n: ProfileNode, open: Set<string>) => {
    const f = n.callFrame;
    const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`;
    const mine = !open.has(key);
    if (mine) incl.set(key, (incl.get(key) ?? 0) + inclusive(n));
    const next = mine ? new Set(open).add(key) : open;
    for (const c of n.children ?? []) {
      const child = byId.get(c);
      if (child) walk(child, next);
    }
  };
  const root = profile.nodes[0];
  if (root) walk(root, new Set());
  if (process.env.INCLUSIVE) {
    console.log(`inclusive time, app code (ms), top 60:`);
    for (const [k, v] of [...incl]
      .filter(([k]) => k.includes('index-'))
      .sort((a, b) => b[1] - a[1])
      .slice(0, Number(process.env.INCLUSIVE) || 60))
      console.log(`  ${v.toFixed(1).padStart(7)}  ${k}`);
  }
  if (process.env.TREE) {
    // The call tree under functions matching TREE (a name or file:line), two levels down.
    const show = (n: ProfileNode, depth: number) => {
      const kids = (n.children ?? [])
        .map((c) => byId.get(c))
        .filter((c): c is ProfileNode => c !== undefined)
        .sort((a, b) => inclusive(b) - inclusive(a));
      for (const k of kids.slice(0, 12)) {
        if (inclusive(k) < 1) continue;
        const f = k.callFrame;
        console.log(
          `${'  '.repeat(depth)}${inclusive(k).toFixed(1).padStart(7)}  ${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`,
        );
        if (depth < 3) show(k, depth + 1);
      }
    };
    for (const n of profile.nodes) {
      const f = n.callFrame;
      const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`;
      if (key.includes(process.env.TREE) && inclusive(n) > 5) {
        console.log(`${inclusive(n).toFixed(1).padStart(7)}  ${key}`);
        show(n, 1);
      }
    }
  }
  const rows = [...byFn].filter(([k]) => !k.startsWith('(idle)')).sort((a, b) => b[1] - a[1]);
  console.log(`self time over ${CHANGES} changes (ms), top 40:`);
  for (const [k, v] of rows.slice(0, 40)) console.log(`  ${v.toFixed(1).padStart(7)}  ${k}`);
} finally {
  await browser.close();
  await server.close();
}
