// The EU-27 comparison table under its qualified majority with the blocking-minority clause:
// the engine's power indices against a brute force over all 2^27 coalitions
// (tests/fixtures/power/eu27-qmv.json, written by scripts/writeEu27Power.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ratio } from '../src/engine/exact';
import { powerIndices } from '../src/engine/power';
import { provideWebAssemblyKernel } from '../src/engine/webAssembly';
import { parseScenario } from '../src/scenario/parse';
import { judge } from '../src/scenario/play';
import { FIXTURES, SCENARIOS } from './support/fixtures';

interface Fixture {
  readonly game: { readonly quota: number; readonly weights: readonly number[] };
  readonly winningCoalitions: number;
  readonly members: readonly { readonly id: string; readonly swingsBySize: readonly number[] }[];
}
// As the analysis worker runs it (WebAssembly); the other engine tests run the TypeScript build.
provideWebAssemblyKernel();

const fixture = JSON.parse(readFileSync(join(FIXTURES, 'power/eu27-qmv.json'), 'utf8')) as Fixture;

const parsed = parseScenario(readFileSync(join(SCENARIOS, 'eu-council-comparison.yaml'), 'utf8'));
if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
const j = judge(parsed.value, 'eu-council-qmv', {});
if (!j.ok) throw new Error(j.error);
const game = j.value.game;

/** Shapley-Shubik from swings by size, exactly: sum of m * s! (n - s - 1)! over n!. */
function shapleyShubik(bySize: readonly number[], n: number): number {
  const f = [1n];
  for (let k = 1; k <= n; k++) f.push(f[k - 1]! * BigInt(k));
  const orderings = bySize.reduce((t, m, s) => t + BigInt(m) * f[s]! * f[n - s - 1]!, 0n);
  return ratio(orderings, f[n]!);
}

describe('EU-27 qualified majority: the engine against a brute force over 2^27 coalitions', () => {
  it('the fixture was made from the shipped scenario', () => {
    expect(fixture.game.weights).toEqual(game.weights);
    expect(fixture.game.quota).toBe(game.quota);
    expect(fixture.members.map((m) => m.id)).toEqual(parsed.value.members.map((m) => m.id));
  });

  it('meet-in-the-middle (chosen for populations) gives every count exactly', () => {
    const r = powerIndices(game);
    expect(r.algorithm).toBe('meet-in-the-middle');
    expect(r.winningCoalitions).toBe(BigInt(fixture.winningCoalitions));
    const total = fixture.members.reduce(
      (t, m) => t + m.swingsBySize.reduce((a, b) => a + b, 0),
      0,
    );
    fixture.members.forEach((m, i) => {
      const swings = m.swingsBySize.reduce((a, b) => a + b, 0);
      const p = r.members[i]!;
      expect(p.swings, m.id).toBe(BigInt(swings));
      // Correctly rounded: equal to the brute force's exact ratios, not merely close.
      expect(p.banzhaf, m.id).toBe(swings / total);
      expect(p.shapleyShubik, m.id).toBe(shapleyShubik(m.swingsBySize, game.n));
      expect(p.powerToPrevent, m.id).toBe(swings / fixture.winningCoalitions);
    });
  });

  it('the blocking-minority clause matters here: without it the counts differ', () => {
    const r = powerIndices({ ...game, waiver: 0 });
    expect(r.winningCoalitions).toBeLessThan(BigInt(fixture.winningCoalitions));
  });
});
