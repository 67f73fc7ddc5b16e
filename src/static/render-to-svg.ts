import { svg } from 'lit';
import { dataset } from '../data/dataset.js';
import type { DataIssue } from '../data/issues.js';
import { validate } from '../data/validate.js';
import { keyedEvents, textWidth, type LegendItem } from '../components/core/layout/chart-layout.js';
import { eventKeyStyles } from '../components/core/render/event-key.js';
import { renderFrame, textAnchor } from '../components/core/render/frame.js';
import { renderPoints } from '../components/core/render/points.js';
import { dataYears, type ChartData, type ChartSpec } from '../components/core/chart-spec.js';
import { listSeparator, publisherName, rankedSources, shownRecords, summaryText } from '../components/core/chart-text.js';
import { provideLanguage, strings, type Strings } from '../components/core/i18n.js';
import { ar as sharedArabic } from '../components/core/i18n.ar.js';
import { airstrikesStrings } from '../components/airstrikes-chart/airstrikes-chart.strings.js';
import { ar as airstrikesArabic } from '../components/airstrikes-chart/airstrikes-chart.strings.ar.js';
import { casualtiesStrings } from '../components/casualties-chart/casualties-chart.strings.js';
import { ar as casualtiesArabic } from '../components/casualties-chart/casualties-chart.strings.ar.js';
import { spendingStrings } from '../components/spending-chart/spending-chart.strings.js';
import { ar as spendingArabic } from '../components/spending-chart/spending-chart.strings.ar.js';
import type { LocaleInfo } from '../components/core/locale.js';
import type { Source } from '../data/types.js';
import { resolveOptions, resolveOwnOptions, type ChartOptions } from '../components/core/element/options.js';
import { frameStyles, tokenValues } from '../components/core/render/tokens.styles.js';
import { CHARTS, findChart, shortName, type OwnOptionName } from '../components/registry.js';
import { escapeXml, toMarkup } from './markup.js';
import { staticStyles } from './static-styles.js';

// The static renderer draws in any language at once, so it has every chart's Arabic texts from
// the start (an element imports them only when a chart on the page needs them). Given here, not
// awaited: a top-level await would make the bundler move every element into a chunk of its own.
provideLanguage(strings, 'ar', sharedArabic);
provideLanguage(airstrikesStrings, 'ar', airstrikesArabic);
provideLanguage(casualtiesStrings, 'ar', casualtiesArabic);
provideLanguage(spendingStrings, 'ar', spendingArabic);

/** Short names for the command line: `troop-levels` for `troop-levels-chart`. */
export const CHART_NAMES = CHARTS.map((entry) => shortName(entry.tag));

/**
 * The charts' own options (`mode`, `view`, `compact`…) as the attributes take them: a word, or
 * for a flag `true` (or the attribute's presence, `""`). A chart ignores the options of others.
 */
export type ChartOwnOptions = { [K in OwnOptionName]?: string | boolean | null };

/** Options for {@link renderToSvg}: the element's options, plus the width and data. */
export interface StaticRenderOptions extends Omit<ChartOptions, 'theme'>, ChartOwnOptions {
  /** `light` or `dark`; `auto` has no reader to ask, so it draws light. */
  theme?: string;
  /** Total width of the SVG in pixels (the chart inside is 24 px narrower). Default 640. */
  width?: number;
  heading?: string;
  description?: string;
  /** Your own records, as the element's `data` property takes them. */
  data?: unknown;
}

/** The SVG and what was wrong with the options or data, as the element would report it. */
export interface StaticRenderResult {
  svg: string;
  issues: DataIssue[];
}

const PADDING = 12;
const HEADING_SIZE = 16;
const TEXT_SIZE = 13;
const SMALL_SIZE = 11;

