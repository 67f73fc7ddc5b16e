import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { dataset } from '../../src/data/index.js';
import type { Observation } from '../../src/data/types.js';

/**
 * Walks every row of the team's list of the seed documents' figures (SEED-FACTS.md, in the shared
 * folder beside the project; the project keeps no copy of it) and checks that each figure is in
 * the dataset, cited to its document. A row added to the list fails here until the dataset has
 * it. Where the shared folder is not there (a fresh clone), the walk is skipped: the dataset's
 * own page, docs/seed-facts.md, is checked by seed-page.test.ts.
 */
const SHARED = '../shared/seeds/SEED-FACTS.md';
const FACTS = existsSync(SHARED) ? readFileSync(SHARED, 'utf8') : '';

interface Row {
  section: string;
  cells: string[];
}

function tables(markdown: string): Row[] {
  const rows: Row[] = [];
  let section = '';
  for (const line of markdown.split('\n')) {
    const heading = /^### (.+)$/.exec(line);
    if (heading) section = heading[1]!.replace(/\s*\(.*\)$/, '').trim();
    if (!section || !line.startsWith('|') || /^\|\s*-/.test(line) || /^\| (date|file) \|/.test(line)) continue;
    rows.push({ section, cells: line.split('|').slice(1, -1).map((c) => c.trim()) });
  }
  return rows;
}

/** Files named in a row's file column: "003 (and 000: December 2011)" → seed-003, seed-000. */
function seedIds(cell: string): string[] {
  return [...cell.matchAll(/\b(00\d)\b/g)].map((m) => `seed-${m[1]}`);
}

/** The numbers a figure cell states, scaled: "$7.5 billion" → 7.5e9. Years and "a cut of N" are not figures. */
function figures(cell: string): number[] {
  const text = cell.replace(/\(a cut of [\d,]+\)/, '').replace(/\b(19|20)\d\d\b/g, '');
  return [...text.matchAll(/(\d[\d,]*(?:\.\d+)?)\s*(billion|million)?/g)].map(([, n, scale]) => {
    const value = Number(n!.replace(/,/g, ''));
    return scale === 'billion' ? value * 1e9 : scale === 'million' ? value * 1e6 : value;
  });
}

const byId = new Map(dataset.observations.map((o) => [o.id, o]));
const values = (o: Observation) => (typeof o.value === 'number' ? [o.value] : [o.value.low, o.value.high]);

/** For each row with figures, the observations that state them (by id). */
const EXPECTED: Record<string, string[]> = {
  'Troop levels|2003': ['us-troops-2003-seed-004'],
  'Troop levels|2003–2011': ['us-troops-served-2003-2011-seed-000'],
  'Troop levels|Feb 2009 (plan)': ['us-troops-plan-2010-08-seed-000'],
  'Troop levels|end 2011 (plan)': ['us-troops-plan-2011-12-seed-004'],
  'Troop levels|Oct 2011': ['us-troops-2011-10-seed-000'],
  'Troop levels|18 Dec 2011': ['us-troops-2011-12-18-seed'],
  'Troop levels|2016 (Carter)': ['us-troops-deployed-2015-12-01-etf'],
  'Troop levels|11 Jul 2016': ['us-troops-deployed-2016-07-11', 'us-troops-cap-2016-07-11'],
  'Troop levels|late 2020': ['us-troops-2020-11-seed-002', 'us-troops-plan-2021-01-seed-002'],
  'Troop levels|Dec 2021': ['us-troops-2021-12-seed-004', 'coalition-troops-2021-12-seed-004'],
  'Troop levels|Dec 2021 → 2024': ['us-troops-2024-seed'],
  'Airstrikes|2015': ['strikes-2015-seed-000'],
  'Airstrikes|to 28 Jun 2016': ['strikes-cumulative-2016-06-28-seed-000', 'strikes-iraq-cumulative-2016-06-28-seed-000', 'strikes-syria-cumulative-2016-06-28-seed-000'],
  'Airstrikes|to 31 May 2016': ['targets-cumulative-2016-05-31-seed-000'],
  'Airstrikes|to Feb 2016': ['enemy-killed-cumulative-2016-02-seed-000'],
  'Airstrikes|22 Nov 2023': ['strikes-us-iraq-2023-11-22-seed-004', 'enemy-killed-iraq-2023-11-22-seed-004'],
  'Airstrikes|Oct–Nov 2023': ['strikes-us-syria-2023-10-2023-11-seed-004'],
  'Casualties|2003 – late 2020': ['deaths-2003-2020-seed-002', 'wounded-2003-2020-seed-002'],
  'Casualties|2003–2011': ['deaths-2003-2011-seed-004'],
  'Casualties|2003–2010': ['deaths-iraqi-2003-2010-seed-004'],
  'Casualties|Dec 2019': ['deaths-k1-2019-12-27', 'wounded-k1-2019-12-27'],
  'Casualties|17 Oct – 23 Nov 2023': ['attacks-2023-10-17-to-2023-11-23-seed-004', 'wounded-2023-10-17-to-2023-11-23-seed-004'],
  'Casualties|late 2020': ['attacks-2020-11-seed-002'],
  'Spending|8 Aug 2014 – mid 2016': ['spending-oir-cumulative-2016-seed-000'],
  'Spending|same period': ['spending-oir-daily-cost-2016-seed-000'],
  'Spending|2016 budget request': [
    'spending-fy2017-munitions-request-seed-000',
    'spending-fy2017-munitions-count-seed-000',
    'spending-fy2017-oir-request-change-seed-000',
  ],
};

