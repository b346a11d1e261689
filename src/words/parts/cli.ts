// The English messages of the command line (src/cli/), which the page never loads (scripts/catalogs.ts).
// Every source file that declares messages of this part imports this module.
import english from '../compiled/cli.en.json';
import { addEnglish } from '../intl';

addEnglish(english);
