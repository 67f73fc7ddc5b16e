// The bundled troop series, for Node: every reported US troop count with a single value, as
// x (UTC ms) and y, and the records themselves for <troop-levels-chart>.
import { dataset } from '../../src/data/dataset.ts';
import { dateToTime } from '../../src/data/dates.ts';

export function troopSeries() {
  const records = dataset.observations
    .filter((o) => o.metric === 'us-troops' && o.scope === 'US' && o.kind === 'reported' && typeof o.value === 'number' && !o.end)
    .map((o) => ({ o, t: dateToTime(o.date) }))
    .sort((a, b) => a.t - b.t);
  return {
    x: records.map((r) => r.t),
    y: records.map((r) => r.o.value),
    records: records.map((r) => r.o),
    sources: dataset.sources,
  };
}
