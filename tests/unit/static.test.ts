import { Writable } from 'node:stream';
import { css, html, nothing, svg } from 'lit';
import { describe, expect, test } from 'vitest';
import { main } from '../../src/cli.js';
import { renderToHtml, renderToSvg, renderToSvgWithIssues, toMarkup } from '../../src/static/index.js';
import { staticStyles } from '../../src/static/static-styles.js';

const NOW = '2026-11-21';

function sink(): Writable & { text: () => string; bytes: () => Buffer } {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(Buffer.from(chunk));
      done();
    },
  }) as Writable & { text: () => string; bytes: () => Buffer };
  stream.text = () => Buffer.concat(chunks).toString('utf8');
  stream.bytes = () => Buffer.concat(chunks);
  return stream;
}

describe('toMarkup', () => {
  test('toMarkup(svg`…`) quotes and escapes attribute bindings and text', () => {
    expect(toMarkup(svg`<text x=${12.5} class=${'a "b"'}>${'<b>&</b>'}</text>`)).toBe('<text x="12.5" class="a &quot;b&quot;">&lt;b&gt;&amp;&lt;/b&gt;</text>');
  });

  test('toMarkup drops attributes bound to nothing, null or undefined, and event and property bindings', () => {
    expect(toMarkup(html`<a href=${nothing} title=${undefined} id=${null} @click=${() => 1} .data=${[1]}>x</a>`)).toBe('<a>x</a>');
  });

  test('toMarkup writes a boolean attribute only when true', () => {
    expect(toMarkup(html`<input ?disabled=${true} ?hidden=${false}>`)).toBe('<input disabled>');
  });

  test('toMarkup writes nested templates and lists in order, and nothing for nothing', () => {
    expect(toMarkup(svg`<g>${[1, 2].map((n) => svg`<circle r=${n}></circle>`)}${nothing}${false}</g>`)).toBe('<g><circle r="1"></circle><circle r="2"></circle></g>');
  });
});

describe('staticStyles', () => {
  test('staticStyles writes a rule reading a property set per class once per class, on an ancestor, a compound or the element itself', () => {
    const sheet = css`
      .chart { --_a: var(--_series-1); }
      .a, .m { --_c: var(--_a); }
      .b { --_c: red; }
      path.line { fill: none; stroke: var(--_c); }
      .swatch line { stroke: var(--_c); }
    `;
    expect(staticStyles('light', [sheet])).toBe(
      '.chart { } .a, .m { } .b { } path.line { fill: none; } ' +
        ':where(.a) path.line, :where(.m) path.line { stroke: #0060b8; } :where(.b) path.line { stroke: red; } ' +
        'path.line:where(.a), path.line:where(.m) { stroke: #0060b8; } path.line:where(.b) { stroke: red; } ' +
        ':where(.a) .swatch line, :where(.m) .swatch line { stroke: #0060b8; } :where(.b) .swatch line { stroke: red; } ' +
        '.swatch:where(.a) line, .swatch:where(.m) line { stroke: #0060b8; } .swatch:where(.b) line { stroke: red; } ' +
        '.swatch line:where(.a), .swatch line:where(.m) { stroke: #0060b8; } .swatch line:where(.b) { stroke: red; }',
    );
  });

  test('staticStyles passes a class\'s value on through descendant and child combinators only, not to siblings', () => {
    const sheet = css`
      .x { --_c: red; }
      .marks ~ g > .point { fill: var(--_c); }
    `;
    expect(staticStyles('light', [sheet])).toBe(
      '.x { } :where(.x) .marks ~ g > .point { fill: red; } .marks ~ g:where(.x) > .point { fill: red; } .marks ~ g > .point:where(.x) { fill: red; }',
    );
  });
});

