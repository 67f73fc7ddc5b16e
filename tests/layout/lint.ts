/**
 * The layout lint: reads a rendered story (light DOM and every open shadow root under `root`) in
 * screen space and lists what a reader would see as broken. Pure: it reads the DOM and the
 * window's width, changes nothing, and returns problems; the runner decides what fails.
 *
 * Rules (issue 14):
 * 1. `overlap` / `cut-off`: no text over other text; no text outside its `<svg>`, a clipping
 *    ancestor or its chart element's box.
 * 2. `unlabelled-rule`: every drawn event rule has a visible label, or a number explained by a key.
 * 3. `empty-years`: a standalone chart's default years fit its data.
 * 4. `sideways-scroll`: nothing wider than the viewport.
 *
 * The DOM contract the charts follow is in docs/ARCHITECTURE.md, "Layout lint".
 */

export type Rule = 'overlap' | 'cut-off' | 'unlabelled-rule' | 'empty-years' | 'sideways-scroll';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Problem {
  rule: Rule;
  /** The chart element the problem is in (`airstrikes-chart`…), or `page`. */
  chart: string;
  /** The offending text (for an overlap, both texts joined by " × "). */
  text: string;
  /** Where, in CSS pixels of the viewport, rounded. */
  box: Box;
  /** One line a reader of the test output understands. */
  message: string;
}

export interface LintOptions {
  /** The viewport width; default `innerWidth`. */
  viewportWidth?: number;
  /** Years without data allowed at each end of a standalone chart's axis. */
  maxEmptyYears?: number;
}

/** Intersections up to this size (px, both directions) are touching, not overlapping. */
const OVERLAP_TOLERANCE = 1;
/** Text may pass its container's edge by this much (anti-aliasing, sub-pixel layout). */
const EDGE_TOLERANCE = 0.5;
/** A rule's top end and its label are "touching" within this distance (the fallback pairing). */
const LABEL_TOUCH = 4;
const DEFAULT_EMPTY_YEARS = 2;

/** A run of text the reader sees: one SVG `<text>`, or one line of one HTML text node. */
interface TextItem {
  text: string;
  /** The HTML text node, whose words on this line are read only for a message. */
  node?: Text;
  box: DOMRect;
  owner: Element;
  chart: string;
  svg?: SVGSVGElement;
}

const rounded = (r: DOMRect | Box): Box => ({
  x: Math.round(r.x),
  y: Math.round(r.y),
  width: Math.round(r.width),
  height: Math.round(r.height),
});

const where = (b: Box) => `at x=${b.x} y=${b.y} (${b.width}×${b.height})`;

/** The parent across shadow boundaries (a shadow root's host, a slotted node's slot is not followed). */
function parentOf(node: Node): Element | null {
  if (node.parentElement) return node.parentElement;
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/** Every element under `root`, descending into open shadow roots. */
export function allElements(root: Element | ShadowRoot): Element[] {
  const out: Element[] = [];
  const visit = (node: Element | ShadowRoot) => {
    for (const child of Array.from(node.children)) {
      out.push(child);
      if (child.shadowRoot) visit(child.shadowRoot);
      visit(child);
    }
  };
  if (root instanceof Element) {
    out.push(root);
    if (root.shadowRoot) visit(root.shadowRoot);
  }
  visit(root);
  return out;
}

/** The nearest chart element (a custom element with a shadow root) at or above `el`. */
function chartOf(el: Element): Element | undefined {
  for (let e: Element | null = el; e; e = parentOf(e)) if (e.shadowRoot && e.localName.includes('-')) return e;
  return undefined;
}

/** The outermost chart element above `el` (the dashboard, for a chart inside it). */
function outerChartOf(el: Element): Element | undefined {
  let found: Element | undefined;
  for (let e: Element | null = el; e; e = parentOf(e)) if (e.shadowRoot && e.localName.includes('-')) found = e;
  return found;
}

/**
 * Text the lint deliberately ignores: not rendered (display:none, visibility:hidden, opacity 0,
 * `[hidden]`), visually hidden for assistive technology (`.visually-hidden`: the hint, the live
 * region, the closed data table), the tooltip (it floats over the chart on purpose), and
 * anything marked `data-lint-ignore`.
 */
export function isIgnored(el: Element): boolean {
  for (let e: Element | null = el; e; e = parentOf(e)) {
    if (e.hasAttribute('hidden') || e.hasAttribute('data-lint-ignore')) return true;
    if (e.classList.contains('visually-hidden')) return true;
    if (e.matches('[part~="tooltip"]')) return true;
  }
  return !el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true });
}

