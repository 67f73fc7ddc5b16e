import { ReactiveElement, render, type PropertyValues } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { DataController } from '../../src/components/core/element/data-controller.js';
import { LocaleController } from '../../src/components/core/element/locale-controller.js';
import { loadLanguage, strings } from '../../src/components/core/i18n.js';
import { localeInfo } from '../../src/components/core/locale.js';
import { renderTable } from '../../src/components/core/render/data-table.js';
import { renderTooltip } from '../../src/components/core/render/tooltip.js';
import { troopLevelsSpec } from '../../src/components/troop-levels-chart/troop-levels-chart.spec.js';
import { loadEvents, loadSeries } from '../../src/data/series/load.js';
import { validate } from '../../src/data/validate.js';
import type { Observation, Source } from '../../src/data/types.js';
import { cleanup, fixture, frames, mount, openTable, text, until } from './fixtures.js';

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
    expect(root.querySelector('[part="heading"]')!.textContent).toBe('US troops in Iraq, 2004–2026');
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
    expect(lines[0]).toBe('id,metric,date,precision,end,value,low,high,qualifier,kind,scope,region,operation,cause,source_ids,conflicts_with,note_en,note_ar,definition,supersedes,erratum_evidence,erratum_likely,erratum_reason_en,erratum_reason_ar,source_publishers,source_titles,source_dates,source_links');
    expect(lines[2]).toBe('b,us-troops,2007-10,month,,171000,,,approx,reported,US,Iraq,,,s1,,Surge peak,ذروة زيادة القوات,,,,,,,Brookings Institution,Iraq Index,2010,https://www.brookings.edu/iraq-index');
    expect(lines.length).toBe(5);
    // The file comes from the data, not from the data table, which nobody asked for.
    expect(root.querySelector('[part="table"] table')).toBeNull();
  });
});

/** A bare element for one controller at a time, so each is tested apart from the charts. */
function host<T extends ReactiveElement>(make: () => T, wrapper: Record<string, string> = {}): { element: T; box: HTMLElement } {
  const box = document.createElement('div');
  for (const [name, value] of Object.entries(wrapper)) box.setAttribute(name, value);
  const element = make();
  box.append(element);
  document.body.append(box);
  return { element, box };
}

class LocaleHostElement extends ReactiveElement {
  theme?: string;
  numerals?: string;
  readonly locale = new LocaleController(this);
  updates = 0;
  protected override update(changed: PropertyValues): void {
    super.update(changed);
    this.updates++;
  }
}
customElements.define('test-locale-host', LocaleHostElement);

describe('LocaleController', () => {
  it("takes lang and theme from the nearest ancestor, and follows an ancestor's lang change", async () => {
    const { element, box } = host(() => new LocaleHostElement(), { lang: 'ar-IQ', theme: 'dark' });
    await element.updateComplete;
    const first = element.locale.value;
    expect([first.lang, first.locale.dir, first.locale.numerals, first.theme, first.scheme]).toEqual(['ar-IQ', 'rtl', 'arab', 'dark', 'dark']);
    expect(element.locale.value).toBe(first);
    const updates = element.updates;
    box.setAttribute('lang', 'en-GB');
    await until(() => element.updates > updates);
    const next = element.locale.value;
    expect([next.lang, next.locale.dir, next.locale.numerals]).toEqual(['en-GB', 'ltr', 'latn']);
  });

  it('prefers its own lang and theme, reports a wrong own lang, and takes numerals', () => {
    const { element } = host(() => new LocaleHostElement(), { lang: 'ar-IQ', theme: 'dark' });
    element.setAttribute('lang', 'not a tag!');
    element.theme = 'sepia';
    element.numerals = 'arab';
    const value = element.locale.value;
    expect([value.lang, value.badLang, value.theme, value.scheme, value.locale.numerals]).toEqual(['en', 'not a tag!', 'sepia', 'light', 'arab']);
  });

  it('takes the language of its new ancestor when moved', async () => {
    const { element } = host(() => new LocaleHostElement(), { lang: 'en' });
    await element.updateComplete;
    const updates = element.updates;
    const arabic = document.createElement('section');
    arabic.setAttribute('lang', 'ar-EG');
    document.body.append(arabic);
    arabic.append(element);
    await until(() => element.updates > updates);
    expect(element.locale.value.lang).toBe('ar-EG');
  });

  it('stops following the page once disconnected', async () => {
    const { element, box } = host(() => new LocaleHostElement(), { lang: 'en' });
    await element.updateComplete;
    element.remove();
    const updates = element.updates;
    box.setAttribute('lang', 'ar');
    await frames();
    expect(element.updates).toBe(updates);
  });
});

