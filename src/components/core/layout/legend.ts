import type { Language } from '../locale.js';
import type { LegendItem } from './chart-layout.js';
import type { BarRect } from './bars.js';

/** The legend from candidate entries in order: an entry is kept when its condition holds. */
export function legendOf(entries: readonly (readonly [present: boolean, item: LegendItem])[]): LegendItem[] {
  return entries.filter(([present]) => present).map(([, item]) => item);
}

/** The words of the bar charts' shared legend entries. */
export interface BarLegendText {
  open: string;
  conflict: string;
}

/** The entries every bar chart adds after its series: open bars (bounds, estimates), and bars in conflict. */
export function barFlagEntries(bars: readonly BarRect[], text: BarLegendText, conflictElsewhere = false): [boolean, LegendItem][] {
  return [
    [bars.some((b) => b.open), { key: 'open', label: text.open, mark: 'band' }],
    [bars.some((b) => b.conflict) || conflictElsewhere, { key: 'conflict', label: text.conflict, mark: 'band' }],
  ];
}

/** Figures drawn apart from the line or bars, as hollow markers: other definitions and likely misprints. */
export const APART_SERIES = ['deployed-for-war', 'fy-average', 'erratum'] as const;
export type ApartSeries = (typeof APART_SERIES)[number];

const APART_LABELS: Record<Language, Record<ApartSeries, string>> = {
  en: { 'deployed-for-war': 'Everyone deployed for the war', 'fy-average': 'Fiscal-year average', erratum: 'Likely misprint' },
  ar: { 'deployed-for-war': 'كل المنتشرين للحرب', 'fy-average': 'متوسط السنة المالية', erratum: 'خطأ مطبعي مرجّح' },
};

/** The legend entries of the figures drawn apart that `series` holds, in a fixed order. */
export function apartEntries(series: ReadonlySet<string>, language: Language): [boolean, LegendItem][] {
  return APART_SERIES.map((key) => [series.has(key), { key, label: APART_LABELS[language][key], mark: 'hollow' }]);
}
