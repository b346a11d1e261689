/**
 * One power computation in a fresh process, for bench/power.bench.ts: builds the named game,
 * times the first call (cold: nothing compiled, nothing allocated yet), then warm calls, and
 * prints one line of JSON. Not for use on its own.
 *   node --import tsx bench/powerGame.ts <game>
 */
import { readFileSync } from 'node:fs';
import { alliesOn, POPULATION } from '../src/engine/members';
import { powerIndices } from '../src/engine/power';
import { BUILT_IN_RULES, builtInRule, compileRule, type Game } from '../src/engine/rules';
import { weightedGame } from '../src/engine/testing';
import { provideWebAssemblyKernel } from '../src/engine/webAssembly';
import { parseScenario } from '../src/scenario/parse';
import { judge } from '../src/scenario/play';

/** A fixed linear congruential sequence, so every run measures the same synthetic body. */
function sequence(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
}

const twoThirds = (weights: readonly number[]) =>
  Math.ceil((2 * weights.reduce((a, b) => a + b, 0)) / 3);

function natoGame(date: string, ruleId: string): Game {
  const g = compileRule(builtInRule(ruleId)!.rule, alliesOn(date));
  if (!g.ok) throw new Error(g.error);
  return g.value;
}

const GAMES: Record<string, () => Game> = {
  // 31 allies (the table of July 2023), weighted by population in thousands, quota two thirds.
  'nato-31-population': () => {
    const weights = alliesOn('2023-07-11').map((m) => m.weights[POPULATION] ?? 0);
    return weightedGame(twoThirds(weights), weights);
  },
  // 51 members with 538 votes in all, 270 to win: an electoral college's shape (3 votes at least,
  // a few large members), synthetic, not any year's actual allocation.
  'college-51': () => {
    const next = sequence(51);
    const weights = new Array<number>(51).fill(3);
    for (let left = 538 - 153; left > 0; left--) {
      // Skewed towards the first members, as populations are.
      const i = Math.floor(51 * next() ** 2.5);
      weights[i] = (weights[i] ?? 3) + 1;
    }
    return weightedGame(270, weights);
  },
  // 40 members with weights up to 2 million: too wide for a table over weights.
  'large-40': () => {
    const next = sequence(40);
    const weights = Array.from({ length: 40 }, () => 1 + Math.floor(next() * 2_000_000));
    return weightedGame(twoThirds(weights), weights);
  },
  // 193 members of equal weight deciding by two thirds (a General Assembly's shape).
  'equal-193': () => weightedGame(129, new Array<number>(193).fill(1)),
  // The 32-ally table of July 2024 under the built-in qualified majority.
  'nato-32-qmv': () => natoGame('2024-07-10', 'qmv'),
  // The test body of 250 members with votes of 1 to 79 (total 9,792), under two thirds of the
  // votes: the largest body accepted (tests/fixtures/scenarios/large-body-250.yaml).
  'assembly-250': () => {
    const file = readFileSync(
      new URL('../tests/fixtures/scenarios/large-body-250.yaml', import.meta.url),
      'utf8',
    );
    const parsed = parseScenario(file);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const j = judge(parsed.value, 'two-thirds-of-votes', {});
    if (!j.ok) throw new Error(j.error);
    return j.value.game;
  },
};
for (const { id } of BUILT_IN_RULES) GAMES[`nato-32-${id}`] = () => natoGame('2024-07-10', id);

// As the analysis worker does at its start (src/app/analysis.worker.ts).
provideWebAssemblyKernel();

const name = process.argv[2] ?? '';
const build = GAMES[name];
if (!build) throw new Error(`unknown game ${name}; one of ${Object.keys(GAMES).join(', ')}`);
const game = build();
const baseline = process.memoryUsage().rss;
const t0 = performance.now();
const result = powerIndices(game);
const cold = performance.now() - t0;
const warm: number[] = [];
for (let k = 0; k < 5; k++) {
  const t = performance.now();
  powerIndices(game);
  warm.push(performance.now() - t);
}
warm.sort((a, b) => a - b);
console.log(
  JSON.stringify({
    name,
    n: game.n,
    totalWeight: game.weights.reduce((a, b) => a + b, 0),
    algorithm: result.algorithm,
    coldMs: cold,
    warmMs: warm[2],
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    baselineRssMb: baseline / 2 ** 20,
  }),
);
