import { describe, expect, it } from 'vitest';
import { shippedCatalog } from '../../tests/support/catalog';
import type { Loaded } from '../state/persistence';
import { bootState } from './boot';

const catalog = shippedCatalog();
const kept: Loaded = {
  kind: 'ok',
  saved: {
    table: {
      scenarioId: 'washington-2024',
      ruleId: 'qmv',
      changes: { SE: { position: 'object' } },
    },
    sortBy: 'name',
  },
};

describe('where the opening table comes from', () => {
  it('a share link wins over saved work, which is offered back', () => {
    const b = bootState(catalog, '#1/vilnius-2023/unanimity/FR=s', kept);
    expect(b.table).toEqual({
      scenarioId: 'vilnius-2023',
      ruleId: 'unanimity',
      changes: { FR: { position: 'support' } },
    });
    expect(b.notice).toMatchObject({
      kind: 'info',
      restore: kept.kind === 'ok' ? kept.saved.table : null,
    });
    expect(
      bootState(catalog, '#3/vilnius-2023/unanimity/FR=s/r=2', { kind: 'none' }).notice,
    ).toBeNull();
  });

  it('a link made on an earlier revision of the scenario says it was revised since, and how', () => {
    // Every format-1 link was made on revision 1: Vilnius 2023 has been revised since.
    const b = bootState(catalog, '#1/vilnius-2023/unanimity/FR=s', { kind: 'none' });
    expect(b.table).toEqual({
      scenarioId: 'vilnius-2023',
      ruleId: 'unanimity',
      changes: { FR: { position: 'support' } },
    });
    expect(b.notice?.kind).toBe('info');
    expect(b.notice?.message).toMatch(
      /made on revision 1 of “Vilnius summit, July 2023[^”]*”, which has been revised since: revision 2 \(3 Dec 2026\): /,
    );
    // A link from a newer copy of the simulator says that instead.
    expect(
      bootState(catalog, '#3/vilnius-2023/consensus//r=9', { kind: 'none' }).notice?.message,
    ).toMatch(/made on a newer revision .* \(revision 9\) than this simulator has \(revision 2\)/);
  });

  it('without a link, the saved table comes back', () => {
    expect(bootState(catalog, '', kept).table.scenarioId).toBe('washington-2024');
  });

  it('with neither, the Vilnius 2023 default', () => {
    expect(bootState(catalog, '', { kind: 'none' }).table).toEqual({
      scenarioId: 'vilnius-2023',
      ruleId: 'consensus',
      changes: {},
    });
  });

  it.each([
    '#1/vilnius-2023',
    '#9/vilnius-2023/consensus/',
    '#1/atlantis-1949/consensus/',
    '#1/vilnius-2023/consensus/SE=s',
    '#%%%',
  ])(
    'a damaged or unknown link (%s) gives a notice about the link and the default scenario, and offers the kept table back',
    (hash) => {
      const b = bootState(catalog, hash, kept);
      expect(b.table.scenarioId).toBe('vilnius-2023');
      expect(b.notice?.kind).toBe('link');
      expect(b.notice?.message).toMatch(/link/i);
      expect(b.notice?.restore?.scenarioId).toBe('washington-2024');
    },
  );

  it('corrupt storage gives a notice and the default scenario', () => {
    const b = bootState(catalog, '', { kind: 'corrupt', reason: 'it is not valid JSON' });
    expect(b.table.scenarioId).toBe('vilnius-2023');
    expect(b.notice).toMatchObject({ kind: 'storage' });
    expect(b.notice?.message).toMatch(/not valid JSON/);
  });
});

describe('a link with the presenter option opens in presenter mode', () => {
  it.each([
    ['#3/vilnius-2023/consensus//present=1', true],
    ['#3/vilnius-2023/unanimity/FR=s/r=2,present=1', true],
    ['#3/vilnius-2023/consensus//r=2,present=0', false],
    ['#3/vilnius-2023/consensus//r=2', false],
    ['#1/vilnius-2023/consensus/', false],
    ['', false],
    // A damaged link opens the default scenario in the editing view, with its notice.
    ['#3/no-such-scenario/consensus//present=1', false],
    ['#3/vilnius-2023/consensus//present=yes', false],
  ])('%s: presenting %s', (hash, presenting) => {
    expect(bootState(catalog, hash, kept).presenting).toBe(presenting);
  });

  it('saved work never opens in presenter mode', () => {
    expect(bootState(catalog, '', kept).presenting).toBe(false);
  });
});
