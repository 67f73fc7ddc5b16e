import { describe, expect, test } from 'vitest';
import { periodEnd, periodStart } from '../../src/data/dates.js';
import { troopLevelObservations as observations, troopLevelSources as sources } from '../../src/data/troop-levels.js';
import type { Observation } from '../../src/data/types.js';

/**
 * The troop series checked against the rules of the data desk: one definition per line, notes in
 * both languages, graded sources, a figure in every year there were troops to count, and misprints
 * kept as printed but linked to the figures that show them wrong.
 */
const byId = new Map(observations.map((o) => [o.id, o]));
const sourceById = new Map(sources.map((s) => [s.id, s]));
const troops = observations.filter((o) => o.metric === 'us-troops');
const year = (o: Observation) => Number(o.date.slice(0, 4));

/** The figures a line may run through: single-date counts, exact or approximate, not a misprint. */
const linePoints = (definition: string) =>
  troops.filter((o) => o.definition === definition && o.kind === 'reported' && !o.end && typeof o.value === 'number' && (o.qualifier === 'exact' || o.qualifier === 'approx') && !o.erratum);

describe('troops: one definition per line', () => {
  test('every US troop figure names one of the three definitions', () => {
    expect(troops.filter((o) => !['in-country', 'deployed-for-war', 'fy-average'].includes(o.definition ?? '')).map((o) => o.id)).toEqual([]);
  });

  test('the wider counts of everyone deployed for the war are the two marked points, not the line', () => {
    expect(troops.filter((o) => o.definition === 'deployed-for-war').map((o) => o.id)).toEqual(['us-troops-2003-03-ap', 'us-troops-2008-06-01-dod']);
    expect(byId.get('us-troops-2008-06-01-dod')!.value).toBe(182060);
  });

  test('fiscal-year averages run October to September and are never single-date counts', () => {
    const averages = troops.filter((o) => o.definition === 'fy-average');
    expect(averages.map((o) => `${o.date}..${o.end}`)).toEqual(Array.from({ length: 10 }, (_, i) => `${2002 + i}-10..${2003 + i}-09`));
    // All from CRS R40682; the ones read in its table (FY2003, FY2006, FY2007) also cite the copy it was read in.
    expect(averages.every((o) => o.sourceIds[0] === 'crs-r40682-2009')).toBe(true);
    expect(averages.filter((o) => o.sourceIds.length > 1).map((o) => o.id)).toEqual(['us-troops-fy2003-crs', 'us-troops-fy2006-crs', 'us-troops-fy2007-crs']);
  });

  test('the line’s peak is the surge’s in-country 171,000 of October 2007 (Brookings), below the deployed-for-war 182,060', () => {
    const line = linePoints('in-country');
    const peak = line.reduce((a, b) => ((b.value as number) > (a.value as number) ? b : a));
    expect([peak.id, peak.value]).toEqual(['us-troops-2007-10-brookings', 171000]);
    expect(peak.value as number).toBeLessThan(byId.get('us-troops-2008-06-01-dod')!.value as number);
  });

  test('the line comes from one family: every point is a count of troops inside Iraq and cites a graded source that is not a tracker', () => {
    const line = linePoints('in-country');
    expect(line.length).toBe(80);
    // The seed articles are graded in their own registry (seed-sources.ts).
    const graded = (id: string) => /^seed-00[0-4]$/.test(id) || (!!sourceById.get(id)?.grade && sourceById.get(id)!.grade !== 'independent-tracker');
    const bad = line.filter((o) => !o.sourceIds.every(graded));
    expect(bad.map((o) => o.id)).toEqual([]);
  });

  test('a withdrawal is not a level: “39,000 to come home” is us-troops-withdrawn', () => {
    const o = byId.get('us-troops-2011-10-seed-000')!;
    expect([o.metric, o.value, o.definition, o.conflictsWith]).toEqual(['us-troops-withdrawn', 39000, undefined, undefined]);
  });
});

