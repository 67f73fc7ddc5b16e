// `npm test`: every check, in the order a failure is cheapest to read.
// Chromium first (found or installed, never downloaded by a test tool), then the manifest, the
// type check and the build (the size budgets and the standalone-page test read dist/), then
// every Vitest project: unit tests in Node, element tests and stories in Chromium.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { findChromium } from './chromium.mjs';
import { RESULTS, summarise } from './summary.mjs';

const env = { ...process.env, CHROMIUM_PATH: findChromium() };
rmSync(RESULTS, { force: true });

function step(title, command, args) {
  console.log(`\n▶ ${title}`);
  try {
    execFileSync(command, args, { stdio: 'inherit', env });
  } catch {
    console.error(`\n✗ ${title} failed.`);
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
}

step('custom-elements.json', 'npx', ['cem', 'analyze', '--litelement', '--quiet', '--globs', 'src/components/**/*.ts']);
step('type check', 'npx', ['tsc', '--noEmit', '-p', '.']);
step('build', 'node', ['scripts/build.mjs']);

console.log('\n▶ tests');
mkdirSync('test-results', { recursive: true });
const run = spawnSync(
  'npx',
  ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${RESULTS}`, ...process.argv.slice(2)],
  { stdio: 'inherit', env },
);

const counts = summarise() ?? { passed: 0, failed: 1 };
const failed = counts.failed || (run.status === 0 ? 0 : 1);
console.log(`\n${counts.passed} passed, ${failed} failed`);
process.exit(run.status === 0 && failed === 0 && counts.passed > 0 ? 0 : 1);
