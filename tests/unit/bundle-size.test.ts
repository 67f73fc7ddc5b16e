import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error — a plain ES module script without types; it is run by `npm run size` too.
import { BUDGETS, measure } from '../../scripts/size.mjs';

type Sizes = Record<string, { min: number; gzip: number; brotli: number }>;

describe('bundle sizes (gzip, measured on built files)', () => {
  it('has a built standalone bundle to measure (npm test builds it first)', () => {
    expect(existsSync('dist/iraq-mission-charts.js')).toBe(true);
  });

  it('keeps every bundle within its budget', async () => {
    const measured = (await measure()) as Sizes;
    const over = Object.entries(BUDGETS as Record<string, number>)
      .filter(([name, budget]) => measured[name]!.gzip > budget)
      .map(([name, budget]) => `${name}: ${measured[name]!.gzip} B > ${budget} B`);
    expect(over).toEqual([]);
  }, 60_000);
});
