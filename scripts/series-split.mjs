// Writes src/data/series/parts/ from the record files (src/data/*.ts): each series' first-paint
// part and its details, and the events' (src/data/series/split.ts says what goes where).
// `node scripts/series-split.mjs`; scripts/build.mjs runs it first, and
// tests/unit/series-split.test.ts fails when parts/ is not what it would write.
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runnerImport } from 'vite';

const dir = 'src/data/series/parts';
// The module runner sets NODE_ENV to development; the builds that follow read it.
const nodeEnv = process.env.NODE_ENV;
const { module } = await runnerImport('./src/data/series/split.ts');
if (nodeEnv === undefined) delete process.env.NODE_ENV;
else process.env.NODE_ENV = nodeEnv;

const files = module.partModules();
mkdirSync(dir, { recursive: true });
let written = 0;
for (const [name, text] of Object.entries(files)) {
  const file = path.join(dir, name);
  if (existsSync(file) && readFileSync(file, 'utf8') === text) continue;
  writeFileSync(file, text);
  written++;
}
for (const name of readdirSync(dir)) if (!(name in files)) rmSync(path.join(dir, name));
if (written) console.log(`series-split: wrote ${written} of ${Object.keys(files).length} modules in ${dir}.`);
