import { execFileSync } from 'node:child_process';
import { accessSync, constants, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parseCsv } from './data/csv.js';
import { attributeName, optionEntries, type OptionDeclaration } from './components/core/chart-spec.js';
import { CHARTS, findChart, shortName } from './components/registry.js';
import { validateCommand } from './data/validate-file.js';
import { renderToHtml } from './static/render-to-html.js';
import { renderToSvgWithIssues } from './static/render-to-svg.js';

/** Every chart's own options, by key: a flag or a word, as their declarations say. */
const OWN_OPTIONS = new Map<string, OptionDeclaration>(CHARTS.flatMap((entry) => optionEntries(entry.spec.options)));

/** How `--help` shows one chart: its own options with their values and defaults. */
function chartUsage(entry: (typeof CHARTS)[number]): string {
  const defaults = Object.entries(entry.spec.defaults).map(([key, value]) => `--${attributeName(key)} ${value}`);
  const head = `  ${shortName(entry.tag)}${defaults.length ? ` (by default ${defaults.join(', ')})` : ''}`;
  const lines = optionEntries(entry.spec.options).map(([key, declaration]) => {
    const flag = 'flag' in declaration ? `--${attributeName(key)}` : `--${attributeName(key)} <${declaration.values.join('|')}>`;
    const fallback = 'flag' in declaration ? '' : `; default ${declaration.default}`;
    return `    ${flag.padEnd(34)} ${declaration.description}${fallback}`;
  });
  return [head, ...(lines.length ? lines : ['    (no options of its own)'])].join('\n');
}

const USAGE = `Usage: iraq-mission-charts render <chart> [options] > chart.svg
       iraq-mission-charts validate <file.csv|file.json> [--lang ar]   check a figures file: exit code 1 on an error

Charts and their own options:
${CHARTS.map(chartUsage).join('\n')}

Options of every chart:
  --lang <tag>             language (en, ar, ar-IQ, ar-EG, …); default en
  --theme <light|dark>     default light
  --width <px>             width of the image; default 640
  --from <year>, --to <year>
  --annotations <none|key|all>
  --numerals <latn|arab>
  --time-direction <auto|ltr|rtl>
  --heading <text>, --description <text>
  --now <YYYY-MM-DD>       what counts as today
  --data <file>            your own data, JSON or CSV
  --png                    a PNG instead of SVG (needs Chromium: CHROMIUM_PATH or /usr/bin/chromium)
  --html                   the element with a declarative shadow root holding the drawing,
                           to paste into a page that may have no JavaScript
  --out <file>             write to a file instead of standard output
`;

function chromium(): string {
  for (const candidate of [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']) {
    if (!candidate) continue;
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // try the next one
    }
  }
  throw new Error('--png needs Chromium: install it (Debian: apt-get install chromium fonts-noto-core) or set CHROMIUM_PATH.');
}

/** A PNG of the SVG at its own size, taken by headless Chromium. */
function toPng(svg: string): Buffer {
  const width = Number(/width="(\d+)"/.exec(svg)![1]);
  const height = Number(/height="(\d+)"/.exec(svg)![1]);
  const dir = mkdtempSync(path.join(tmpdir(), 'imc-png-'));
  try {
    const file = path.join(dir, 'chart.svg');
    const out = path.join(dir, 'chart.png');
    writeFileSync(file, svg);
    const flags = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--hide-scrollbars', '--no-first-run'];
    execFileSync(chromium(), [...flags, `--screenshot=${out}`, `--window-size=${width},${height}`, `file://${file}`], { stdio: 'ignore' });
    return readFileSync(out);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The command line's options shared by every chart, and the output's. */
const SHARED_OPTIONS = {
  lang: { type: 'string' },
  theme: { type: 'string' },
  width: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  annotations: { type: 'string' },
  numerals: { type: 'string' },
  'time-direction': { type: 'string' },
  heading: { type: 'string' },
  description: { type: 'string' },
  now: { type: 'string' },
  data: { type: 'string' },
  png: { type: 'boolean' },
  html: { type: 'boolean' },
  out: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Each chart's own options: `--compact`, `--mode <value>`… */
const CHART_OPTIONS: Record<string, { type: 'string' | 'boolean' }> = Object.fromEntries(
  [...OWN_OPTIONS].map(([key, declaration]) => [attributeName(key), { type: 'flag' in declaration ? 'boolean' : 'string' }]),
);

function readData(file: string): unknown {
  const text = readFileSync(file, 'utf8');
  return /\.json$/i.test(file) || /^\s*[[{]/.test(text) ? JSON.parse(text) : parseCsv(text);
}

/**
 * The chart's own options from the command line, by key; an option of another chart is said
 * to be ignored, as the element ignores an attribute it does not have.
 */
function ownOptions(name: string, values: Record<string, unknown>, err: NodeJS.WritableStream): Record<string, unknown> {
  const entry = findChart(name);
  const own: Record<string, unknown> = {};
  for (const key of OWN_OPTIONS.keys()) {
    const value = values[attributeName(key)];
    if (value === undefined) continue;
    if (entry && key in entry.spec.options) own[key] = value;
    else if (entry) err.write(`warning: ${shortName(entry.tag)} has no option --${attributeName(key)}; ignored.\n`);
  }
  return own;
}

/** Runs the command line; returns the exit code. */
export function main(argv: string[], out: NodeJS.WritableStream = process.stdout, err: NodeJS.WritableStream = process.stderr): number {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { ...CHART_OPTIONS, ...SHARED_OPTIONS } });
  } catch (error) {
    err.write(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (positionals[0] === 'validate' && positionals[1] && !values.help) return validateCommand(positionals[1], values.lang, out, err);
  if (values.help || positionals[0] !== 'render' || !positionals[1]) {
    (values.help ? out : err).write(USAGE);
    return values.help ? 0 : 2;
  }
  try {
    const width = values.width === undefined ? undefined : Number(values.width);
    if (width !== undefined && !(width > 0)) throw new Error(`--width must be a number of pixels, not "${values.width}".`);
    const options = {
      lang: values.lang,
      theme: values.theme,
      width,
      from: values.from,
      to: values.to,
      annotations: values.annotations,
      numerals: values.numerals,
      timeDirection: values['time-direction'],
      heading: values.heading,
      description: values.description,
      now: values.now,
      data: values.data === undefined ? undefined : readData(values.data),
      ...ownOptions(positionals[1], values, err),
    };
    const { svg, issues } = renderToSvgWithIssues(positionals[1], options);
    for (const issue of issues) {
      const where = issue.row >= 0 ? `row ${issue.row + 1}, ${issue.field}: ` : '';
      err.write(`${issue.severity}: ${where}${issue.message.en}\n`);
    }
    const body = values.png ? toPng(svg) : values.html ? renderToHtml(positionals[1], options) : svg;
    if (values.out) writeFileSync(values.out, body);
    else out.write(body);
    return 0;
  } catch (error) {
    err.write(`${(error as Error).message}\n`);
    return 1;
  }
}
