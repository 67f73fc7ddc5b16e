import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { TOKENS } from '../../../src/components/core/render/tokens.styles.js';
import {
  contrast,
  contrastTable,
  deltaE2000,
  deltaE2000Lab,
  formatRatio,
  MIN_SERIES_DELTA_E,
  palettePairs,
  parseColor,
  simulate,
  type Rgb,
} from '../../../stories/docs/contrast.js';
import { defaultTokens, parseThemeCss } from '../../../stories/docs/themes.js';

/**
 * Every theme — the built-in light and dark defaults and every themes/*.css — must pass WCAG AA
 * (text and muted text 4.5:1, annotation labels 4.5:1, series, axis and focus 3:1 against the
 * background, notice and tooltip text 4.5:1 on their own backgrounds), and its four series
 * colours must stay apart (CIEDE2000 ≥ MIN_SERIES_DELTA_E) under normal vision and simulated
 * protanopia, deuteranopia and tritanopia (Machado et al. 2009, severity 1).
 */

const themesDir = fileURLToPath(new URL('../../../themes/', import.meta.url));
const themeFiles = readdirSync(themesDir).filter((f) => f.endsWith('.css')).sort();

const themes: [string, Record<string, string>][] = [
  ['light (TOKENS)', defaultTokens('light')],
  ['dark (TOKENS)', defaultTokens('dark')],
  ...themeFiles.map((f): [string, Record<string, string>] => [`themes/${f}`, parseThemeCss(readFileSync(themesDir + f, 'utf8'))]),
];

const rgb = (hex: string) => parseColor(hex)!;

describe('the colour arithmetic', () => {
  it('computes WCAG contrast', () => {
    expect(contrast(rgb('#000'), rgb('#fff'))).toBeCloseTo(21, 6);
    expect(contrast(rgb('#fff'), rgb('#fff'))).toBeCloseTo(1, 6);
    expect(contrast(rgb('#767676'), rgb('#ffffff'))).toBeCloseTo(4.54, 2);
    expect(formatRatio(4.499)).toBe('4.49:1');
  });

  it('computes CIEDE2000 as in Sharma, Wu & Dalal (2005), table 1', () => {
    expect(deltaE2000Lab([50, 2.6772, -79.7751], [50, 0, -82.7485])).toBeCloseTo(2.0425, 4);
    expect(deltaE2000Lab([50, 0, 0], [50, -1, 2])).toBeCloseTo(2.3669, 4);
    expect(deltaE2000Lab([50, 2.5, 0], [73, 25, -18])).toBeCloseTo(27.1492, 4);
    expect(deltaE2000Lab([60.2574, -34.0099, 36.2677], [60.4626, -34.1751, 39.4387])).toBeCloseTo(1.2644, 4);
  });

  it('simulates dichromacy: greys stay grey, red and green merge for a deuteranope', () => {
    for (const grey of ['#ffffff', '#808080', '#000000']) {
      for (const d of ['protanopia', 'deuteranopia', 'tritanopia'] as const) {
        const seen = simulate(rgb(grey), d);
        expect(deltaE2000(seen, rgb(grey))).toBeLessThan(1);
      }
    }
    const [red, green]: Rgb[] = [rgb('#d62728'), rgb('#6b8e23')];
    expect(deltaE2000(red, green)).toBeGreaterThan(30);
    expect(deltaE2000(simulate(red, 'deuteranopia'), simulate(green, 'deuteranopia'))).toBeLessThan(MIN_SERIES_DELTA_E);
  });
});

describe('the theme files', () => {
  it('are there: at least three besides light and dark', () => {
    expect(themeFiles.length).toBeGreaterThanOrEqual(3);
  });

  it.each(themeFiles)('themes/%s sets every colour token and only known properties', (file) => {
    const tokens = parseThemeCss(readFileSync(themesDir + file, 'utf8'));
    const missing = TOKENS.filter((t) => t.name.startsWith('--imc-color-') && !(t.name in tokens)).map((t) => t.name);
    expect(missing, `${file} leaves these tokens to the defaults`).toEqual([]);
    const css = readFileSync(themesDir + file, 'utf8');
    expect(css, `${file} must not load anything from the network`).not.toMatch(/@import|url\(/);
  });
});

describe.each(themes)('%s', (_name, tokens) => {
  it('passes WCAG AA for every pair', () => {
    const failing = contrastTable(tokens)
      .filter((r) => !r.pass)
      .map((r) => `${r.label}: ${r.foregroundValue} on ${r.backgroundValue} is ${formatRatio(r.ratio)}, needs ${r.required}:1`);
    expect(failing).toEqual([]);
  });

  it(`keeps every pair of series colours at CIEDE2000 ≥ ${MIN_SERIES_DELTA_E} under normal and simulated colour vision`, () => {
    const pairs = palettePairs(tokens);
    expect(pairs.length).toBe(4 * 6);
    const failing = pairs
      .filter((p) => !p.pass)
      .map((p) => `${p.vision}: ${p.a} (${tokens[p.a]} → ${p.seenA}) vs ${p.b} (${tokens[p.b]} → ${p.seenB}): ΔE00 ${p.deltaE.toFixed(1)}`);
    expect(failing).toEqual([]);
  });
});
