import {
  compileRule,
  presumesConsent,
  vetoAbstains,
  wins,
  winsWith,
  type Game,
  type RuleDef,
} from './rules';
import { ok, type AllyId, type Result, type Seat, type Table } from './types';

export type Status = 'passes' | 'blocked' | 'pending';

/**
 * Distance to one threshold of the rule. `have` counts what is in favour now: under consensus,
 * the allies not objecting; where an undecided veto player abstains, the veto players not
 * objecting. src/words names each margin for people.
 */
export interface Margin {
  readonly id: 'allies' | 'weight' | 'vetoes' | 'blocking-minority';
  /** 'allies' or the weight's key (population, defence, votes...). */
  readonly unit: string;
  readonly have: number;
  /** What it would be if every undecided ally came round. */
  readonly possible: number;
  /** What the rule requires (for the blocking minority: allies needed to block). */
  readonly quota: number;
  readonly total: number;
  readonly met: boolean;
}

/** The outcome explains itself: it drives the banner, the charts' highlights and descriptions. */
export interface Outcome {
  readonly ruleId: string;
  readonly status: Status;
  /**
   * When blocked: the objecting allies whose objection counts, i.e. each belongs to some minimal
   * set of objectors that blocks. Under consensus every objector; under a veto rule the objecting
   * veto players (and others only if they block by numbers).
   */
  readonly blockers: readonly AllyId[];
  /** A smallest set found of allies whose consent it would still take (empty when it passes). */
  readonly missing: readonly AllyId[];
  /** True when `missing` is the only way to pass (every ally not yet in favour); else one example. */
  readonly missingExact: boolean;
  /** Allies whose single change of position (followers moving along) would flip the outcome. */
  readonly pivotal: readonly AllyId[];
  /** Undecided allies counted as consenting (consensus: silence holds). */
  readonly presumedConsent: readonly AllyId[];
  readonly margins: readonly Margin[];
}

/** Who says yes under the rule: supporters, plus undecided allies where silence means consent. */
function yesFlags(seats: readonly Seat[], presume: boolean): boolean[] {
  return seats.map((s) => s.position === 'support' || (presume && s.position === 'undecided'));
}

/** What decides a status: heads, weight and veto players saying yes, now and at best. */
interface Tally {
  count: number;
  weight: number;
  vetoes: number;
  bestCount: number;
  bestWeight: number;
  bestVetoes: number;
}

const POSITION_LIST = ['support', 'undecided', 'object'] as const;

/** Evaluates the table under a rule. Fails only when the rule does not fit the body. */
export function evaluate(def: RuleDef, table: Table): Result<Outcome> {
  const game = compileRule(def.rule, table.members);
  if (!game.ok) return game;
  return ok(evaluateGame(def, game.value, table));
}

export function evaluateGame(def: RuleDef, game: Game, table: Table): Outcome {
  const { seats, members } = table;
  const presume = presumesConsent(def.rule);
  const abstain = vetoAbstains(def.rule);
  const isVeto = new Uint8Array(game.n);
  for (const v of game.vetoes) isVeto[v] = 1;
  const yesNow = (p: Seat['position']) => p === 'support' || (presume && p === 'undecided');
  const yesAtBest = (p: Seat['position']) => p !== 'object';
  // A veto player is satisfied when it says yes; where an undecided one abstains, when it does
  // not object (its abstention neither blocks nor counts toward the quota).
  const vetoNow = abstain ? yesAtBest : yesNow;

  const tally: Tally = {
    count: 0,
    weight: 0,
    vetoes: 0,
    bestCount: 0,
    bestWeight: 0,
    bestVetoes: 0,
  };
  const move = (
    t: Tally,
    i: number,
    from: Seat['position'] | null,
    to: Seat['position'],
    sign = 1,
  ) => {
    const w = game.weights[i] ?? 0;
    const dNow = (yesNow(to) ? 1 : 0) - (from !== null && yesNow(from) ? 1 : 0);
    const dBest = (yesAtBest(to) ? 1 : 0) - (from !== null && yesAtBest(from) ? 1 : 0);
    const dVeto = (vetoNow(to) ? 1 : 0) - (from !== null && vetoNow(from) ? 1 : 0);
    t.count += sign * dNow;
    t.weight += sign * dNow * w;
    t.vetoes += sign * dVeto * (isVeto[i] ?? 0);
    t.bestCount += sign * dBest;
    t.bestWeight += sign * dBest * w;
    t.bestVetoes += sign * dBest * (isVeto[i] ?? 0);
  };
  seats.forEach((s, i) => move(tally, i, null, s.position));
  const statusOf = (t: Tally): Status => {
    const allVetoes = game.vetoes.length;
    if (t.vetoes === allVetoes && winsWith(game, t.count, t.weight)) return 'passes';
    return t.bestVetoes === allVetoes && winsWith(game, t.bestCount, t.bestWeight)
      ? 'pending'
      : 'blocked';
  };
  const status = statusOf(tally);
  const passes = status === 'passes';

  // Pivotal: one ally's change, with everyone following it moving along, flips passes/fails.
  const index = new Map(seats.map((s, i) => [s.id, i]));
  const movesWith: number[][] = seats.map((_, i) => [i]);
  seats.forEach((s, j) => {
    const seen = new Set<number>();
    for (let at = s.leader; at !== null;) {
      const k = index.get(at);
      if (k === undefined || seen.has(k)) break;
      seen.add(k);
      movesWith[k]?.push(j);
      at = seats[k]?.leader ?? null;
    }
  });
  const pivotal = seats
    .filter((s, i) =>
      POSITION_LIST.some((q) => {
        if (q === s.position) return false;
        const t = { ...tally };
        for (const k of movesWith[i] ?? []) move(t, k, seats[k]?.position ?? q, q);
        return (statusOf(t) === 'passes') !== passes;
      }),
    )
    .map((s) => s.id);

  const yes = yesFlags(seats, presume);
  // Who blocks and what it would take, on the game as the table stands: an abstaining
  // (undecided) veto player holds no veto now, but its yes would still count toward the quota.
  const asItStands = abstain
    ? { ...game, vetoes: game.vetoes.filter((v) => seats[v]?.position !== 'undecided') }
    : game;
  const blockers = status === 'blocked' ? whoBlocks(asItStands, seats) : [];
  const missing = passes ? [] : whatItWouldTake(asItStands, seats, yes);
  const missingExact = missing.length === yes.filter((y) => !y).length;
  const presumedConsent = presume
    ? seats.filter((s) => s.position === 'undecided').map((s) => s.id)
    : [];
  return {
    ruleId: def.id,
    status,
    blockers,
    missing,
    missingExact,
    pivotal,
    presumedConsent,
    margins: margins(
      game,
      seats,
      yes,
      seats.map((s) => vetoNow(s.position)),
      members.length,
    ),
  };
}

