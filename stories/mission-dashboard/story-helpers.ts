import { html, type TemplateResult } from 'lit';
import type { ImcChart } from '../../src/components/core/element/base-chart.js';
import { attributeArgs, attributes } from '../docs/element-args.js';
import { settled } from '../docs/story-wait.js';
import '../../src/components/mission-dashboard/mission-dashboard.js';
import type { MissionDashboard } from '../../src/components/mission-dashboard/mission-dashboard.js';

/** A story's args: the dashboard's attributes, by attribute name. */
export interface DashboardArgs {
  lang?: string;
  theme?: string;
  numerals?: string;
  from?: number | string;
  to?: number | string;
  heading?: string;
  description?: string;
  'heading-level'?: number;
  'link-group'?: string;
  'time-direction'?: string;
  now?: string;
  /** Width of the story's container in pixels. */
  width?: number;
}

/** The charts a dashboard holds, in order. */
export const DASHBOARD_TAGS = ['mission-timeline', 'troop-levels-chart', 'airstrikes-chart', 'casualties-chart', 'spending-chart'];

/** Renders the dashboard; the toolbar's time direction goes to it unless the story sets one. */
export function renderDashboard(args: DashboardArgs, context?: { globals?: Record<string, unknown> }): TemplateResult {
  const global = context?.globals?.timeDirection;
  const direction = args['time-direction'] ?? (typeof global === 'string' && global !== 'auto' ? global : undefined);
  const dashboard = html`<mission-dashboard
    ${attributes({ ...attributeArgs('mission-dashboard', args), 'time-direction': direction, now: args.now ?? '2026-11-21' })}
  ></mission-dashboard>`;
  return args.width ? html`<div class=${`story-width-${args.width}`}>${dashboard}</div>` : dashboard;
}

/** The dashboard in a story once every chart has drawn and built its data table. */
export async function drawnDashboard(canvas: HTMLElement): Promise<{ dashboard: MissionDashboard; root: ShadowRoot; charts: ImcChart[] }> {
  const dashboard = canvas.querySelector('mission-dashboard')!;
  await dashboard.updateComplete;
  const root = dashboard.shadowRoot!;
  const charts = [...root.querySelectorAll<ImcChart>(DASHBOARD_TAGS.join(','))];
  await Promise.all(charts.map((c) => settled(c)));
  return { dashboard, root, charts };
}

/** How many columns the dashboard's grid has. */
export function gridColumns(root: ShadowRoot): number {
  return getComputedStyle(root.querySelector('[part="grid"]')!).gridTemplateColumns.split(' ').length;
}