class DataHostElement extends ReactiveElement {
  data?: unknown;
  src?: string;
  readonly source = new DataController(this, {
    args: () => ({ data: this.data, src: this.src }),
    read: (input) => validate(input, { defaultMetric: 'us-troops', sources: [] }),
    timeout: () => 5000,
  });
}
customElements.define('test-data-host', DataHostElement);

/** Replaces `fetch` with one whose answers the test gives, by URL, and records each request's signal. */
function controlledFetch() {
  const requests = new Map<string, { signal: AbortSignal; answer: (response: Response) => void }>();
  const original = window.fetch;
  window.fetch = ((input: RequestInfo | URL, init?: RequestInit) =>
    new Promise<Response>((resolve, reject) => {
      const signal = init!.signal!;
      signal.addEventListener('abort', () => reject(signal.reason));
      requests.set(new URL(String(input)).pathname, { signal, answer: resolve });
    })) as typeof fetch;
  return { requests, restore: () => (window.fetch = original) };
}

const csv = (rows: string[]) => new Response(['date,value,source', ...rows].join('\n'), { headers: { 'content-type': 'text/csv' } });

describe('DataController', () => {
  it('aborts a superseded src, ignores its late answer, and keeps the last good data when a new src fails', async () => {
    const fetches = controlledFetch();
    try {
      const { element } = host(() => new DataHostElement());
      const run = () => element.source.run();
      element.src = '/first.csv';
      run();
      expect(element.source.status).toBe('pending');
      await until(() => fetches.requests.has('/first.csv'));
      element.src = '/second.csv';
      run();
      await until(() => fetches.requests.has('/second.csv'));
      expect(fetches.requests.get('/first.csv')!.signal.aborted).toBe(true);
      fetches.requests.get('/second.csv')!.answer(csv(['2010,50000,Desk', '2011,0,Desk']));
      await until(() => element.source.status === 'complete');
      const good = element.source.value;
      expect(good.data.observations.map((o) => o.value)).toEqual([50000, 0]);
      expect(good.loading).toBe(false);

      element.src = '/third.csv';
      run();
      await until(() => fetches.requests.has('/third.csv'));
      fetches.requests.get('/third.csv')!.answer(new Response('', { status: 500 }));
      await until(() => element.source.status === 'error');
      expect(element.source.value.data.observations.map((o) => o.value)).toEqual([50000, 0]);
      expect(element.source.value.issues.map((i) => [i.field, i.code, i.message.en])).toEqual([['src', 'load-failed', 'The data could not be loaded (HTTP 500).']]);
      expect(element.source.error?.code).toBe('load-failed');
    } finally {
      fetches.restore();
    }
  });

  it('aborts the request when the element leaves the page, and fetches again when it comes back', async () => {
    const fetches = controlledFetch();
    try {
      const { element, box } = host(() => new DataHostElement());
      element.src = '/slow.csv';
      element.source.run();
      await until(() => fetches.requests.has('/slow.csv'));
      const first = fetches.requests.get('/slow.csv')!;
      element.remove();
      expect(first.signal.aborted).toBe(true);
      expect(element.source.status).toBe('initial');
      box.append(element);
      await until(() => fetches.requests.get('/slow.csv') !== first);
      fetches.requests.get('/slow.csv')!.answer(csv(['2012,200,Desk']));
      await until(() => element.source.status === 'complete');
      expect(element.source.value.data.observations.map((o) => o.value)).toEqual([200]);
    } finally {
      fetches.restore();
    }
  });

  it('reads .data once per object, not once per update, and it wins over the bundled series', async () => {
    let reads = 0;
    const element = new DataHostElement();
    const controller = new DataController(element, {
      args: () => ({ data: element.data, src: undefined }),
      read: (input) => {
        reads++;
        return validate(input, { defaultMetric: 'us-troops', sources: [] });
      },
      timeout: () => 5000,
      series: () => loadSeries('troop-levels-chart'),
    });
    controller.run();
    await controller.imported;
    expect(controller.value.loading).toBe(false);
    expect(controller.value.data.observations.length).toBeGreaterThan(100);
    element.data = [{ date: '2020', value: 3000, source: 'Desk' }];
    controller.run();
    controller.run();
    expect(reads).toBe(1);
    expect(controller.value.data.observations.map((o) => o.value)).toEqual([3000]);
  });
});

