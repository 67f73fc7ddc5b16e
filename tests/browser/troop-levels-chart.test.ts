import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { defineElement } from '../../src/components/core/element/define.js';
import { TroopLevelsChart } from '../../src/components/troop-levels-chart/troop-levels-chart.js';
import { cleanup, drawn, fixture, frames, mount, openTable, until } from './fixtures.js';

afterEach(cleanup);

const text = (root: ParentNode, selector: string) => root.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();
const points = (root: ShadowRoot) => [...root.querySelectorAll<SVGCircleElement>('circle.point')];

describe('<troop-levels-chart> rendering', () => {
  it('draws the bundled series with no configuration', async () => {
    const { root } = await mount();
    expect(text(root, '[part="heading"]')).toBe('US troops in Iraq, 2003–2026');
    // An in-country count in every year 2003–2026, none more than 18 months from the next: one
    // line, drawn again in the panel of 2012–2026 at its own scale.
    expect(root.querySelectorAll('path.reported').length).toBe(2);
    expect(root.querySelectorAll('[part="decade"] path.reported').length).toBe(1);
    expect(text(root, '[part="decade"] .decade-title')).toBe('2012–2026, at a scale of its own');
    expect(root.querySelectorAll('path.authorized').length).toBeGreaterThan(0);
    expect(points(root).length).toBeGreaterThan(50);
    expect(root.querySelector('[part="notice"]')).toBeNull();
  });

  it('draws one point per valid record of .data, with the legend of what is drawn', async () => {
    const { root } = await mount({ data: fixture });
    expect(points(root).length).toBe(4);
    expect([...root.querySelectorAll('[part="legend"] li')].map((li) => li.textContent?.trim())).toEqual(['Reported', 'Announced plan']);
    expect(root.querySelector('path.planned')?.getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+L[\d.]+,[\d.]+$/);
  });

  it('summarises range, peak, latest count and next plan in the role="img" label', async () => {
    const { root } = await mount({ data: fixture });
    const plot = root.querySelector('.plot')!;
    expect(plot.getAttribute('role')).toBe('img');
    expect(plot.getAttribute('aria-label')).toBe(
      'US troops in Iraq, 2004–2026. Chart from 2004 to 2026 with 4 data points. Peak: about 171,000 (October 2007). ' +
        'Latest reported: 0 (December 18, 2011). Next announced plan: at most 2,000 (September 2026).',
    );
  });

  it('summarises in Arabic with Arabic-Indic digits and Iraqi month names', async () => {
    const { root } = await mount({ data: fixture, attributes: { lang: 'ar-IQ' } });
    expect(root.querySelector('.plot')!.getAttribute('aria-label')).toBe(
      'القوات الأمريكية في العراق، ٢٠٠٤–٢٠٢٦. رسم بياني من ٢٠٠٤ إلى ٢٠٢٦ يضم ٤ من نقاط البيانات. الذروة: نحو ١٧١٬٠٠٠ (تشرين الأول ٢٠٠٧). ' +
        'آخر عدد معلن: ٠ (١٨ كانون الأول ٢٠١١). الخطة المعلنة التالية: ٢٬٠٠٠ على الأكثر (أيلول ٢٠٢٦).',
    );
  });

  it('writes value ticks in the digits of the locale, or of numerals=', async () => {
    const labels = (root: ShadowRoot) => [...root.querySelectorAll('[part~="axis-y"] text')].map((t) => t.textContent);
    expect(labels((await mount({ data: fixture })).root)).toEqual(['0', '50,000', '100,000', '150,000', '200,000']);
    expect(labels((await mount({ data: fixture, attributes: { lang: 'ar-IQ' } })).root)).toEqual(['٠', '٥٠٬٠٠٠', '١٠٠٬٠٠٠', '١٥٠٬٠٠٠', '٢٠٠٬٠٠٠']);
    expect(labels((await mount({ data: fixture, attributes: { lang: 'ar-IQ', numerals: 'latn' } })).root)).toEqual(['0', '50,000', '100,000', '150,000', '200,000']);
  });

  it('mirrors in right-to-left: time runs from the right, the value axis is on the right', async () => {
    const { root } = await mount({ data: fixture, attributes: { lang: 'ar-IQ' } });
    const xs = points(root).map((c) => Number(c.getAttribute('cx')));
    expect(xs[0]).toBeGreaterThan(xs[3]!);
    const svgWidth = Number(root.querySelector('svg[part="svg"]')!.getAttribute('width'));
    const labelX = Number(root.querySelector('[part~="axis-y"] text')!.getAttribute('x'));
    expect(labelX).toBeGreaterThan(svgWidth / 2);
    expect(root.querySelector('.chart')!.getAttribute('dir')).toBe('rtl');
  });

  it('keeps the value axis on the right but runs time left to right with time-direction="ltr"', async () => {
    const { root } = await mount({ data: fixture, attributes: { lang: 'ar-IQ', 'time-direction': 'ltr' } });
    const xs = points(root).map((c) => Number(c.getAttribute('cx')));
    expect(xs[0]).toBeLessThan(xs[3]!);
    const svgWidth = Number(root.querySelector('svg[part="svg"]')!.getAttribute('width'));
    expect(Number(root.querySelector('[part~="axis-y"] text')!.getAttribute('x'))).toBeGreaterThan(svgWidth / 2);
  });

  it('follows the width of its container, and only its width', async () => {
    const { root, box } = await mount({ data: fixture, width: 824 });
    const svg = () => root.querySelector('svg[part="svg"]')!;
    expect(svg().getAttribute('width')).toBe('800');
    expect(svg().getAttribute('height')).toBe('440');
    box.style.width = '344px';
    await until(() => svg().getAttribute('width') === '320');
    expect(svg().getAttribute('height')).toBe('280');
    expect([...root.querySelectorAll('[part~="axis-y"] text')].map((t) => t.textContent)).toEqual(['0', '50K', '100K', '150K', '200K']);
  });

  it('draws when a hidden container becomes visible', async () => {
    const { root, box } = await mount({ data: fixture });
    box.hidden = true;
    await until(() => root.querySelector('svg[part="svg"]') === null);
    box.hidden = false;
    await until(() => root.querySelector('svg[part="svg"]')?.getAttribute('width') === '640');
  });
});

