import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/data/csv.js';
import { dataset } from '../../src/data/dataset.js';
import type { Metric, Observation } from '../../src/data/types.js';
import { validate } from '../../src/data/validate.js';

/**
 * The files in examples/data/ are what a newsroom copies to start its own data: each must load
 * with no issue at all, and each figure in it must be a real one, the same as a figure of the
 * bundled dataset with the same metric and date.
 */
const folder = fileURLToPath(new URL('../../examples/data/', import.meta.url));
const files = readdirSync(folder)
  .filter((name) => /\.(csv|json)$/.test(name))
  .sort();

/** Rows that name no metric are read as the metric of the chart the file is for. */
const defaultMetrics: Record<string, Metric> = { 'troop-levels': 'us-troops' };

function rowsOf(name: string): unknown[] {
  const text = readFileSync(folder + name, 'utf8');
  if (name.endsWith('.csv')) return parseCsv(text);
  const json: unknown = JSON.parse(text);
  if (Array.isArray(json)) return json;
  return (json as { observations: unknown[] }).observations;
}

function inputOf(name: string): unknown {
  const text = readFileSync(folder + name, 'utf8');
  return name.endsWith('.csv') ? parseCsv(text) : JSON.parse(text);
}

const sameValue = (a: Observation['value'], b: Observation['value']) =>
  typeof a === 'number' || typeof b === 'number' ? a === b : a.low === b.low && a.high === b.high;

describe('example data files', () => {
  it('include an example for every series', () => {
    for (const series of ['troop-levels', 'airstrikes', 'casualties', 'spending']) {
      expect(files).toContain(`${series}.csv`);
      expect(files).toContain(`${series}.json`);
    }
  });

  describe.each(files)('%s', (name) => {
    const series = name.replace(/\.(csv|json)$/, '');
    const result = validate(inputOf(name), {
      ...(defaultMetrics[series] ? { defaultMetric: defaultMetrics[series] } : {}),
      sources: dataset.sources,
    });

    it('validates with no issue of any severity, one record a row', () => {
      expect(result.issues).toEqual([]);
      const rows = rowsOf(name);
      expect(rows.length).toBeGreaterThanOrEqual(6);
      expect(result.records).toHaveLength(rows.length);
    });

    it('cites a source with an http(s) link on every record', () => {
      const byId = new Map(result.sources.map((s) => [s.id, s]));
      for (const record of result.records) {
        expect(record.sourceIds.length).toBeGreaterThan(0);
        for (const id of record.sourceIds) expect(byId.get(id)?.url).toMatch(/^https?:\/\//);
      }
    });

    it('carries real figures: each one is in the bundled dataset with the same metric and date', () => {
      for (const record of result.records) {
        const match = dataset.observations.find(
          (o) => o.metric === record.metric && o.date === record.date && sameValue(o.value, record.value),
        );
        expect(match, `${record.metric} ${record.date} ${JSON.stringify(record.value)}`).toBeDefined();
        if (record.end) expect(match!.end, `${record.metric} ${record.date}`).toBe(record.end);
      }
    });
  });

  it('CSV and JSON of a series hold the same records', () => {
    const strip = ({ id: _id, sourceIds: _s, ...rest }: Observation) => rest;
    for (const series of ['airstrikes', 'casualties', 'spending']) {
      const csv = validate(inputOf(`${series}.csv`)).records.map(strip);
      const json = validate(inputOf(`${series}.json`)).records.map(strip);
      expect(csv).toEqual(json);
    }
  });
});
