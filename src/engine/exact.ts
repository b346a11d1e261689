/**
 * Exact integers past 2^53, and exact ratios rounded once.
 *
 * Coalition counts of a 250-member body reach 2^250. The counting kernels stay in fast float64
 * arithmetic all the same: below 2^53 a double holds every integer exactly, and above it the
 * kernels run once per modulus M < 2^42 and the counts are rebuilt from their residues by the
 * Chinese remainder theorem. A modulus that small leaves 11 bits of headroom: a table may take
 * in ten members (each can double a residue) before it must be reduced, so the hot loop is a plain
 * addition, not an addition and an unpredictable branch (measured: 1 ns against 7).
 * Indices are ratios of such counts, divided once in BigInt and rounded to the nearest double.
 */

/** Counts up to this are exact in a double: the kernels need no modulus. */
export const EXACT_IN_DOUBLE = 2 ** 53;

/**
 * The eight primes just below 2^42 (2^42 - 11, - 17, - 33, - 53, - 65, - 143, - 161, - 165):
 * pairwise coprime, so their product, about 2^335, bounds the counts rebuilt from residues (up
 * to 2^n for n members: six moduli for 250 members).
 */
export const MODULI: readonly number[] = [11, 17, 33, 53, 65, 143, 161, 165].map(
  (c) => 2 ** 42 - c,
);

/**
 * Members a table may take in before its residues must be reduced. Adding a member adds one cell
 * to another, so each pass can double a residue: from below m < 2^42, ten passes stay below
 * m x 2^10 < 2^52, well inside the doubles' exact 2^53. (It counts doublings, not additions.)
 */
export const PASSES_BEFORE_REDUCING = 10;

/**
 * x mod m for |x| < 2^53 and m < 2^42, exactly. The quotient comes from a reciprocal (a loop
 * reducing a whole table passes `inverse` = 1 / m once) and may be one off either way: corrected.
 */
export function reduce(x: number, m: number, inverse = 1 / m): number {
  const r = x - m * Math.floor(x * inverse);
  return r < 0 ? r + m : r >= m ? r - m : r;
}

/** The moduli whose product exceeds `bound` (a count's largest possible value). */
export function moduliFor(bound: bigint): number[] {
  const chosen: number[] = [];
  let product = 1n;
  for (const m of MODULI) {
    if (product > bound) break;
    chosen.push(m);
    product *= BigInt(m);
  }
  if (product <= bound) throw new RangeError('counts too large for the moduli');
  return chosen;
}

const modInverse = (a: bigint, m: bigint): bigint => {
  // Extended Euclid: a * x = 1 (mod m).
  let [r0, r1] = [((a % m) + m) % m, m];
  let [x0, x1] = [1n, 0n];
  while (r1 !== 0n) {
    const q = r0 / r1;
    [r0, r1] = [r1, r0 - q * r1];
    [x0, x1] = [x1, x0 - q * x1];
  }
  return ((x0 % m) + m) % m;
};

/**
 * Rebuilds integers from their residues: `residues[k][i]` is value i modulo `moduli[k]`.
 * Garner's mixed-radix form, so every step stays below one modulus squared.
 */
export function fromResidues(
  moduli: readonly number[],
  residues: readonly Float64Array[],
): bigint[] {
  const ms = moduli.map(BigInt);
  const k = ms.length;
  // inv[j][i] = moduli[i]^-1 mod moduli[j], for i < j.
  const inv = ms.map((mj, j) => ms.slice(0, j).map((mi) => modInverse(mi, mj)));
  const length = residues[0]?.length ?? 0;
  const out: bigint[] = new Array<bigint>(length);
  const digits = new Array<bigint>(k);
  for (let i = 0; i < length; i++) {
    for (let j = 0; j < k; j++) {
      const mj = ms[j] as bigint;
      let x = BigInt((residues[j] as Float64Array)[i] as number);
      for (let t = 0; t < j; t++)
        x = ((((x - (digits[t] as bigint)) % mj) + mj) * ((inv[j] as bigint[])[t] as bigint)) % mj;
      digits[j] = x;
    }
    let value = 0n;
    for (let j = k - 1; j >= 0; j--) value = value * (ms[j] as bigint) + (digits[j] as bigint);
    out[i] = value;
  }
  return out;
}

const bitLength = (x: bigint): number => (x === 0n ? 0 : x.toString(2).length);

/**
 * num / den as the nearest double (ties to even), for 0 <= num and 0 < den: the one rounding
 * an index goes through. Quotients below about 2^-1022 come out wrong (the scale factor
 * underflows: ratio(1n, 2n ** 1030n) is 0); no index comes near (the smallest is about 2^-260).
 */
export function ratio(num: bigint, den: bigint): number {
  if (den <= 0n || num < 0n) throw new RangeError('ratio of a negative or zero denominator');
  if (num === 0n) return 0;
  if (num <= BigInt(EXACT_IN_DOUBLE) && den <= BigInt(EXACT_IN_DOUBLE))
    return Number(num) / Number(den); // both exact: IEEE division rounds correctly
  // Scale so the integer quotient has 54 or 55 bits, then round it to 53 with a sticky bit.
  const shift = bitLength(den) - bitLength(num) + 54;
  const scaled = shift >= 0 ? num << BigInt(shift) : num;
  const divisor = shift >= 0 ? den : den << BigInt(-shift);
  const q = scaled / divisor;
  const inexact = scaled % divisor !== 0n;
  const extra = bitLength(q) - 53;
  let mantissa = q >> BigInt(extra);
  const rest = q & ((1n << BigInt(extra)) - 1n);
  const half = 1n << BigInt(extra - 1);
  if (rest > half || (rest === half && (inexact || (mantissa & 1n) === 1n))) mantissa += 1n;
  return Number(mantissa) * 2 ** (extra - shift);
}

/** A count as JSON: a number while exact in a double, else its decimal string. */
export const countJson = (x: bigint): number | string =>
  x <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(x) : x.toString();

/** Exact binomial coefficients C(n, k) for k = 0..n. */
export function binomialRow(n: number): bigint[] {
  const row: bigint[] = [1n];
  for (let k = 1; k <= n; k++) row.push(((row[k - 1] as bigint) * BigInt(n - k + 1)) / BigInt(k));
  return row;
}
