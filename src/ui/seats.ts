/**
 * The table as the charts see it: one datum per seat, in parliament order. An adapter between the
 * state (judgements) and the charts (props only), so neither depends on the other.
 */
import type { SeatDatum } from '../charts/types';
import type { Position } from '../engine/types';
import type { Judgement } from '../scenario/play';
import { cachedOn, type TableView } from '../state/table';
import type { TableWords } from '../words/outcome';

/** Seats for the hemicycle, grouped like a parliament: supporters left, objectors right. */
const SIDE: Record<Position, number> = { support: 0, undecided: 1, object: 2 };

const NONE: readonly SeatDatum[] = [];
// By words, then judgement: the seats carry names in the reader's language.
const cache = new WeakMap<TableWords, WeakMap<Judgement, readonly SeatDatum[]>>();

/** The seats of a table view, computed once per judgement and words, shared by every chart. */
export function seatsOf({ scenario, judgement, words }: TableView): readonly SeatDatum[] {
  if (!judgement) return NONE;
  const byJudgement = cachedOn(cache, words, () => new WeakMap());
  return cachedOn(byJudgement, judgement, () => {
    const { seats } = judgement.table;
    const { blockers, pivotal } = judgement.outcome;
    return scenario.members
      .map((m, i) => ({ m, i, position: seats[i]?.position ?? 'support' }))
      .sort((a, b) => SIDE[a.position] - SIDE[b.position] || a.i - b.i)
      .map(({ m, i, position }) => {
        const leader = seats[i]?.leader;
        return {
          id: m.id,
          name: words.nameOf(m.id),
          position,
          blocker: blockers.includes(m.id),
          pivotal: pivotal.includes(m.id),
          follows: leader ? words.nameOf(leader) : null,
        };
      });
  });
}
