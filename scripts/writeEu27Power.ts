/**
 * Writes tests/fixtures/power/eu27-qmv.json: the swings of every member of the EU-27 comparison
 * table under its qualified majority (with the blocking-minority clause), by coalition size, from
 * a brute force over all 2^27 coalitions. It shares nothing with the engine's counting (only the
 * scenario's weights and the rule's compiled quotas), so the test that compares them
 * (src/engine/power.eu27.test.ts) checks the engine against an independent count.
 *   npx tsx scripts/writeEu27Power.ts      (about a minute on one core)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseScenario } from '../src/scenario/parse';
import { judge } from '../src/scenario/play';

const FILE = 'scenarios/eu-council-comparison.yaml';
const OUT = 'tests/fixtures/power/eu27-qmv.json';
const RULE = 'eu-council-qmv';

const parsed = parseScenario(readFileSync(FILE, 'utf8'));
if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
const scenario = parsed.value;
const j = judge(scenario, RULE, {});
if (!j.ok) throw new Error(j.error);
const { n, weights, quota, minCount, waiver, vetoes } = j.value.game;
if (vetoes.length > 0) throw new Error('no vetoes expected at the Council');

// A coalition wins iff it has at least minCount members and either reaches the quota or leaves
// fewer than `waiver` members outside (no blocking minority).
const winsWith = (count: number, weight: number) =>
  count >= minCount && (weight >= quota || n - count < waiver);

const t0 = performance.now();
// swings[i * n + s]: coalitions S of size s without i that lose while S + i wins.
const swings = new Float64Array(n * n);
let winning = 0;
const w = Float64Array.from(weights);
let weight = 0;
let count = 0;
let mask = 0;
for (let step = 0; step < 2 ** n; step++) {
  if (step > 0) {
    // Gray code: one member changes between consecutive coalitions.
    const i = 31 - Math.clz32(step & -step);
    const bit = 1 << i;
    if (mask & bit) {
      mask &= ~bit;
      count--;
      weight -= w[i] as number;
    } else {
      mask |= bit;
      count++;
      weight += w[i] as number;
    }
  }
  if (!winsWith(count, weight)) continue;
  winning++;
  // Member i of a winning S swings iff S without i loses; S without i has size count - 1.
  for (let rest = mask; rest !== 0; rest &= rest - 1) {
    const i = 31 - Math.clz32(rest & -rest);
    if (!winsWith(count - 1, weight - (w[i] as number)))
      swings[i * n + count - 1] = (swings[i * n + count - 1] as number) + 1;
  }
}
const seconds = (performance.now() - t0) / 1000;

const members = scenario.members.map((m, i) => ({
  id: m.id,
  swingsBySize: Array.from(swings.subarray(i * n, (i + 1) * n)),
}));
writeFileSync(
  OUT,
  `${JSON.stringify(
    {
      about: `Brute force over all 2^${n} coalitions of ${FILE} under rule ${RULE} (scripts/writeEu27Power.ts).`,
      game: { n, quota, minCount, waiver, weights },
      winningCoalitions: winning,
      members,
    },
    null,
    1,
  )}\n`,
);
console.log(`wrote ${OUT}: ${winning} winning coalitions, ${seconds.toFixed(1)} s`);
