// Writes src/words/data/allyNames.fr.json: the allies' French names from CLDR (scripts/allyNames.ts).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { allyNamesText } from './allyNames';

const target = join(import.meta.dirname, '../src/words/data/allyNames.fr.json');
writeFileSync(target, allyNamesText());
console.log(`wrote ${target}`);