/** The visible text runs under `root`. */
export function textItems(root: Element): TextItem[] {
  const items: TextItem[] = [];
  for (const el of allElements(root)) {
    if (el instanceof SVGTextElement) {
      const text = (el.textContent ?? '').trim();
      if (!text || isIgnored(el)) continue;
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      items.push({ text, box, owner: el, chart: chartOf(el)?.localName ?? 'page', svg: el.ownerSVGElement ?? undefined });
      continue;
    }
    if (el instanceof SVGElement) continue;
    for (const node of Array.from(el.childNodes)) {
      if (node.nodeType !== Node.TEXT_NODE || !(node.textContent ?? '').trim()) continue;
      if (isIgnored(el)) break;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const box of lines(range.getClientRects())) {
        items.push({ text: (node.textContent ?? '').trim(), node: node as Text, box, owner: el, chart: chartOf(el)?.localName ?? 'page' });
      }
    }
  }
  return items;
}

/** Merges a text node's client rects into one box per line. */
function lines(rects: DOMRectList): DOMRect[] {
  const out: DOMRect[] = [];
  for (const r of Array.from(rects)) {
    if (r.width === 0 || r.height === 0) continue;
    const line = out.find((o) => Math.abs(o.y - r.y) < 1 && Math.abs(o.height - r.height) < 1);
    if (line) {
      const left = Math.min(line.left, r.left);
      const right = Math.max(line.right, r.right);
      out[out.indexOf(line)] = new DOMRect(left, line.y, right - left, line.height);
    } else out.push(DOMRect.fromRect(r));
  }
  return out;
}

/** What an item says: an SVG text, or the characters of a text node on the item's line. */
function said(item: TextItem): string {
  if (!item.node) return item.text;
  const { node, box } = item;
  const text = node.textContent ?? '';
  const range = document.createRange();
  let out = '';
  for (let i = 0; i < text.length; i++) {
    range.setStart(node, i);
    range.setEnd(node, i + 1);
    const r = range.getBoundingClientRect();
    if (r.height > 0 && Math.abs(r.y + r.height / 2 - (box.y + box.height / 2)) < box.height / 2) out += text[i];
  }
  return (out || text).trim().replace(/\s+/g, ' ');
}

const intersection = (a: DOMRect, b: DOMRect) => ({
  width: Math.min(a.right, b.right) - Math.max(a.left, b.left),
  height: Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top),
});

/** Rule 1a: visible texts of different elements that overlap. */
export function overlaps(items: readonly TextItem[]): Problem[] {
  const problems: Problem[] = [];
  // A sweep from left to right: only boxes whose horizontal spans meet are compared, so a page
  // with a long table stays fast.
  const sorted = [...items].sort((p, q) => p.box.left - q.box.left);
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i]!;
    for (let j = i + 1; j < sorted.length && sorted[j]!.box.left < a.box.right - OVERLAP_TOLERANCE; j++) {
      const b = sorted[j]!;
      if (a.owner === b.owner || a.owner.contains(b.owner) || b.owner.contains(a.owner)) continue;
      const cut = intersection(a.box, b.box);
      if (cut.width <= OVERLAP_TOLERANCE || cut.height <= OVERLAP_TOLERANCE) continue;
      const box = rounded(new DOMRect(Math.max(a.box.left, b.box.left), Math.max(a.box.top, b.box.top), cut.width, cut.height));
      const [first, second] = [said(a), said(b)];
      problems.push({
        rule: 'overlap',
        chart: a.chart,
        text: `${first} × ${second}`,
        box,
        message: `"${first}" overlaps "${second}" ${where(box)}`,
      });
    }
  }
  return problems;
}

