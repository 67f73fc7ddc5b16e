import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { cleanup, fixture, mount, until } from './fixtures.js';

afterEach(cleanup);

const points = (root: ShadowRoot) => root.querySelectorAll('circle.point').length;
const noticeItems = (root: ShadowRoot) => [...root.querySelectorAll('[part="notice"] li')].map((li) => li.textContent);

describe('src', () => {
  it('loads CSV with a source column per row', async () => {
    const { root } = await mount({ attributes: { src: '/examples/data/troop-levels.csv' } });
    await until(() => points(root) === 9);
    expect(root.querySelector('[part="notice"]')).toBeNull();
    expect(root.querySelector('.plot')!.getAttribute('aria-busy')).toBe('false');
  });

  it('loads JSON with its own source list', async () => {
    const { root } = await mount({ attributes: { src: '/examples/data/troop-levels.json' } });
    await until(() => points(root) === 9);
    expect(root.querySelector('[part="footer"] p')!.textContent).toContain('ProCon.org (Brookings Iraq Index and AP)');
  });

  it('says the request failed, with its status, and fires imc-data-issues', async () => {
    const issues: unknown[] = [];
    document.addEventListener('imc-data-issues', (e) => issues.push(e.detail.issues.map((i) => [i.row, i.field, i.code])), { once: true });
    const { root } = await mount({ attributes: { src: '/examples/data/no-such-file.csv' } });
    await until(() => noticeItems(root).length === 1);
    expect(noticeItems(root)).toEqual(['The data could not be loaded (HTTP 404).']);
    expect(issues).toEqual([[[-1, 'src', 'load-failed']]]);
    expect(points(root)).toBe(0);
  });

  it('refuses a body that is neither JSON nor CSV with a date column, in the chart language', async () => {
    const { root } = await mount({ attributes: { src: '/tests/browser/fixtures.ts', lang: 'ar-IQ' } });
    await until(() => noticeItems(root).length === 1);
    expect(noticeItems(root)).toEqual(['تعذّرت قراءة ملف البيانات بصيغة JSON أو CSV.']);
  });

  it('says JSON that is not a list of records is not data', async () => {
    const { root } = await mount({ attributes: { src: '/package.json' } });
    await until(() => noticeItems(root).length === 1);
    expect(noticeItems(root)).toEqual(['The data is not a list of records.']);
  });

  it('keeps the last good data when a new src fails, and ignores a response that arrives after src changed', async () => {
    const { chart, root } = await mount({ attributes: { src: '/examples/data/troop-levels.csv' } });
    await until(() => points(root) === 9);
    chart.src = '/examples/data/troop-levels.json';
    chart.src = '/examples/data/missing.json';
    await until(() => noticeItems(root).length === 1);
    expect(noticeItems(root)).toEqual(['The data could not be loaded (HTTP 404).']);
    expect(points(root)).toBe(9);
  });
});

describe('inherited language and theme', () => {
  it('takes lang from the nearest ancestor and follows it when the page changes it', async () => {
    const { root, box } = await mount({ data: fixture, wrapper: { lang: 'ar-EG' } });
    expect(root.querySelector('.chart')!.getAttribute('lang')).toBe('ar-EG');
    expect(root.querySelector('.plot')!.getAttribute('aria-label')).toContain('أكتوبر ٢٠٠٧');
    box.setAttribute('lang', 'en');
    await until(() => root.querySelector('.chart')!.getAttribute('dir') === 'ltr');
    expect(root.querySelector('[part="heading"]')!.textContent).toBe('US troops in Iraq, 2003–2026');
  });

  it('takes theme from an ancestor, and its own attribute wins', async () => {
    const { chart, root } = await mount({ data: fixture, wrapper: { theme: 'dark' } });
    const chartBox = root.querySelector('.chart')!;
    expect(chartBox.getAttribute('data-theme')).toBe('dark');
    expect(getComputedStyle(chartBox).backgroundColor).toBe('rgb(20, 24, 29)');
    chart.theme = 'light';
    await chart.updateComplete;
    expect(getComputedStyle(chartBox).backgroundColor).toBe('rgb(255, 255, 255)');
  });

  it('lets a page restyle every chart through --imc-* tokens', async () => {
    const { root, box } = await mount({ data: fixture });
    box.style.setProperty('--imc-color-series-1', 'rgb(255, 0, 0)');
    expect(getComputedStyle(root.querySelector('path.reported')!).stroke).toBe('rgb(255, 0, 0)');
  });
});

describe('link-group', () => {
  it('marks the date focused in one chart on every chart of its group, and only there', async () => {
    const first = await mount({ data: fixture, attributes: { 'link-group': 'story' } });
    const second = await mount({ data: fixture, attributes: { 'link-group': 'story' } });
    const other = await mount({ data: fixture, attributes: { 'link-group': 'elsewhere' } });
    first.root.querySelector<HTMLElement>('.plot')!.focus();
    await userEvent.keyboard('{ArrowRight}{ArrowRight}');
    await second.chart.updateComplete;
    const crosshair = second.root.querySelector('[part="crosshair"]');
    expect(crosshair?.getAttribute('x1')).toBe(second.root.querySelectorAll('circle.point')[1]!.getAttribute('cx'));
    expect(other.root.querySelector('[part="crosshair"]')).toBeNull();
  });
});

describe('Download data (CSV)', () => {
  it('saves the drawn points with their sources written out, through a Blob URL', async () => {
    const { root } = await mount({ data: fixture });
    const saved: Blob[] = [];
    const create = URL.createObjectURL;
    URL.createObjectURL = (blob: Blob) => {
      saved.push(blob);
      return create.call(URL, blob);
    };
    const click = HTMLAnchorElement.prototype.click;
    const downloads: string[] = [];
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      downloads.push(this.download);
    };
    try {
      root.querySelector<HTMLButtonElement>('[part="download"]')!.click();
      // The CSV writer is fetched on the first download, so the file follows a moment later.
      await until(() => downloads.length > 0);
    } finally {
      URL.createObjectURL = create;
      HTMLAnchorElement.prototype.click = click;
    }
    expect(downloads).toEqual(['troop-levels-chart.csv']);
    const lines = (await saved[0]!.text()).replace(/^\uFEFF/, '').split('\n');
    expect(lines[0]).toBe('id,metric,date,precision,end,value,low,high,qualifier,kind,scope,region,operation,cause,source_ids,conflicts_with,note_en,note_ar,source_publishers,source_titles,source_dates,source_links');
    expect(lines[2]).toBe('b,us-troops,2007-10,month,,171000,,,approx,reported,US,Iraq,,,s1,,Surge peak,ذروة زيادة القوات,Brookings Institution,Iraq Index,2010,https://www.brookings.edu/iraq-index');
    expect(lines.length).toBe(5);
  });
});