/** Rows that state no figure, only a date: they are events. */
const EVENT_ROWS: Record<string, string> = {
  'Troop levels|Sep 2025': 'phase-one-ends-2025',
  'Troop levels|Sep 2026': 'phase-two-ends-2026',
};

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "4 Nov 2008" → 2008-11-04, "late Nov 2008" → 2008-11, "2004" → 2004. */
function isoPrefix(cell: string): string {
  const match = /(?:(\d{1,2}) )?(?:(?:late|mid-|early) ?)?(?:([A-Z][a-z]{2}) )?(\d{4})/.exec(cell)!;
  const [, day, month, year] = match;
  if (!month) return year!;
  const mm = String(MONTHS.indexOf(month) + 1).padStart(2, '0');
  return day ? `${year}-${mm}-${day.padStart(2, '0')}` : `${year}-${mm}`;
}

const rows = tables(FACTS);
const figureRows = rows.filter((r) => r.section !== 'Events');

describe.skipIf(FACTS === '')('every figure of the seed documents is in the dataset, cited to its document', () => {
  test('the list has the five sections and every row of them is accounted for', () => {
    expect([...new Set(rows.map((r) => r.section))]).toEqual(['Troop levels', 'Airstrikes', 'Casualties', 'Spending', 'Events']);
    const keys = figureRows.map((r) => `${r.section}|${r.cells[0]}`);
    expect(keys.filter((k) => !(k in EXPECTED) && !(k in EVENT_ROWS))).toEqual([]);
    expect(figureRows.length).toBe(Object.keys(EXPECTED).length + Object.keys(EVENT_ROWS).length);
  });

  for (const row of figureRows) {
    const key = `${row.section}|${row.cells[0]}`;
    const files = seedIds(row.cells[3]!);
    if (key in EVENT_ROWS) {
      test(`${key}: the event is in the dataset, cited to ${files.join(', ')}`, () => {
        const event = dataset.events.find((e) => e.id === EVENT_ROWS[key]);
        expect(event?.date.startsWith(isoPrefix(row.cells[0]!))).toBe(true);
        expect(files.every((id) => event!.sourceIds.includes(id))).toBe(true);
      });
      continue;
    }
    test(`${key}: ${row.cells[1]} — cited to ${files.join(', ')}`, () => {
      const observations = EXPECTED[key]!.map((id) => byId.get(id));
      expect(observations.every(Boolean)).toBe(true);
      for (const o of observations) expect(o!.sourceIds.some((id) => files.includes(id))).toBe(true);
      const stated = observations.flatMap((o) => values(o!));
      expect(figures(row.cells[1]!).filter((n) => !stated.includes(n))).toEqual([]);
    });
  }

  for (const row of rows.filter((r) => r.section === 'Events')) {
    const files = seedIds(row.cells[2]!);
    test(`event ${row.cells[0]}: ${row.cells[1]} — dated and cited to ${files.join(', ')}`, () => {
      const prefix = isoPrefix(row.cells[0]!);
      const matches = dataset.events.filter((e) => e.date.startsWith(prefix.slice(0, 7)) && files.every((id) => e.sourceIds.includes(id)));
      expect(matches.length).toBeGreaterThan(0);
    });
  }

  test('the munitions of the 2016 request are 45,000, as the text says, not "at least"', () => {
    expect([byId.get('spending-fy2017-munitions-count-seed-000')?.value, byId.get('spending-fy2017-munitions-count-seed-000')?.qualifier]).toEqual([45000, 'exact']);
  });

  test('the project does not carry the briefing: docs/seed-facts.md is its own page', () => {
    expect(readFileSync('docs/seed-facts.md', 'utf8')).not.toBe(FACTS);
  });
});
