// Builds dist/: per-element ES modules, the standalone loader and its chunks, the single-file
// bundle, and the type declarations.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { runnerImport } from 'vite';

const run = (command, args, env = {}) =>
  execFileSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });

// One module per registered chart: the registry is TypeScript, read through Vite's module runner.
// The runner sets NODE_ENV to development, which would put Lit's development build in the bundles.
const nodeEnv = process.env.NODE_ENV;
const { module: registry } = await runnerImport('./src/components/registry.ts');
const charts = JSON.stringify(registry.CHARTS.map((entry) => entry.tag));
if (nodeEnv === undefined) delete process.env.NODE_ENV;
else process.env.NODE_ENV = nodeEnv;

// Each series' first-paint and details modules, written from the record files (a no-op when current).
run('node', ['scripts/series-split.mjs']);

rmSync('dist', { recursive: true, force: true });
run('npx', ['vite', 'build', '--logLevel', 'warn'], { BUILD: 'modules', IMC_CHARTS: charts });
run('npx', ['vite', 'build', '--logLevel', 'warn'], { BUILD: 'standalone', IMC_CHARTS: charts });
run('npx', ['vite', 'build', '--logLevel', 'warn'], { BUILD: 'bundle' });
run('npx', ['tsc', '-p', 'tsconfig.build.json']);