describe('troops: every year has a figure where it should', () => {
  test('the in-country line has a count in every year 2003–2026', () => {
    const years = [...new Set(linePoints('in-country').map(year))].sort();
    expect(years).toEqual(Array.from({ length: 24 }, (_, i) => 2003 + i));
  });

  test('the gap years are filled from DoD’s own counts: DMDC after the withdrawal, “about 5,200” in 2018–2019, “roughly 2,500” in 2022', () => {
    const filled = ['us-troops-2012-09-dmdc', 'us-troops-2013-09-dmdc', 'us-troops-2018-12-26-pentagon', 'us-troops-2019-02-12-aljazeera', 'us-troops-2022-01-04-reuters'].map((id) => {
      const o = byId.get(id)!;
      return [o.date, o.value, o.qualifier, o.definition, o.sourceIds.map((s) => sourceById.get(s)!.grade).join()];
    });
    expect(filled).toEqual([
      ['2012-09', 179, 'exact', 'in-country', 'secondary-copy'],
      ['2013-09', 149, 'exact', 'in-country', 'secondary-copy'],
      ['2018-12-26', 5200, 'approx', 'in-country', 'official-via-news'],
      ['2019-02-12', 5200, 'approx', 'in-country', 'press'],
      ['2022-01-04', 2500, 'approx', 'in-country', 'press'],
    ]);
    // The DMDC copies are a table row: they say so and name their host.
    expect(['dmdc-troopdata-2012-09', 'dmdc-troopdata-2013-09'].map((id) => sourceById.get(id)!.via?.startsWith('troopdata dataset on GitHub'))).toEqual([true, true]);
  });

  test('fiscal-year averages cover FY2003–FY2012 (FY2009 on are CRS estimates), the values of the CRS table', () => {
    const fy = troops.filter((o) => o.definition === 'fy-average').map((o) => `${Number(o.end!.slice(0, 4))}:${o.kind}:${o.value}`);
    expect(fy).toEqual([
      '2003:reported:67700', '2004:reported:130600', '2005:reported:143800', '2006:reported:141100', '2007:reported:148300',
      '2008:reported:157800', '2009:estimate:135600', '2010:estimate:88300', '2011:estimate:42800', '2012:estimate:4100',
    ]);
  });

  test('the surge month by month where DoD published it: 1 Mar 2007, 1 Jul 2007, 7 Aug 2007, 1 Nov 2007, 1 Mar 2008', () => {
    const dod = ['us-troops-2007-03-01-dod', 'us-troops-2007-07-01-dod', 'us-troops-2007-08-07-pentagon', 'us-troops-2007-11-01-dod', 'us-troops-2008-03-01-dod'].map((id) => byId.get(id)!.value);
    expect(dod).toEqual([137976, 156247, 162000, 164424, 159700]);
    // Each edition of CRS RS22449 is read in full text, not through an abstract.
    const editions = ['us-troops-2006-11-01-dod', 'us-troops-2007-03-01-dod', 'us-troops-2007-07-01-dod', 'us-troops-2007-11-01-dod', 'us-troops-2008-03-01-dod'].map((id) => sourceById.get(byId.get(id)!.sourceIds[0]!)!);
    expect(editions.map((s) => [s.document, s.grade, s.url!.startsWith('https://www.everycrsreport.com/files/')])).toEqual(Array.from({ length: 5 }, () => ['CRS RS22449', 'official-primary', true]));
  });

  test('2003–2006 month by month from one account, graded as the weakest kind of source and disputed where others differ', () => {
    const musings = troops.filter((o) => o.sourceIds.includes('musingsoniraq-troops-2011-11-30'));
    expect(musings.map((o) => `${o.date}:${o.value}`)).toEqual([
      '2003-07:149000', '2003-08:139000', '2003-09:132000', '2003-10:131000', '2003-11:123000', '2004-02:115000', '2004-08:140000',
      '2005-06:135000', '2005-12:160000', '2006-01:136000', '2006-02:133000', '2006-04:132000', '2006-06:126900',
    ]);
    const source = sourceById.get('musingsoniraq-troops-2011-11-30')!;
    expect([source.grade, source.via, musings.every((o) => o.definition === 'in-country' && o.qualifier === 'approx')]).toEqual(['secondary-copy', 'musingsoniraq.blogspot.com (blog)', true]);
    expect(musings.filter((o) => o.conflictsWith).map((o) => [o.id, o.conflictsWith])).toEqual([
      ['us-troops-2005-12-musings', ['us-troops-2005-12-ap']],
      ['us-troops-2006-06-musings', ['us-troops-2006-06-ap']],
    ]);
  });

  test('the withdrawal’s last summer and the 2026 target: 56,000 on 18 August 2010, “fewer than 500” planned for September 2026', () => {
    const rows = ['us-troops-2010-08-18-reuters', 'us-troops-plan-2026-09-shafaq'].map((id) => {
      const o = byId.get(id)!;
      return [o.date, o.value, o.qualifier, o.kind, o.definition, sourceById.get(o.sourceIds[0]!)!.grade];
    });
    expect(rows).toEqual([
      ['2010-08-18', 56000, 'exact', 'reported', 'in-country', 'secondary-copy'],
      ['2026-09', 500, 'at-most', 'planned', 'in-country', 'press'],
    ]);
  });
});