describe('PointNavigationController', () => {
  it('walks with the arrows mirrored when time runs right to left, and fires imc-point-focus after the update', async () => {
    const { chart, root } = await mount({ data: fixture, attributes: { 'time-direction': 'rtl' } });
    const focused: string[] = [];
    chart.addEventListener('imc-point-focus', (e) => e.detail && focused.push(e.detail.observation!.id));
    const plot = root.querySelector<HTMLElement>('.plot')!;
    const key = (name: string) => plot.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true, composed: true, cancelable: true }));
    expect(key('ArrowLeft')).toBe(false);
    expect(focused).toEqual([]);
    await chart.updateComplete;
    expect(focused).toEqual(['a']);
    key('ArrowLeft');
    key('ArrowLeft');
    key('ArrowRight');
    await chart.updateComplete;
    expect(focused).toEqual(['a', 'b', 'c', 'b']);
    key('End');
    await chart.updateComplete;
    expect(focused.at(-1)).toBe('d');
    expect(text(root, '[role="status"][aria-live]')).toBe('September 2026. at most 2,000. announced plan. Source: US Department of Defense: News release');
    expect(key('Escape')).toBe(false);
    await chart.updateComplete;
    expect(root.querySelector('[part="tooltip"]')).toBeNull();
    expect(key('Escape')).toBe(true);
  });
});

describe('template modules', () => {
  const sources: Source[] = [
    { id: 'dod', publisher: { en: 'US Department of Defense', ar: 'وزارة الدفاع الأمريكية' }, title: 'Release', date: '2011', grade: 'official-primary', url: 'https://www.defense.gov/' },
    { id: 'ap', publisher: { en: 'AP', ar: 'AP' }, title: 'Report', date: '2011', grade: 'official-via-news' },
  ];
  const misprint: Observation = {
    id: 'm',
    metric: 'us-troops',
    date: '2011',
    precision: 'year',
    value: 4700,
    qualifier: 'exact',
    kind: 'reported',
    scope: 'US',
    region: 'Iraq',
    sourceIds: ['dod', 'ap'],
    erratum: { evidence: ['x'], likely: 47000, reason: { en: 'The same release gives 47,000 two lines later.', ar: 'يذكر البيان نفسه ٤٧٬٠٠٠ بعد سطرين.' } },
  };
  const point = { key: 'm', x: 100, y: 50, time: 0, series: 'marker', observation: misprint };
  const data = { observations: [misprint], events: [], sources };
  const draw = (template: unknown) => {
    const box = document.createElement('div');
    document.body.append(box);
    render(template, box);
    return box;
  };

  it('the tooltip names each publisher in Arabic, says its grade, and explains a likely misprint', async () => {
    // The Arabic texts are a module of their own, imported when a chart's language is Arabic.
    await loadLanguage('ar');
    const box = draw(renderTooltip(point, { width: 400, height: 200 }, data, localeInfo('ar-IQ'), strings('ar')));
    expect(text(box, '[part="tooltip"]')).toBe(
      '٤٬٧٠٠ ٢٠١١ · عدد معلن خطأ مطبعي مرجّح: يذكر البيان نفسه ٤٧٬٠٠٠ بعد سطرين. المصادر: وزارة الدفاع الأمريكية: Release (وثيقة رسمية)؛ AP: Report (رقم رسمي عبر تقرير صحفي)',
    );
    expect([...box.querySelectorAll('bdi')].map((b) => b.textContent)).toEqual(['وزارة الدفاع الأمريكية: Release', 'AP: Report']);
  });

  it('the table follows each source with its grade and a misprint with its reason, in English', () => {
    const table = renderTable({
      points: [point],
      events: [],
      sources,
      caption: 'Troops',
      locale: localeInfo('en'),
      text: strings('en'),
      open: true,
      of: 'observations',
      rows: 1000,
      showAll: () => {},
    });
    const cells = [...draw(table).querySelectorAll('tbody td')].map((td) => td.textContent!.replace(/\s+/g, ' ').trim());
    expect(cells.slice(2)).toEqual([
      'US Department of Defense (official document); AP (official, via news report)',
      'Likely misprint: The same release gives 47,000 two lines later.',
    ]);
  });
});

