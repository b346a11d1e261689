// The NATO tables that meet-in-the-middle counts (32 allies by population or defence spending,
// the double majority): the kernel against the answers recorded from the previous kernel, which
// credited each subset's members bit by bit (tests/fixtures/power/nato-mitm.json, written by
// scripts/writeNatoPower.ts). 2^32 coalitions are too many for a brute force in a test; the
// kernels share the halves' listing and pointer but not the crediting.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { choosePowerAlgorithm, powerIndices } from '../src/engine/power';
import type { Game } from '../src/engine/rules';
import { countsAtLeast } from '../src/engine/subsetSums';
import { provideWebAssemblyKernel } from '../src/engine/webAssembly';
import { FIXTURES } from './support/fixtures';

interface Table {
  readonly name: string;
  readonly game: Game;
  readonly winningCoalitions: string;
  readonly swings: readonly string[];
  readonly shapleyShubik: readonly number[];
}
// As the analysis worker runs them; the TypeScript build must agree (below).
provideWebAssemblyKernel();

const tables = JSON.parse(
  readFileSync(join(FIXTURES, 'power/nato-mitm.json'), 'utf8'),
) as readonly Table[];

describe('NATO tables by meet-in-the-middle: the same counts as the previous kernel', () => {
  it.each(tables.map((t) => [t.name, t] as const))('%s', (_, t) => {
    expect(choosePowerAlgorithm(t.game)).toBe('meet-in-the-middle');
    const r = powerIndices(t.game);
    expect(String(r.winningCoalitions)).toBe(t.winningCoalitions);
    expect(r.members.map((m) => String(m.swings))).toEqual(t.swings);
    expect(r.members.map((m) => m.shapleyShubik)).toEqual(t.shapleyShubik);
  });

  it.each(tables.map((t) => [t.name, t] as const))(
    '%s: the kernel built in TypeScript counts what the WebAssembly build does',
    (_, t) => {
      const { weights, quota } = t.game;
      const wasm = countsAtLeast(weights, quota, 'webassembly');
      const js = countsAtLeast(weights, quota, 'javascript');
      expect(js.total).toEqual(wasm.total);
      expect(js.holding).toEqual(wasm.holding);
    },
  );
});
