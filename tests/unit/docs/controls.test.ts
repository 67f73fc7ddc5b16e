import { describe, expect, it } from 'vitest';
import { documentedValues, publicArgTypesOf, publicControls } from '../../../stories/docs/controls.js';

/**
 * The stories' Controls panel comes from custom-elements.json (`npm run analyze` writes it): only
 * public attributes and settable, documented properties, grouped, each with its control.
 */

const LANGUAGES = ['en', 'ar-IQ', 'ar-EG'];
const rows = (tag: string) =>
  Object.values(publicArgTypesOf(tag, LANGUAGES)!).map((a) => `${a.table.category} ${a.name}: ${a.control.type}${'options' in a.control ? ` ${a.control.options.join('/')}` : ''}`);

const SHARED_HEAD = [
  'content data: object',
  'content src: text',
  'content heading: text',
  'content description: text',
  'content heading-level: number',
  'language lang: select en/ar-IQ/ar-EG',
  'language numerals: select latn/arab',
  'language time-direction: select auto/ltr/rtl',
  'range from: number',
  'range to: number',
  'range now: text',
];
const SHARED_TAIL = ['display theme: select light/dark/auto', 'display annotations: select none/key/all', 'display link-group: text'];

describe('publicArgTypesOf(tag)', () => {
  it('gives <troop-levels-chart> its 13 public attributes and `data`, and nothing protected, read-only or private', () => {
    expect(rows('troop-levels-chart')).toEqual([...SHARED_HEAD, ...SHARED_TAIL]);
  });

  it("adds each chart's own options, with the values their documentation lists", () => {
    expect(rows('airstrikes-chart')).toEqual([...SHARED_HEAD, 'display mode: select cumulative/per-period', 'display period: select year/month', ...SHARED_TAIL]);
    expect(rows('casualties-chart')).toEqual([...SHARED_HEAD, 'display measure: select deaths/wounded/both', ...SHARED_TAIL]);
    expect(rows('spending-chart')).toEqual([...SHARED_HEAD, 'display view: select annual/cumulative', ...SHARED_TAIL]);
    expect(rows('mission-timeline')).toEqual([...SHARED_HEAD, 'display compact: boolean', ...SHARED_TAIL]);
  });

  it('gives <mission-dashboard> its attributes only: no `group` or `years`, which are read-only', () => {
    expect(rows('mission-dashboard')).toEqual([
      'content heading: text',
      'content description: text',
      'content heading-level: number',
      'language lang: select en/ar-IQ/ar-EG',
      'language numerals: select latn/arab',
      'language time-direction: select auto/ltr/rtl',
      'range from: number',
      'range to: number',
      'range now: text',
      'display theme: select light/dark/auto',
      'display link-group: text',
    ]);
  });

  it('bounds the heading level as documented, and leaves years to any whole number', () => {
    const args = publicArgTypesOf('troop-levels-chart', LANGUAGES)!;
    expect(args['heading-level']!.control).toEqual({ type: 'number', step: 1, min: 1, max: 6 });
    expect(args.from!.control).toEqual({ type: 'number', step: 1 });
    // By default the years of the chart's data: no one year to show.
    expect(args.from!.table.defaultValue).toBeUndefined();
  });

  it('is undefined for a tag the manifest does not hold', () => {
    expect(publicArgTypesOf('not-a-chart', LANGUAGES)).toBeUndefined();
  });
});

describe('documentedValues(description)', () => {
  it('reads the code-quoted values of the first sentence, after its colon', () => {
    expect(documentedValues('In `per-period` mode: `year` or `month`.')).toEqual(['year', 'month']);
    expect(documentedValues('`latn` (0–9) or `arab` (٠–٩). Defaults to what the locale uses (`ar-IQ`: arab).')).toEqual(['latn', 'arab']);
  });

  it('finds no choice in one quoted word', () => {
    expect(documentedValues('Charts with the same `link-group` highlight the same date together.')).toEqual([]);
    expect(documentedValues(undefined)).toEqual([]);
  });
});

describe('publicControls(languages)', () => {
  it("hides every other argument of an element's story, a story's own `width` included, and keeps it an argument", () => {
    const enhance = publicControls(LANGUAGES);
    const result = enhance({ component: 'troop-levels-chart', initialArgs: { width: 320, from: 2010 }, argTypes: { spec: { name: 'spec' } } });
    const shown = Object.entries(result).filter(([, a]) => !(a as { table?: { disable?: boolean } }).table?.disable).map(([name]) => name);
    expect(shown).toEqual(SHARED_HEAD.concat(SHARED_TAIL).map((row) => row.split(' ')[1]!.replace(':', '')));
    expect(result.width).toEqual({ name: 'width', table: { disable: true } });
    expect(result.spec).toEqual({ name: 'spec', table: { disable: true } });
    expect(enhance.secondPass).toBe(true);
  });

  it('leaves a story without a component as it is', () => {
    const argTypes = { x: { name: 'x' } };
    expect(publicControls(LANGUAGES)({ argTypes })).toBe(argTypes);
  });
});
