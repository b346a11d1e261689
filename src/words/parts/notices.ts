// The English messages of the notices' (a link, saved work, a language or the class room that did not load), which load with the first notice rather than on the first visit
// (scripts/catalogs.ts). Every source file that declares messages of this part imports this module.
import english from '../compiled/notices.en.json';
import { addEnglish } from '../intl';

addEnglish(english);
