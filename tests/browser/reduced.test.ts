import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, mount } from './fixtures.js';

afterEach(cleanup);

describe('a long series', () => {
  it('draws what the pixels can show, and keeps every observation in the data table', async () => {
    const start = Date.UTC(2003, 0, 1);
    const observations = Array.from({ length: 3000 }, (_, i) => ({
      id: `day-${i}`,
      date: new Date(start + i * 86_400_000).toISOString().slice(0, 10),
      value: 100_000 + ((i * 7919) % 50_000),
      source: 'Generated series',
    }));
    const { root } = await mount({ data: observations, width: 664, attributes: { from: '2003', to: '2011' } });
    const drawn = root.querySelectorAll('circle.point').length;
    expect(drawn).toBeLessThan(3000);
    expect(drawn).toBeGreaterThan(0);
    expect(root.querySelectorAll('[part="table"] table:first-of-type tbody tr').length).toBe(3000);
  });
});
