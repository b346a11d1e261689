// The English messages of the exercises' (the panel, the student's card, the worksheet), which load with that code rather than on the first visit
// (scripts/catalogs.ts). Every source file that declares messages of this part imports this module.
import english from '../compiled/exercises.en.json';
import { addEnglish } from '../intl';

addEnglish(english);
