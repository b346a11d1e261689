// The English messages of the Odds panel and its charts, which load when that panel is first
// opened rather than on the first visit (scripts/catalogs.ts). Every source file that declares
// messages of this part imports this module.
import english from '../compiled/odds.en.json';
import { addEnglish } from '../intl';

addEnglish(english);
