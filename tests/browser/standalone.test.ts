import { afterEach, describe, expect, it } from 'vitest';

/**
 * The newsroom case: a plain page with only the standalone script and the elements. Built by
 * `npm test` before the browser tests run. Two scripts serve it: the loader,
 * `dist/iraq-mission-charts.js`, which imports each element and its series from
 * `dist/standalone/` when its tag appears, and the single file, `dist/iraq-mission-charts.bundle.js`.
 *
 * The test server rewrites every dynamic `import()` it serves into a call to its own runner,
 * which a frame does not have; the frame's first script gives it back the plain `import()`. The
 * loader as served by a plain static server, under the strict CSP and from another origin, is
 * tested in tests/e2e/.
 */
const LOADER = '/dist/iraq-mission-charts.js';
const BUNDLE = '/dist/iraq-mission-charts.bundle.js';

const page = (body: string, scripts: string[]) => `<!doctype html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8">
<script>
  window.__vitest_browser_runner__ = { wrapDynamicImport: (load) => load() };
  window.__errors = [];
  addEventListener('error', (e) => __errors.push(String(e.message)));
  addEventListener('unhandledrejection', (e) => __errors.push(String(e.reason)));
  const error = console.error.bind(console);
  console.error = (...args) => { __errors.push(args.join(' ')); error(...args); };
</script>
${scripts.map((src) => `<script type="module" src="${src}"></script>`).join('\n')}
</head><body>${body}</body></html>`;

type Frame = Window & { __errors: string[] };

async function load(body: string, scripts = [LOADER, `${LOADER}?copy=2`]): Promise<Frame> {
  const frame = document.createElement('iframe');
  frame.style.height = '900px';
  frame.style.width = '1000px';
  document.body.append(frame);
  await new Promise<void>((resolve) => {
    frame.addEventListener('load', () => resolve(), { once: true });
    frame.srcdoc = page(body, scripts);
  });
  return frame.contentWindow as Frame;
}

const drawn = (root: ParentNode, tag: string) => (root.querySelector(tag) as HTMLElement | null)?.shadowRoot?.querySelector('svg[part="svg"]');
const points = (root: ParentNode, tag: string) => (root.querySelector(tag) as HTMLElement | null)?.shadowRoot?.querySelectorAll('circle.point').length ?? 0;

/** Waits (polling, up to 15 s on a loaded machine) until the condition holds, then checks it. */
async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 750 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 20));
  expect(check()).toBe(true);
}

/** The loader's chunks a frame has fetched, by file name. */
const fetchedChunks = (win: Window) =>
  [...new Set(win.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((p) => p.startsWith('/dist/standalone/')))].map((p) => p.slice('/dist/standalone/'.length)).sort();

