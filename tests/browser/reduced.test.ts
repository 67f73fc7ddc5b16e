import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, mount, openTable } from './fixtures.js';

afterEach(cleanup);

describe('a long series', () => {
  it('draws what the pixels can show; the data table lists the first thousand rows, then every row on request', async () => {
    const start = Date.UTC(2003, 0, 1);
    const observations = Array.from({ length: 3000 }, (_, i) => ({
      id: `day-${i}`,
      date: new Date(start + i * 86_400_000).toISOString().slice(0, 10),
      value: 100_000 + ((i * 7919) % 50_000),
      source: 'Generated series',
    }));
    const { root, chart } = await mount({ data: observations, width: 664, attributes: { from: '2003', to: '2011' } });
    // Three thousand days on some 600 pixels: the line alone, no dot a point.
    expect(root.querySelectorAll('circle.point').length).toBe(0);
    expect(root.querySelectorAll('path.reported').length).toBe(1);
    const rows = () => root.querySelectorAll('[part="table"] table:first-of-type tbody tr').length;
    expect(rows()).toBe(0);
    await openTable(chart);
    expect(rows()).toBe(1000);
    const limit = () => root.querySelector('.table-limit');
    expect(limit()?.textContent?.replace(/\s+/g, ' ').trim()).toBe('The table lists the first 1,000 of 3,000 rows; “Download data (CSV)” has them all. Show all 3,000 rows');
    // Hidden again, the table stays, but offers no button: nothing invisible takes a tab stop.
    root.querySelector<HTMLButtonElement>('[part="table-toggle"]')!.click();
    await chart.ready;
    expect(rows()).toBe(1000);
    expect(limit()?.textContent?.replace(/\s+/g, ' ').trim()).toBe('The table lists the first 1,000 of 3,000 rows; “Download data (CSV)” has them all.');
    expect(limit()?.querySelector('button')).toBeNull();
    await openTable(chart);
    const showAll = root.querySelector<HTMLButtonElement>('.table-limit button')!;
    expect(showAll.textContent?.trim()).toBe('Show all 3,000 rows');
    showAll.click();
    await chart.ready;
    expect(rows()).toBe(3000);
    expect(root.querySelector('.table-limit')).toBeNull();
  });

  it('says in Arabic how many rows the table lists', async () => {
    const start = Date.UTC(2003, 0, 1);
    const observations = Array.from({ length: 1001 }, (_, i) => ({
      date: new Date(start + i * 86_400_000).toISOString().slice(0, 10),
      value: 1000 + i,
      source: 'Generated series',
    }));
    const { chart, root } = await mount({ data: observations, attributes: { lang: 'ar-IQ', from: '2003', to: '2006' } });
    await openTable(chart);
    root.querySelector<HTMLButtonElement>('[part="table-toggle"]')!.click();
    await chart.ready;
    expect(root.querySelector('.table-limit')?.textContent?.replace(/\s+/g, ' ').trim()).toBe(
      'يعرض الجدول أول ١٬٠٠٠ صف من أصل ١٬٠٠١؛ وملف «تنزيل البيانات (CSV)» يضمّها كلها.',
    );
  });
});
