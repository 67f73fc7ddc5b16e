import type { Plugin } from 'vite';

/**
 * The loader build's chunks for the bundled data (vite.config.ts asks here first): each series'
 * first paint (`<series>-data`: its entry in `src/data/series/` and its `parts/<series>-paint.ts`),
 * its details on their own (`<series>-details`), the events' labels (`events-data`, which every
 * series and a chart over `.data` fetch), the timeline's first paint (`timeline-data`), the
 * events' sources (`events-details`), and `core` for the shared loading code. `undefined` for any
 * other module; `null` for the record files, which only the whole dataset imports (given rows
 * that cite the bundled registry by id), so they go to its chunk.
 */
const PART = /\/src\/data\/series\/(?:parts\/)?([a-z-]+?)(-paint|-details)?\.ts$/;
const NAMES: Readonly<Record<string, string>> = { 'events-sources': 'timeline', timeline: 'timeline' };

export function seriesChunkName(id: string): string | null | undefined {
  if (/\/src\/data\/series\/(?:load|details)\.ts$/.test(id)) return 'core';
  if (/\/src\/data\/(?:troop-levels|airstrikes|casualties|spending|events|seed-sources|dataset|series\/compose|series\/records|series\/split)\.ts$/.test(id)) return null;
  const part = PART.exec(id);
  if (!part) return undefined;
  const [, name, kind] = part as unknown as [string, string, string | undefined];
  return `${NAMES[name] ?? name}-${kind === '-details' ? 'details' : 'data'}`;
}

/**
 * For the single file, which holds the whole dataset anyway: `src/data/series/load.ts` is
 * replaced by `load-whole.ts`, which makes each series from the record files at once, so that
 * the file carries each figure once, not the records and the first-paint and details parts too.
 */
export function wholeSeries(): Plugin {
  return {
    name: 'imc-whole-series',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (!importer || !/\/load\.js$/.test(source)) return null;
      const resolved = await this.resolve(source, importer, { skipSelf: true });
      return resolved && resolved.id.endsWith('/src/data/series/load.ts') ? resolved.id.replace(/load\.ts$/, 'load-whole.ts') : null;
    },
  };
}