/** What the loader build says a page fetches for a tag (dist/standalone/chunks.json). */
async function listed(tag: string, part: 'fetched' | 'arabic' = 'fetched'): Promise<string[]> {
  const list = (await (await fetch('/dist/standalone/chunks.json')).json()) as Record<'fetched' | 'arabic', Record<string, string[]>>;
  return list[part][tag]!.map((f) => f.replace(/^standalone\//, '')).sort();
}

const TAGS = ['troop-levels-chart', 'airstrikes-chart', 'casualties-chart', 'spending-chart', 'mission-timeline'];

afterEach(() => document.body.replaceChildren());

describe('the loader, dist/iraq-mission-charts.js, on a plain page', () => {
  it('draws a right-to-left chart with Arabic-Indic digits and cited sources, with no console error, when pasted twice', async () => {
    const win = await load('<troop-levels-chart lang="ar-IQ"></troop-levels-chart>');
    await until(() => points(win.document, 'troop-levels-chart') > 50);
    const root = win.document.querySelector('troop-levels-chart')!.shadowRoot!;
    expect(root.querySelector('.chart')!.getAttribute('dir')).toBe('rtl');
    expect(root.querySelector('[part="heading"]')!.textContent).toBe('القوات الأمريكية في العراق، ٢٠٠٣–٢٠٢٦');
    const years = [...root.querySelectorAll('[part~="axis-x"] text')].map((t) => t.textContent);
    expect(years.every((y) => /^[٠-٩]{4}$/.test(y ?? ''))).toBe(true);
    expect(root.querySelector('[part="footer"]')!.textContent).toContain('المصادر');
    expect(root.querySelector('[part="notice"]')).toBeNull();
    expect(win.__errors).toEqual([]);
  });

  it('fetches only the troop chart’s element and series for a page with one troop chart, each preloaded once though pasted twice', async () => {
    const win = await load('<troop-levels-chart></troop-levels-chart>');
    await until(() => points(win.document, 'troop-levels-chart') > 50);
    const expected = await listed('troop-levels-chart');
    // The page is in Arabic (`<html lang="ar">`): the chart imports the Arabic texts too, and no other.
    const arabic = await listed('troop-levels-chart', 'arabic');
    expect(arabic.map((f) => f.replace(/-[\w-]{8}\.js$/, ''))).toEqual(['i18n.ar']);
    expect(fetchedChunks(win)).toEqual([...expected, ...arabic].sort());
    expect(expected.some((f) => f.startsWith('airstrikes'))).toBe(false);
    // Everything but the element's own chunk, which the loader imports, is preloaded, once.
    const preloads = [...win.document.head.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map((l) => new URL(l.href).pathname);
    expect(preloads.length).toBe(new Set(preloads).size);
    expect(preloads.map((p) => p.replace('/dist/standalone/', '')).sort()).toEqual(expected.filter((f) => !/^troop-levels-chart-[\w-]{8}\.js$/.test(f)));
    expect(win.customElements.get('airstrikes-chart')).toBeUndefined();
    expect(win.__errors).toEqual([]);
  });

  it('loads a tag added after the page has loaded, alone or inside an added container, and only then', async () => {
    const win = await load('<p>No chart yet.</p>');
    await new Promise((resolve) => win.requestAnimationFrame(resolve));
    expect(win.customElements.get('spending-chart')).toBeUndefined();
    expect(fetchedChunks(win)).toEqual([]);
    win.document.body.append(win.document.createElement('spending-chart'));
    await until(() => points(win.document, 'spending-chart') > 0);
    const box = win.document.createElement('section');
    box.append(win.document.createElement('div'));
    box.firstElementChild!.append(win.document.createElement('casualties-chart'));
    win.document.body.append(box);
    await until(() => points(win.document, 'casualties-chart') > 0);
    expect(win.customElements.get('airstrikes-chart')).toBeUndefined();
    expect(fetchedChunks(win).some((f) => f.startsWith('airstrikes'))).toBe(false);
    expect(win.__errors).toEqual([]);
  });

  for (const lang of ['en', 'ar-IQ']) {
    it(`draws all six from the bundled data with no configuration, in ${lang}, with no console error`, async () => {
      const body = [...TAGS, 'mission-dashboard'].map((tag) => `<${tag} lang="${lang}"></${tag}>`).join('\n');
      const win = await load(body);
      await until(() => TAGS.every((tag) => points(win.document, tag) > 0));
      for (const tag of TAGS) {
        const root = (win.document.querySelector(tag) as HTMLElement).shadowRoot!;
        expect(root.querySelector('.chart')!.getAttribute('dir'), tag).toBe(lang === 'en' ? 'ltr' : 'rtl');
      }
      const dashboard = () => win.document.querySelector('mission-dashboard')!.shadowRoot!;
      await until(() => !!win.document.querySelector('mission-dashboard')!.shadowRoot && TAGS.every((tag) => drawn(dashboard(), tag) && points(dashboard(), tag) > 0));
      expect(win.__errors).toEqual([]);
    });
  }
});

describe('the single file, dist/iraq-mission-charts.bundle.js', () => {
  it('draws all six with everything inside: no chunk fetched, no console error, harmless when pasted twice and next to the loader', async () => {
    const body = [...TAGS, 'mission-dashboard'].map((tag) => `<${tag} lang="ar-IQ"></${tag}>`).join('\n');
    const win = await load(body, [BUNDLE, `${BUNDLE}?copy=2`]);
    await until(() => TAGS.every((tag) => points(win.document, tag) > 0));
    const dashboard = () => win.document.querySelector('mission-dashboard')!.shadowRoot!;
    await until(() => TAGS.every((tag) => points(dashboard(), tag) > 0));
    expect(fetchedChunks(win)).toEqual([]);
    expect(win.__errors).toEqual([]);
  });

  it('defines every element up front, before any tag is on the page', async () => {
    const win = await load('', [BUNDLE, LOADER]);
    await until(() => !!win.customElements.get('mission-dashboard'));
    expect([...TAGS, 'mission-dashboard'].filter((tag) => !win.customElements.get(tag))).toEqual([]);
    win.document.body.append(win.document.createElement('troop-levels-chart'));
    await until(() => points(win.document, 'troop-levels-chart') > 50);
    expect(win.__errors).toEqual([]);
  });
});
