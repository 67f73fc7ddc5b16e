import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { drawn, frames, mountChart, points, text, until, type ChartTag } from './fixtures.js';

/** What a chart's keyboard-and-events tests need to know about its fixture. */
export interface KeyboardContract {
  tag: ChartTag;
  fixture: unknown;
  /** Attributes that frame the fixture (years). */
  range: Record<string, string>;
  /** The fixture's observation ids in keyboard (time) order. */
  order: string[];
  /** The id of a figure that another one disagrees with. */
  disputed: string;
  /** Texts its tooltip must show: the conflicting figure's value and source. */
  conflicting: string[];
}

/**
 * The keyboard model and the point events every chart of figures shares: arrows visit every
 * point in time order (mirrored in Arabic), Home goes back, Enter selects, and a disputed
 * figure's tooltip shows the figure that disagrees with it, with its source.
 */
export function keyboardAndEvents({ tag, fixture, range, order, disputed, conflicting }: KeyboardContract): void {
  const mount = (attributes: Record<string, string> = {}) => mountChart(tag, { data: fixture, attributes: { ...range, ...attributes } });

  describe(`<${tag}> keyboard and events`, () => {
    it('visits every point with the arrow keys, in time order, and back with Home', async () => {
      const { chart, root } = await mount();
      const focused: string[] = [];
      chart.addEventListener('imc-point-focus', (e) => e.detail && focused.push(e.detail.observation!.id));
      await userEvent.tab();
      expect(chart.shadowRoot!.activeElement).toBe(root.querySelector('.plot'));
      const count = points(root).length;
      await userEvent.keyboard('{ArrowRight}'.repeat(count + 1));
      expect(focused).toEqual(order);
      await userEvent.keyboard('{Home}');
      expect(focused[focused.length - 1]).toBe(order[0]);
      expect(text(root, '[part="tooltip"]')).toContain('Source');
    });

    it('moves forward in time with the left arrow in Arabic', async () => {
      const { chart } = await mount({ lang: 'ar-IQ' });
      const focused: string[] = [];
      chart.addEventListener('imc-point-focus', (e) => e.detail && focused.push(e.detail.observation!.id));
      await userEvent.tab();
      await userEvent.keyboard('{ArrowLeft}{ArrowLeft}{ArrowRight}');
      expect(focused).toEqual([order[0], order[1], order[0]]);
    });

    it('selects with Enter: imc-point-select carries the observation, its sources and its index', async () => {
      const { chart } = await mount();
      const selected: unknown[] = [];
      chart.addEventListener('imc-point-select', (e) => selected.push([e.detail.observation!.id, e.detail.sources.map((s) => s.id), e.detail.index]));
      await userEvent.tab();
      await userEvent.keyboard('{ArrowRight}{ArrowRight}{Enter}');
      expect(selected).toEqual([[order[1], ['s2'], 1]]);
    });

    it('shows in the tooltip the figure that disagrees, with its source', async () => {
      const { chart, root } = await mount();
      await userEvent.tab();
      await userEvent.keyboard('{ArrowRight}'.repeat(order.indexOf(disputed) + 1));
      await chart.updateComplete;
      const tooltip = text(root, '[part="tooltip"]');
      for (const expected of ['Other figures disagree:', ...conflicting]) expect(tooltip).toContain(expected);
    });
  });
}

/** What a chart's bad-input tests need to know. */
export interface InputContract {
  tag: ChartTag;
  /** The class the tag is registered with. */
  element: CustomElementConstructor;
  /** Records of which some are bad; `issues` are the [row, field, code] the chart reports, `drawn` the points left. */
  bad: { rows: unknown[]; issues: [number, string, string][]; drawn: number };
  /** The chart's own option: an unknown value of it falls back to the default, and the fixture still draws `points`. */
  option: { name: string; fixture: unknown; range: Record<string, string>; points: number };
}

/**
 * Bad input every chart of figures meets the same way: it draws the valid rows, lists the bad
 * ones in a notice and fires `imc-data-issues`; it says in Arabic that the years hold no data;
 * an unknown value of its own option falls back to the default; and it registers once.
 */
export function badInput({ tag, element, bad, option }: InputContract): void {
  describe(`<${tag}> bad input`, () => {
    it('draws the valid rows, lists the bad ones in a notice, and fires imc-data-issues', async () => {
      const box = document.createElement('div');
      box.style.width = '664px';
      document.body.append(box);
      const issues: unknown[] = [];
      box.addEventListener('imc-data-issues', (e) => issues.push(e.detail.issues.map((i) => [i.row, i.field, i.code])));
      const chart = document.createElement(tag);
      chart.setAttribute('now', '2025-01-01');
      chart.data = bad.rows;
      box.append(chart);
      await until(() => issues.length > 0);
      await drawn(chart);
      expect(issues[0]).toEqual(bad.issues);
      expect(chart.shadowRoot!.querySelectorAll('[part="notice"] li').length).toBe(bad.issues.length);
      expect(points(chart.shadowRoot!).length).toBe(bad.drawn);
    });

    it('says in Arabic that there is no data for the years', async () => {
      const { root } = await mountChart(tag, { data: [], attributes: { lang: 'ar-IQ' } });
      expect(text(root, '[part="notice"]')).toMatch(/^لا توجد بيانات للفترة/);
      expect(points(root).length).toBe(0);
    });

    it(`falls back to its default for an unknown ${option.name}`, async () => {
      const { root } = await mountChart(tag, { data: option.fixture, attributes: { ...option.range, [option.name]: 'nonsense' } });
      expect(points(root).length).toBe(option.points);
    });

    it('registers once', () => {
      expect(customElements.get(tag)).toBe(element);
    });
  });
}

/** No axe violation in either language and theme, with the table open and a tooltip shown. */
export function accessibility(tag: ChartTag): void {
  describe(`<${tag}> accessibility`, () => {
    for (const lang of ['en', 'ar-IQ']) {
      for (const theme of ['light', 'dark']) {
        it(`has no axe violation in ${lang}, ${theme}, with the table open and a tooltip shown`, async () => {
          const { chart, root } = await mountChart(tag, { attributes: { lang, theme, annotations: 'key' } });
          await userEvent.tab();
          await userEvent.keyboard('{ArrowRight}');
          root.querySelector<HTMLButtonElement>('[part="table-toggle"]')!.click();
          await chart.updateComplete;
          const results = await axe.run(chart, { resultTypes: ['violations'] });
          expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
        });
      }
    }
  });
}

/** The drawn SVG of the bundled data, without Lit's markers, one element a line, against the saved file. */
export function svgSnapshot(tag: ChartTag): void {
  const serialise = (root: ShadowRoot) =>
    root.querySelector('svg[part="svg"]')!.outerHTML.replace(/<!--[^>]*-->/g, '').replace(/>\s*</g, '>\n<') + '\n';

  describe(`<${tag}> SVG snapshot`, () => {
    for (const lang of ['en', 'ar-IQ']) {
      it(`matches the saved drawing of the bundled data in ${lang}`, async () => {
        const { root } = await mountChart(tag, { attributes: { lang, annotations: 'key', now: '2026-11-21' }, width: 824 });
        await frames();
        await expect(serialise(root)).toMatchFileSnapshot(`./__snapshots__/${tag}.${lang}.svg`);
      });
    }
  });
}
