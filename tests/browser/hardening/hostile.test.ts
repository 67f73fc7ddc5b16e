import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, mount, until } from '../fixtures.js';

/**
 * Markup and script in every text a chart shows — attributes, notes, source titles, publishers,
 * URLs, CSV cells — render as text: no element is injected, no script runs, `javascript:` and
 * `data:` URLs never become links, and the CSV download neutralises formula injection.
 */

afterEach(() => {
  cleanup();
  delete (window as unknown as { __pwned?: unknown }).__pwned;
});

const pwned = () => (window as unknown as { __pwned?: unknown }).__pwned;

/** Payloads that would run script or add elements if they were parsed as HTML or SVG. */
const PAYLOADS = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=2</script>',
  '<svg onload="window.__pwned=3"></svg>',
  '"><iframe srcdoc="<script>parent.__pwned=4</script>">',
  "'><a href=\"javascript:window.__pwned=5\">x</a>",
  '<style>*{display:none}</style>',
  '{{constructor.constructor("window.__pwned=6")()}}',
  '${window.__pwned=7}',
  '<!-- --><b>b</b>',
] as const;

const HOSTILE_URLS = ['javascript:window.__pwned=8', 'JAVASCRIPT:window.__pwned=9', ' javascript:window.__pwned=10', 'data:text/html,<script>parent.__pwned=11</script>', 'vbscript:msgbox(1)', '//evil.example/x', 'java\tscript:window.__pwned=12'];

/** Elements a payload could inject; the chart itself uses none of these. */
const INJECTED = 'img, script, iframe, style:not([data-lit]), b, a[href^="javascript"], foreignObject';

function hostileData(payload: string) {
  return {
    sources: HOSTILE_URLS.map((url, i) => ({ id: `s${i}`, publisher: `${payload} P${i}`, title: `${payload} T${i}`, date: payload, url, document: payload })),
    observations: HOSTILE_URLS.map((_, i) => ({
      id: `${payload}-${i}`,
      date: `${2004 + i}`,
      value: 1000 * (i + 1),
      sourceIds: [`s${i}`],
      note: { en: `${payload} note`, ar: `${payload} ملاحظة` },
    })),
  };
}

describe('hostile strings render as text', () => {
  for (const [n, payload] of PAYLOADS.entries()) {
    it(`payload ${n + 1} in heading, description, notes, titles, publishers, dates, documents and URLs, in English and Arabic`, async () => {
      for (const lang of ['en', 'ar-IQ']) {
        const { chart, root } = await mount({ attributes: { heading: payload, description: payload, lang }, data: hostileData(payload) });
        // Open the table and a tooltip so that every text is in the DOM.
        root.querySelector<HTMLButtonElement>('[part="table-toggle"]')!.click();
        root.querySelector<HTMLElement>('.plot')!.focus();
        root.querySelector<HTMLElement>('.plot')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true }));
        await chart.updateComplete;
        expect(root.querySelector('[part="heading"]')!.textContent).toBe(payload);
        expect(root.querySelector('[part="description"]')!.textContent).toBe(payload);
        expect(root.querySelector('[part="tooltip"]')!.textContent).toContain(payload);
        expect(root.querySelector('[part="table"]')!.textContent).toContain(`${payload} ${lang === 'en' ? 'note' : 'ملاحظة'}`);
        expect(root.querySelectorAll(INJECTED).length).toBe(0);
        expect(chart.querySelectorAll('*').length).toBe(0);
        // Only http(s) links; every hostile URL stays text.
        const hrefs = [...root.querySelectorAll('a')].map((a) => a.getAttribute('href'));
        expect(hrefs.every((href) => href !== null && /^https?:\/\//.test(href))).toBe(true);
        expect(hrefs).toEqual([]);
        cleanup();
      }
      // Give an injected handler (onerror, onload) time to run, then check the sentinel.
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(pwned()).toBeUndefined();
    });
  }

  it('rows from a CSV src with markup in every cell render as text', async () => {
    const payload = PAYLOADS[0];
    const cell = `"${payload.replaceAll('"', '""')}"`;
    const csv = `date,value,source,source_url,note_en,note_ar\n2019,5200,${cell},javascript:window.__pwned=1,${cell},${cell}\n`;
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv' }));
    try {
      const { chart, root } = await mount({ attributes: { src: url } });
      await until(() => root.querySelectorAll('circle.point').length === 1);
      root.querySelector<HTMLButtonElement>('[part="table-toggle"]')!.click();
      await chart.updateComplete;
      expect(root.querySelector('[part="table"] tbody')!.textContent).toContain(payload);
      expect(root.querySelector('[part="footer"]')!.textContent).toContain(payload);
      expect(root.querySelectorAll(INJECTED).length).toBe(0);
      expect(root.querySelectorAll('a').length).toBe(0);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(pwned()).toBeUndefined();
    } finally {
      URL.revokeObjectURL(url);
    }
  });

  it('markup in invalid values is quoted as text in the notice', async () => {
    const payload = PAYLOADS[0];
    const { root } = await mount({ data: [{ date: payload, value: payload, metric: payload, kind: payload, source: 'x' }], attributes: { theme: payload, numerals: payload } });
    const notice = root.querySelector('[part="notice"]')!;
    expect(notice.textContent).toContain(payload);
    expect(root.querySelectorAll(INJECTED).length).toBe(0);
  });

  it('absurd years in from and to are refused, not drawn with millions of ticks', async () => {
    const { root } = await mount({ data: hostileData('x'), attributes: { from: '-5', to: '99999999' } });
    expect(root.querySelectorAll('[part~="axis-x"] text').length).toBeLessThan(100);
    const numbers = [...root.querySelectorAll('svg[part="svg"] [cx], svg[part="svg"] [x1], svg[part="svg"] [x]')].flatMap((el) => ['cx', 'x1', 'x'].map((a) => el.getAttribute(a)).filter((v): v is string => v !== null));
    expect(numbers.every((v) => Number.isFinite(Number(v)))).toBe(true);
    expect([...root.querySelectorAll('[part="notice"] li')].map((li) => li.textContent)).toEqual([
      '“-5” is not a valid value for from; using 2004.',
      '“99999999” is not a valid value for to; using 2010.',
    ]);
  });
});

