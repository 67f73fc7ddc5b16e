import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../src/components/mission-timeline/mission-timeline.js';
import type { MissionTimeline } from '../../src/components/mission-timeline/mission-timeline.js';
import { dataset } from '../../src/data/dataset.js';
import { cleanup, drawn, frames, openTable, until } from './fixtures.js';

afterEach(cleanup);

/** Four events in three periods, with two sources: small enough to know what the timeline shows. */
const timelineFixture = {
  sources: [
    { id: 's1', publisher: 'Voice of America', title: 'Key events', date: '2011', url: 'https://www.voanews.com/key-events' },
    { id: 's2', publisher: 'US Department of Defense', title: 'News release', date: '2014', url: 'javascript:alert(1)' },
  ],
  events: [
    { id: 'invasion', date: '2003-03-20', label: { en: 'Invasion begins', ar: 'بدء الغزو' }, period: 'invasion', key: true, sourceIds: ['s1'] },
    { id: 'surge', date: '2007-01', label: { en: 'Surge of {n0} troops', ar: 'زيادة {n0} جندي' }, values: [20000], period: 'invasion', key: false, sourceIds: ['s1'] },
    { id: 'leave', date: '2011-12-18', label: { en: 'Last troops leave', ar: 'مغادرة آخر الجنود' }, period: 'withdrawal', key: true, sourceIds: ['s1', 's2'] },
    { id: 'mosul', date: '2014', label: { en: 'Fall of Mosul', ar: 'سقوط الموصل' }, period: 'isis', key: true, sourceIds: ['s2'] },
  ],
};

const text = (root: ParentNode, selector: string) => root.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();
const points = (root: ShadowRoot) => [...root.querySelectorAll<SVGCircleElement>('circle.point')];

interface MountOptions {
  attributes?: Record<string, string>;
  data?: unknown;
  width?: number;
}

async function mount(options: MountOptions = {}): Promise<{ chart: MissionTimeline; root: ShadowRoot; box: HTMLElement }> {
  const box = document.createElement('div');
  box.style.width = `${options.width ?? 664}px`;
  const chart = document.createElement('mission-timeline');
  for (const [name, value] of Object.entries({ now: '2025-01-01', ...options.attributes })) chart.setAttribute(name, value);
  if (options.data !== undefined) chart.data = options.data;
  box.append(chart);
  document.body.append(box);
  // Drawn and `ready`: the data table is built after the drawing, in idle time.
  await drawn(chart);
  return { chart, root: chart.shadowRoot!, box };
}

