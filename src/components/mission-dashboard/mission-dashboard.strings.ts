import { yearSpan } from '../core/locale.js';
import { localized } from '../core/i18n.js';

/** `<mission-dashboard>`'s own texts. */
export interface DashboardStrings {
  heading(from: string, to: string): string;
  description: string;
  years: string;
  from: string;
  to: string;
}

const en: DashboardStrings = {
  heading: (from, to) => `The US military in Iraq, ${yearSpan(from, to)}`,
  description:
    'Troops, air strikes, casualties and spending, with the turning points of the mission. Choose the years for every chart at once; a date focused in one chart is marked in all of them.',
  years: 'Years shown',
  from: 'From',
  to: 'To',
};

/** The chart's texts in a language (English until that language's table has been loaded: see `loadLanguage` in core/i18n.ts). */
export const dashboardStrings = localized(en, { ar: () => import('./mission-dashboard.strings.ar.js').then((m) => m.ar) });
