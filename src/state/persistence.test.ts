import { describe, expect, it } from 'vitest';
import { memoryStorage } from '../../tests/support/catalog';
import { loadSaved, migrations, save, STORAGE_KEY, STORAGE_VERSION } from './persistence';

const table = {
  scenarioId: 'vilnius-2023',
  ruleId: 'qmv',
  changes: { FR: { position: 'support' as const }, HU: { p: 0.2 } },
};

describe('the working table in local storage', () => {
  it('round-trips a table and the sort order', () => {
    const storage = memoryStorage();
    save(storage, { table, sortBy: 'position' });
    expect(loadSaved(storage)).toEqual({ kind: 'ok', saved: { table, sortBy: 'position' } });
  });

  it('nothing saved is not an error', () => {
    expect(loadSaved(memoryStorage())).toEqual({ kind: 'none' });
  });

  it.each([
    ['not JSON', '{oops', /not valid JSON/],
    ['no version', '{"state":{}}', /no version/],
    ['a newer version', `{"version":${STORAGE_VERSION + 1},"state":{}}`, /newer version/],
    [
      'a wrong shape',
      '{"version":1,"state":{"table":{"scenarioId":"x","ruleId":"consensus","changes":[]}}}',
      /not a valid table/,
    ],
    [
      'a bad position',
      '{"version":1,"state":{"table":{"scenarioId":"x","ruleId":"y","changes":{"FR":{"position":"maybe"}}}}}',
      /not a valid table/,
    ],
    [
      'p out of range',
      '{"version":1,"state":{"table":{"scenarioId":"x","ruleId":"y","changes":{"FR":{"p":7}}}}}',
      /not a valid table/,
    ],
  ])('corrupt storage (%s) is reported, never thrown', (_, raw, reason) => {
    const r = loadSaved(memoryStorage({ [STORAGE_KEY]: raw }));
    expect(r.kind).toBe('corrupt');
    if (r.kind === 'corrupt') expect(r.reason).toMatch(reason);
  });

  it('a storage that throws is reported too', () => {
    const r = loadSaved({
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => undefined,
    });
    expect(r.kind).toBe('corrupt');
  });
});

describe('imported scenarios in storage (version 2)', () => {
  it('round-trip with the table', () => {
    const storage = memoryStorage();
    const imported = ['{"format":1,"id":"mine"}'];
    save(storage, { table, sortBy: 'table', imported });
    expect(loadSaved(storage)).toEqual({ kind: 'ok', saved: { table, sortBy: 'table', imported } });
  });

  it('migration 1 -> 2: a version-1 entry loads, with no imported scenarios', () => {
    const v1 = JSON.stringify({ version: 1, state: { table, sortBy: 'name' } });
    expect(migrations[1]?.({ table, sortBy: 'name' })).toEqual({
      table,
      sortBy: 'name',
      imported: [],
    });
    expect(loadSaved(memoryStorage({ [STORAGE_KEY]: v1 }))).toEqual({
      kind: 'ok',
      saved: { table, sortBy: 'name' },
    });
  });

  it.each([
    ['not a list', '"nope"'],
    ['not text', '[42]'],
    ['too many', JSON.stringify(Array.from({ length: 21 }, () => 'x'))],
  ])('a bad list of imports (%s) is reported as corrupt', (_, list) => {
    const raw = `{"version":2,"state":{"table":${JSON.stringify(table)},"imported":${list}}}`;
    expect(loadSaved(memoryStorage({ [STORAGE_KEY]: raw })).kind).toBe('corrupt');
  });
});
