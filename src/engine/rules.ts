import { DEFENCE, POPULATION } from './members';
import { assertNever, err, ok, type AllyId, type Member, type Result } from './types';

/** A share of a total: `[numerator, denominator]`; `strict` means "more than", else "at least". */
export interface Share {
  readonly share: readonly [number, number];
  readonly strict?: boolean;
}
/** An absolute quota: at least this much. */
export interface AtLeast {
  readonly atLeast: number;
}
export type Quota = Share | AtLeast;

/**
 * How positions become an outcome. A discriminated union: every rule the engine knows.
 * Undecided allies: `consensus` presumes their consent (silence holds); every other rule counts
 * only supporters, so undecided allies leave the outcome pending until they decide.
 */
export type Rule =
  | { readonly kind: 'consensus' }
  | { readonly kind: 'unanimity' }
  | { readonly kind: 'majority' }
  | { readonly kind: 'two-thirds' }
  | {
      readonly kind: 'qmv';
      readonly members: Quota;
      readonly weight: string;
      readonly weightQuota: Quota;
      /** A blocking minority needs at least this many members; otherwise the majority is reached. */
      readonly blockingMinority: number;
    }
  | { readonly kind: 'weighted'; readonly weight: string; readonly quota: Quota }
  | {
      readonly kind: 'veto-players';
      readonly vetoes: readonly AllyId[];
      /** Supporters needed in all, veto players included. */
      readonly members: Quota;
      /**
       * What an undecided veto player does. 'pending' (the default): it has not said yes, so the
       * outcome waits for it. 'abstains': as at the UN Security Council under Article 27 as
       * practised, an abstaining permanent member does not veto; it neither blocks nor counts
       * toward the quota.
       */
      readonly undecidedVeto?: 'pending' | 'abstains';
    };

export type RuleKind = Rule['kind'];

/**
 * A rule on offer: its id and the rule itself. The words people read (label, explanation) live in
 * src/words for the built-in rules; a scenario file's own rule brings its author's words.
 */
export interface RuleDef {
  readonly id: string;
  readonly rule: Rule;
  /** The author's label and one-sentence explanation, for a rule defined in a scenario file. */
  readonly authored?: { readonly label: string; readonly explanation: string };
}

/** How a rule treats undecided allies: presumed to consent, or not (yet) counted. */
export const presumesConsent = (rule: Rule): boolean => rule.kind === 'consensus';

/** Does an undecided veto player abstain (neither block nor count) under this rule? */
export const vetoAbstains = (rule: Rule): boolean =>
  rule.kind === 'veto-players' && rule.undecidedVeto === 'abstains';

/** The built-in rules, available for every NATO scenario. Order is the comparison order. */
export const BUILT_IN_RULES: readonly RuleDef[] = [
  { id: 'consensus', rule: { kind: 'consensus' } },
  { id: 'unanimity', rule: { kind: 'unanimity' } },
  { id: 'majority', rule: { kind: 'majority' } },
  { id: 'two-thirds', rule: { kind: 'two-thirds' } },
  {
    id: 'qmv',
    rule: {
      kind: 'qmv',
      members: { share: [55, 100] },
      weight: POPULATION,
      weightQuota: { share: [65, 100] },
      blockingMinority: 4,
    },
  },
  { id: 'weighted', rule: { kind: 'weighted', weight: DEFENCE, quota: { share: [2, 3] } } },
  {
    id: 'weighted-population',
    rule: { kind: 'weighted', weight: POPULATION, quota: { share: [2, 3] } },
  },
  {
    id: 'veto-players',
    rule: {
      kind: 'veto-players',
      vetoes: ['US', 'GB', 'FR'] as AllyId[],
      members: { share: [1, 2], strict: true },
    },
  },
];

export const builtInRule = (id: string): RuleDef | undefined =>
  BUILT_IN_RULES.find((r) => r.id === id);

/**
 * The canonical simple game every rule compiles to. A coalition S (the allies saying yes) wins iff
 *   every veto player is in S, |S| >= minCount, and
 *   (weight(S) >= quota, or fewer than `waiver` allies are outside S).
 * `waiver` is the blocking-minority clause (0: none). With no weighted criterion, quota is 0.
 */
export interface Game {
  readonly n: number;
  readonly vetoes: readonly number[];
  readonly minCount: number;
  readonly weights: readonly number[];
  readonly quota: number;
  readonly waiver: number;
  /** The weight's name, or null when only heads count. */
  readonly weightKey: string | null;
}

/** The integer quota of a total: ceil for "at least", floor + 1 for "more than". */
export function quotaOf(q: Quota, total: number): number {
  if ('atLeast' in q) return q.atLeast;
  const [num, den] = q.share;
  const exact = num * total; // integers well below 2^53 for every body here
  return q.strict ? Math.floor(exact / den) + 1 : Math.ceil(exact / den);
}

function weightsOf(members: readonly Member[], key: string): Result<number[]> {
  const out: number[] = [];
  for (const m of members) {
    const w = m.weights[key];
    if (w === undefined) return err(`${m.name} has no "${key}" weight`);
    if (!Number.isSafeInteger(w) || w < 0)
      return err(`${m.name}'s "${key}" weight is not a whole number`);
    out.push(w);
  }
  return ok(out);
}

const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);

/** Turns a rule into the canonical game over these members, or says why it does not apply. */
export function compileRule(rule: Rule, members: readonly Member[]): Result<Game> {
  const n = members.length;
  const countOnly = (minCount: number): Game => ({
    n,
    vetoes: [],
    minCount,
    weights: members.map(() => 0),
    quota: 0,
    waiver: 0,
    weightKey: null,
  });
  switch (rule.kind) {
    case 'consensus':
    case 'unanimity':
      return ok(countOnly(n));
    case 'majority':
      return ok(countOnly(Math.floor(n / 2) + 1));
    case 'two-thirds':
      return ok(countOnly(Math.ceil((2 * n) / 3)));
    case 'qmv':
    case 'weighted': {
      const weights = weightsOf(members, rule.weight);
      if (!weights.ok) return weights;
      const quota = quotaOf(
        rule.kind === 'qmv' ? rule.weightQuota : rule.quota,
        sum(weights.value),
      );
      return ok({
        n,
        vetoes: [],
        minCount: rule.kind === 'qmv' ? quotaOf(rule.members, n) : 0,
        weights: weights.value,
        quota,
        waiver: rule.kind === 'qmv' ? rule.blockingMinority : 0,
        weightKey: rule.weight,
      });
    }
    case 'veto-players': {
      const vetoes: number[] = [];
      for (const id of rule.vetoes) {
        const i = members.findIndex((m) => m.id === id);
        if (i < 0) return err(`veto player ${id} is not at the table`);
        vetoes.push(i);
      }
      return ok({ ...countOnly(quotaOf(rule.members, n)), vetoes });
    }
    default:
      return assertNever(rule);
  }
}

/** Does the coalition (a yes-flag per member) win? The one definition every analysis agrees with. */
export function wins(game: Game, yes: readonly boolean[]): boolean {
  let count = 0;
  let weight = 0;
  for (let i = 0; i < game.n; i++) {
    if (yes[i]) {
      count++;
      weight += game.weights[i] ?? 0;
    }
  }
  return winsWith(game, count, weight) && game.vetoes.every((v) => yes[v]);
}

/** The count and weight part of `wins` (vetoes checked by the caller). */
export function winsWith(game: Game, count: number, weight: number): boolean {
  return count >= game.minCount && (weight >= game.quota || game.n - count < game.waiver);
}
