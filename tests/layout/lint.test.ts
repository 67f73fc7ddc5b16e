import { afterEach, describe, expect, it } from 'vitest';
import { formatProblem, lintLayout, yearOf, type Problem } from './lint.js';

/**
 * The lint on small handmade pages, each with one known fault and a twin without it: the lint
 * must find the fault (with its text and position) and stay silent on the twin, so it cannot pass
 * by finding nothing.
 */

class FixtureChart extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' });
  }
}
if (!customElements.get('fx-chart')) customElements.define('fx-chart', FixtureChart);

const FONT = 'font: 12px/1.2 sans-serif;';

let host: HTMLElement | undefined;
afterEach(() => host?.remove());

/** A `<fx-chart>` of the given width whose shadow root holds `inner`, in a page of plain blocks. */
function chart(inner: string, { width = 300, attributes = '' } = {}): HTMLElement {
  host = document.createElement('div');
  host.innerHTML = `<fx-chart style="display:block;width:${width}px;${FONT}" ${attributes}></fx-chart>`;
  document.body.append(host);
  const el = host.querySelector('fx-chart')!;
  el.shadowRoot!.innerHTML = inner;
  return host;
}

const svg = (content: string, width = 300, height = 100) =>
  `<svg part="svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" style="display:block;${FONT}">${content}</svg>`;

const rules = (problems: Problem[]) => problems.map((p) => p.rule);

describe('rule 1: overlapping text', () => {
  it('finds two SVG labels drawn over each other, with both texts and where', () => {
    const root = chart(svg('<text x="10" y="50">2014</text><text x="14" y="52">0</text>'));
    const problems = lintLayout(root);
    expect(rules(problems)).toEqual(['overlap']);
    const [p] = problems;
    expect(p!.text).toBe('2014 × 0');
    expect(p!.chart).toBe('fx-chart');
    // "0" starts 4 px into "2014", 14 px from the drawing's left edge.
    const left = root.querySelector('fx-chart')!.shadowRoot!.querySelector('svg')!.getBoundingClientRect().left;
    expect(Math.abs(p!.box.x - (left + 14))).toBeLessThanOrEqual(1);
    expect(formatProblem(p!)).toMatch(/^\[overlap\] <fx-chart> "2014" overlaps "0" at x=\d+ y=\d+ \(\d+×\d+\)$/);
  });

  it('finds HTML text laid over SVG text', () => {
    const root = chart(`<div style="position:relative">${svg('<text x="10" y="20">Today</text>')}
      <p style="position:absolute;margin:0;left:12px;top:8px">Surge</p></div>`);
    expect(lintLayout(root).map((p) => p.text)).toEqual(['Today × Surge']);
  });

  it('is silent on labels side by side, and on words of one paragraph', () => {
    const root = chart(`${svg('<text x="10" y="50">2014</text><text x="60" y="50">2015</text>')}
      <p style="margin:0">One <bdi>Latin</bdi> name, <b>bold</b> and a long line that wraps in the box of three hundred pixels.</p>`);
    expect(lintLayout(root)).toEqual([]);
  });

  it('ignores text hidden on purpose: display:none, visually hidden, the tooltip, opacity 0', () => {
    const root = chart(`<style>.visually-hidden{position:absolute;inline-size:1px;block-size:1px;overflow:hidden;clip-path:inset(50%)}</style>
      ${svg('<text x="10" y="50">2014</text><text x="12" y="50" style="display:none">hidden</text><text x="12" y="50" opacity="0">faded</text>')}
      <div style="position:relative;top:-60px">
        <span class="visually-hidden">Use the arrow keys</span>
        <div part="tooltip" style="position:absolute;left:8px;top:0">Tooltip over 2014</div>
      </div>`);
    expect(lintLayout(root)).toEqual([]);
  });
});

describe('rule 1: text cut off', () => {
  it('finds an SVG label that runs out of the drawing', () => {
    const root = chart(svg('<text x="270" y="50">Today, 2026</text>'));
    const problems = lintLayout(root);
    expect(rules(problems)).toEqual(['cut-off']);
    expect(problems[0]!.text).toBe('Today, 2026');
    expect(problems[0]!.message).toContain('cut off by the drawing');
  });

  it('finds a label cut at the top of the drawing', () => {
    expect(rules(lintLayout(chart(svg('<text x="10" y="4">Surge</text>'))))).toEqual(['cut-off']);
  });

  it('finds HTML text clipped by an overflow:hidden box, naming the words of that line', () => {
    const root = chart('<div style="width:60px;overflow:hidden;white-space:nowrap">Coalition air strikes</div>');
    const problems = lintLayout(root);
    expect(rules(problems)).toEqual(['cut-off']);
    expect(problems[0]!.text).toBe('Coalition air strikes');
    expect(problems[0]!.message).toContain('a clipping <div>');
  });

  it('finds text that leaves its chart element', () => {
    const root = chart('<div style="width:600px;white-space:nowrap">A heading far wider than the chart it heads, running on and on</div>', { width: 200 });
    expect(rules(lintLayout(root, { viewportWidth: 2000 }))).toEqual(['cut-off']);
  });

  it('is silent when the label fits', () => {
    expect(lintLayout(chart(svg('<text x="200" y="50">Today, 2026</text>')))).toEqual([]);
  });
});

