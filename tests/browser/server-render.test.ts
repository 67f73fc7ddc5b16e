import { afterEach, describe, expect, it } from 'vitest';
import { renderToHtml, renderToSvg } from '../../src/static/index.js';

/**
 * Server rendering: the element written as HTML with a declarative shadow root. Each page loads
 * in its own frame, so that the element is undefined there until the page's own script runs.
 */
async function frame(body: string, script = false): Promise<Document> {
  const iframe = document.createElement('iframe');
  iframe.style.width = '800px';
  iframe.style.height = '700px';
  document.body.append(iframe);
  await new Promise<void>((resolve) => {
    iframe.addEventListener('load', () => resolve(), { once: true });
    const head = script ? '<script type="module" src="/dist/iraq-mission-charts.bundle.js"></script>' : '';
    iframe.srcdoc = `<!doctype html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
  });
  return iframe.contentDocument!;
}

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 20));
  expect(check()).toBe(true);
}

afterEach(() => document.body.replaceChildren());

describe('renderToHtml', () => {
  it('writes the options as attributes around a declarative shadow root', () => {
    const html = renderToHtml('troop-levels', { lang: 'ar-IQ', theme: 'dark', from: 2014, now: '2025-01-01' });
    expect(html.startsWith('<troop-levels-chart lang="ar-IQ" theme="dark" from="2014" now="2025-01-01"><template shadowrootmode="open"><svg ')).toBe(true);
    expect(html.endsWith('</svg></template></troop-levels-chart>')).toBe(true);
  });

  it('shows the drawing on a page with no JavaScript', async () => {
    const doc = await frame(renderToHtml('troop-levels', { lang: 'ar-IQ', now: '2025-01-01' }));
    const element = doc.querySelector('troop-levels-chart')!;
    expect(doc.defaultView!.customElements.get('troop-levels-chart')).toBeUndefined();
    const drawing = element.shadowRoot!.querySelector('svg')!;
    expect(drawing.querySelector('title')!.textContent).toBe('القوات الأمريكية في العراق، ٢٠٠٣–٢٠٢٦');
    expect(drawing.getBoundingClientRect().width).toBe(640);
  });

  it('gives way to the live chart, configured by the same attributes, when the script runs', async () => {
    const doc = await frame(renderToHtml('troop-levels', { lang: 'ar-IQ', from: 2014, now: '2025-01-01' }), true);
    const root = doc.querySelector('troop-levels-chart')!.shadowRoot!;
    await until(() => root.querySelector('svg[part="svg"]') !== null);
    expect(root.querySelectorAll('svg[xmlns], svg title').length).toBe(0);
    expect(root.querySelectorAll('svg[part="svg"]').length).toBe(1);
    expect(root.querySelector('[part="heading"]')!.textContent).toBe('القوات الأمريكية في العراق، ٢٠١٤–٢٠٢٦');
  });

  it('lets a page with a strict CSP use the static SVG as an image inside the element, hidden once the chart draws', async () => {
    const src = `data:image/svg+xml,${encodeURIComponent(renderToSvg('troop-levels', { now: '2025-01-01' }))}`;
    const doc = await frame(`<troop-levels-chart><img src="${src}" alt="US troops in Iraq, 2003–2026"></troop-levels-chart>`, true);
    const element = doc.querySelector('troop-levels-chart')!;
    await until(() => element.shadowRoot?.querySelector('svg[part="svg"]') !== null);
    expect(element.querySelector('img')!.getClientRects().length).toBe(0);
  });
});
