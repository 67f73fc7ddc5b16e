export { renderToSvg, renderToSvgWithIssues, chartSpec, CHART_NAMES } from './render-to-svg.js';
export type { StaticRenderOptions, StaticRenderResult } from './render-to-svg.js';
export { toMarkup, escapeXml } from './markup.js';
export { renderToHtml } from './render-to-html.js';
export type { ServerRenderOptions } from './render-to-html.js';
