export { TroopLevelsChart } from './components/troop-levels-chart/troop-levels-chart.js';
export { ImcChart, type ChartData } from './components/core/base-chart.js';
export type { PointEventDetail, DataIssuesEventDetail, PointFocusEvent, PointSelectEvent, DataIssuesEvent } from './components/core/events.js';
export { layoutTroopLevels, type TroopLevelsLayout } from './components/troop-levels-chart/troop-levels-chart.layout.js';
export { dataset, validate } from './data/index.js';
