// Small builders for engine tests and benchmarks (not used by the app).
import type { Game } from './rules';
import { asAllyId, type Member, type Position, type Seat, type Table } from './types';

/** A weighted voting game [quota; w1, ..., wn], optionally with veto players and a minimum count. */
export function weightedGame(
  quota: number,
  weights: readonly number[],
  extra: Partial<Pick<Game, 'vetoes' | 'minCount' | 'waiver'>> = {},
): Game {
  return {
    n: weights.length,
    vetoes: extra.vetoes ?? [],
    minCount: extra.minCount ?? 0,
    weights,
    quota,
    waiver: extra.waiver ?? 0,
    weightKey: 'votes',
  };
}

/** A body of members M0..Mn-1 with the given vote weights. */
export function bodyOf(weights: readonly number[]): Member[] {
  return weights.map((w, i) => ({
    id: asAllyId(`M${i}`),
    name: `Member ${i}`,
    weights: { votes: w },
  }));
}

/** A table from members and positions (p defaults to one half, nobody follows). */
export function tableOf(
  members: readonly Member[],
  positions: readonly Position[],
  p?: readonly number[],
): Table {
  const seats: Seat[] = members.map((m, i) => ({
    id: m.id,
    position: positions[i] ?? 'support',
    p: p?.[i] ?? 0.5,
    leader: null,
  }));
  return { members, seats };
}
