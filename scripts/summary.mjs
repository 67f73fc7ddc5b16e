// Reads Vitest's JSON report and gives the closing counts. A test file that fails to load runs
// no test; it is counted as one failure so that it cannot pass unseen.
import { existsSync, readFileSync } from 'node:fs';

export const RESULTS = 'test-results/vitest.json';

/** `{ passed, failed }` from the report, or `undefined` when there is none. */
export function summarise(path = RESULTS) {
  if (!existsSync(path)) return undefined;
  const report = JSON.parse(readFileSync(path, 'utf8'));
  const unloaded = report.testResults.filter((file) => file.status === 'failed' && file.assertionResults.length === 0).length;
  return { passed: report.numPassedTests, failed: report.numFailedTests + unloaded };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const counts = summarise() ?? { passed: 0, failed: 1 };
  console.log(`${counts.passed} passed, ${counts.failed} failed`);
  process.exit(counts.failed === 0 && counts.passed > 0 ? 0 : 1);
}
