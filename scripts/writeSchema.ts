// Writes scenarios/scenario.schema.json from the validator, so editors complete and check files.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { scenarioJsonSchema } from '../src/scenario/schema';

const target = join(import.meta.dirname, '../scenarios/scenario.schema.json');
writeFileSync(target, `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`);
console.log(`wrote ${target}`);
