import { yearSpan } from '../core/locale.js';
import { localized } from '../core/i18n.js';

/** `<airstrikes-chart>`'s own texts; the shared ones come from core/i18n.ts. */
export interface AirstrikesStrings {
  heading(from: string, to: string): string;
  cumulativeHeading(from: string, to: string): string;
  description: string;
  cumulativeDescription: string;
  series: {
    iraq: string;
    syria: string;
    both: string;
    /** The whole campaign when the split by country is unknown or only partly known. */
    total: string;
    us: string;
    open: string;
    conflict: string;
    marker: string;
    /** Line styles of the running totals: the coalition's own count, and Airwars'. */
    declared: string;
    airwars: string;
  };
}

const en: AirstrikesStrings = {
  heading: (from, to) => `Air strikes in Iraq and Syria, ${yearSpan(from, to)}`,
  cumulativeHeading: (from, to) => `Air strikes in Iraq and Syria, running totals, ${yearSpan(from, to)}`,
  description:
    'Coalition air strikes against ISIS counted for a whole year or month, stacked by country. Periods without a published count are left empty.',
  cumulativeDescription:
    'Running totals of coalition air strikes since the campaign against ISIS began, as published at each date, for Iraq, Syria and both.',
  series: {
    iraq: 'Iraq',
    syria: 'Syria',
    both: 'Iraq and Syria',
    total: 'Iraq and Syria, not split',
    us: 'US strikes alone',
    open: 'At least',
    conflict: 'Sources disagree',
    marker: 'Other figure',
    declared: 'Declared by the coalition',
    airwars: 'Counted by Airwars',
  },
};

/** The chart's texts in a language (English until that language's table has been loaded: see `loadLanguage` in core/i18n.ts). */
export const airstrikesStrings = localized(en, { ar: () => import('./airstrikes-chart.strings.ar.js').then((m) => m.ar) });
