import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../src/components/mission-dashboard/mission-dashboard.js';
import { MissionDashboard } from '../../src/components/mission-dashboard/mission-dashboard.js';
import type { ImcChart } from '../../src/components/core/element/base-chart.js';
import { cleanup, drawn, until } from './fixtures.js';

afterEach(cleanup);

const TAGS = ['mission-timeline', 'troop-levels-chart', 'airstrikes-chart', 'casualties-chart', 'spending-chart'];

async function mount(width: number, attributes: Record<string, string> = {}): Promise<{ dashboard: MissionDashboard; root: ShadowRoot; charts: ImcChart[] }> {
  const box = document.createElement('div');
  box.style.width = `${width}px`;
  const dashboard = document.createElement('mission-dashboard');
  for (const [name, value] of Object.entries({ now: '2025-01-01', ...attributes })) dashboard.setAttribute(name, value);
  box.append(dashboard);
  document.body.append(box);
  await dashboard.updateComplete;
  const root = dashboard.shadowRoot!;
  const charts = [...root.querySelectorAll<ImcChart>(TAGS.join(','))];
  await Promise.all(charts.map((c) => drawn(c)));
  return { dashboard, root, charts };
}

const columns = (root: ShadowRoot) => getComputedStyle(root.querySelector('[part="grid"]')!).gridTemplateColumns.split(' ').length;

describe('<mission-dashboard>', () => {
  for (const width of [360, 1280]) {
    it(`renders every chart at ${width} px, in ${width < 700 ? 'one column' : 'two columns'}`, async () => {
      const { root, charts } = await mount(width);
      expect(charts.map((c) => c.localName)).toEqual(TAGS);
      expect(columns(root)).toBe(width < 700 ? 1 : 2);
      for (const chart of charts) {
        const svg = chart.shadowRoot!.querySelector('svg[part="svg"]')!;
        expect(Number(svg.getAttribute('width'))).toBeGreaterThan(200);
        expect(chart.shadowRoot!.querySelector('[part="notice"]')).toBeNull();
        expect(chart.getBoundingClientRect().right).toBeLessThanOrEqual(width + 1);
      }
      // The timeline strip spans the grid; the charts below it share a row two by two.
      const [timeline, troops, airstrikes] = charts.map((c) => c.getBoundingClientRect());
      expect(timeline!.width).toBeGreaterThan(troops!.width * (width < 700 ? 0.99 : 1.9));
      expect(Math.abs(troops!.top - airstrikes!.top) < 1).toBe(width >= 700);
      expect(charts[0]!.hasAttribute('compact')).toBe(true);
    });
  }

  it('goes to one column when its container narrows', async () => {
    const { dashboard, root } = await mount(1280);
    expect(columns(root)).toBe(2);
    dashboard.parentElement!.style.width = '600px';
    await until(() => columns(root) === 1);
  });

  it('sets the years of every chart from its range control', async () => {
    const { root, charts } = await mount(1280);
    expect(charts.map((c) => [c.from, c.to])).toEqual(TAGS.map(() => [2003, 2026]));
    const from = root.querySelector<HTMLSelectElement>('select[name="from"]')!;
    const to = root.querySelector<HTMLSelectElement>('select[name="to"]')!;
    expect(from.labels![0]!.textContent!.trim()).toMatch(/^From/);
    await userEvent.selectOptions(from, '2014');
    await userEvent.selectOptions(to, '2020');
    await until(() => charts.every((c) => c.getAttribute('to') === '2020'));
    expect(charts.map((c) => [c.getAttribute('from'), c.getAttribute('to')])).toEqual(TAGS.map(() => ['2014', '2020']));
    const firstTick = (c: ImcChart) => c.shadowRoot!.querySelector('[part~="axis-x"] text')?.textContent;
    await until(() => charts.every((c) => firstTick(c) === '2014'));
    expect(root.querySelector('[part="heading"]')!.textContent).toBe('The US military in Iraq, 2014–2020');
    // A start after the end moves the end with it.
    await userEvent.selectOptions(from, '2022');
    await until(() => charts.every((c) => c.getAttribute('from') === '2022'));
    expect(charts.map((c) => [c.getAttribute('from'), c.getAttribute('to')])).toEqual(TAGS.map(() => ['2022', '2022']));
  });

  it('links hover: focusing a point in one chart puts a crosshair in the others', async () => {
    const { charts } = await mount(1280);
    const groups = new Set(charts.map((c) => c.getAttribute('link-group')));
    expect(groups.size).toBe(1);
    expect([...groups][0]).toMatch(/^dashboard-\d+$/);
    const [timeline, troops] = charts;
    const plot = troops!.shadowRoot!.querySelector<HTMLElement>('.plot')!;
    plot.focus();
    await userEvent.keyboard('{ArrowRight}{ArrowRight}');
    await until(() => charts.filter((c) => c !== troops).every((c) => c.shadowRoot!.querySelector('[part="crosshair"]')));
    expect(troops!.shadowRoot!.querySelector('[part="crosshair"]')).toBeNull();
    // And back: an event focused on the timeline marks its date in the troop chart.
    await userEvent.keyboard('{Escape}');
    timeline!.shadowRoot!.querySelector<HTMLElement>('.plot')!.focus();
    await userEvent.keyboard('{End}');
    await until(() => troops!.shadowRoot!.querySelector('[part="crosshair"]') !== null);
  });

  it('gives two dashboards different link groups', async () => {
    const a = await mount(1280);
    const b = await mount(1280);
    expect(a.charts[0]!.getAttribute('link-group')).not.toBe(b.charts[0]!.getAttribute('link-group'));
  });

  it('passes lang and theme down through inheritance, and numerals and time-direction as attributes', async () => {
    const { root, charts } = await mount(1280, { lang: 'ar-IQ', theme: 'dark', numerals: 'latn', 'time-direction': 'ltr' });
    expect(root.querySelector('[part="heading"]')!.textContent).toBe('الوجود العسكري الأمريكي في العراق، 2003–2026');
    for (const chart of charts) {
      expect(chart.resolvedLang).toBe('ar-IQ');
      expect(chart.resolvedTheme).toBe('dark');
      expect(chart.getAttribute('numerals')).toBe('latn');
      expect(chart.getAttribute('time-direction')).toBe('ltr');
      expect(chart.shadowRoot!.querySelector('.chart')!.getAttribute('dir')).toBe('rtl');
    }
    expect(root.querySelector('.chart')!.getAttribute('data-theme')).toBe('dark');
  });

  for (const lang of ['en', 'ar-IQ']) {
    for (const theme of ['light', 'dark']) {
      it(`has no axe violation in ${lang}, ${theme}`, async () => {
        const { dashboard } = await mount(1280, { lang, theme });
        const results = await axe.run(dashboard, { resultTypes: ['violations'] });
        expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      });
    }
  }
});
