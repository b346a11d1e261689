// Writes the message catalogs (scripts/catalogs.ts): the English sources extracted from the code
// by part, every compiled catalog, and the allies' French names from CLDR.
import { writeCatalogs } from './catalogs';

try {
  writeCatalogs();
} catch (e) {
  // What is wrong with the messages (an id two parts declare), without a stack trace.
  process.stderr.write(`npm run i18n: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
}
console.log('wrote src/words/messages/*.en.json and src/words/compiled/');
