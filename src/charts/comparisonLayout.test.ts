import { describe, expect, it } from 'vitest';
import { comparisonLayout, fitText } from './comparisonLayout';
import type { RuleVerdict } from './types';

const verdict = (ruleId: string, current = false): RuleVerdict => ({
  ruleId,
  label: ruleId,
  status: 'pending',
  reason: '',
  current,
});

describe('comparisonLayout', () => {
  it('stacks one 44 px row per rule with 4 px between', () => {
    const { rows, height, width } = comparisonLayout([verdict('a', true), verdict('b')], 300);
    expect(width).toBe(300);
    expect(height).toBe(2 + 44 + 4 + 44 + 2);
    expect(rows.map((r) => [r.x, r.y, r.width, r.height])).toEqual([
      [2, 2, 296, 44],
      [2, 50, 296, 44],
    ]);
    expect(rows.map((r) => [r.glyphX, r.glyphY, r.glyphR, r.textX])).toEqual([
      [21, 24, 11, 40],
      [21, 72, 11, 40],
    ]);
    expect(rows.map((r) => [r.labelY, r.reasonY])).toEqual([
      [20, 37],
      [68, 85],
    ]);
  });

  it('is empty for no verdicts', () => {
    expect(comparisonLayout([], 300)).toEqual({ rows: [], width: 300, height: 4 });
  });
});

describe('fitText', () => {
  it('keeps a text that fits, and cuts one that does not with an ellipsis', () => {
    expect(fitText('Passes', 10)).toBe('Passes');
    expect(fitText('Blocked: France objects', 10)).toBe('Blocked:…');
    expect(fitText('Blocked', 1)).toBe('…');
  });

  it('gives each row as many characters as its width allows', () => {
    const verdict = {
      ruleId: 'c',
      label: 'NAC consensus',
      status: 'passes',
      reason: '',
      current: true,
    } as const;
    const narrow = comparisonLayout([verdict], 300).rows[0];
    const wide = comparisonLayout([verdict], 600).rows[0];
    expect(narrow && wide && wide.textChars > 2 * narrow.textChars - 10).toBe(true);
    expect(narrow?.textChars).toBeGreaterThan(20);
  });
});