/** Splits text into lines that fit a width, at spaces; a word longer than the width keeps its own line. */
function wrap(text: string, width: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, fontSize) > width) {
      lines.push(line);
      line = word;
    } else {
      line = next;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** The spec for a tag or short name, or an error naming the charts there are. */
export function chartSpec(name: string): ChartSpec {
  const entry = findChart(name);
  if (!entry) throw new Error(`Unknown chart "${name}"; use one of: ${CHART_NAMES.join(', ')}.`);
  return entry.spec;
}

/** The options checked and the data read, as the element would: what a static render lays out. */
function staticInput(spec: ChartSpec, options: StaticRenderOptions) {
  const own = resolveOwnOptions(spec.options, (key) => (options as Record<string, unknown>)[key]);
  const issues: DataIssue[] = [];
  let data: ChartData = { ...dataset };
  if (options.data !== undefined && options.data !== null) {
    const given = spec.read(options.data, dataset.sources, own.values, validate);
    issues.push(...given.issues);
    data = { observations: given.records, events: given.events ?? dataset.events, sources: [...given.sources, ...dataset.sources] };
  }
  const shared = resolveOptions({ ...options, annotations: options.annotations ?? spec.defaults.annotations }, Date.now, dataYears(spec, data, own.values));
  issues.push(...shared.issues, ...own.issues);
  return { resolved: shared.options, own: own.values, issues, data };
}

/** The footer's source line: the three publishers cited by most points, in the reader's language, and how many more. */
function sourceLine(ranked: readonly Source[], locale: LocaleInfo, text: Strings): string {
  if (ranked.length === 0) return `${text.source}: ${text.noSource}`;
  // First-strong isolates keep a Latin name's order inside an Arabic line, as <bdi> does in HTML.
  const named = ranked.slice(0, 3).map((s) => `\u2068${publisherName(s, locale.language)}\u2069`).join(listSeparator(locale));
  const rest = ranked.length - 3;
  return `${ranked.length > 1 ? text.sources : text.source}: ${named}${rest > 0 ? `${listSeparator(locale)}${text.more(locale.formatNumber(rest))}` : ''}`;
}

/**
 * Renders a chart to a self-contained SVG string, from the same layout and marks as the
 * element: heading, description, legend, chart and source line, in the language and direction
 * of `lang`, with the theme's colours written in. For no-JS fallbacks, print and social images.
 */
export function renderToSvgWithIssues(tag: string, options: StaticRenderOptions = {}): StaticRenderResult {
  const spec = chartSpec(tag);
  const { resolved, own, issues, data } = staticInput(spec, options);
  const theme = resolved.theme === 'dark' ? 'dark' : 'light';
  const { locale } = resolved;
  const text = strings(locale.language);
  const total = Math.max(240, Math.round(options.width ?? 640));
  const inner = total - 2 * PADDING;
  const layout = spec.layout(data, { ...resolved, width: inner }, text, own);
  const years = { from: locale.formatYear(Date.UTC(resolved.from, 0, 1)), to: locale.formatYear(Date.UTC(resolved.to, 0, 1)) };
  const ownText = spec.strings(locale.language);
  const heading = options.heading ?? spec.heading(ownText, years, own);
  const description = options.description ?? spec.description(ownText, own);
  const rtl = locale.dir === 'rtl';
  const startX = rtl ? total - PADDING : PADDING;
  const anchor = textAnchor(rtl ? 'right' : 'left', locale.dir);

  let y = PADDING;
  const lines = (content: string, size: number, className: string) =>
    wrap(content, inner, size).map((line) => {
      y += Math.round(size * 1.35);
      return svg`<text class=${className} x=${startX} y=${y} text-anchor=${anchor}>${line}</text>`;
    });
  const headingLines = lines(heading, HEADING_SIZE, 'static-heading');
  const descriptionLines = lines(description, TEXT_SIZE, 'static-description');
  const legend = legendRow(layout.legend, inner, rtl, total, y + 22);
  const chartTop = legend.bottom + 6;
  y = chartTop + layout.size.height + 4;
  const keyLines = keyedEvents(layout.annotations).flatMap((m) => lines(`${m.badge}. ${m.date} ${m.label}`, SMALL_SIZE, 'static-key'));
  if (keyLines.length) y += 6;
  const footerLines = lines(sourceLine(rankedSources(shownRecords(layout), data.sources), locale, text), SMALL_SIZE, 'static-footer');
  const height = y + PADDING;

  const body = svg`
    <rect class="static-background" width=${total} height=${height}></rect>
    ${headingLines}${descriptionLines}${legend.marks}
    <g transform=${`translate(${PADDING} ${chartTop})`}>
      ${renderFrame(layout, locale, text)}
      ${spec.renderMarks(layout, locale)}
      ${renderPoints(layout, undefined, undefined)}
    </g>
    ${keyLines}${footerLines}`;
  const summary = summaryText(layout, heading, years, locale, text, spec.points);
  return { svg: svgDocument(body, { total, height, heading, summary, locale, css: `${staticStyles(theme, [frameStyles, eventKeyStyles, spec.styles])} ${staticTextStyles(theme)}` }), issues };
}

/** The SVG document around a drawing: size, label, title, description and styles, whitespace between tags removed. */
function svgDocument(body: unknown, { total, height, heading, summary, locale, css }: { total: number; height: number; heading: string; summary: string; locale: LocaleInfo; css: string }): string {
  const markup =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${total}" height="${height}" viewBox="0 0 ${total} ${height}" ` +
    `role="img" aria-label="${escapeXml(summary)}" direction="${locale.dir}" xml:lang="${escapeXml(locale.tag)}" lang="${escapeXml(locale.tag)}">` +
    `<title>${escapeXml(heading)}</title><desc>${escapeXml(summary)}</desc><style>${css}</style>${toMarkup(body)}</svg>`;
  return markup.replace(/>\s+</g, '><').replace(/\s+>/g, '>');
}

/** {@link renderToSvgWithIssues}, returning the SVG string alone. */
export function renderToSvg(tag: string, options: StaticRenderOptions = {}): string {
  return renderToSvgWithIssues(tag, options).svg;
}

function legendRow(items: readonly LegendItem[], width: number, rtl: boolean, total: number, top: number) {
  let x = 0;
  let row = 0;
  const marks = items.map((item) => {
    const span = 24 + 6 + textWidth(item.label, 12);
    if (x > 0 && x + span > width) {
      x = 0;
      row += 1;
    }
    const left = rtl ? total - PADDING - x - span : PADDING + x;
    const y = top + row * 18;
    x += span + 16;
    // The swatch sits at the start of the reading direction, the label after it.
    const swatchX = rtl ? left + span - 24 : left;
    const labelX = rtl ? swatchX - 6 : left + 30;
    const swatch =
      item.mark === 'band'
        ? svg`<rect x=${swatchX + 1} y=${y - 9} width="22" height="10"></rect>`
        : item.mark === 'point' || item.mark === 'hollow'
          ? svg`<circle cx=${swatchX + 12} cy=${y - 4} r="4"></circle>`
          : svg`<line x1=${swatchX + 1} x2=${swatchX + 23} y1=${y - 4} y2=${y - 4}></line>`;
    return svg`<g class=${`swatch ${item.key}`}>${swatch}</g><text class="static-legend" x=${labelX} y=${y}>${item.label}</text>`;
  });
  return { marks, bottom: top + row * 18 + 4 };
}

/** Fills for the texts only the static SVG has (the element draws them in HTML). */
function staticTextStyles(theme: 'light' | 'dark'): string {
  const value = tokenValues(theme);
  return [
    `svg { font-family: ${value.get('--_font')}; }`,
    `.static-background { fill: ${value.get('--_bg')}; }`,
    `.static-heading { fill: ${value.get('--_fg')}; font-size: ${HEADING_SIZE}px; font-weight: 700; }`,
    `.static-description { fill: ${value.get('--_muted')}; font-size: ${TEXT_SIZE}px; }`,
    `.static-legend { fill: ${value.get('--_fg')}; font-size: 12px; }`,
    `.static-footer { fill: ${value.get('--_muted')}; font-size: ${SMALL_SIZE}px; }`,
    `.static-key { fill: ${value.get('--_muted')}; font-size: ${SMALL_SIZE}px; }`,
  ].join(' ');
}
