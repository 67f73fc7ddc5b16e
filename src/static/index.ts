export { renderToSvg, renderToSvgWithIssues, chartSpec, CHART_NAMES } from './render-to-svg.js';
export type { ChartOwnOptions, StaticRenderOptions, StaticRenderResult } from './render-to-svg.js';
export { toMarkup, escapeXml } from './markup.js';
export { renderToHtml } from './render-to-html.js';
export type { ServerRenderOptions } from './render-to-html.js';
