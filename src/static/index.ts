export { renderToSvg, renderToSvgWithIssues, chartSpec, CHART_NAMES } from './render-to-svg.js';
export type { StaticRenderOptions, StaticRenderResult } from './render-to-svg.js';
export { toMarkup, escapeXml } from './markup.js';