describe('<troop-levels-chart> keyboard and pointer', () => {
  it('walks the points with the arrow keys, Home and End, announcing each with its source', async () => {
    const { chart, root } = await mount({ data: fixture });
    const focused: (string | null)[] = [];
    chart.addEventListener('imc-point-focus', (e) => focused.push(e.detail?.observation!.id ?? null));
    await userEvent.tab();
    expect(chart.shadowRoot!.activeElement).toBe(root.querySelector('.plot'));
    await userEvent.keyboard('{ArrowRight}{ArrowRight}{End}{ArrowRight}{Home}{ArrowLeft}');
    expect(focused).toEqual(['a', 'b', 'd', 'a']);
    expect(text(root, '[role="status"][aria-live]')).toBe('2004. about 138,000. reported. Source: Brookings Institution: Iraq Index');
    expect(text(root, '[part="tooltip"]')).toBe('about 138,000 2004 · reported Source: Brookings Institution: Iraq Index');
  });

  it('closes the tooltip on Escape and lets Tab leave the chart', async () => {
    const { root } = await mount({ data: fixture });
    const after = document.createElement('button');
    after.textContent = 'after';
    document.body.append(after);
    await userEvent.tab();
    await userEvent.keyboard('{ArrowRight}');
    expect(root.querySelector('[part="tooltip"]')).not.toBeNull();
    await userEvent.keyboard('{Escape}');
    expect(root.querySelector('[part="tooltip"]')).toBeNull();
    const stops: string[] = [];
    for (let i = 0; i < 10 && document.activeElement !== after; i++) {
      await userEvent.tab();
      const inner = root.activeElement;
      stops.push(inner ? (inner.getAttribute('part') ?? inner.className) : document.activeElement!.localName);
    }
    expect(stops).toEqual(['source-link', 'download', 'table-toggle', 'button']);
  });

  it('selects with Enter and fires imc-point-select with the observation and its sources', async () => {
    const { chart } = await mount({ data: fixture });
    const selected: unknown[] = [];
    chart.addEventListener('imc-point-select', (e) => selected.push([e.detail.observation!.id, e.detail.sources.map((s) => s.id), e.detail.index]));
    await userEvent.tab();
    await userEvent.keyboard('{ArrowRight}{ArrowRight}{Enter}');
    expect(selected).toEqual([['b', ['s1'], 1]]);
  });

  it('moves forward in time with the left arrow when time runs right to left', async () => {
    const { chart } = await mount({ data: fixture, attributes: { lang: 'ar-IQ' } });
    const focused: string[] = [];
    chart.addEventListener('imc-point-focus', (e) => e.detail && focused.push(e.detail.observation!.id));
    await userEvent.tab();
    await userEvent.keyboard('{ArrowLeft}{ArrowLeft}{ArrowRight}');
    expect(focused).toEqual(['a', 'b', 'a']);
  });

  it('shows the nearest point under the pointer with its note and source, and hides it on leave', async () => {
    const { chart, root } = await mount({ data: fixture });
    const target = points(root)[1]!.getBoundingClientRect();
    const plot = root.querySelector('.plot')!;
    const at = { clientX: target.x + 2, clientY: target.y + 2, bubbles: true, composed: true, pointerType: 'mouse' };
    plot.dispatchEvent(new PointerEvent('pointermove', at));
    await chart.updateComplete;
    expect(text(root, '[part="tooltip"]')).toBe('about 171,000 October 2007 · reported Surge peak Source: Brookings Institution: Iraq Index');
    plot.dispatchEvent(new PointerEvent('pointerleave', { pointerType: 'mouse' }));
    await chart.updateComplete;
    expect(root.querySelector('[part="tooltip"]')).toBeNull();
  });
});

