// Writes the message catalogs (scripts/catalogs.ts): the English sources extracted from the code
// by part, every compiled catalog, and the allies' French names from CLDR.
import { writeCatalogs } from './catalogs';

writeCatalogs();
console.log('wrote src/words/messages/*.en.json and src/words/compiled/');