/** Whether `inner` passes `outer`'s edges, horizontally (`x`) and/or vertically (`y`). */
const outside = (inner: DOMRect, outer: DOMRect, { x = true, y = true } = {}) =>
  (x && (inner.left < outer.left - EDGE_TOLERANCE || inner.right > outer.right + EDGE_TOLERANCE)) ||
  (y && (inner.top < outer.top - EDGE_TOLERANCE || inner.bottom > outer.bottom + EDGE_TOLERANCE));

const CLIPPING = new Set(['hidden', 'clip']);

/** Computed styles read in one lint pass: a long table's cells share their ancestors. */
let styles = new WeakMap<Element, CSSStyleDeclaration>();
function styleOf(el: Element): CSSStyleDeclaration {
  let style = styles.get(el);
  if (!style) styles.set(el, (style = getComputedStyle(el)));
  return style;
}

/**
 * The directions in which an element cuts off what overflows it: `overflow: hidden` or `clip`.
 * A scroll container (`auto`, `scroll`) cuts nothing off — the reader scrolls to it.
 */
function clips(el: Element): { x: boolean; y: boolean } | undefined {
  if (el instanceof SVGElement) return undefined;
  const style = styleOf(el);
  const x = CLIPPING.has(style.overflowX);
  const y = CLIPPING.has(style.overflowY);
  return x || y ? { x, y } : undefined;
}

/** Whether a scroll container lies between `el` and its chart element `chart` (an open data table). */
function scrolled(el: Element, chart: Element): boolean {
  for (let e: Element | null = el; e && e !== chart; e = parentOf(e)) {
    if (e instanceof SVGElement) continue;
    const x = styleOf(e).overflowX;
    if (x === 'auto' || x === 'scroll') return true;
  }
  return false;
}

/** Rule 1b: text cut off by its `<svg>`, a clipping ancestor or its chart element's box. */
export function cutOffs(items: readonly TextItem[]): Problem[] {
  const problems: Problem[] = [];
  for (const item of items) {
    const boundaries: [string, DOMRect, { x: boolean; y: boolean }][] = [];
    const both = { x: true, y: true };
    if (item.svg) boundaries.push(['the drawing', item.svg.getBoundingClientRect(), both]);
    // An HTML text's own element may clip it (overflow: hidden, text-overflow: ellipsis).
    for (let e = item.svg ? parentOf(item.owner) : item.owner; e; e = parentOf(e)) {
      if (e === document.body || e === document.documentElement) break;
      const clipped = clips(e);
      if (clipped) boundaries.push([`a clipping <${e.localName}>`, e.getBoundingClientRect(), clipped]);
      else if (e.shadowRoot && e.localName.includes('-') && !scrolled(item.owner, e)) boundaries.push([`the <${e.localName}> box`, e.getBoundingClientRect(), both]);
    }
    const hit = boundaries.find(([, box, axes]) => outside(item.box, box, axes));
    if (!hit) continue;
    const box = rounded(item.box);
    const text = said(item);
    problems.push({
      rule: 'cut-off',
      chart: item.chart,
      text,
      box,
      message: `"${text}" is cut off by ${hit[0]} ${where(box)} (edge ${where(rounded(hit[1]))})`,
    });
  }
  return problems;
}

const visibleText = (el: Element) => !isIgnored(el) && (el.textContent ?? '').trim() !== '' && el.getBoundingClientRect().width > 0;

