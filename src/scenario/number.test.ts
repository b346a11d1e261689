import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNumber } from './number';

describe('formatNumber', () => {
  it('prints what Intl prints for English, without loading Intl', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e15, noNaN: true }),
        fc.integer({ min: 0, max: 3 }),
        (x, digits) =>
          formatNumber(x, digits) ===
          x.toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: 0 }),
      ),
      { numRuns: 2000 },
    );
  });

  it('groups thousands, drops trailing zeros, keeps the sign', () => {
    expect(formatNumber(1234567)).toBe('1,234,567');
    expect(formatNumber(999)).toBe('999');
    expect(formatNumber(1000)).toBe('1,000');
    expect(formatNumber(2.5, 1)).toBe('2.5');
    expect(formatNumber(2.04, 1)).toBe('2');
    expect(formatNumber(-1234.56, 1)).toBe('-1,234.6');
    expect(formatNumber(-0.01, 1)).toBe('0');
  });
});
