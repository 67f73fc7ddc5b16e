/**
 * The single-file build (`dist/iraq-mission-charts.bundle.js`) for a page that can host only one
 * file: every element registered, with Lit, d3 and the whole dataset inside. Loading it twice,
 * or next to the loader, is harmless.
 */
export * from './index.js';
