/**
 * Engine benchmark: prints figures, asserts nothing (npm run bench).
 *   - evaluate for 32 allies (outcome with blockers, missing and pivotal allies)
 *   - exact probability of passage with all 32 allies undecided
 *   - all power indices of the 32-ally table under each built-in rule
 *   - brute-force enumeration at n = 20 and n = 24 against the engine, as ratios
 *   - the scenario validator on hostile files near the 1 MB limit (nesting, 74,000 ally lines,
 *     wrong types everywhere), and the worst of them
 * Times are medians of repeated runs after a warm-up, in this process (Node, one core).
 */
import { readFileSync } from 'node:fs';
import { bruteForcePower, sensitivityByRecomputing } from '../src/engine/bruteForce';
import { alliesOn, POPULATION } from '../src/engine/members';
import { evaluateGame } from '../src/engine/outcome';
import { powerIndices } from '../src/engine/power';
import { probabilityOfPassage, sensitivity, undecidedBlocs } from '../src/engine/probability';
import { parseScenario } from '../src/scenario/parse';
import { hostileFiles } from '../tests/support/hostile';
import { tableFor } from '../src/scenario/play';
import { computeOdds, type OddsQuestion } from '../src/state/analysis';
import { BUILT_IN_RULES, builtInRule, compileRule, type Game } from '../src/engine/rules';
import type { Seat } from '../src/engine/types';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
}

/** Median milliseconds per call: `runs` timed batches of `batch` calls after `warm` warm-up calls. */
function time(fn: () => unknown, { runs = 7, batch = 1, warm = 2 } = {}): number {
  for (let i = 0; i < warm; i++) fn();
  const samples: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    for (let i = 0; i < batch; i++) fn();
    samples.push((performance.now() - t0) / batch);
  }
  return median(samples);
}

const ms = (x: number) =>
  x < 0.1 ? `${(x * 1000).toFixed(1)} µs` : `${x.toFixed(x < 10 ? 2 : 1)} ms`;
const line = (label: string, value: string, note = '') =>
  console.log(`  ${label.padEnd(44)} ${value.padStart(12)}  ${note}`);

const allies = alliesOn('2024-07-10'); // 32 allies
const n = allies.length;
const seatsWith = (pos: (i: number) => Seat['position']): Seat[] =>
  allies.map((m, i) => ({
    id: m.id,
    position: pos(i),
    p: 0.3 + (0.6 * ((i * 37) % 11)) / 10,
    leader: null,
  }));
const game = (id: string): Game => {
  const g = compileRule(builtInRule(id)!.rule, allies);
  if (!g.ok) throw new Error(g.error);
  return g.value;
};

console.log(`Engine benchmark on Node ${process.version}, ${n} allies (table of 2024-07-10)\n`);

console.log('evaluate (status, blockers, missing, margins, pivotal allies):');
const mixed = seatsWith((i) => (i % 7 === 0 ? 'object' : i % 5 === 0 ? 'undecided' : 'support'));
for (const id of ['consensus', 'qmv', 'veto-players']) {
  const def = builtInRule(id)!;
  const g = game(id);
  line(
    `evaluate, ${id}`,
    ms(time(() => evaluateGame(def, g, { members: allies, seats: mixed }), { batch: 200 })),
    '(budget 0.1 ms)',
  );
}

console.log('\nexact probability of passage, all 32 allies undecided:');
const undecided = seatsWith(() => 'undecided');
for (const id of ['consensus', 'majority', 'qmv', 'weighted-population']) {
  const g = game(id);
  const p = probabilityOfPassage(g, undecided);
  line(
    `probability, ${id}`,
    ms(time(() => probabilityOfPassage(g, undecided), { runs: 5 })),
    `P = ${p.toPrecision(6)}`,
  );
}

console.log('\npower indices of the 32-ally table (Banzhaf, Shapley-Shubik, power to prevent):');
let worst = 0;
for (const def of BUILT_IN_RULES) {
  const g = game(def.id);
  const t = time(() => powerIndices(g), { runs: 5, warm: 1 });
  worst = Math.max(worst, t);
  line(`power, ${def.id}`, ms(t), '(budget 100 ms)');
}
line('slowest rule', ms(worst), worst <= 100 ? 'within budget' : 'OVER BUDGET');

