import { yearSpan } from '../core/locale.js';
import { localized } from '../core/i18n.js';

/** `<spending-chart>`'s own texts; the shared ones come from core/i18n.ts. */
export interface SpendingStrings {
  heading(from: string, to: string): string;
  cumulativeHeading(from: string, to: string): string;
  description: string;
  cumulativeDescription: string;
  series: { iraq: string; isis: string; open: string; marker: string; daily: string };
  /** The title of the strip of daily-cost snapshots. */
  dailyTitle: string;
}

const en: SpendingStrings = {
  heading: (from, to) => `US war funding for Iraq by fiscal year, ${yearSpan(from, to)}`,
  cumulativeHeading: (from, to) => `US war spending in Iraq, running totals, ${yearSpan(from, to)}`,
  description:
    'Funding for each fiscal year (October to September) in nominal dollars, for the Iraq war and for the war against ISIS in Iraq and Syria; above, the average cost per day as reported.',
  cumulativeDescription:
    'Running totals of US war spending as published at each date, in nominal dollars: the Iraq war since October 2002 and the war against ISIS since August 2014.',
  series: {
    iraq: 'Iraq war',
    isis: 'War against ISIS (Iraq and Syria)',
    open: 'Estimate',
    marker: 'Other figure',
    daily: 'Cost per day',
  },
  dailyTitle: 'Average cost per day',
};

/** The chart's texts in a language (English until that language's table has been loaded: see `loadLanguage` in core/i18n.ts). */
export const spendingStrings = localized(en, { ar: () => import('./spending-chart.strings.ar.js').then((m) => m.ar) });
