import { describe, expect, it } from 'vitest';
import type { MarginDatum } from './types';
import { thresholdLayout } from './thresholdLayout';

const round = (v: number) => Math.round(v * 100) / 100;

const allies: MarginDatum = {
  id: 'allies',
  label: 'Allies not objecting',
  unit: 'allies',
  have: 29,
  possible: 31,
  quota: 31,
  total: 31,
  met: false,
};
const blocking: MarginDatum = {
  id: 'blocking-minority',
  label: 'Allies not in favour (a blocking minority needs this many)',
  unit: 'allies',
  have: 5,
  possible: 2,
  quota: 9,
  total: 32,
  met: false,
};

describe('thresholdLayout', () => {
  it('scales each bar to its total over the width less 6 px each side', () => {
    const { bars, width, height } = thresholdLayout([allies, blocking], 412);
    expect(width).toBe(412);
    expect(height).toBe(110);
    const [a] = bars;
    // Track 400 wide from x = 6; 29 of 31 solid, hatched up to 31, quota at the very end.
    expect(a!.trackX).toBe(6);
    expect(a!.trackWidth).toBe(400);
    expect(round(a!.solidWidth)).toBe(374.19);
    expect(round(a!.lightX)).toBe(380.19);
    expect(round(a!.lightWidth)).toBe(25.81);
    expect(a!.quotaX).toBe(406);
    expect(a!.quotaAnchor).toBe('end');
    expect(a!.kind).toBe('favour');
    expect([a!.labelY, a!.barY, a!.barHeight, a!.quotaLabelY]).toEqual([13, 18, 16, 47]);
  });

  it('draws the blocking minority as allies not in favour: objecting solid, undecided hatched', () => {
    const [, b] = thresholdLayout([allies, blocking], 412).bars;
    expect(b!.kind).toBe('against');
    // 2 objecting of 32 -> 25 px; 5 not in favour -> 62.5 px; quota 9 -> 112.5 px.
    expect(b!.solidWidth).toBe(25);
    expect(b!.lightX).toBe(31);
    expect(b!.lightWidth).toBe(37.5);
    expect(b!.quotaX).toBe(118.5);
    expect(b!.quotaAnchor).toBe('middle');
    expect(b!.barY).toBe(78);
  });

  it('clamps values beyond the total and survives an empty total', () => {
    const over = { ...allies, have: 40, possible: 40, quota: 50 };
    const [bar] = thresholdLayout([over], 412).bars;
    expect(bar!.solidWidth).toBe(400);
    expect(bar!.lightWidth).toBe(0);
    expect(bar!.quotaX).toBe(406);
    const empty = { ...allies, have: 0, possible: 0, quota: 0, total: 0 };
    const [zero] = thresholdLayout([empty], 412).bars;
    expect(zero!.solidWidth).toBe(0);
    expect(zero!.quotaX).toBe(6);
    expect(zero!.quotaAnchor).toBe('start');
  });

  it('has no bars for no margins', () => {
    expect(thresholdLayout([], 300).bars).toEqual([]);
  });
});
