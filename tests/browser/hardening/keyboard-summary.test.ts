import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { dataset } from '../../../src/data/dataset.js';
import { dateToTime } from '../../../src/data/dates.js';
import type { Observation } from '../../../src/data/types.js';
import { cleanup, mount } from '../fixtures.js';

/**
 * Keyboard only: Tab reaches the chart, the arrow keys reach every point one by one, Home and
 * End reach the ends, and Tab leaves (no trap). And the text summary is checked against the
 * data: the peak is the largest reported count on the line, computed here from the dataset.
 */

afterEach(cleanup);

const NOW = '2025-01-01';

describe('keyboard-only walk', () => {
  for (const lang of ['en', 'ar-IQ'] as const) {
    it(`reaches every point of the bundled series in order, End reaches the last, and Tab leaves (${lang})`, async () => {
      const before = document.createElement('button');
      before.textContent = 'before';
      document.body.append(before);
      const { chart, root } = await mount({ attributes: { lang, now: NOW } });
      const after = document.createElement('button');
      after.textContent = 'after';
      document.body.append(after);
      const count = root.querySelectorAll('circle.point').length;
      expect(count).toBeGreaterThan(50);
      const reached: number[] = [];
      chart.addEventListener('imc-point-focus', (e) => e.detail && reached.push(e.detail.index));

      before.focus();
      await userEvent.tab();
      expect(chart.shadowRoot!.activeElement).toBe(root.querySelector('.plot'));
      // Forward in time is the right arrow left to right, the left arrow right to left.
      const forward = lang === 'en' ? '{ArrowRight}' : '{ArrowLeft}';
      await userEvent.keyboard(forward.repeat(count + 3));
      expect(reached).toEqual(Array.from({ length: count }, (_, i) => i));
      await userEvent.keyboard('{Home}');
      expect(reached.at(-1)).toBe(0);
      await userEvent.keyboard('{End}');
      expect(reached.at(-1)).toBe(count - 1);
      // The last point is the latest in time.
      const times = [...root.querySelectorAll<SVGCircleElement>('circle.point')].map((c) => Number(c.getAttribute('cx')));
      const last = root.querySelector('[part="focus-ring"]')!;
      expect(Number(last.getAttribute('cx'))).toBe(lang === 'en' ? Math.max(...times) : Math.min(...times));

      // Tab leaves the chart through its footer controls and reaches the page again.
      for (let i = 0; i < 10 && document.activeElement !== after; i++) await userEvent.tab();
      expect(document.activeElement).toBe(after);
      // And Shift+Tab comes back into it and out the other side.
      for (let i = 0; i < 10 && document.activeElement !== before; i++) await userEvent.tab({ shift: true });
      expect(document.activeElement).toBe(before);
      // Some 80 key presses, each a render: on two busy cores this takes longer than the default.
    }, 60_000);
  }
});

/**
 * The reported counts the line runs through, worked out here from the rules in
 * docs/ARCHITECTURE.md ("What the line runs through"): reported counts of troops in the country
 * (`definition` in-country or none), stated exactly or about, no period, no likely misprint,
 * inside 2003–2026; of conflicting figures, the one with the more precise date, then the first
 * in the data; one figure per drawn date.
 */
function lineCandidates(): Observation[] {
  const troops = dataset.observations.filter((o) => o.metric === 'us-troops' && o.scope === 'US');
  const eligible = troops.filter(
    (o) =>
      o.kind === 'reported' && !o.end && typeof o.value === 'number' && (o.qualifier === 'exact' || o.qualifier === 'approx') &&
      (o.definition === undefined || o.definition === 'in-country') && !o.erratum &&
      Number(o.date.slice(0, 4)) >= 2003 && Number(o.date.slice(0, 4)) <= 2026,
  );
  const conflicts = new Map<string, Set<string>>();
  const link = (a: string, b: string) => conflicts.set(a, (conflicts.get(a) ?? new Set()).add(b));
  for (const o of troops) for (const other of o.conflictsWith ?? []) (link(o.id, other), link(other, o.id));
  const rank = { day: 0, month: 1, year: 2 } as const;
  const chosen = new Set<string>();
  for (const o of [...eligible].sort((a, b) => rank[a.precision] - rank[b.precision])) {
    if (![...(conflicts.get(o.id) ?? [])].some((id) => chosen.has(id))) chosen.add(o.id);
  }
  const taken = new Set<number>();
  return eligible
    .filter((o) => chosen.has(o.id))
    .sort((a, b) => dateToTime(a.date) - dateToTime(b.date))
    .filter((o) => !taken.has(dateToTime(o.date)) && !!taken.add(dateToTime(o.date)));
}

describe('the summary reads the data correctly', () => {
  const candidates = lineCandidates();
  const value = (o: Observation) => o.value as number;
  const peakValue = Math.max(...candidates.map(value));
  const peaks = candidates.filter((o) => value(o) === peakValue);
  const latest = candidates.at(-1)!;

  for (const lang of ['en', 'ar-IQ'] as const) {
    it(`names the peak of the reported line, the point count and the latest count (${lang})`, async () => {
      const { root } = await mount({ attributes: { lang, now: NOW } });
      const label = root.querySelector('.plot')!.getAttribute('aria-label')!;
      const number = new Intl.NumberFormat(lang === 'en' ? 'en' : 'ar-IQ');
      const count = root.querySelectorAll('circle.point').length;
      const words = lang === 'en' ? { peak: 'Peak: ', latest: 'Latest reported: ', about: 'about ', points: `with ${number.format(count)} data points` } : { peak: 'الذروة: ', latest: 'آخر عدد معلن: ', about: 'نحو ', points: `يضم ${number.format(count)} من نقاط البيانات` };
      expect(label).toContain(words.points);
      // The peak: the largest reported count, worded with its qualifier, dated in its year.
      const said = (o: Observation) => `${o.qualifier === 'approx' ? words.about : ''}${number.format(value(o))} (`;
      const peakText = label.slice(label.indexOf(words.peak) + words.peak.length);
      expect(peaks.some((o) => peakText.startsWith(said(o)) && peakText.split(')')[0]!.includes(number.format(Number(o.date.slice(0, 4))).replace(/[,٬]/g, '')))).toBe(true);
      // As many points on the drawn line as the rules give.
      expect(root.querySelectorAll('circle.point.reported').length).toBe(candidates.length);
      const latestText = label.slice(label.indexOf(words.latest) + words.latest.length);
      expect(latestText.startsWith(said(latest)), `${latestText} vs ${said(latest)}`).toBe(true);
    });
  }

  it('the summary follows the data it is given: a new peak is named', async () => {
    const observations = [
      { id: 'a', date: '2005', value: 1000, sourceIds: ['x'] },
      { id: 'b', date: '2006', value: 9000, sourceIds: ['x'] },
      { id: 'c', date: '2007', value: 4000, sourceIds: ['x'] },
    ];
    const { chart, root } = await mount({ data: { observations, sources: [{ id: 'x', publisher: 'P', title: 'T', date: '2010' }] } });
    expect(root.querySelector('.plot')!.getAttribute('aria-label')).toContain('Peak: 9,000 (2006).');
    chart.data = { observations: [...observations, { id: 'd', date: '2008', value: 12000, sourceIds: ['x'] }], sources: [{ id: 'x', publisher: 'P', title: 'T', date: '2010' }] };
    await chart.updateComplete;
    expect(root.querySelector('.plot')!.getAttribute('aria-label')).toContain('Peak: 12,000 (2008).');
  });
});
