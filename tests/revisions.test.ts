// Share links already handed out name a scenario (and, from format 3, its revision). A shipped
// scenario that changes must say so with a `revisions:` entry, so that an old link opens with a
// notice instead of silently showing another table. This test notices a change that forgot to.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shippedCatalog } from './support/catalog';
import { FIXTURES } from './support/fixtures';
import { fingerprint } from './support/fingerprint';

const recorded = JSON.parse(
  readFileSync(join(FIXTURES, 'scenario-revisions.json'), 'utf8'),
) as Record<string, { revision: number; fingerprint: string }>;

describe('a shipped scenario that changes is revised, so old links can say so', () => {
  it.each(shippedCatalog().map((s) => [s.id, s] as const))('%s', (id, scenario) => {
    const now = { revision: scenario.revision, fingerprint: fingerprint(scenario) };
    expect(
      now,
      `${id} is not what revision ${recorded[id]?.revision ?? '?'} recorded. If you changed the scenario (or the data or rules it uses), add a revisions: entry to its file saying what changed, then record ${JSON.stringify(now)} in tests/fixtures/scenario-revisions.json.`,
    ).toEqual(recorded[id]);
  });
});
