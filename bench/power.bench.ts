/**
 * Power indices benchmark (npm run bench): for each game, the whole computation (every index of
 * every member) cold, in a fresh Node process, and warm (median of five later calls), with the
 * process's peak memory and the algorithm the engine chose. Prints figures, asserts nothing.
 *
 * The goals (issue 14) compare with the fastest public power-index library, measured on the same
 * games: its Banzhaf plus Shapley-Shubik took 1.4 s + 69 s for the 31-ally population game and
 * 3 ms + 0.47 s for the 51-member college; we aim to be at least 10x faster cold. Every NATO
 * table under 50 ms cold; any body of up to 250 members with a total weight up to 10,000 under 1 s.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { BUILT_IN_RULES } from '../src/engine/rules';

interface Run {
  readonly name: string;
  readonly n: number;
  readonly totalWeight: number;
  readonly algorithm: string;
  readonly coldMs: number;
  readonly warmMs: number;
  readonly peakRssMb: number;
  readonly baselineRssMb: number;
}

const child = fileURLToPath(new URL('./powerGame.ts', import.meta.url));
const run = (name: string): Run =>
  JSON.parse(
    execFileSync(process.execPath, ['--import', 'tsx', child, name], { encoding: 'utf8' }),
  ) as Run;

const ms = (x: number) => (x < 10 ? `${x.toFixed(1)} ms` : `${Math.round(x)} ms`);
const row = (r: Run, note: string) =>
  console.log(
    `  ${r.name.padEnd(26)} ${String(r.n).padStart(4)} ${r.algorithm.padEnd(20)} ${ms(r.coldMs).padStart(9)} ${ms(r.warmMs).padStart(9)} ${`${Math.round(r.peakRssMb)} MB`.padStart(8)}  ${note}`,
  );
const header = () =>
  console.log(
    `  ${'game'.padEnd(26)} ${'n'.padStart(4)} ${'algorithm'.padEnd(20)} ${'cold'.padStart(9)} ${'warm'.padStart(9)} ${'peak RSS'.padStart(8)}`,
  );

console.log(
  `Power indices, cold (first call in a fresh process) and warm, on Node ${process.version}:`,
);
console.log('(peak RSS is the whole process; Node itself takes about 60-80 MB before any work)\n');
header();
const peer: Record<string, number> = {
  'nato-31-population': 1400 + 69000,
  'college-51': 3 + 470,
};
for (const name of [
  'nato-31-population',
  'college-51',
  'large-40',
  'equal-193',
  'nato-32-qmv',
  'assembly-250',
]) {
  const r = run(name);
  const theirs = peer[name];
  const note =
    theirs !== undefined
      ? `${Math.round(theirs / r.coldMs)}x faster cold than the peer's ${ms(theirs)} (goal 10x)`
      : name === 'assembly-250'
        ? `total weight ${r.totalWeight.toLocaleString('en')} (goal under 1 s cold)`
        : name === 'large-40'
          ? 'the peer did not finish in 200 s'
          : '';
  row(r, note);
}

console.log('\nEvery built-in rule on the 32-ally table of July 2024 (goal: under 50 ms cold):');
header();
let slowest = 0;
for (const { id: rule } of BUILT_IN_RULES) {
  const r = run(`nato-32-${rule}`);
  slowest = Math.max(slowest, r.coldMs);
  row(r, '');
}
console.log(
  `  slowest NATO table cold: ${ms(slowest)}${slowest < 50 ? ' (within 50 ms)' : ' (OVER 50 ms)'}`,
);
