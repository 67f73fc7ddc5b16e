/**
 * The static SVG of every registered chart, in every variant of its own options and in both
 * languages, compared with the files saved under __snapshots__/static/ (Observable Plot's
 * habit): ids renumbered, numbers as rendered, the time zone pinned to UTC by the unit project
 * and "today" pinned here. A change to a layout, a mark or a style shows up as a diff of the
 * drawing it changes; after checking the new drawings, `vitest run -u` saves them.
 */
import { describe, expect, test } from 'vitest';
import { attributeName, optionEntries } from '../../src/components/core/chart-spec.js';
import { CHARTS } from '../../src/components/registry.js';
import { renderToSvgWithIssues } from '../../src/static/index.js';

const NOW = '2026-11-21';
const LANGUAGES = ['en', 'ar-IQ'];

type Variant = Record<string, string | boolean>;

/** Every combination of a chart's own option values: `[{ mode: 'cumulative', period: 'year' }, …]`. */
function variants(options: object): Variant[] {
  return optionEntries(options).reduce<Variant[]>(
    (list, [key, declaration]) => {
      const values: (string | boolean)[] = 'flag' in declaration ? [false, true] : [...declaration.values];
      return list.flatMap((variant) => values.map((value) => ({ ...variant, [key]: value })));
    },
    [{}],
  );
}

/** The file name of a variant: `mode-per-period.period-month`, `compact`, or `default` for none. */
function variantName(variant: Variant): string {
  const parts = Object.entries(variant).flatMap(([key, value]) =>
    value === false ? [] : value === true ? [attributeName(key)] : [`${attributeName(key)}-${value}`],
  );
  return parts.length ? parts.join('.') : 'default';
}

/** Renumbers ids in order of appearance, with what refers to them, so a new id elsewhere does not change every file. */
function renumberIds(svg: string): string {
  const ids = new Map<string, string>();
  for (const [, id] of svg.matchAll(/\sid="([^"]+)"/g)) if (!ids.has(id!)) ids.set(id!, `id-${ids.size + 1}`);
  let out = svg;
  for (const [id, renumbered] of ids) {
    const name = id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    out = out.replace(new RegExp(`(\\sid="|#)${name}(?=[")])`, 'g'), `$1${renumbered}`);
  }
  return out;
}

/** One element a line, so that a diff names the marks that changed. */
const pretty = (svg: string) => `${renumberIds(svg).replace(/></g, '>\n<')}\n`;

describe('the static SVG of every chart, variant and language', () => {
  for (const entry of CHARTS) {
    for (const variant of variants(entry.spec.options)) {
      for (const lang of LANGUAGES) {
        const name = `${entry.tag}.${variantName(variant)}.${lang}`;
        test(`renderToSvg("${entry.tag}", ${JSON.stringify({ ...variant, lang })}) matches __snapshots__/static/${name}.svg`, async () => {
          const { svg, issues } = renderToSvgWithIssues(entry.tag, { ...variant, lang, now: NOW, width: 640 });
          expect(issues).toEqual([]);
          await expect(pretty(svg)).toMatchFileSnapshot(`./__snapshots__/static/${name}.svg`);
        });
      }
    }
  }

  test('the variants of <airstrikes-chart> are its four combinations of mode and period', () => {
    expect(variants(CHARTS.find((c) => c.tag === 'airstrikes-chart')!.spec.options).map(variantName)).toEqual([
      'mode-cumulative.period-year',
      'mode-cumulative.period-month',
      'mode-per-period.period-year',
      'mode-per-period.period-month',
    ]);
  });

  test('renumberIds renumbers ids and the references to them in order of appearance', () => {
    expect(renumberIds('<g id="b"><use href="#b"></use><rect id="a" fill="url(#a)"></rect></g>')).toBe(
      '<g id="id-1"><use href="#id-1"></use><rect id="id-2" fill="url(#id-2)"></rect></g>',
    );
  });
});