describe('renderToSvg', () => {
  test('renderToSvg("troop-levels") is one self-contained SVG with a title, a summary and concrete colours', () => {
    const out = renderToSvg('troop-levels', { width: 800, now: NOW });
    expect(out.startsWith('<svg xmlns="http://www.w3.org/2000/svg" width="800" height="')).toBe(true);
    expect(out.endsWith('</svg>')).toBe(true);
    expect(out).toContain('<title>US troops in Iraq, 2003–2026</title>');
    expect(out).toMatch(/aria-label="US troops in Iraq, 2003–2026\. Chart from 2003 to 2026 with \d+ data points\./);
    const style = /<style>(.*)<\/style>/.exec(out)![1]!;
    expect(style).not.toContain('var(');
    expect(style).toContain('.static-background { fill: #ffffff; }');
    // The record has an in-country count in every year 2003–2026, no two more than 18 months apart:
    // one line, drawn again in the panel of 2012–2026 at its own scale.
    expect((out.match(/<path class="reported"/g) ?? []).length).toBe(2);
    expect(out).toContain('2012–2026, at a scale of its own</text>');
    expect(out).not.toContain('<script');
  });

  test('renderToSvg(…, { lang: "ar-IQ", theme: "dark" }) runs right to left, in Arabic digits, on the dark background', () => {
    const out = renderToSvg('troop-levels-chart', { lang: 'ar-IQ', theme: 'dark', now: NOW });
    expect(out).toContain('direction="rtl"');
    expect(out).toContain('<title>القوات الأمريكية في العراق، ٢٠٠٣–٢٠٢٦</title>');
    expect(out).toContain('.static-background { fill: #14181d; }');
    const years = [...out.matchAll(/<text x="[\d.]+" y="[\d.]+">([^<]+)<\/text>/g)].map((m) => m[1]).filter((t) => /^[٠-٩]{4}$/.test(t!));
    expect(years.length).toBeGreaterThan(4);
  });

  test('renderToSvg escapes markup in the heading and in data', () => {
    const out = renderToSvg('troop-levels', {
      heading: '<script>alert(1)</script>',
      data: [{ date: '2020', value: 3000, source: '<img src=x onerror=alert(1)>' }],
      now: NOW,
    });
    expect(out).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(out).not.toContain('<script>');
    expect(out).not.toContain('<img');
  });

  test('renderToSvgWithIssues reports bad rows and options as the element does, and draws the rest', () => {
    const { svg: out, issues } = renderToSvgWithIssues('troop-levels', {
      theme: 'purple',
      data: [{ date: '2020', value: 3000, source: 'Desk' }, { date: '2021-13', value: 2500, source: 'Desk' }],
      now: NOW,
    });
    expect(issues.map((i) => [i.row, i.field, i.code])).toEqual([
      [1, 'date', 'bad-date'],
      [-1, 'theme', 'bad-attribute'],
    ]);
    expect((out.match(/<circle class="point/g) ?? []).length).toBe(1);
  });

  test('renderToSvg("nope") names the charts there are', () => {
    expect(() => renderToSvg('nope')).toThrow('Unknown chart "nope"; use one of: mission-timeline, troop-levels, airstrikes, casualties, spending.');
  });

  test('renderToSvg draws each chart with its own options, as the element does', () => {
    const perPeriod = renderToSvg('airstrikes', { mode: 'per-period', period: 'month', now: NOW });
    // By default the years of the chart's own figures: the monthly counts run 2014–2020.
    expect(perPeriod).toContain('<title>Air strikes in Iraq and Syria, 2014–2020</title>');
    expect(perPeriod).toContain('<g part="series bars" class="bar-marks">');
    expect(renderToSvg('airstrikes', { now: NOW })).toContain('<title>Air strikes in Iraq and Syria, running totals, 2014–2020</title>');
    expect(renderToSvg('casualties', { measure: 'wounded', now: NOW })).toContain('<title>US military wounded in Iraq, 2003–2026</title>');
    expect(renderToSvg('spending', { view: 'cumulative', now: NOW })).toContain('<g part="series lines">');
    const full = renderToSvg('mission-timeline', { now: NOW });
    const compact = renderToSvg('mission-timeline', { compact: true, now: NOW });
    expect(Number(/height="(\d+)"/.exec(compact)![1])).toBeLessThan(Number(/height="(\d+)"/.exec(full)![1]));
  });

  test('renderToSvgWithIssues reports a wrong own option as the element does, and draws the default', () => {
    const { svg: out, issues } = renderToSvgWithIssues('airstrikes', { mode: 'bogus', now: NOW });
    expect(issues.map((i) => [i.row, i.field, i.code, i.message.en])).toEqual([[-1, 'mode', 'bad-attribute', '“bogus” is not a valid value for mode; using cumulative.']]);
    expect(out).toBe(renderToSvg('airstrikes', { now: NOW }));
  });

  test('renderToSvg reads a timeline\'s data as events, as the element does', () => {
    const { svg: out, issues } = renderToSvgWithIssues('mission-timeline', {
      data: [{ id: 'e1', date: '2010-05', label: { en: 'One event', ar: 'حدث واحد' }, period: 'withdrawal', key: true, sourceIds: ['nope'] }],
      now: NOW,
    });
    expect(issues.map((i) => [i.row, i.field, i.code])).toEqual([[0, 'sourceIds', 'unknown-source']]);
    expect((out.match(/<circle class="point/g) ?? []).length).toBe(1);
    expect(out).toContain('One event');
  });

  test('renderToHtml writes the chart\'s own options as the attributes the live element reads', () => {
    expect(renderToHtml('mission-timeline', { compact: true, now: NOW }).startsWith('<mission-timeline now="2026-11-21" compact><template')).toBe(true);
    expect(renderToHtml('airstrikes', { mode: 'per-period', now: NOW }).startsWith('<airstrikes-chart now="2026-11-21" mode="per-period"><template')).toBe(true);
  });

  // The saved drawings of every chart, variant and language are in static-snapshots.test.ts.
});

describe('the command line', () => {
  test('`render troop-levels --lang ar-IQ --theme dark --width 640` writes the SVG to standard output', () => {
    const out = sink();
    const err = sink();
    expect(main(['render', 'troop-levels', '--lang', 'ar-IQ', '--theme', 'dark', '--width', '640', '--now', NOW], out, err)).toBe(0);
    expect(out.text()).toBe(renderToSvg('troop-levels', { lang: 'ar-IQ', theme: 'dark', width: 640, now: NOW }));
    expect(err.text()).toBe('');
  });

  test('`render troop-levels --png` writes a PNG of the same size, through Chromium', () => {
    const out = sink();
    expect(main(['render', 'troop-levels', '--png', '--width', '500', '--now', NOW], out, sink())).toBe(0);
    const png = out.bytes();
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.readUInt32BE(16)).toBe(500);
  }, 30_000);

  test('`render troop-levels --html --lang ar-IQ` writes the element with its drawing in a declarative shadow root', () => {
    const out = sink();
    expect(main(['render', 'troop-levels', '--html', '--lang', 'ar-IQ', '--now', NOW], out, sink())).toBe(0);
    expect(out.text()).toBe(renderToHtml('troop-levels', { lang: 'ar-IQ', now: NOW }));
    expect(out.text().startsWith('<troop-levels-chart lang="ar-IQ" now="2026-11-21"><template shadowrootmode="open"><svg ')).toBe(true);
  });

  test('wrong options say what is wrong on standard error and still draw', () => {
    const out = sink();
    const err = sink();
    expect(main(['render', 'troop-levels', '--theme', 'purple', '--from', 'soon'], out, err)).toBe(0);
    expect(err.text()).toBe('warning: “purple” is not a valid value for theme; using light.\nwarning: “soon” is not a valid value for from; using 2003.\n');
    expect(out.text().startsWith('<svg')).toBe(true);
  });

  test('`render airstrikes --mode per-period --period month` draws what renderToSvg draws with those options', () => {
    const out = sink();
    const err = sink();
    expect(main(['render', 'airstrikes', '--mode', 'per-period', '--period', 'month', '--now', NOW], out, err)).toBe(0);
    expect(out.text()).toBe(renderToSvg('airstrikes', { mode: 'per-period', period: 'month', now: NOW }));
    expect(err.text()).toBe('');
  });

  test('a wrong own option is reported as the element reports it; an option of another chart is said to be ignored', () => {
    const err = sink();
    expect(main(['render', 'spending', '--view', 'weekly', '--compact', '--now', NOW], sink(), err)).toBe(0);
    expect(err.text()).toBe('warning: spending has no option --compact; ignored.\nwarning: “weekly” is not a valid value for view; using annual.\n');
  });

  test('an unknown chart, or no chart, fails with a reason', () => {
    const err = sink();
    expect(main(['render', 'nope'], sink(), err)).toBe(1);
    expect(err.text()).toBe('Unknown chart "nope"; use one of: mission-timeline, troop-levels, airstrikes, casualties, spending.\n');
    const usage = sink();
    expect(main([], sink(), usage)).toBe(2);
    expect(usage.text()).toContain('Usage: iraq-mission-charts render <chart>');
  });
});
