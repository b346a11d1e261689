import { describe, expect, it } from 'vitest';
import type { MarginDatum } from './types';
import {
  describeMargin,
  describeMargins,
  describeSeats,
  describeVerdicts,
  seatLabel,
} from './describe';
import type { SeatDatum } from './types';

const seat = (
  id: string,
  name: string,
  position: SeatDatum['position'],
  extra: Partial<SeatDatum> = {},
): SeatDatum => ({
  id,
  name,
  position,
  blocker: false,
  pivotal: false,
  follows: null,
  ...extra,
});

describe('describeSeats', () => {
  it('counts positions and names blockers and pivotal allies', () => {
    const seats = [
      ...Array.from({ length: 29 }, (_, i) => seat(`A${i}`, `Ally ${i}`, 'support')),
      seat('FR', 'France', 'object', { blocker: true, pivotal: true }),
      seat('DE', 'Germany', 'object', { blocker: true }),
    ];
    expect(describeSeats(seats)).toBe(
      '31 seats. 29 support, 0 undecided, 2 object. Blocking: France, Germany. Pivotal: France.',
    );
  });

  it('says none and lists who follows whom', () => {
    const seats = [seat('HU', 'Hungary', 'undecided', { follows: 'Türkiye' })];
    expect(describeSeats(seats)).toBe(
      '1 seat. 0 support, 1 undecided, 0 object. Blocking: none. Pivotal: none. Following: Hungary follows Türkiye.',
    );
  });
});

describe('seatLabel', () => {
  it('names the ally, its state and the action', () => {
    expect(seatLabel(seat('FR', 'France', 'object', { blocker: true }))).toBe(
      'France: object, blocking. Press Enter to change position.',
    );
    expect(seatLabel(seat('HU', 'Hungary', 'support', { pivotal: true, follows: 'Türkiye' }))).toBe(
      'Hungary: support, pivotal, follows Türkiye. Press Enter to change position.',
    );
  });
});

describe('describeMargins', () => {
  const m: MarginDatum = {
    id: 'allies',
    label: 'Allies not objecting',
    unit: 'allies',
    have: 29,
    possible: 29,
    quota: 31,
    total: 31,
    met: false,
  };
  const format = (v: number) => String(v);
  it('states each margin against its quota', () => {
    expect(describeMargin(m, format)).toBe('Allies not objecting: 29 of 31, needs 31: not met.');
    expect(describeMargin({ ...m, possible: 31 }, format)).toBe(
      'Allies not objecting: 29 of 31 (at best 31), needs 31: not met.',
    );
    expect(describeMargins([], format)).toBe('No thresholds to show.');
  });
  it('formats values in their unit', () => {
    const w: MarginDatum = {
      ...m,
      id: 'weight',
      label: 'Population in favour',
      unit: 'population',
      have: 5,
      possible: 5,
      quota: 6,
      total: 10,
      met: false,
    };
    expect(describeMargins([w], (v, u) => `${v} ${u}`)).toBe(
      'Population in favour: 5 population of 10 population, needs 6 population: not met.',
    );
  });
});

describe('describeVerdicts', () => {
  it('reads every rule in turn, marking the current one', () => {
    expect(
      describeVerdicts([
        {
          ruleId: 'nac',
          label: 'NAC consensus',
          status: 'blocked',
          reason: 'France and Germany object',
          current: true,
        },
        {
          ruleId: 'qmv',
          label: 'Qualified majority',
          status: 'passes',
          reason: '',
          current: false,
        },
      ]),
    ).toBe(
      'Under NAC consensus (current rule): blocked (France and Germany object). Under Qualified majority: passes.',
    );
  });
});
