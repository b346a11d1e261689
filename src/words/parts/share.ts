// The English messages of More ways to share (the presenter link, the embed code and their notices), which load with that panel rather than on the first visit
// (scripts/catalogs.ts). Every source file that declares messages of this part imports this module.
import english from '../compiled/share.en.json';
import { addEnglish } from '../intl';

addEnglish(english);
