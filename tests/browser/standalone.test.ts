import { afterEach, describe, expect, it } from 'vitest';

/**
 * The newsroom case: a plain page with only the standalone script (pasted twice) and the
 * element. Built by `npm test` before the browser tests run.
 */
const page = (body: string) => `<!doctype html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8">
<script>
  window.__errors = [];
  addEventListener('error', (e) => __errors.push(String(e.message)));
  addEventListener('unhandledrejection', (e) => __errors.push(String(e.reason)));
  const error = console.error.bind(console);
  console.error = (...args) => { __errors.push(args.join(' ')); error(...args); };
</script>
<script type="module" src="/dist/iraq-mission-charts.js"></script>
<script type="module" src="/dist/iraq-mission-charts.js?copy=2"></script>
</head><body>${body}</body></html>`;

async function load(body: string): Promise<Window & { __errors: string[] }> {
  const frame = document.createElement('iframe');
  frame.style.height = '900px';
  frame.style.width = '1000px';
  document.body.append(frame);
  await new Promise<void>((resolve) => {
    frame.addEventListener('load', () => resolve(), { once: true });
    frame.srcdoc = page(body);
  });
  const win = frame.contentWindow as Window & { __errors: string[] };
  for (let i = 0; i < 100 && !win.document.querySelector('troop-levels-chart')?.shadowRoot?.querySelector('svg[part="svg"]'); i++) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return win;
}

afterEach(() => document.body.replaceChildren());

describe('dist/iraq-mission-charts.js on a plain page', () => {
  it('draws a right-to-left chart with Arabic-Indic digits and cited sources, with no console error, when pasted twice', async () => {
    const win = await load('<troop-levels-chart lang="ar-IQ"></troop-levels-chart>');
    const root = win.document.querySelector('troop-levels-chart')!.shadowRoot!;
    expect(root.querySelector('.chart')!.getAttribute('dir')).toBe('rtl');
    expect(root.querySelector('[part="heading"]')!.textContent).toBe('القوات الأمريكية في العراق، ٢٠٠٣–٢٠٢٦');
    const years = [...root.querySelectorAll('[part~="axis-x"] text')].map((t) => t.textContent);
    expect(years.every((y) => /^[٠-٩]{4}$/.test(y ?? ''))).toBe(true);
    expect(root.querySelector('[part="footer"]')!.textContent).toContain('المصادر');
    expect(root.querySelectorAll('circle.point').length).toBeGreaterThan(50);
    expect(win.__errors).toEqual([]);
  });
});

describe('every element from the standalone script alone', () => {
  const tags = ['troop-levels-chart', 'airstrikes-chart', 'casualties-chart', 'spending-chart', 'mission-timeline'];

  for (const lang of ['en', 'ar-IQ']) {
    it(`draws all six from the bundled data with no configuration, in ${lang}, with no console error`, async () => {
      const body = [...tags, 'mission-dashboard'].map((tag) => `<${tag} lang="${lang}"></${tag}>`).join('\n');
      const win = await load(body);
      const drawn = (root: ParentNode, tag: string) => (root.querySelector(tag) as HTMLElement | null)?.shadowRoot?.querySelector('svg[part="svg"]');
      for (let i = 0; i < 200 && !tags.every((tag) => drawn(win.document, tag)); i++) await new Promise((resolve) => setTimeout(resolve, 20));
      for (const tag of tags) {
        const root = (win.document.querySelector(tag) as HTMLElement).shadowRoot!;
        expect(root.querySelector('svg[part="svg"]'), tag).not.toBeNull();
        expect(root.querySelector('.chart')!.getAttribute('dir'), tag).toBe(lang === 'en' ? 'ltr' : 'rtl');
        expect(root.querySelectorAll('circle.point').length, tag).toBeGreaterThan(0);
      }
      const dashboard = win.document.querySelector('mission-dashboard')!.shadowRoot!;
      for (let i = 0; i < 200 && !tags.every((tag) => drawn(dashboard, tag)); i++) await new Promise((resolve) => setTimeout(resolve, 20));
      expect(tags.filter((tag) => !drawn(dashboard, tag))).toEqual([]);
      expect(win.__errors).toEqual([]);
    });
  }
});
