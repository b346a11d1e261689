import type { Margin, Status } from '../engine/outcome';
import type { Position } from '../engine/types';

/** One ally's seat as the charts draw it. */
export interface SeatDatum {
  readonly id: string;
  readonly name: string;
  readonly position: Position;
  /** Objecting and blocking the outcome: outlined in the hemicycle. */
  readonly blocker: boolean;
  /** One change of this ally's position would flip the outcome. */
  readonly pivotal: boolean;
  /** Name of the ally it follows, if it is following one. */
  readonly follows: string | null;
}

/** One rule's verdict on the same table, for the comparison strip. */
export interface RuleVerdict {
  readonly ruleId: string;
  readonly label: string;
  readonly status: Status;
  /** A short reason, e.g. "France and Germany object" or "needs 4 more allies". */
  readonly reason: string;
  readonly current: boolean;
}

/** A threshold of the rule, with its name as people read it ("Allies not objecting"). */
export interface MarginDatum extends Margin {
  readonly label: string;
}