describe('CSV download neutralises formula injection', () => {
  it('cells starting with =, +, -, @, tab or carriage return are quoted; numbers and other text are not', async () => {
    const formulas = ['=HYPERLINK("http://evil.example","click")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1', "'=already quoted"];
    const { root } = await mount({
      data: {
        sources: [{ id: 's', publisher: '=cmd|/C calc', title: '@evil', date: '-1', url: 'https://example.org/?q==x' }],
        observations: formulas.map((f, i) => ({ id: f, date: `${2004 + i}`, value: 1000 + i, sourceIds: ['s'], note: { en: f, ar: f } })),
      },
    });
    const saved: Blob[] = [];
    const create = URL.createObjectURL;
    const click = HTMLAnchorElement.prototype.click;
    URL.createObjectURL = (blob: Blob) => {
      saved.push(blob);
      return create.call(URL, blob);
    };
    HTMLAnchorElement.prototype.click = () => undefined;
    try {
      root.querySelector<HTMLButtonElement>('[part="download"]')!.click();
      await until(() => saved.length > 0);
    } finally {
      URL.createObjectURL = create;
      HTMLAnchorElement.prototype.click = click;
    }
    const text = (await saved[0]!.text()).replace(/^\uFEFF/, '');
    const { csvParseRows } = await import('d3-dsv');
    const [header, ...rows] = csvParseRows(text);
    expect(rows.length).toBe(formulas.length);
    // No cell of the file starts with a formula character.
    for (const row of rows) for (const cell of row) expect(cell, JSON.stringify(cell)).not.toMatch(/^[=+\-@\t\r]/);
    const column = (name: string) => rows.map((row) => row[header!.indexOf(name)]);
    // Notes and ids are trimmed by validation, so "\t=1" is written as "'=1".
    expect(column('note_en')).toEqual(formulas.map((f) => `'${f.trim()}`));
    expect(column('id')).toEqual(formulas.map((f) => `'${f.trim()}`));
    expect(column('value')).toEqual(formulas.map((_, i) => String(1000 + i)));
    expect(new Set(column('source_publishers'))).toEqual(new Set(["'=cmd|/C calc"]));
    expect(new Set(column('source_titles'))).toEqual(new Set(["'@evil"]));
    expect(new Set(column('source_dates'))).toEqual(new Set(["'-1"]));
  });
});
