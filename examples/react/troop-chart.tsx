/**
 * `<troop-levels-chart>` in a React 19 app. React 19 sets a prop as a property when the element
 * has a property of that name (`data`, `from`, `lang`…), else as an attribute, and turns
 * `on<event-name>` props into listeners for that event, so no wrapper or ref is needed.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { DataIssuesEvent, PointFocusEvent, PointSelectEvent, TroopLevelsChart } from 'iraq-mission-charts';
import { dataset, type Observation, type Source } from 'iraq-mission-charts/data';
// Registers <troop-levels-chart>. It must run before React renders the tag: React 19 checks
// `'data' in element` to choose property over attribute, and an element not yet defined has no
// `data` property, so the array would end up as a `data="[object Object],…"` attribute.
import 'iraq-mission-charts/troop-levels-chart.js';

/** What JSX accepts on `<troop-levels-chart>`: the element's attributes, its `data`, and its events. */
export type TroopLevelsChartProps = DetailedHTMLProps<HTMLAttributes<TroopLevelsChart>, TroopLevelsChart> & {
  data?: unknown;
  from?: number;
  to?: number;
  numerals?: 'latn' | 'arab';
  theme?: 'light' | 'dark' | 'auto';
  src?: string;
  heading?: string;
  description?: string;
  'heading-level'?: number;
  annotations?: 'none' | 'key' | 'all';
  'time-direction'?: 'auto' | 'ltr' | 'rtl';
  'link-group'?: string;
  now?: string;
  'onimc-point-select'?: (event: PointSelectEvent) => void;
  'onimc-point-focus'?: (event: PointFocusEvent) => void;
  'onimc-data-issues'?: (event: DataIssuesEvent) => void;
};

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'troop-levels-chart': TroopLevelsChartProps;
    }
  }
}

export interface TroopChartProps {
  /** Records, or `{ observations, sources }`; the bundled dataset by default. */
  data?: unknown;
  /** Called with the chosen point's observation and its sources (click, tap, Enter or Space). */
  onSelect?: (observation: Observation, sources: Source[]) => void;
}

/** US troops in Iraq since 2014, in Arabic (right to left, Arabic-Indic digits). */
export function TroopChart({ data = dataset, onSelect }: TroopChartProps) {
  return (
    <troop-levels-chart
      lang="ar-IQ"
      from={2014}
      annotations="none"
      data={data}
      onimc-point-select={(event) => event.detail.observation && onSelect?.(event.detail.observation, event.detail.sources)}
    />
  );
}
