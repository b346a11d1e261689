// The English messages of the explanation panels' (thresholds, power, timeline, comparison, summary) and their charts', which load with that code rather than on the first visit
// (scripts/catalogs.ts). Every source file that declares messages of this part imports this module.
import english from '../compiled/panels.en.json';
import { addEnglish } from '../intl';

addEnglish(english);
