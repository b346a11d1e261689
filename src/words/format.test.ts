import { describe, expect, it } from 'vitest';
import { formatQuantity } from './format';

describe('formatQuantity', () => {
  it('formats the quantities of the weighted rules', () => {
    expect(formatQuantity(335_000_000, 'population')).toBe('335 m people');
    expect(formatQuantity(1_234_567, 'population')).toBe('1.2 m people');
    expect(formatQuantity(860_000, 'defence')).toBe('US$860 bn');
    expect(formatQuantity(24, 'allies')).toBe('24');
  });
});
