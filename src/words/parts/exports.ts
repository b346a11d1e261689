// The English messages of the downloads (the table of allies as CSV), which load with that code rather than on the first visit
// (scripts/catalogs.ts). Every source file that declares messages of this part imports this module.
import english from '../compiled/exports.en.json';
import { addEnglish } from '../intl';

addEnglish(english);
