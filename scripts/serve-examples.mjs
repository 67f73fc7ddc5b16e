// `npm run examples`: serves the example pages under the strict Content-Security-Policy a
// newsroom would use, to show that the standalone bundle needs nothing more. No dependencies.
//   /              an index of the example pages
//   /examples/...  files in examples/
//   /dist/...      files in dist/ (run `npm run build` first)
// /favicon.ico is an empty 204 (browsers ask for it unprompted); anything else is a 404. Port from PORT, else 8080. `startServer(0)` picks a free port (tests).
import { existsSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The policy every response carries: nothing inline, nothing from elsewhere. */
export const CSP = "default-src 'self'; script-src 'self'; style-src 'self'";

/** Folders served, by URL prefix. */
const MOUNTS = {
  '/examples/': path.join(ROOT, 'examples'),
  '/dist/': path.join(ROOT, 'dist'),
};

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

/** Titles of the pages the index lists first; any other page in examples/ follows by file name. */
const PAGES = {
  'en-article.html': 'English article: a chart in the text, a full-width section and a sidebar',
  'ar-article.html': 'مقال بالعربية: رسم في النص، وقسم بعرض الصفحة، وعمود جانبي',
  'head-script.html': 'The only script in <head> (a CMS that strips scripts from the body)',
};

const escapeHtml = (text) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

async function indexPage() {
  const files = (await readdir(MOUNTS['/examples/'])).filter((f) => f.endsWith('.html'));
  const known = Object.keys(PAGES).filter((f) => files.includes(f));
  const others = files.filter((f) => !(f in PAGES)).sort();
  const items = [...known, ...others]
    .map((f) => `<li><a href="/examples/${encodeURIComponent(f)}">${escapeHtml(PAGES[f] ?? f)}</a></li>`)
    .join('\n      ');
  const distNote = existsSync(path.join(MOUNTS['/dist/'], 'iraq-mission-charts.js'))
    ? ''
    : '\n    <p><strong>dist/iraq-mission-charts.js is missing: run <code>npm run build</code>.</strong></p>';
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>iraq-mission-charts · examples</title>
    <link rel="stylesheet" href="/examples/article.css">
  </head>
  <body>
    <main class="index">
    <h1>iraq-mission-charts examples</h1>
    <p>Each page loads only <code>/dist/iraq-mission-charts.js</code>, under <code>${escapeHtml(CSP)}</code>.</p>${distNote}
    <ul>
      ${items}
    </ul>
    </main>
  </body>
</html>
`;
}

/** The file a URL path names inside a mount, or undefined when it names none (or escapes it). */
function resolveFile(pathname) {
  for (const [prefix, dir] of Object.entries(MOUNTS)) {
    if (!pathname.startsWith(prefix)) continue;
    let relative;
    try {
      relative = decodeURIComponent(pathname.slice(prefix.length));
    } catch {
      return undefined;
    }
    if (relative.includes('\0')) return undefined;
    const file = path.resolve(dir, relative);
    return file.startsWith(dir + path.sep) ? file : undefined;
  }
  return undefined;
}

function send(response, status, type, body, head) {
  response.writeHead(status, {
    'Content-Type': type,
    'Content-Length': Buffer.byteLength(body),
    'Content-Security-Policy': CSP,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
  });
  response.end(head ? undefined : body);
}

async function handle(request, response) {
  const head = request.method === 'HEAD';
  if (request.method !== 'GET' && !head) {
    response.setHeader('Allow', 'GET, HEAD');
    return send(response, 405, 'text/plain; charset=utf-8', 'Method not allowed\n', head);
  }
  const { pathname } = new URL(request.url ?? '/', 'http://localhost');
  if (pathname === '/' || pathname === '/index.html') {
    return send(response, 200, TYPES['.html'], await indexPage(), head);
  }
  if (pathname === '/favicon.ico') {
    // Browsers ask for it on their own; "no icon" keeps a 404 out of every page's console.
    response.writeHead(204, { 'Content-Security-Policy': CSP, 'Cache-Control': 'no-store' });
    return response.end();
  }
  const file = resolveFile(pathname);
  const type = file && TYPES[path.extname(file).toLowerCase()];
  if (file && type) {
    try {
      if ((await stat(file)).isFile()) return send(response, 200, type, await readFile(file), head);
    } catch {
      // missing: a 404 below
    }
  }
  return send(response, 404, 'text/plain; charset=utf-8', `Not found: ${pathname}\n`, head);
}

/** Starts the server on `port` (0: a free one) of 127.0.0.1; resolves to its URL and a close function. */
export function startServer(port = 0) {
  const server = createServer((request, response) => {
    handle(request, response).catch(() => {
      if (!response.headersSent) send(response, 500, 'text/plain; charset=utf-8', 'Server error\n', false);
      else response.destroy();
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const { port: bound } = server.address();
      resolve({
        url: `http://127.0.0.1:${bound}/`,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections?.();
            server.close(() => done());
          }),
      });
    });
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.env.PORT ?? 8080);
  const { url } = await startServer(Number.isInteger(port) && port >= 0 ? port : 8080);
  if (!existsSync(path.join(MOUNTS['/dist/'], 'iraq-mission-charts.js'))) {
    console.warn('dist/iraq-mission-charts.js is missing: run `npm run build` first.');
  }
  console.log(`Examples: ${url}`);
}
