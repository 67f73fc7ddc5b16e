import { afterEach, describe, expect, it } from 'vitest';
import { renderToSvg } from '../../src/static/index.js';
import { cleanup, fixture, mount } from './fixtures.js';

afterEach(cleanup);

describe('renderToSvg in a browser', () => {
  it('is well-formed SVG that an XML parser accepts, in both languages', () => {
    for (const lang of ['en', 'ar-IQ']) {
      const doc = new DOMParser().parseFromString(renderToSvg('troop-levels', { lang, now: '2025-01-01' }), 'image/svg+xml');
      expect(doc.querySelector('parsererror')).toBeNull();
      expect(doc.documentElement.localName).toBe('svg');
    }
  });

  it('draws the same series paths as the element at the same plot width', async () => {
    const { root } = await mount({ data: fixture, width: 664 });
    const element = [...root.querySelectorAll('[part="svg"] path')].map((p) => p.getAttribute('d'));
    const doc = new DOMParser().parseFromString(renderToSvg('troop-levels', { data: fixture, width: 664, now: '2025-01-01', annotations: 'none' }), 'image/svg+xml');
    const drawn = [...doc.querySelectorAll('g[transform] path')].map((p) => p.getAttribute('d'));
    expect(drawn).toEqual(element);
    expect(element.length).toBeGreaterThan(0);
  });
});