describe('<troop-levels-chart> bad input', () => {
  it('draws the valid rows, lists the bad ones in a notice, and fires imc-data-issues', async () => {
    const box = document.createElement('div');
    box.style.width = '664px';
    document.body.append(box);
    const chart = document.createElement('troop-levels-chart');
    const events: unknown[] = [];
    box.addEventListener('imc-data-issues', (e) => events.push(e.detail.issues.map((i) => [i.row, i.field, i.code, i.severity])));
    chart.data = [
      { date: '2019', value: 5200, source: 'Desk' },
      { date: '03/04/2020', value: 3000, source: 'Desk' },
      { date: '2021', value: 'many', source: 'Desk' },
      { date: '2022', value: 2500 },
    ];
    box.append(chart);
    await until(() => events.length === 1);
    await drawn(chart);
    const root = chart.shadowRoot!;
    expect(points(root).length).toBe(2);
    expect(events[0]).toEqual([
      [1, 'date', 'bad-date', 'error'],
      [2, 'value', 'not-a-number', 'error'],
      [3, 'sourceIds', 'missing-source', 'warning'],
    ]);
    expect([...root.querySelectorAll('[part="notice"] li')].map((li) => li.textContent)).toEqual([
      'Row 2, date: “03/04/2020” is not a date in the form YYYY, YYYY-MM or YYYY-MM-DD.',
      'Row 3, value: “many” is not a finite number.',
      'Row 4, sourceIds: No source is given for this figure.',
    ]);
  });

  it('says what is wrong in Arabic for an Arabic chart', async () => {
    const { root } = await mount({ data: [{ date: '2019-13', value: 1, source: 'x' }], attributes: { lang: 'ar-IQ' } });
    expect(text(root, '[part="notice"] li')).toBe('الصف ١، date: «2019-13» ليس تاريخًا بالصيغة YYYY أو YYYY-MM أو YYYY-MM-DD.');
  });

  it('renders markup from attributes and data as text, and never links a javascript: URL', async () => {
    const evil = '<img src=x onerror="window.__pwned=1">';
    const { root } = await mount({
      attributes: { heading: evil, description: '<b>bold</b>' },
      data: {
        sources: [{ id: 'x', publisher: evil, title: evil, date: '2020', url: 'javascript:window.__pwned=1' }],
        observations: [{ date: '2020', value: 3000, sourceIds: ['x'], note: { en: '<script>window.__pwned=1</script>', ar: '' } }],
      },
    });
    expect(text(root, '[part="heading"]')).toBe(evil);
    expect(text(root, '[part="description"]')).toBe('<b>bold</b>');
    expect(root.querySelectorAll('img, script, b').length).toBe(0);
    expect([...root.querySelectorAll('a')].filter((a) => a.href.startsWith('javascript:')).length).toBe(0);
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('falls back from wrong attribute values and says which', async () => {
    const { root } = await mount({ data: fixture, attributes: { theme: 'purple', from: 'soon', numerals: 'roman' } });
    expect([...root.querySelectorAll('[part="notice"] li')].map((li) => li.textContent)).toEqual([
      '“purple” is not a valid value for theme; using light.',
      '“roman” is not a valid value for numerals; using the language default.',
      // The first year of the data.
      '“soon” is not a valid value for from; using 2004.',
    ]);
    expect(points(root).length).toBe(4);
  });

  it('registers once: a second definition of the tag is ignored, not thrown', () => {
    expect(() => defineElement('troop-levels-chart', class extends HTMLElement {})).not.toThrow();
    expect(customElements.get('troop-levels-chart')).toBe(TroopLevelsChart);
  });
});

describe('<troop-levels-chart> accessibility', () => {
  for (const lang of ['en', 'ar-IQ']) {
    for (const theme of ['light', 'dark']) {
      it(`has no axe violation in ${lang}, ${theme}, with the table open and a tooltip shown`, async () => {
        const { chart, root } = await mount({ attributes: { lang, theme, annotations: 'key' } });
        await userEvent.tab();
        await userEvent.keyboard('{ArrowRight}');
        root.querySelector<HTMLButtonElement>('[part="table-toggle"]')!.click();
        await chart.updateComplete;
        const results = await axe.run(chart, { resultTypes: ['violations'] });
        expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      });
    }
  }

  it('keeps the data table in the accessibility tree once hidden again, with no focusable link', async () => {
    const { chart, root } = await mount({ data: fixture });
    const table = await openTable(chart);
    root.querySelector<HTMLButtonElement>('[part="table-toggle"]')!.click();
    await chart.ready;
    expect(table.classList.contains('visually-hidden')).toBe(true);
    expect(table.querySelectorAll('tbody tr').length).toBe(4);
    expect([...table.querySelectorAll('a')].every((a) => a.tabIndex === -1)).toBe(true);
  });
});

describe('<troop-levels-chart> SVG snapshot', () => {
  /** The drawn SVG without Lit's comment markers, one element a line, so a diff shows what moved. */
  const serialise = (root: ShadowRoot) =>
    root.querySelector('svg[part="svg"]')!.outerHTML.replace(/<!--[^>]*-->/g, '').replace(/>\s*</g, '>\n<') + '\n';

  for (const lang of ['en', 'ar-IQ']) {
    it(`matches the saved drawing of the bundled data in ${lang}`, async () => {
      const { root } = await mount({ attributes: { lang, annotations: 'key', now: '2026-11-21' }, width: 824 });
      await frames();
      await expect(serialise(root)).toMatchFileSnapshot(`./__snapshots__/troop-levels-chart.${lang}.svg`);
    });
  }
});
