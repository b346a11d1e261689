import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { SCENARIOS } from '../../tests/support/fixtures';
import { scenarioJsonSchema } from './schema';

it('the checked-in JSON Schema matches the validator (run npm run schema if not)', () => {
  const onDisk = JSON.parse(
    readFileSync(join(SCENARIOS, 'scenario.schema.json'), 'utf8'),
  ) as unknown;
  expect(onDisk).toEqual(scenarioJsonSchema());
});
