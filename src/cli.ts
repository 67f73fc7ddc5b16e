import { execFileSync } from 'node:child_process';
import { accessSync, constants, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parseCsv } from './data/csv.js';
import { validateCommand } from './data/validate-file.js';
import { renderToHtml } from './static/render-to-html.js';
import { CHART_NAMES, renderToSvgWithIssues } from './static/render-to-svg.js';

const USAGE = `Usage: iraq-mission-charts render <chart> [options] > chart.svg
       iraq-mission-charts validate <file.csv|file.json> [--lang ar]   check a figures file: exit code 1 on an error

Charts: ${CHART_NAMES.join(', ')}

Options:
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

function readData(file: string): unknown {
  const text = readFileSync(file, 'utf8');
  return /\.json$/i.test(file) || /^\s*[[{]/.test(text) ? JSON.parse(text) : parseCsv(text);
}

/** Runs the command line; returns the exit code. */
export function main(argv: string[], out: NodeJS.WritableStream = process.stdout, err: NodeJS.WritableStream = process.stderr): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
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
      },
    });
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
