/**
 * The loader, `dist/iraq-mission-charts.js`, for a newsroom's `<script type="module">`. It
 * defines nothing up front: it watches the page (the document, and everything added to it later)
 * for the library's tags, and when one appears imports that element's chunk, next to it in
 * `standalone/`, resolved against the loader's own URL, with `<link rel="modulepreload">` for
 * what it imports (Lit, d3, the shared core) and for its series' chunks, so that they are all
 * fetched in parallel rather than one import after another. A page thus pays for the charts it shows. Loaded twice (the script pasted
 * twice, even with different query strings) it watches once; in the `<head>`, before the body
 * exists, it sees the body's charts as they are parsed. A chart inside another element's shadow
 * root is that element's to load (`<mission-dashboard>` loads its own).
 */
// The registry's tags and their element modules, written by the build (vite.config.ts).
import { elements } from 'virtual:imc-elements';

/** What each tag's chunk imports, written in by the build: paths relative to this file. */
declare const __IMC_PRELOAD__: Readonly<Record<string, readonly string[]>>;
const PRELOAD: Readonly<Record<string, readonly string[]>> = typeof __IMC_PRELOAD__ === 'object' ? __IMC_PRELOAD__ : {};

type Tag = keyof typeof elements;
const TAGS = Object.keys(elements) as Tag[];

const started = new Set<string>();
const preloaded = new Set<string>();

function preload(tag: Tag): void {
  const head = document.head ?? document.documentElement;
  for (const path of PRELOAD[tag] ?? []) {
    const href = new URL(path, import.meta.url).href;
    if (preloaded.has(href)) continue;
    preloaded.add(href);
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = href;
    head.append(link);
  }
}

/**
 * Imports a tag's element, once, and preloads what it imports and the chunks of the series it
 * draws (the dashboard: every series), which the element imports as it first renders.
 */
function load(tag: Tag): void {
  if (started.has(tag)) return;
  started.add(tag);
  preload(tag);
  // A failed import is the element's to report when it runs; the loader tries again for the next tag it sees.
  elements[tag]().catch((error: unknown) => {
    started.delete(tag);
    console.error(`iraq-mission-charts: <${tag}> could not be loaded.`, error);
  });
}

const selector = TAGS.join(',');

function scan(root: ParentNode): void {
  for (const tag of TAGS) if (!started.has(tag) && root.querySelector(tag)) load(tag);
}

function watch(): void {
  scan(document);
  new MutationObserver((records) => {
    if (started.size === TAGS.length) return;
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (!(node instanceof Element)) continue;
        const name = node.localName as Tag;
        if (TAGS.includes(name)) load(name);
        if (node.firstElementChild && node.querySelector(selector)) scan(node);
      }
    }
  }).observe(document, { childList: true, subtree: true });
}

// One loader a page, however many times the script is pasted.
const KEY = Symbol.for('iraq-mission-charts.loader');
const global = globalThis as { [KEY]?: true };
if (typeof document !== 'undefined' && !global[KEY]) {
  global[KEY] = true;
  watch();
}