/** Rule 2: event rules without a visible label or a number that a visible key explains. */
export function unlabelledRules(root: Element): Problem[] {
  const elements = allElements(root);
  const problems: Problem[] = [];
  const report = (rule: Element, id: string) => {
    const box = rounded(rule.getBoundingClientRect());
    problems.push({
      rule: 'unlabelled-rule',
      chart: chartOf(rule)?.localName ?? 'page',
      text: id || 'annotation line without data-event-rule',
      box,
      message: `event rule ${id ? `"${id}" ` : ''}has no visible label or key ${where(box)}`,
    });
  };
  for (const rule of elements.filter((e) => e.hasAttribute('data-event-rule'))) {
    if (isIgnored(rule)) continue;
    const id = rule.getAttribute('data-event-rule')!;
    const scope = rule.getRootNode() as ShadowRoot | Document;
    const inScope = (selector: string) => Array.from(scope.querySelectorAll(`[${selector}="${CSS.escape(id)}"]`)).filter(visibleText);
    if (inScope('data-event-label').length) continue;
    const markers = inScope('data-event-key');
    const entries = inScope('data-event-key-entry');
    const keyed = markers.some((m) => entries.some((e) => (e.textContent ?? '').includes((m.textContent ?? '').trim())));
    if (!keyed) report(rule, id);
  }
  // Fallback, for charts that do not yet follow the contract: a line of an annotation group is a
  // rule, labelled when a visible text of that group touches its top end.
  for (const group of elements.filter((e) => e.matches('[part~="annotation"]'))) {
    const texts = Array.from(group.querySelectorAll('text')).filter(visibleText).map((t) => t.getBoundingClientRect());
    for (const line of Array.from(group.querySelectorAll('line'))) {
      if (line.hasAttribute('data-event-rule') || isIgnored(line)) continue;
      const r = line.getBoundingClientRect();
      const touches = texts.some(
        (t) =>
          r.top >= t.top - LABEL_TOUCH &&
          r.top <= t.bottom + LABEL_TOUCH &&
          r.left >= t.left - LABEL_TOUCH &&
          r.left <= t.right + LABEL_TOUCH,
      );
      if (!touches) report(line, '');
    }
  }
  return problems;
}

/** A year read from a tick label, in Latin or Arabic-Indic digits ("2014", "٢٠١٤", "Jan 2014"). */
export function yearOf(label: string): number | undefined {
  const latin = label.replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660)).replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x06f0));
  const match = /(?:^|\D)((?:19|20)\d\d)(?:\D|$)/.exec(latin);
  return match ? Number(match[1]) : undefined;
}

/**
 * Rule 3: for a standalone chart whose `from` and `to` are its defaults (no attribute), the
 * years at each end of the x axis that hold no data mark, measured with the axis's own year
 * ticks, are at most `maxEmptyYears`.
 */
