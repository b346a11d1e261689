// Opening the simulator with imported scenarios: carried by a link (format 2) or kept in storage.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shippedCatalog } from '../../tests/support/catalog';
import { FIXTURES } from '../../tests/support/fixtures';
import { encodeLink } from '../scenario/link';
import { parseScenario } from '../scenario/parse';
import type { Loaded } from '../state/persistence';
import { bootNeedsParser, bootState } from './boot';
import { loadScenarioParser } from './parser';
import { compactCopy } from './sync';

const catalog = shippedCatalog();
const golden = JSON.parse(readFileSync(join(FIXTURES, 'links/v2.json'), 'utf8')) as {
  links: { link: string }[];
};
const carrying = golden.links[1]!.link; // test-case, unanimity, FR=o, HU=u@0.25
const minimal = parseScenario(readFileSync(join(FIXTURES, 'scenarios/valid-minimal.yaml'), 'utf8'));
if (!minimal.ok) throw new Error('fixture is valid');
// The app has loaded the parser (and the writer with it) whenever it holds an imported scenario.
await loadScenarioParser();

describe('a link that carries a scenario', () => {
  it('needs the parser; a plain link or an empty start does not', () => {
    expect(bootNeedsParser(carrying, { kind: 'none' })).toBe(true);
    expect(bootNeedsParser('#1/vilnius-2023/consensus/', { kind: 'none' })).toBe(false);
    expect(bootNeedsParser('', { kind: 'none' })).toBe(false);
  });

  it('opens its scenario and table, and lists the scenario as imported', () => {
    const b = bootState(catalog, carrying, { kind: 'none' }, parseScenario);
    expect(b.imported.map((s) => s.id)).toEqual(['test-case']);
    expect(b.table).toEqual({
      scenarioId: 'test-case',
      ruleId: 'unanimity',
      changes: { FR: { position: 'object' }, HU: { position: 'undecided', p: 0.25 } },
    });
    expect(b.notice?.message).toMatch(/You opened a shared scenario, “A test case”/);
  });

  it.each([
    ['cut short', carrying.slice(0, -12)],
    ['changed', carrying.replace(/\/N4Ig/, '/N4Ih')],
    [
      'carrying an invalid scenario',
      `#${encodeLink({ scenario: 'x', rule: 'consensus', changes: {}, embedded: 'format: 1\nid: x\n' })}`,
    ],
    ['naming another scenario than it carries', carrying.replace('#2/test-case/', '#2/other/')],
    [
      'with an ally not at its table',
      `#${encodeLink({ scenario: 'test-case', rule: 'consensus', changes: { SE: { position: 'object' } }, embedded: compactCopy(minimal.value) })}`,
    ],
  ])('damaged (%s): the default scenario, with a notice', (_, hash) => {
    const b = bootState(catalog, hash, { kind: 'none' }, parseScenario);
    expect(b.table.scenarioId).toBe('vilnius-2023');
    expect(b.imported).toEqual([]);
    expect(b.notice?.kind).toBe('link');
    expect(b.notice?.message).toMatch(/Showing the default scenario instead/);
  });

  it('without the parser (it failed to load): the default scenario, with a notice', () => {
    const b = bootState(catalog, carrying, { kind: 'none' });
    expect(b.table.scenarioId).toBe('vilnius-2023');
    expect(b.notice?.message).toMatch(/could not be read/);
  });
});

describe('imported scenarios kept in storage', () => {
  const kept: Loaded = {
    kind: 'ok',
    saved: {
      table: {
        scenarioId: 'test-case',
        ruleId: 'consensus',
        changes: { FR: { position: 'object' } },
      },
      sortBy: 'table',
      imported: [compactCopy(minimal.value), '{"format":1,"id":"broken"}'],
    },
  };

  it('come back with the table; those that no longer validate are named', () => {
    const b = bootState(catalog, '', kept, parseScenario);
    expect(b.imported.map((s) => s.id)).toEqual(['test-case']);
    expect(b.imported[0]).toEqual(minimal.value);
    expect(b.table).toEqual(kept.kind === 'ok' ? kept.saved.table : null);
    expect(b.notice?.message).toMatch(
      /One imported scenario kept in this browser could not be restored/,
    );
  });

  it('without the parser (its chunk failed), they are set aside as they were, not dropped', () => {
    const b = bootState(catalog, '', kept);
    expect(b.imported).toEqual([]);
    expect(b.keptAside).toEqual(kept.kind === 'ok' ? kept.saved.imported : null);
    expect(b.table.scenarioId).toBe('vilnius-2023');
    expect(b.notice?.message).toMatch(
      /saved table could not be restored \(it is on an imported scenario that could not be opened now\).*The 2 imported scenarios kept in this browser could not be opened now .*they stay saved here/,
    );
    // With the parser, nothing is set aside.
    expect(bootState(catalog, '', kept, parseScenario).keptAside).toEqual([]);
  });

  it('a plain link to an imported scenario opens where it was imported', () => {
    const b = bootState(catalog, '#1/test-case/unanimity/', kept, parseScenario);
    expect(b.table).toEqual({ scenarioId: 'test-case', ruleId: 'unanimity', changes: {} });
  });
});
