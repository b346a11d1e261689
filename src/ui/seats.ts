/**
 * The table as the charts see it: one datum per seat, in parliament order. An adapter between the
 * state (judgements) and the charts (props only), so neither depends on the other.
 */
import type { SeatDatum } from '../charts/types';
import type { Outcome } from '../engine/outcome';
import type { AllyId, Position } from '../engine/types';
import type { Scenario } from '../scenario/model';
import type { Judgement } from '../scenario/play';
import type { TableView } from '../state/table';

/** Seats for the hemicycle, grouped like a parliament: supporters left, objectors right. */
const SIDE: Record<Position, number> = { support: 0, undecided: 1, object: 2 };

export function seatData(
  scenario: Scenario,
  positions: readonly Position[],
  leaders: readonly (AllyId | null)[],
  outcome: Outcome,
): SeatDatum[] {
  const nameOf = (id: AllyId) => scenario.members.find((m) => m.id === id)?.name ?? id;
  return scenario.members
    .map((m, i) => ({ m, i, position: positions[i] ?? 'support' }))
    .sort((a, b) => SIDE[a.position] - SIDE[b.position] || a.i - b.i)
    .map(({ m, i, position }) => {
      const leader = leaders[i];
      return {
        id: m.id,
        name: m.name,
        position,
        blocker: outcome.blockers.includes(m.id),
        pivotal: outcome.pivotal.includes(m.id),
        follows: leader ? nameOf(leader) : null,
      };
    });
}

const NONE: readonly SeatDatum[] = [];
const cache = new WeakMap<Judgement, readonly SeatDatum[]>();

/** The seats of a table view, computed once per judgement and shared by every chart. */
export function seatsOf({ scenario, judgement }: TableView): readonly SeatDatum[] {
  if (!judgement) return NONE;
  let seats = cache.get(judgement);
  if (!seats) {
    const { seats: played } = judgement.table;
    seats = seatData(
      scenario,
      played.map((s) => s.position),
      played.map((s) => s.leader),
      judgement.outcome,
    );
    cache.set(judgement, seats);
  }
  return seats;
}
