/** Numbers as English prints them, for every layer's messages (no Intl at start-up). */

/**
 * A number in English with thousands separators and at most `fractionDigits` decimals, trailing
 * zeros dropped: what `toLocaleString('en', { maximumFractionDigits })` prints, rounding alike
 * (half away from zero, on the shortest decimal that reads back as the number, as ICU does);
 * except that a negative number that rounds to zero prints "0", not Intl's "-0".
 * Written out because the first Intl call in a page loads ICU's locale data: about 45 ms of main
 * thread while the page loads.
 */
export function formatNumber(x: number, fractionDigits = 0): string {
  if (!Number.isFinite(x)) return String(x);
  const shortest = String(Math.abs(x));
  // String() writes an exponent below 1e-7 (shown as 0 at any precision used here) and from 1e21
  // (no count or quantity here comes near: left as String() writes it).
  if (shortest.includes('e') && Math.abs(x) >= 1) return String(x);
  const plain = shortest.includes('e') ? '0' : shortest;
  const [whole = '0', fraction = ''] = plain.split('.');
  let digits = whole + fraction.slice(0, fractionDigits).padEnd(fractionDigits, '0');
  if ((fraction[fractionDigits] ?? '0') >= '5') digits = addOne(digits);
  const cut = digits.length - fractionDigits;
  const grouped = digits.slice(0, cut).replace(/\B(?=(\d{3})+(?!\d))/g, ',') || '0';
  const decimals = digits.slice(cut).replace(/0+$/, '');
  const sign = x < 0 && /[1-9]/.test(digits) ? '-' : '';
  return `${sign}${grouped}${decimals ? `.${decimals}` : ''}`;
}

/** A string of decimal digits plus one ("199" to "200", "99" to "100"). */
function addOne(digits: string): string {
  const out = digits.split('');
  for (let i = out.length - 1; i >= 0; i--) {
    if (out[i] !== '9') {
      out[i] = String(Number(out[i]) + 1);
      return out.join('');
    }
    out[i] = '0';
  }
  return `1${out.join('')}`;
}

/** An exact count (a BigInt past 2^53) with thousands separators: "1,234,567". */
export const formatCount = (x: bigint): string =>
  x.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
