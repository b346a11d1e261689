/**
 * Limits of the scenario boundary, in a module of their own so that the app can check a file's
 * size before it loads the (lazy) parser.
 */
import { formatNumber } from './number';
import type { Problem } from './model';

/** Files above this size are refused before they are parsed. */
export const MAX_SCENARIO_BYTES = 1_000_000;

/**
 * Collections inside collections the reader accepts. A scenario file needs about 6; the YAML
 * reader builds documents recursively, and 1,000 nested `[` once exhausted its stack.
 */
export const MAX_NESTING = 32;

/**
 * Values (keys, list items, texts and numbers) the reader accepts in one file. A shipped scenario
 * holds about 200. The YAML reader builds a tree for every one of them: past this many, a 1 MB file
 * could hold it for seconds (half a million list items took 4 s here), so the file is refused
 * as soon as the count is passed.
 */
export const MAX_VALUES = 10_000;

/**
 * Members a custom body may have: the UN General Assembly's 193 with room to spare. Power,
 * odds and the layout are exact and measured up to here (npm run bench, bench:browser).
 */
export const MAX_BODY_MEMBERS = 250;

/** Problems listed for one file (command line and app); the rest are counted, not shown. */
export const MAX_PROBLEMS_SHOWN = 200;

/** The problem reported for a file over the limit, worded as the command line words it. */
export const tooLargeProblem = (bytes: number): Problem => ({
  line: 1,
  column: 1,
  message: `file is ${formatNumber(bytes)} bytes; scenario files are limited to 1 MB`,
});

/** The problems to list, and the line that counts the rest ("… and 73,800 more"), if any. */
export function problemsShown(problems: readonly Problem[]): {
  shown: readonly Problem[];
  more: string | null;
} {
  const hidden = problems.length - MAX_PROBLEMS_SHOWN;
  return hidden > 0
    ? { shown: problems.slice(0, MAX_PROBLEMS_SHOWN), more: `… and ${formatNumber(hidden)} more` }
    : { shown: problems, more: null };
}