describe('troops: notes and sources', () => {
  test('every figure has a note in English and in Arabic', () => {
    const missing = observations.filter((o) => !o.note?.en.trim() || !o.note.ar.trim() || !/[\u0600-\u06FF]/.test(o.note.ar));
    expect(missing.map((o) => o.id)).toEqual([]);
  });

  test('every figure cites sources of this file, and every source has a grade, a publisher in both languages and a dated document', () => {
    const seeds = /^seed-00[0-4]$/;
    expect(observations.flatMap((o) => o.sourceIds.filter((id) => !seeds.test(id) && !sourceById.has(id)))).toEqual([]);
    const grades = ['official-primary', 'official-via-news', 'independent-tracker', 'press', 'secondary-copy'];
    expect(sources.filter((s) => !grades.includes(s.grade ?? '') || !s.publisher.en || !s.publisher.ar || !(s.url ?? s.document)).map((s) => s.id)).toEqual([]);
  });

  test('a copy names its host, and the Arabic name of the big publishers is used', () => {
    expect(sources.filter((s) => s.grade === 'secondary-copy' && !s.via).map((s) => s.id)).toEqual([]);
    const named = { 'Associated Press': 'أسوشيتد برس', Reuters: 'رويترز', 'Congressional Research Service': 'خدمة أبحاث الكونغرس', 'US Department of Defense': 'وزارة الدفاع الأمريكية', 'US Central Command': 'القيادة المركزية الأمريكية' };
    const wrong = sources.filter((s) => Object.entries(named).some(([en, ar]) => s.publisher.en.startsWith(en) && !s.publisher.ar.startsWith(ar)));
    expect(wrong.map((s) => s.id)).toEqual([]);
  });

  test('the Arabic is in house style: أمريكي, Iraqi month names with the common one after a slash, grouped digits', () => {
    const texts = observations.flatMap((o) => [o.note!.ar, o.erratum?.reason.ar ?? '']);
    expect(texts.filter((t) => t.includes('أميرك'))).toEqual([]);
    expect(texts.filter((t) => /(^|[^/\u0621-\u064A])(يناير|فبراير|مارس|أبريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر)/.test(t))).toEqual([]);
    expect(texts.filter((t) => /(?<![\d,])\d{5,}/.test(t))).toEqual([]);
    expect(texts.filter((t) => t.includes('عاملون'))).toEqual([]);
  });
});

describe('troops: errata', () => {
  test('Reuters’ 170,000 for June 2007 is kept as printed and linked to the figures that show it wrong', () => {
    const o = byId.get('us-troops-2007-06-15-reuters-2011')!;
    expect([o.value, o.erratum?.likely, o.erratum?.evidence, o.conflictsWith]).toEqual([
      170000,
      160000,
      ['us-troops-2007-06-15-reuters-2010', 'us-troops-2007-07-01-dod', 'us-troops-2007-08-07-pentagon'],
      undefined,
    ]);
  });

  test('every erratum’s evidence is an existing figure of the same metric, itself no erratum, within three months', () => {
    const problems = observations.flatMap((o) =>
      (o.erratum?.evidence ?? []).flatMap((id) => {
        const e = byId.get(id);
        if (!e) return [`${o.id} → missing ${id}`];
        if (e.metric !== o.metric || e.erratum) return [`${o.id} → ${id}`];
        return Math.abs(periodStart(e.date) - periodEnd(o.date)) > 92 * 86_400_000 ? [`${o.id} → ${id} too far`] : [];
      }),
    );
    expect(problems).toEqual([]);
    expect(observations.filter((o) => o.erratum && !(o.erratum.reason.en && o.erratum.reason.ar)).map((o) => o.id)).toEqual([]);
  });
});
