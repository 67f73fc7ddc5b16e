/**
 * The frame and point templates under their former module name, for the chart specs and the
 * static renderer that still import them from here; each now lives in a module of its own.
 */
export { renderFrame, textAnchor } from './frame.js';
export { renderPoints } from './points.js';