console.log(
  '\nbrute-force enumeration (2^n coalitions) against the engine, weighted by population, quota 2/3:',
);
const bySize: Record<number, { brute: number; engine: number }> = {};
for (const size of [20, 24]) {
  const members = allies.slice(0, size);
  const weights = members.map((m) => m.weights[POPULATION] ?? 0);
  const total = weights.reduce((a, b) => a + b, 0);
  const g: Game = {
    n: size,
    vetoes: [],
    minCount: 0,
    weights,
    quota: Math.ceil((2 * total) / 3),
    waiver: 0,
    weightKey: POPULATION,
  };
  const brute = time(() => bruteForcePower(g), {
    runs: size > 20 ? 1 : 3,
    warm: size > 20 ? 0 : 1,
  });
  const engine = time(() => powerIndices(g), { runs: 5 });
  bySize[size] = { brute, engine };
  line(
    `n = ${size}: brute force / engine`,
    `${ms(brute)} / ${ms(engine)}`,
    `engine ${(brute / engine).toFixed(0)}x faster`,
  );
}
const b20 = bySize[20]!;
const b24 = bySize[24]!;
line(
  'growth from n = 20 to 24',
  `brute ${(b24.brute / b20.brute).toFixed(1)}x`,
  `engine ${(b24.engine / b20.engine).toFixed(1)}x (2^4 = 16 for enumeration)`,
);

console.log('\nthe odds question of spring 2023 (every rule, and the current rule by bloc):');
{
  const file = readFileSync(new URL('../scenarios/2023-04-spring.yaml', import.meta.url), 'utf8');
  const parsed = parseScenario(file);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  const spring = parsed.value;
  const table = tableFor(spring, {});
  if (!table.ok) throw new Error(table.error);
  const seats = table.value.seats;
  const games = spring.rules.flatMap((rule) => {
    const g = compileRule(rule.rule, spring.members);
    return g.ok ? [{ ruleId: rule.id, game: g.value }] : [];
  });
  const blocs = undecidedBlocs(seats).length;
  for (const ruleId of ['consensus', 'qmv', 'weighted-population']) {
    const question: OddsQuestion = { seats, games, currentRuleId: ruleId };
    const current = games.find((g) => g.ruleId === ruleId)!.game;
    const sweep = time(() => sensitivity(current, seats), { runs: 3, warm: 1 });
    const recompute = time(() => sensitivityByRecomputing(current, seats), { runs: 3, warm: 1 });
    line(
      `sensitivity of ${blocs} blocs, ${ruleId}`,
      `${ms(sweep)} / ${ms(recompute)}`,
      `one sweep / recomputing per bloc (${(recompute / sweep).toFixed(0)}x)`,
    );
    line(
      `whole odds question, current rule ${ruleId}`,
      ms(time(() => computeOdds(question), { runs: 3, warm: 1 })),
      `${games.length} rules`,
    );
  }
}

console.log('\nscenario validator on hostile files (parse, validate, locate every problem):');
{
  /** Median wall and CPU milliseconds of one call, after a warm-up call (CPU: this process). */
  const timeBoth = (fn: () => unknown, runs = 5) => {
    fn();
    const wall: number[] = [];
    const cpu: number[] = [];
    for (let r = 0; r < runs; r++) {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      fn();
      wall.push(performance.now() - t0);
      const c = process.cpuUsage(c0);
      cpu.push((c.user + c.system) / 1000);
    }
    return { wall: median(wall), cpu: median(cpu) };
  };
  let worst = { name: '', wall: 0, cpu: 0 };
  for (const [name, text] of Object.entries(hostileFiles())) {
    const parsed = parseScenario(text);
    const t = timeBoth(() => parseScenario(text));
    if (t.wall > worst.wall) worst = { name, ...t };
    const count = parsed.ok
      ? 'valid'
      : `${parsed.problems.length.toLocaleString('en-US')} problems`;
    line(name, ms(t.wall), `${(text.length / 1e6).toFixed(2)} MB, ${count}; CPU ${ms(t.cpu)}`);
  }
  line(
    'validator, worst case',
    ms(worst.wall),
    `${worst.name}; CPU ${ms(worst.cpu)} (budget: well under 1 s)`,
  );
}