describe('<mission-timeline> rendering', () => {
  it('draws every bundled event with no configuration, in four period bands', async () => {
    const { root } = await mount();
    expect(text(root, '[part="heading"]')).toBe('The US mission in Iraq: turning points, 2003–2026');
    expect(points(root).length).toBe(dataset.events.length);
    expect([...root.querySelectorAll('rect.band')].map((r) => r.getAttribute('class'))).toEqual([
      'band invasion',
      'band withdrawal',
      'band isis',
      'band transition',
    ]);
    expect([...root.querySelectorAll('[part="legend"] li')].map((li) => li.textContent?.trim())).toEqual([
      'Invasion and occupation',
      'Withdrawal',
      'War against ISIS',
      'Transition',
    ]);
    expect(root.querySelector('[part="notice"]')).toBeNull();
  });

  it('shows only key events with annotations="key"', async () => {
    const { root } = await mount({ attributes: { annotations: 'key' } });
    expect(points(root).length).toBe(dataset.events.filter((e) => e.key).length);
  });

  it('summarises the events in the role="img" label, in English and in Arabic', async () => {
    const { root } = await mount({ data: timelineFixture });
    expect(root.querySelector('.plot')!.getAttribute('role')).toBe('img');
    expect(root.querySelector('.plot')!.getAttribute('aria-label')).toBe(
      'The US mission in Iraq: turning points, 2003–2014. Timeline from 2003 to 2014 with 4 events. ' +
        'First: Invasion begins (March 20, 2003). Latest: Fall of Mosul (2014).',
    );
    const arabic = await mount({ data: timelineFixture, attributes: { lang: 'ar-IQ' } });
    expect(arabic.root.querySelector('.plot')!.getAttribute('aria-label')).toBe(
      'المهمة الأمريكية في العراق: محطات فارقة، ٢٠٠٣–٢٠١٤. خط زمني من ٢٠٠٣ إلى ٢٠١٤ يضم ٤ من الأحداث. ' +
        'أولها: بدء الغزو (٢٠ آذار ٢٠٠٣). آخرها: سقوط الموصل (٢٠١٤).',
    );
  });

  it('mirrors in right-to-left: time runs from the right, and back with time-direction="ltr"', async () => {
    const xs = (root: ShadowRoot) => points(root).map((c) => Number(c.getAttribute('cx')));
    const rtl = xs((await mount({ data: timelineFixture, attributes: { lang: 'ar-IQ' } })).root);
    expect(rtl[0]).toBeGreaterThan(rtl[3]!);
    const ltr = xs((await mount({ data: timelineFixture, attributes: { lang: 'ar-IQ', 'time-direction': 'ltr' } })).root);
    expect(ltr[0]).toBeLessThan(ltr[3]!);
    expect(rtl[0]! + ltr[0]!).toBeCloseTo(640, 0);
  });

  it('is a short strip with compact', async () => {
    const { root } = await mount({ attributes: { compact: '' } });
    expect(Number(root.querySelector('svg[part="svg"]')!.getAttribute('height'))).toBeLessThan(100);
  });

  it('puts the events, with period and sources, in the data table', async () => {
    const { chart, root } = await mount({ data: timelineFixture });
    await openTable(chart);
    const tables = root.querySelectorAll('[part="table"] table');
    expect(tables.length).toBe(1);
    expect([...tables[0]!.querySelectorAll('thead th')].map((th) => th.textContent)).toEqual(['Date', 'Event', 'Period', 'Sources']);
    expect([...tables[0]!.querySelectorAll('tbody tr')].map((tr) => tr.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      'March 20, 2003 Invasion begins Invasion and occupation Voice of America',
      'January 2007 Surge of 20,000 troops Invasion and occupation Voice of America',
      'December 18, 2011 Last troops leave Withdrawal Voice of America; US Department of Defense',
      '2014 Fall of Mosul War against ISIS US Department of Defense',
    ]);
    expect([...root.querySelectorAll('a')].filter((a) => a.href.startsWith('javascript:')).length).toBe(0);
  });
});

/** Pairs of texts in `root`'s drawing whose boxes overlap by more than 1 px both ways, and texts outside the SVG. */
function textProblems(root: ShadowRoot): string[] {
  const svg = root.querySelector('svg[part="svg"]')!.getBoundingClientRect();
  const texts = [...root.querySelectorAll('svg[part="svg"] text')].filter((t) => t.textContent?.trim());
  const boxes = texts.map((t) => ({ text: t.textContent!, box: t.getBoundingClientRect() }));
  const problems: string[] = [];
  boxes.forEach((a, i) => {
    if (a.box.left < svg.left - 0.5 || a.box.right > svg.right + 0.5 || a.box.top < svg.top - 0.5 || a.box.bottom > svg.bottom + 0.5) problems.push(`outside: ${a.text}`);
    for (const b of boxes.slice(i + 1)) {
      const x = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
      const y = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
      if (x > 1 && y > 1) problems.push(`${a.text} × ${b.text}`);
    }
  });
  return problems;
}