export function emptyYears(root: Element, maxEmptyYears = DEFAULT_EMPTY_YEARS): Problem[] {
  const problems: Problem[] = [];
  for (const chart of allElements(root).filter((e) => e.shadowRoot && e.querySelector !== undefined)) {
    const shadow = chart.shadowRoot!;
    const axis = shadow.querySelector('[part~="axis-x"]');
    if (!axis || outerChartOf(chart) !== chart || chart.hasAttribute('from') || chart.hasAttribute('to')) continue;
    const baseline = axis.querySelector('line')?.getBoundingClientRect();
    const ticks = Array.from(axis.querySelectorAll('text'))
      .map((t) => ({ year: yearOf(t.textContent ?? ''), x: t.getBoundingClientRect().x + t.getBoundingClientRect().width / 2 }))
      .filter((t): t is { year: number; x: number } => t.year !== undefined);
    const first = ticks[0];
    const last = ticks[ticks.length - 1];
    if (!baseline || !first || !last || first.year === last.year) continue;
    const pxPerYear = Math.abs(last.x - first.x) / Math.abs(last.year - first.year);
    const marks = Array.from(shadow.querySelectorAll('[part~="series"] *, [part~="points"] circle'))
      .filter((m) => !(m instanceof SVGGElement) && !isIgnored(m))
      .map((m) => m.getBoundingClientRect())
      .filter((r) => r.width > 0 || r.height > 0);
    if (!marks.length) continue;
    const left = Math.min(...marks.map((m) => m.left));
    const right = Math.max(...marks.map((m) => m.right));
    const ends: [string, number][] = [
      ['left', (left - baseline.left) / pxPerYear],
      ['right', (baseline.right - right) / pxPerYear],
    ];
    for (const [side, years] of ends) {
      if (years <= maxEmptyYears) continue;
      const box = rounded(side === 'left' ? new DOMRect(baseline.left, baseline.top, left - baseline.left, 1) : new DOMRect(right, baseline.top, baseline.right - right, 1));
      problems.push({
        rule: 'empty-years',
        chart: chart.localName,
        text: `${side} ${years.toFixed(1)} years`,
        box,
        message: `<${chart.localName}> default years leave ${years.toFixed(1)} years without data at the ${side} of its axis ${where(box)}`,
      });
    }
  }
  return problems;
}

/** Whether an element scrolls sideways inside itself (a wide table in an `overflow-x: auto` box). */
function scrollsSideways(el: Element): boolean {
  if (el instanceof SVGElement) return false;
  const x = styleOf(el).overflowX;
  return x === 'auto' || x === 'scroll' || x === 'hidden' || x === 'clip';
}

/** Rule 4: the page scrolls sideways, or an element's box leaves the viewport. */
export function sidewaysScroll(root: Element, viewportWidth = innerWidth): Problem[] {
  const problems: Problem[] = [];
  const scroller = document.scrollingElement;
  if (scroller && scroller.scrollWidth > viewportWidth + EDGE_TOLERANCE) {
    problems.push({
      rule: 'sideways-scroll',
      chart: 'page',
      text: `scrollWidth ${scroller.scrollWidth}`,
      box: { x: 0, y: 0, width: scroller.scrollWidth, height: 0 },
      message: `the page scrolls sideways: scrollWidth ${scroller.scrollWidth} > viewport ${viewportWidth}`,
    });
  }
  const walk = (el: Element, insideScroller: boolean) => {
    if (!insideScroller && !isIgnored(el) && !(el instanceof SVGElement && el.ownerSVGElement)) {
      const r = el.getBoundingClientRect();
      if ((r.width > 0 || r.height > 0) && (r.right > viewportWidth + EDGE_TOLERANCE || r.left < -EDGE_TOLERANCE)) {
        const box = rounded(r);
        const name = el.getAttribute('part') ? `${el.localName}[part="${el.getAttribute('part')}"]` : el.localName;
        problems.push({
          rule: 'sideways-scroll',
          chart: chartOf(el)?.localName ?? 'page',
          text: name,
          box,
          message: `<${name}> runs past the ${viewportWidth} px viewport ${where(box)}`,
        });
        return; // its descendants would repeat it
      }
    }
    const inner = insideScroller || scrollsSideways(el);
    if (el.shadowRoot) for (const c of Array.from(el.shadowRoot.children)) walk(c, inner);
    for (const c of Array.from(el.children)) walk(c, inner);
  };
  walk(root, false);
  return problems;
}

/** Every rule over `root`, in a stable order. */
export function lintLayout(root: Element, options: LintOptions = {}): Problem[] {
  styles = new WeakMap();
  const items = textItems(root);
  return [
    ...overlaps(items),
    ...cutOffs(items),
    ...unlabelledRules(root),
    ...emptyYears(root, options.maxEmptyYears),
    ...sidewaysScroll(root, options.viewportWidth ?? innerWidth),
  ];
}

/** One problem as a line of the test output. */
export function formatProblem(p: Problem): string {
  return `[${p.rule}] <${p.chart}> ${p.message}`;
}
