/**
 * The words of the domain. An ally is a seat at the table, identified by an ISO 3166-1 alpha-2
 * code for NATO allies (custom bodies may use any upper-case code).
 */
export type AllyId = string & { readonly __brand: 'AllyId' };

export const asAllyId = (code: string): AllyId => code as AllyId;

/** What the toggle sets. Only `object` blocks under NAC consensus. */
export const POSITIONS = ['support', 'undecided', 'object'] as const;
export type Position = (typeof POSITIONS)[number];

/** A member of a deciding body, with the weights rules may count (integers). */
export interface Member {
  readonly id: AllyId;
  readonly name: string;
  /** ISO date the ally joined (NATO allies); absent for custom bodies. */
  readonly joined?: string;
  /** Integer weights by key, e.g. population, defence (USD million), votes. */
  readonly weights: Readonly<Record<string, number>>;
  /**
   * Weight keys for which the data has no figure (Iceland and Sweden have no defence figure):
   * they weigh 0, and every sentence about a rule that counts them says so.
   */
  readonly noFigure?: readonly string[];
}

/**
 * An ally's effective stance at the table as played. `leader` is set when the ally is following
 * another (and the user has not set it directly): it then moves with its leader, also in
 * probability mode.
 */
export interface Seat {
  readonly id: AllyId;
  readonly position: Position;
  /** Chance of consent when it comes to the decision; used for undecided allies. */
  readonly p: number;
  readonly leader: AllyId | null;
}

/** A body with everyone's seat, index-aligned: seats[i] belongs to members[i]. */
export interface Table {
  readonly members: readonly Member[];
  readonly seats: readonly Seat[];
}

/** Result type for fallible engine functions: a value or a message, never a throw. */
export type Result<T, E = string> = { ok: true; value: T } | { ok: false; error: E };

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const err = <E>(error: E): Result<never, E> => ({ ok: false, error });

export function assertNever(x: never): never {
  throw new Error(`Unexpected value: ${JSON.stringify(x)}`);
}
