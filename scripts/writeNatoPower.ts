/**
 * Writes tests/fixtures/power/nato-mitm.json: the power counts of every NATO table the engine
 * sends to meet-in-the-middle (the 32 allies of July 2024 under each built-in rule that weighs,
 * and the 31 allies of July 2023 weighted by population under two thirds), as computed by the
 * engine when the file was written. The fixture in the repository was written by the kernel that
 * credited each subset's members bit by bit (commit 1713ec4, itself checked against brute force
 * on random games): a record of its answers, so that a faster kernel must give the same counts
 * on the real tables, which are too large for a brute force in a test.
 *   npx tsx scripts/writeNatoPower.ts
 */
import { writeFileSync } from 'node:fs';
import { alliesOn, POPULATION } from '../src/engine/members';
import { choosePowerAlgorithm, powerIndices } from '../src/engine/power';
import { BUILT_IN_RULES, compileRule, type Game } from '../src/engine/rules';
import { weightedGame } from '../src/engine/testing';

const OUT = 'tests/fixtures/power/nato-mitm.json';

const tables: { name: string; game: Game }[] = [];
for (const { id, rule } of BUILT_IN_RULES) {
  const g = compileRule(rule, alliesOn('2024-07-10'));
  if (!g.ok) throw new Error(g.error);
  if (choosePowerAlgorithm(g.value) === 'meet-in-the-middle')
    tables.push({ name: `nato-32-${id}`, game: g.value });
}
const population = alliesOn('2023-07-11').map((m) => m.weights[POPULATION] ?? 0);
const total = population.reduce((a, b) => a + b, 0);
tables.push({
  name: 'nato-31-population',
  game: weightedGame(Math.ceil((2 * total) / 3), population),
});

const out = tables.map(({ name, game }) => {
  const r = powerIndices(game, 'meet-in-the-middle');
  return {
    name,
    game,
    winningCoalitions: String(r.winningCoalitions),
    swings: r.members.map((m) => String(m.swings)),
    shapleyShubik: r.members.map((m) => m.shapleyShubik),
  };
});
writeFileSync(OUT, `${JSON.stringify(out, null, 1)}\n`);
console.log(`wrote ${OUT}: ${out.map((t) => t.name).join(', ')}`);
