// Sums the test runners' JSON reports in a folder: prints "passed failed skipped".
// Vitest: numPassedTests/numFailedTests/numPendingTests/numTodoTests.
// Playwright: stats.expected/unexpected/flaky/skipped.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2] ?? 'reports';
let passed = 0;
let failed = 0;
let skipped = 0;
let reports = 0;
for (const name of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
  const r = JSON.parse(readFileSync(join(dir, name), 'utf8'));
  reports++;
  if (typeof r.numPassedTests === 'number') {
    passed += r.numPassedTests;
    failed += r.numFailedTests + (r.numRuntimeErrorTestSuites ?? 0);
    skipped += (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
  } else if (r.stats) {
    passed += r.stats.expected + (r.stats.flaky ?? 0);
    failed += r.stats.unexpected + (r.errors?.length ?? 0);
    skipped += r.stats.skipped ?? 0;
  }
}
if (reports === 0) {
  console.error(`no test report found in ${dir}`);
  process.exit(1);
}
console.log(`${passed} ${failed} ${skipped}`);
