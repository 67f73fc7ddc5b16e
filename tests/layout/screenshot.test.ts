import { afterEach, expect, it } from 'vitest';
import { page } from 'vitest/browser';

/**
 * The screenshot comparison's tolerance (vitest.config.ts) on a small chart-like fixture: the
 * same drawing matches its reference, a tick label moved by 2 px or a line of another colour
 * does not. Its reference is tests/layout/screenshots/tolerance-fixture.png.
 */

let host: HTMLElement | undefined;
afterEach(() => host?.remove());

function draw({ labelX = 40, stroke = '#1f5fa8' } = {}): HTMLElement {
  host = document.createElement('div');
  host.style.cssText = 'width:320px;padding:8px;background:#fff;font:12px/1.2 sans-serif';
  host.innerHTML = `<svg width="300" height="120" viewBox="0 0 300 120">
    <line x1="30" x2="290" y1="100" y2="100" stroke="#59616b"></line>
    <path d="M30 90 L120 40 L200 60 L290 20" fill="none" stroke="${stroke}" stroke-width="2"></path>
    <text x="${labelX}" y="115" text-anchor="middle">2014</text><text x="160" y="115" text-anchor="middle">2020</text>
  </svg>`;
  document.body.append(host);
  return host;
}

it('matches the same drawing and catches a moved label and a changed colour', async () => {
  await page.viewport(400, 200);
  await expect.element(draw()).toMatchScreenshot('tolerance-fixture');
  host!.remove();
  // A mismatch is retried until the poll's timeout. On a busy machine two screenshots in a row can
  // take seconds to agree, so each comparison may wait up to 8 s for a stable one.
  const compare = (drawing: HTMLElement) =>
    expect.element(drawing, { timeout: 10_000 }).toMatchScreenshot('tolerance-fixture', { timeout: 8_000 }).then(() => 'matched', (e: Error) => e.message);
  expect(await compare(draw({ labelX: 42 }))).toMatch(/does not match the stored reference/);
  host!.remove();
  expect(await compare(draw({ stroke: '#c05a00' }))).toMatch(/does not match the stored reference/);
}, 60_000);
