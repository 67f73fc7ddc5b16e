import type { Operation } from '../../data/types.js';
import { yearSpan } from '../core/locale.js';
import { localized } from '../core/i18n.js';

/** `<casualties-chart>`'s own texts; the shared ones come from core/i18n.ts. */
export interface CasualtiesStrings {
  heading: Record<'deaths' | 'wounded' | 'both', (from: string, to: string) => string>;
  description: Record<'deaths' | 'wounded' | 'both', string>;
  panel: { deaths: string; wounded: string };
  series: { total: string; hostile: string; 'non-hostile': string; part: string; marker: string; missing: string; open: string };
  operation: Record<Operation, string>;
  /** An operation band's label: its name and its total from the data. */
  operationTotal(name: string, total: string): string;
  /** The same when the total is a running total to a date before the operation ended. */
  operationTotalTo(name: string, total: string, date: string): string;
}

const en: CasualtiesStrings = {
  heading: {
    deaths: (from, to) => `US military deaths in Iraq, ${yearSpan(from, to)}`,
    wounded: (from, to) => `US military wounded in Iraq, ${yearSpan(from, to)}`,
    both: (from, to) => `US military deaths and wounded in Iraq, ${yearSpan(from, to)}`,
  },
  description: {
    deaths: 'US deaths per calendar year, hostile and non-hostile where the source separates them, with the totals of each operation. Years without a published figure are marked, not drawn as zero.',
    wounded: 'US wounded in action per calendar year, with the totals of each operation. Years without a published figure are marked, not drawn as zero.',
    both: 'US deaths and wounded per calendar year, each on its own scale, with the totals of each operation. Years without a published figure are marked, not drawn as zero.',
  },
  panel: { deaths: 'Deaths', wounded: 'Wounded' },
  series: {
    total: 'Total',
    hostile: 'Hostile',
    'non-hostile': 'Non-hostile',
    part: 'Part of a year',
    marker: 'Other figure',
    missing: 'No figure for the year',
    open: 'At least',
  },
  operation: { OIF: 'Iraqi Freedom', OND: 'New Dawn', OIR: 'Inherent Resolve' },
  operationTotal: (name, total) => `${name}: ${total}`,
  operationTotalTo: (name, total, date) => `${name}: ${total} to ${date}`,
};

/** The chart's texts in a language (English until that language's table has been loaded: see `loadLanguage` in core/i18n.ts). */
export const casualtiesStrings = localized(en, { ar: () => import('./casualties-chart.strings.ar.js').then((m) => m.ar) });
