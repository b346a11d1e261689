/**
 * Limits of the scenario boundary, in a module of their own so that the app can check a file's
 * size before it loads the (lazy) parser.
 */
import { formatNumber } from './number';
import type { Problem } from './model';

/** Files above this size are refused before they are parsed. */
export const MAX_SCENARIO_BYTES = 1_000_000;

/** The problem reported for a file over the limit, worded as the command line words it. */
export const tooLargeProblem = (bytes: number): Problem => ({
  line: 1,
  column: 1,
  message: `file is ${formatNumber(bytes)} bytes; scenario files are limited to 1 MB`,
});
