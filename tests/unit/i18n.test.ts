import { describe, expect, it } from 'vitest';
import { hasLanguage, loadLanguage, localized, strings } from '../../src/components/core/i18n.js';

// The unit setup (languages.setup.ts) has loaded Arabic for every table the charts declare.
describe('texts by language: English built in, the others imported on demand', () => {
  it('has the shared Arabic table once it is loaded', () => {
    expect(hasLanguage('ar')).toBe(true);
    expect(loadLanguage('ar')).toBeUndefined();
    expect(strings('ar').download).toBe('تنزيل البيانات (CSV)');
    expect(strings('en').download).toBe('Download data (CSV)');
  });

  it('answers in English until a new table’s Arabic has arrived, imports it once for every caller, then answers in Arabic', async () => {
    let imports = 0;
    const table = localized({ hello: 'Hello' }, { ar: async () => (imports++, { hello: 'مرحبا' }) });
    expect(hasLanguage('ar')).toBe(false);
    expect(table('ar')).toEqual({ hello: 'Hello' });
    const first = loadLanguage('ar');
    expect(loadLanguage('ar')).toBe(first);
    await first;
    expect([imports, table('ar').hello, table('en').hello, hasLanguage('ar'), loadLanguage('ar')]).toEqual([1, 'مرحبا', 'Hello', true, undefined]);
  });

  it('settles in English for a table whose module cannot be fetched, so a chart is drawn rather than left blank', async () => {
    const table = localized({ hello: 'Hello' }, { ar: () => Promise.reject(new Error('offline')) });
    await loadLanguage('ar');
    expect([table('ar').hello, hasLanguage('ar'), loadLanguage('ar')]).toEqual(['Hello', true, undefined]);
  });
});
