// Counts what a recording run of the layout lint found, by rule, chart, width, language and story:
//   LAYOUT_LINT_RECORD=1 npx vitest run --project 'stories en light' --project 'stories ar dark'
//   node tests/layout/report.mjs                 # counts, then every problem with its text and position
//   node tests/layout/report.mjs --write-known   # also rewrites tests/layout/known-problems.json from it
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = 'test-results/layout';
const runs = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')));
const problems = runs.flatMap((r) => r.problems.map((p) => ({ ...p, story: r.story, lang: r.lang })));

function count(by) {
  const counts = new Map();
  for (const p of problems) counts.set(by(p), (counts.get(by(p)) ?? 0) + 1);
  return [...counts].sort((a, b) => String(a[0]).localeCompare(String(b[0]), 'en', { numeric: true }));
}
const table = (title, rows) => [`${title}:`, ...rows.map(([k, n]) => `  ${String(n).padStart(5)}  ${k}`)].join('\n');

const out = [
  `${problems.length} problems in ${runs.length} story runs (${new Set(runs.map((r) => r.story)).size} stories × ${new Set(runs.map((r) => r.lang)).size} languages, 5 widths)`,
  table('by rule', count((p) => p.rule)),
  table('by chart', count((p) => p.chart)),
  table('by width', count((p) => p.width)),
  table('by language', count((p) => p.lang)),
  table('by rule and chart', count((p) => `${p.rule} <${p.chart}>`)),
  table('by story', count((p) => p.story)),
  'every problem:',
  ...problems.map((p) => `  ${p.story} ${p.lang} ${p.width}px [${p.rule}] <${p.chart}> ${p.message}`),
].join('\n\n');
console.log(out);

if (process.argv.includes('--write-known')) {
  const known = { problems: problems.map((p) => p.key).sort() };
  writeFileSync('tests/layout/known-problems.json', `${JSON.stringify(known, null, 1)}\n`);
  console.error(`tests/layout/known-problems.json: ${known.problems.length} known problems`);
}