describe('rule 2: event rules', () => {
  const frame = (content: string) => svg(`<g part="annotation">${content}</g>`, 300, 120);

  it('finds a rule with a data-event-rule and no label', () => {
    const root = chart(frame('<line data-event-rule="surge" x1="100" x2="100" y1="20" y2="110" stroke="black"></line>'));
    const problems = lintLayout(root);
    expect(rules(problems)).toEqual(['unlabelled-rule']);
    expect(problems[0]!.text).toBe('surge');
    expect(problems[0]!.box.x).toBeGreaterThanOrEqual(99);
  });

  it('accepts a rule with its visible label', () => {
    const root = chart(frame('<line data-event-rule="surge" x1="100" x2="100" y1="20" y2="110" stroke="black"></line><text data-event-label="surge" x="103" y="22">Surge</text>'));
    expect(lintLayout(root)).toEqual([]);
  });

  it('does not count a label that is hidden', () => {
    const root = chart(frame('<line data-event-rule="surge" x1="100" x2="100" y1="20" y2="110" stroke="black"></line><text data-event-label="surge" x="103" y="22" style="display:none">Surge</text>'));
    expect(rules(lintLayout(root))).toEqual(['unlabelled-rule']);
  });

  it('accepts a numbered rule that a key under the chart explains, and not one the key omits', () => {
    const rule = (id: string, x: number, n: string) =>
      `<line data-event-rule="${id}" x1="${x}" x2="${x}" y1="20" y2="110" stroke="black"></line><text data-event-key="${id}" x="${x + 3}" y="22">${n}</text>`;
    const root = chart(`${frame(rule('surge', 100, '1') + rule('exit', 200, '2'))}
      <ol part="event-key"><li data-event-key-entry="surge">1 Surge</li><li data-event-key-entry="exit">3 Exit</li></ol>`);
    const problems = lintLayout(root);
    expect(problems.map((p) => `${p.rule} ${p.text}`)).toEqual(['unlabelled-rule exit']);
  });

  it('without the attributes, takes a line of the annotation group as labelled only when a text touches its top', () => {
    const root = chart(frame('<line x1="100" x2="100" y1="13" y2="110" stroke="black"></line><text x="103" y="23">Surge</text><line x1="220" x2="220" y1="12" y2="110" stroke="black"></line>'));
    const problems = lintLayout(root);
    expect(rules(problems)).toEqual(['unlabelled-rule']);
    expect(problems[0]!.box.x).toBeGreaterThanOrEqual(219);
    expect(problems[0]!.box.x).toBeLessThanOrEqual(220);
  });
});

describe('rule 3: default years fit the data', () => {
  /** An axis of 2003–2026 over 230 px with year ticks, and a line drawn from `fromX` to `toX`. */
  const axisChart = (fromX: number, toX: number, attributes = '') =>
    chart(
      svg(
        `<g part="axis-x"><line x1="20" x2="250" y1="80" y2="80" stroke="black"></line>
          <text x="20" y="95" text-anchor="middle">2003</text><text x="120" y="95" text-anchor="middle">2013</text><text x="250" y="95" text-anchor="middle">٢٠٢٦</text></g>
         <g part="series lines"><path d="M${fromX} 40 L${toX} 30" stroke="black"></path></g>`,
        300,
        100,
      ),
      { attributes },
    );

  it('finds eleven empty years at the start of a default axis', () => {
    const problems = lintLayout(axisChart(130, 250));
    expect(rules(problems)).toEqual(['empty-years']);
    expect(problems[0]!.text).toBe('left 11.0 years');
  });

  it('is silent when the data spans the axis, or when the story sets from', () => {
    expect(lintLayout(axisChart(25, 245))).toEqual([]);
    expect(lintLayout(axisChart(130, 250, 'from="2003"'))).toEqual([]);
  });

  it('reads years in both digit systems', () => {
    expect([yearOf('2014'), yearOf('٢٠١٤'), yearOf('Jan 2014'), yearOf('0'), yearOf('200,000')]).toEqual([2014, 2014, 2014, undefined, undefined]);
  });
});

describe('rule 4: sideways scroll', () => {
  it('finds an element wider than the viewport and the page scrolling sideways', () => {
    const root = chart(`<div part="grid" style="width:${innerWidth + 80}px;height:10px"></div>`, { width: 200 });
    const problems = lintLayout(root).filter((p) => p.rule === 'sideways-scroll');
    expect(problems.map((p) => p.text)).toEqual([`scrollWidth ${document.scrollingElement!.scrollWidth}`, 'div[part="grid"]']);
    expect(problems[1]!.box.width).toBe(innerWidth + 80);
  });

  it('accepts a wide table inside its own sideways scroller', () => {
    const root = chart(`<div style="overflow-x:auto"><div style="width:${innerWidth + 80}px;height:10px"></div></div>`, { width: 200 });
    expect(lintLayout(root)).toEqual([]);
  });
});

describe('rule 1: scroll containers', () => {
  it('does not take text in a sideways scroller for cut off, but does in an overflow:hidden box', () => {
    const wide = '<table style="width:600px"><tr><td>Kind</td><td style="padding-inline-start:400px">Region</td></tr></table>';
    expect(lintLayout(chart(`<div style="overflow-x:auto">${wide}</div>`, { width: 200 }))).toEqual([]);
    expect(lintLayout(chart(`<div style="overflow:hidden">${wide}</div>`, { width: 200 })).map((p) => `${p.rule} ${p.text}`)).toEqual(['cut-off Region']);
  });
});
