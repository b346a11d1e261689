// The English messages of the presenter's strip (its keys, its help), which load with that code rather than on the first visit
// (scripts/catalogs.ts). Every source file that declares messages of this part imports this module.
import english from '../compiled/presenter.en.json';
import { addEnglish } from '../intl';

addEnglish(english);
