// Builds dist/: per-element ES modules, the standalone bundle, and the type declarations.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';

const run = (command, args, env = {}) =>
  execFileSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });

rmSync('dist', { recursive: true, force: true });
run('npx', ['vite', 'build', '--logLevel', 'warn'], { BUILD: 'modules' });
run('npx', ['vite', 'build', '--logLevel', 'warn'], { BUILD: 'standalone' });
run('npx', ['tsc', '-p', 'tsconfig.build.json']);