describe('<mission-timeline> at phone width: a list', () => {
  it('lists every event with its date, title and sources below 480 px of its own width, with no text over text', async () => {
    for (const lang of ['en', 'ar-IQ']) {
      const { root } = await mount({ data: timelineFixture, width: 360, attributes: { lang } });
      const entries = [...root.querySelectorAll('[part~="event-list"] .entry')];
      // The third names two publishers: more than the 336 − 36 px a line holds, so on two lines.
      expect(entries.map((e) => [...e.querySelectorAll('text')].map((t) => t.getAttribute('class')))).toEqual([
        ['date', 'title', 'source'],
        ['date', 'title', 'source'],
        ['date', 'title', 'source', 'source'],
        ['date', 'title', 'source'],
      ]);
      expect(points(root).length).toBe(4);
      expect(root.querySelectorAll('[part~="axis-x"] text').length).toBe(0);
      expect(textProblems(root)).toEqual([]);
      document.body.replaceChildren();
    }
  });

  it('writes the events in Arabic with the track on the right, publishers parted by ؛, and Latin names isolated', async () => {
    const { root } = await mount({ data: timelineFixture, width: 360, attributes: { lang: 'ar-IQ' } });
    const leave = [...root.querySelectorAll('[part~="event-list"] .entry')][2]!;
    expect([...leave.querySelectorAll('text')].map((t) => t.textContent)).toEqual(['١٨ كانون الأول ٢٠١١', 'مغادرة آخر الجنود', 'المصادر: \u2068Voice of America\u2069؛', '\u2068US Department of Defense\u2069']);
    const width = Number(root.querySelector('svg[part="svg"]')!.getAttribute('width'));
    expect(Number(points(root)[0]!.getAttribute('cx'))).toBe(width - 12);
    // The footer too: the Arabic semicolon between publishers.
    expect(text(root, '[part="footer"] p')).toBe('المصادر: Voice of America؛ US Department of Defense');
  });

  it('follows its own width, not the window’s: a list at 360 px, the track again at 664 px', async () => {
    const { root, box } = await mount({ data: timelineFixture, width: 360 });
    expect(root.querySelector('[part~="event-list"]')).not.toBeNull();
    box.style.width = '664px';
    await until(() => root.querySelector('[part~="event-list"]') === null);
    expect(root.querySelectorAll('[part~="axis-x"] text').length).toBeGreaterThan(0);
    expect(root.querySelector('line.track')?.getAttribute('y1')).toBe(root.querySelector('line.track')?.getAttribute('y2'));
  });
});

describe('<mission-timeline> keyboard and events', () => {
  it('walks every event in time order with the arrow keys, with its source in the tooltip and announcement', async () => {
    const { chart, root } = await mount();
    const focused: string[] = [];
    chart.addEventListener('imc-point-focus', (e) => e.detail?.event && focused.push(e.detail.event.id));
    await userEvent.tab();
    expect(chart.shadowRoot!.activeElement).toBe(root.querySelector('.plot'));
    await userEvent.keyboard('{ArrowRight}'.repeat(dataset.events.length + 2));
    const inTime = [...dataset.events].sort((a, b) => a.date.localeCompare(b.date)).map((e) => e.id);
    expect(new Set(focused)).toEqual(new Set(inTime));
    expect(focused.length).toBe(dataset.events.length);
    expect(focused[0]).toBe('invasion-2003');
    expect(focused[focused.length - 1]).toBe('phase-two-ends-2026');
    await userEvent.keyboard('{Home}');
    expect(text(root, '[part="tooltip"]')).toBe(
      'US-led invasion begins ("shock and awe") March 20, 2003 · Invasion and occupation Sources: ' +
        'Al Khaleej (likely; quotes AP): العراق و«التحالف».. انتهاء مهمة العقد بجدول زمني للانسحاب (press); ' +
        'Sada El Balad: 18 عاما من الغزو الأمريكي للعراق|انتهاء رحلة البحث عن الوهم ببلاد الرافدين (press); ' +
        'DW Arabic (AFP): مسؤول: هجمات جديدة على القوات الأميركية في العراق وسوريا (press); Voice of America: A Look at Key Events in the US Iraq Invasion (press)',
    );
  });

  it('announces an event with date, label, period and source; Enter selects it with its sources', async () => {
    const { chart, root } = await mount({ data: timelineFixture });
    const selected: unknown[] = [];
    chart.addEventListener('imc-point-select', (e) => selected.push([e.detail.event?.id, e.detail.observation, e.detail.sources.map((s) => s.id), e.detail.index]));
    await userEvent.tab();
    await userEvent.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}{Enter}');
    expect(text(root, '[role="status"][aria-live]')).toBe(
      'December 18, 2011. Last troops leave. key event, Withdrawal. Source: Voice of America: Key events; US Department of Defense: News release',
    );
    expect(text(root, '[part="tooltip"]')).toBe(
      'Last troops leave December 18, 2011 · Withdrawal Sources: Voice of America: Key events; US Department of Defense: News release',
    );
    expect(selected).toEqual([['leave', undefined, ['s1', 's2'], 2]]);
  });

  it('moves forward in time with the left arrow in Arabic, and speaks Arabic', async () => {
    const { chart, root } = await mount({ data: timelineFixture, attributes: { lang: 'ar-IQ' } });
    const focused: string[] = [];
    chart.addEventListener('imc-point-focus', (e) => e.detail?.event && focused.push(e.detail.event.id));
    await userEvent.tab();
    await userEvent.keyboard('{ArrowLeft}{ArrowLeft}{ArrowRight}');
    expect(focused).toEqual(['invasion', 'surge', 'invasion']);
    expect(text(root, '[part="tooltip"]')).toBe('بدء الغزو ٢٠ آذار ٢٠٠٣ · الغزو والاحتلال المصدر: Voice of America: Key events');
  });

  it('shows the nearest event under the pointer', async () => {
    const { chart, root } = await mount({ data: timelineFixture });
    const target = points(root)[2]!.getBoundingClientRect();
    const plot = root.querySelector('.plot')!;
    plot.dispatchEvent(new PointerEvent('pointermove', { clientX: target.x + 2, clientY: target.y + 2, bubbles: true, composed: true, pointerType: 'mouse' }));
    await chart.updateComplete;
    expect(text(root, '[part="tooltip"] strong')).toBe('Last troops leave');
  });
});

