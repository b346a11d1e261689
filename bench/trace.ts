/**
 * Profiling aid (not a benchmark): records a Chromium trace of the first position changes after
 * load and prints, per change, where the main thread's time went (script, style, layout, paint).
 * Usage: npx tsx bench/trace.ts [changes] [out.json]
 */
import { writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { ensureChromium, CHROMIUM_ARGS } from '../tests/e2e/chromium';
import { startPreview } from '../tests/e2e/server';
import { nextChange } from './changes';

const CHANGES = Number(process.argv[2] ?? 8);
const OUT = process.argv[3];
interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: Record<string, unknown>;
}

const server = await startPreview();
const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (d) => events.push(...(d.value as unknown as TraceEvent[])));
  const done = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
  await cdp.send('Tracing.start', {
    traceConfig: {
      includedCategories: [
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        'v8.execute',
        'blink.user_timing',
        'loading',
        'latencyInfo',
        'cc',
        'viz',
        'gpu',
        'benchmark',
      ],
    },
    transferMode: 'ReportEvents',
  } as never);
  await page.goto(`${server.url}/`, { waitUntil: 'networkidle' });
  await page.getByRole('status').waitFor();
  await page.waitForTimeout(500);
  await page.evaluate(() => performance.mark('changes-start'));
  for (let i = 0; i < CHANGES; i++) {
    const { group, value } = await nextChange(page, i);
    const target = group.locator(`input[value="${value}"]`);
    if (process.env.REAL_CLICK) await target.locator('..').click();
    else await target.evaluate((el: HTMLElement) => el.click());
    await page.waitForTimeout(200);
  }
  await cdp.send('Tracing.end');
  await done;
  if (OUT) writeFileSync(OUT, JSON.stringify({ traceEvents: events }));
  const main = events.find(
    (e) => e.name === 'thread_name' && (e.args as { name?: string })?.name === 'CrRendererMain',
  );
  const onMain = events.filter((e) => main && e.pid === main.pid && e.tid === main.tid);
  const start = onMain.find((e) => e.name === 'changes-start')?.ts ?? 0;
  const clicks = onMain
    .filter(
      (e) =>
        e.name === 'EventDispatch' &&
        (e.args as { data?: { type?: string } })?.data?.type === 'click' &&
        e.ts > start,
    )
    .map((e) => e.ts);
  // dedupe clicks (label click + synthetic radio click) within 5 ms
  const ticks = clicks.filter((t, i) => i === 0 || t - (clicks[i - 1] ?? 0) > 5000);
  const BUCKETS: Record<string, string> = {
    FunctionCall: 'script',
    EvaluateScript: 'script',
    EventDispatch: 'script',
    TimerFire: 'script',
    FireAnimationFrame: 'script',
    'V8.Execute': 'script',
    UpdateLayoutTree: 'style',
    Layout: 'layout',
    PrePaint: 'paint',
    Paint: 'paint',
    Layerize: 'paint',
    UpdateLayer: 'paint',
    'Document::updateStyleAndLayout': 'layout',
    HitTest: 'other',
    ParseHTML: 'other',
    'v8.compile': 'compile',
    'v8.compileModule': 'compile',
    'V8.CompileCode': 'compile',
  };
  ticks.forEach((t0, i) => {
    const t1 = ticks[i + 1] ?? t0 + 150_000;
    const within = onMain.filter((e) => e.ph === 'X' && e.ts >= t0 - 2000 && e.ts < t1 && e.dur);
    // top-level: RunTask children. Sum by name the events whose parent is a RunTask.
    const tasks = within.filter(
      (e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask',
    );
    const sums = new Map<string, number>();
    for (const e of within) {
      if (!(e.name in BUCKETS) && e.name !== 'Commit' && e.name !== 'UpdateLayerTree') continue;
      sums.set(e.name, (sums.get(e.name) ?? 0) + (e.dur ?? 0) / 1000);
    }
    const busy = tasks.reduce((s, e) => s + (e.dur ?? 0) / 1000, 0);
    const longest = tasks.reduce((m, e) => Math.max(m, (e.dur ?? 0) / 1000), 0);
    console.log(
      `change ${i + 1}: main busy ${busy.toFixed(1)} ms in ${tasks.length} tasks (longest ${longest.toFixed(1)}) | ` +
        [...sums.entries()]
          .sort((a, b) => b[1] - a[1])
          .slice(0, 9)
          .map(([k, v]) => `${k} ${v.toFixed(1)}`)
          .join(', '),
    );
  });
} finally {
  await browser.close();
  await server.close();
}
