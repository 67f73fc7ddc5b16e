import { describe, expect, it } from 'vitest';
import { airstrikesStrings } from '../../src/components/airstrikes-chart/airstrikes-chart.strings.js';
import { hasLanguage } from '../../src/components/core/i18n.js';
import { renderToSvg } from '../../src/static/index.js';

// No unit setup here (the browser project has none): the static renderer's own imports are all.
describe('the static renderer in Arabic', () => {
  it('has every Arabic table it can draw with as soon as it is imported, with nothing to await', () => {
    expect(hasLanguage('ar')).toBe(true);
    const troops = renderToSvg('troop-levels', { lang: 'ar', width: 640 });
    expect(troops).toContain('القوات الأمريكية في العراق');
    const strikes = renderToSvg('airstrikes', { lang: 'ar', width: 640, mode: 'cumulative' });
    const title = new DOMParser().parseFromString(strikes, 'image/svg+xml').querySelector('title')!.textContent!;
    expect(title.startsWith('الغارات الجوية في العراق وسوريا، المجاميع التراكمية، ')).toBe(true);
    expect(airstrikesStrings('en').cumulativeHeading('2014', '2026').startsWith('Air strikes')).toBe(true);
  });
});