describe('<mission-timeline> bad input', () => {
  it('draws the valid events, lists the bad ones in a notice, and fires imc-data-issues', async () => {
    const issues: unknown[] = [];
    document.addEventListener('imc-data-issues', (e) => issues.push(e.detail.issues.map((i) => [i.row, i.field, i.code])), { once: true });
    const { root } = await mount({
      data: [
        { date: '2003-03-20', label: { en: 'Invasion', ar: 'الغزو' }, period: 'invasion', sourceIds: ['voa-key-events-2011'] },
        { date: '20/03/2003', label: { en: 'x', ar: 'س' }, period: 'invasion', sourceIds: ['voa-key-events-2011'] },
        { date: '2011', label: { en: '<img src=x onerror=alert(1)>', ar: 'س' }, period: 'peace', sourceIds: ['voa-key-events-2011'] },
      ],
    });
    await until(() => issues.length === 1);
    expect(points(root).length).toBe(1);
    expect(issues[0]).toEqual([
      [1, 'date', 'bad-date'],
      [2, 'period', 'bad-enum'],
    ]);
    expect([...root.querySelectorAll('[part="notice"] li')].map((li) => li.textContent)).toEqual([
      'Row 2, date: “20/03/2003” is not a date in the form YYYY, YYYY-MM or YYYY-MM-DD.',
      'Row 3, period: “peace” is not allowed here; use one of: invasion, withdrawal, isis, transition.',
    ]);
    expect(root.querySelector('img')).toBeNull();
  });

  it('says so when there are no events in the years', async () => {
    const { root } = await mount({ data: [], attributes: { lang: 'ar-IQ' } });
    expect(text(root, '[part="notice"]')).toBe('لا توجد بيانات للفترة ٢٠٠٣–٢٠٢٦.');
  });
});

describe('<mission-timeline> accessibility', () => {
  for (const lang of ['en', 'ar-IQ']) {
    for (const theme of ['light', 'dark']) {
      it(`has no axe violation in ${lang}, ${theme}, with the table open and a tooltip shown`, async () => {
        const { chart, root } = await mount({ attributes: { lang, theme } });
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

describe('<mission-timeline> SVG snapshot', () => {
  const serialise = (root: ShadowRoot) =>
    root.querySelector('svg[part="svg"]')!.outerHTML.replace(/<!--[^>]*-->/g, '').replace(/>\s*</g, '>\n<') + '\n';

  for (const lang of ['en', 'ar-IQ']) {
    it(`matches the saved drawing of the bundled events in ${lang}`, async () => {
      const { root } = await mount({ attributes: { lang }, width: 824 });
      await frames();
      await expect(serialise(root)).toMatchFileSnapshot(`./__snapshots__/mission-timeline.${lang}.svg`);
    });
  }
});
