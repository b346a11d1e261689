// The English messages of the class room's (the teacher's panel, the student's phone), which load with that code rather than on the first visit
// (scripts/catalogs.ts). Every source file that declares messages of this part imports this module.
import english from '../compiled/room.en.json';
import { addEnglish } from '../intl';

addEnglish(english);
