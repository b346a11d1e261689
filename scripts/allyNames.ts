/**
 * The allies' names in French, from CLDR through Node's Intl.DisplayNames, for
 * src/words/data/allyNames.fr.json (npm run i18n writes it; a unit test checks it is current).
 * Generated ahead so that no page pays for Intl.DisplayNames and its locale data at start-up.
 * Türkiye keeps the name the country asked for in 2022 (as the English does), whatever the
 * CLDR version on the machine says.
 */
import { NATO_ALLIES } from '../src/engine/members';

/** Names CLDR does not give as the project writes them. */
const KEPT: Readonly<Record<string, string>> = { TR: 'Türkiye' };

/** The file's text: `{ "AL": "Albanie", ... }`, by ISO code in code order, and a newline. */
export function allyNamesText(): string {
  const names = new Intl.DisplayNames(['fr'], { type: 'region' });
  const out: Record<string, string> = {};
  for (const id of NATO_ALLIES.map((m) => m.id as string).sort())
    out[id] = KEPT[id] ?? names.of(id) ?? id;
  return `${JSON.stringify(out, null, 2)}\n`;
}