/**
 * The objectors whose objection counts: those in some minimal blocking set of objectors (a set S
 * blocks when the table fails even if everyone outside S says yes). For each objector, the others
 * are dropped one by one (those who block alone first) while the rest still blocks; if the
 * objector is then needed, the set left is minimal and holds it. Exact for head-count rules with
 * veto players (checked against brute force in the tests); for weighted quotas a greedy search,
 * which may miss an objector that only some other minimal set would need.
 */
function whoBlocks(game: Game, seats: readonly Seat[]): AllyId[] {
  const objectors = seats.flatMap((s, i) => (s.position === 'object' ? [i] : []));
  const blocks = (set: ReadonlySet<number>) =>
    !wins(
      game,
      seats.map((_, i) => !set.has(i)),
    );
  // Those who block on their own (veto players) go first, so the search for a set holding o
  // is not cut short by them; then the heaviest.
  const alone = new Set(objectors.filter((x) => blocks(new Set([x]))));
  const order = [...objectors].sort(
    (a, b) =>
      Number(alone.has(b)) - Number(alone.has(a)) ||
      (game.weights[b] ?? 0) - (game.weights[a] ?? 0) ||
      a - b,
  );
  return objectors
    .filter((o) => {
      if (alone.has(o)) return true;
      const set = new Set(objectors);
      for (const x of order) {
        if (x === o) continue;
        set.delete(x);
        if (!blocks(set)) set.add(x);
      }
      set.delete(o);
      return !blocks(set);
    })
    .map((i) => (seats[i] as Seat).id);
}

/**
 * Greedy "what it would take": add the allies not yet in favour, veto players first, then
 * undecided before objecting, heaviest first, until the rule is met; then drop any not needed.
 */
function whatItWouldTake(game: Game, seats: readonly Seat[], yes: readonly boolean[]): AllyId[] {
  const vetoes = new Set(game.vetoes);
  const order = seats
    .map((s, i) => i)
    .filter((i) => !yes[i])
    .sort(
      (a, b) =>
        Number(vetoes.has(b)) - Number(vetoes.has(a)) ||
        Number(seats[a]?.position === 'object') - Number(seats[b]?.position === 'object') ||
        (game.weights[b] ?? 0) - (game.weights[a] ?? 0) ||
        a - b,
    );
  const flags = [...yes];
  const added: number[] = [];
  for (const i of order) {
    if (wins(game, flags)) break;
    flags[i] = true;
    added.push(i);
  }
  if (!wins(game, flags)) return [];
  for (const i of [...added].reverse()) {
    flags[i] = false;
    if (!wins(game, flags)) flags[i] = true;
  }
  return added.filter((i) => flags[i]).map((i) => (seats[i] as Seat).id);
}

function margins(
  game: Game,
  seats: readonly Seat[],
  yes: readonly boolean[],
  vetoSatisfied: readonly boolean[],
  n: number,
): Margin[] {
  const possible = seats.map((s) => s.position !== 'object');
  const count = (flags: readonly boolean[]) => flags.filter(Boolean).length;
  const weigh = (flags: readonly boolean[]) =>
    flags.reduce((t, f, i) => t + (f ? (game.weights[i] ?? 0) : 0), 0);
  const out: Margin[] = [];
  if (game.minCount > 0) {
    const have = count(yes);
    out.push({
      id: 'allies',
      unit: 'allies',
      have,
      possible: count(possible),
      quota: game.minCount,
      total: n,
      met: have >= game.minCount,
    });
  }
  if (game.weightKey !== null) {
    const have = weigh(yes);
    const total = game.weights.reduce((a, b) => a + b, 0);
    out.push({
      id: 'weight',
      unit: game.weightKey,
      have,
      possible: weigh(possible),
      quota: game.quota,
      total,
      met: have >= game.quota,
    });
  }
  if (game.vetoes.length > 0) {
    const have = game.vetoes.filter((v) => vetoSatisfied[v]).length;
    out.push({
      id: 'vetoes',
      unit: 'allies',
      have,
      possible: game.vetoes.filter((v) => possible[v]).length,
      quota: game.vetoes.length,
      total: game.vetoes.length,
      met: have === game.vetoes.length,
    });
  }
  if (game.waiver > 0) {
    const against = n - count(yes);
    out.push({
      id: 'blocking-minority',
      unit: 'allies',
      have: against,
      possible: n - count(possible),
      quota: game.waiver,
      total: n,
      met: against >= game.waiver,
    });
  }
  return out;
}