/** Runs `check` with the troop spec's layout counted: `layouts()` is how many times it ran. */
async function countingLayouts(check: (layouts: () => number) => Promise<void>): Promise<void> {
  const layout = troopLevelsSpec.layout;
  let count = 0;
  troopLevelsSpec.layout = (...args) => {
    count++;
    return layout(...args);
  };
  try {
    await check(() => count);
  } finally {
    troopLevelsSpec.layout = layout;
  }
}

describe('derived state', () => {
  it('lays the chart out again when an input changes, not on a keystroke, a tooltip or the table toggle', async () => {
    // The bundled events, drawn once `annotations` asks for them, are imported before: an import that arrives is an input too.
    await loadEvents().promise;
    await countingLayouts(async (layouts) => {
      const { chart, root } = await mount({ data: fixture });
      expect(layouts()).toBe(1);
      root.querySelector<HTMLElement>('.plot')!.focus();
      await userEvent.keyboard('{ArrowRight}{ArrowRight}{Escape}');
      root.querySelector<HTMLButtonElement>('[part="table-toggle"]')!.click();
      await chart.ready;
      expect(layouts()).toBe(1);
      chart.setAttribute('annotations', 'all');
      await chart.ready;
      expect(layouts()).toBe(2);
      chart.data = { ...fixture };
      await chart.ready;
      expect(layouts()).toBe(3);
    });
  });

  it('lays nothing out again for a new theme, heading or description, and draws them', async () => {
    await countingLayouts(async (layouts) => {
      const { chart, root } = await mount({ data: fixture });
      expect(layouts()).toBe(1);
      chart.setAttribute('theme', 'dark');
      chart.setAttribute('heading', 'Troops');
      chart.setAttribute('description', 'In Iraq.');
      await chart.ready;
      expect(layouts()).toBe(1);
      expect(root.querySelector('.chart')!.getAttribute('data-theme')).toBe('dark');
      expect(text(root, '[part="heading"]')).toBe('Troops');
      expect(text(root, '[part="description"]')).toBe('In Iraq.');
      chart.setAttribute('to', '2020');
      await chart.ready;
      expect(layouts()).toBe(2);
    });
  });

  it('keeps the built data table through a keystroke and a resize, and builds it again in a new language', async () => {
    const { chart, root, box } = await mount({ data: fixture });
    await openTable(chart);
    // Lit would reuse the table's DOM for a rebuilt template, so the built template itself is compared.
    const built = () => (chart as unknown as { table: { value: unknown } }).table.value;
    const table = built();
    root.querySelector<HTMLElement>('.plot')!.focus();
    await userEvent.keyboard('{ArrowRight}');
    box.style.width = '500px';
    // The plot is the box less the chart's padding (12 px a side).
    await until(() => root.querySelector('svg[part="svg"]')!.getAttribute('width') === '476');
    await chart.ready;
    expect(built()).toBe(table);
    chart.setAttribute('lang', 'ar');
    await chart.ready;
    expect(built()).not.toBe(table);
    expect(root.querySelector('[part="table"] caption')!.textContent).toBe('القوات الأمريكية في العراق، 2004–2026');
  });

  it("names each publisher in the reader's language in the source line and the data table", async () => {
    const data = {
      sources: [{ id: 'dod', publisher: { en: 'US Department of Defense', ar: 'وزارة الدفاع الأمريكية' }, title: 'Release', date: '2011', url: 'https://www.defense.gov/' }],
      observations: [{ date: '2011', value: 4700, sourceIds: ['dod'] }],
    };
    const { chart, root } = await mount({ data, attributes: { lang: 'ar-IQ' } });
    await openTable(chart);
    expect(text(root, '[part="footer"] p')).toBe('المصدر: وزارة الدفاع الأمريكية');
    expect(text(root, '[part="table"] tbody td:nth-of-type(3)')).toBe('وزارة الدفاع الأمريكية');
    chart.setAttribute('lang', 'en');
    await chart.ready;
    expect(text(root, '[part="footer"] p')).toBe('Source: US Department of Defense');
  });
});
