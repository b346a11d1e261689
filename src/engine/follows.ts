import { err, ok, type AllyId, type Position, type Result, type Seat } from './types';

/** An ally's stance as a scenario states it, before the user's changes. */
export interface StanceInput {
  readonly id: AllyId;
  readonly position: Position;
  readonly p: number;
  readonly follows: AllyId | null;
}

/**
 * The user's direct choice for an ally. A position breaks any `follows`; a p alone does not (a
 * follower's chance is its leader's, since the bloc decides together).
 */
export interface Override {
  readonly position?: Position;
  readonly p?: number;
}

/** Finds a cycle of follows (e.g. DE follows FR follows DE), returned as the ids in order. */
export function findFollowCycle(follows: ReadonlyMap<AllyId, AllyId | null>): AllyId[] | null {
  const done = new Set<AllyId>();
  for (const start of follows.keys()) {
    const path: AllyId[] = [];
    let at: AllyId | null | undefined = start;
    while (at && !done.has(at)) {
      const seen = path.indexOf(at);
      if (seen >= 0) return path.slice(seen);
      path.push(at);
      at = follows.get(at);
    }
    path.forEach((id) => done.add(id));
  }
  return null;
}

/**
 * The seats as played: the user's overrides win; a follower the user has not set takes its
 * leader's resolved position and consent probability (the bloc moves together); everyone else
 * keeps the scenario's stance. A follow of someone not at the table, or a cycle, is an error.
 */
export function resolveSeats(
  stances: readonly StanceInput[],
  overrides: ReadonlyMap<AllyId, Override>,
): Result<Seat[]> {
  const ids = new Set(stances.map((s) => s.id));
  const follows = new Map<AllyId, AllyId | null>();
  for (const s of stances) {
    if (s.follows !== null && !ids.has(s.follows))
      return err(`${s.id} follows ${s.follows}, who is not at the table`);
    follows.set(s.id, overrides.get(s.id)?.position !== undefined ? null : s.follows);
  }
  const cycle = findFollowCycle(follows);
  if (cycle) return err(`follows form a cycle: ${[...cycle, cycle[0]].join(' -> ')}`);
  const seats: Seat[] = stances.map((s) => {
    const o = overrides.get(s.id);
    return {
      id: s.id,
      position: o?.position ?? s.position,
      p: o?.p ?? s.p,
      leader: follows.get(s.id) ?? null,
    };
  });
  return ok(propagate(seats));
}

/** Gives every follower its bloc root's position and p. Seats must be free of cycles. */
export function propagate(seats: readonly Seat[]): Seat[] {
  const byId = new Map(seats.map((s) => [s.id, s]));
  return seats.map((s) => {
    if (s.leader === null) return s;
    const root = blocRoot(byId, s);
    return { ...s, position: root.position, p: root.p };
  });
}

/** The ally at the head of a follow chain (itself when it follows no one). */
export function blocRoot(byId: ReadonlyMap<AllyId, Seat>, seat: Seat): Seat {
  let at = seat;
  for (let guard = byId.size; at.leader !== null && guard > 0; guard--) {
    const next = byId.get(at.leader);
    if (!next) break;
    at = next;
  }
  return at;
}

/** The seats after one ally changes position: its followers move with it, it follows no one. */
export function withPosition(seats: readonly Seat[], id: AllyId, position: Position): Seat[] {
  return propagate(seats.map((s) => (s.id === id ? { ...s, position, leader: null } : s)));
}
