/**
 * Colour arithmetic for the documentation and its tests: WCAG 2 contrast, simulation of colour
 * vision deficiencies, and CIEDE2000 colour difference. No DOM: it runs in Node and the browser.
 */

/** An sRGB colour, each channel 0–255. */
export type Rgb = readonly [number, number, number];

/** Parses `#rgb`, `#rrggbb`, `rgb(r g b)` / `rgb(r, g, b)`; `undefined` for anything else. */
export function parseColor(value: string | undefined): Rgb | undefined {
  if (!value) return undefined;
  const text = value.trim().toLowerCase();
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(text);
  if (short) return [parseInt(short[1]! + short[1], 16), parseInt(short[2]! + short[2], 16), parseInt(short[3]! + short[3], 16)];
  const long = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/.exec(text);
  if (long) return [parseInt(long[1]!, 16), parseInt(long[2]!, 16), parseInt(long[3]!, 16)];
  const rgb = /^rgba?\(\s*(\d+(?:\.\d+)?)[\s,]+(\d+(?:\.\d+)?)[\s,]+(\d+(?:\.\d+)?)\s*(?:[,/]\s*[\d.]+%?\s*)?\)$/.exec(text);
  if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])];
  if (text === 'white') return [255, 255, 255];
  if (text === 'black') return [0, 0, 0];
  return undefined;
}

/** `#rrggbb` for a colour, channels rounded and clamped. */
export function toHex(rgb: Rgb): string {
  return `#${rgb.map((c) => Math.round(Math.min(255, Math.max(0, c))).toString(16).padStart(2, '0')).join('')}`;
}

const toLinear = (c: number) => {
  const s = c / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
};
const fromLinear = (l: number) => {
  const c = Math.min(1, Math.max(0, l));
  return 255 * (c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055);
};

/** WCAG 2 relative luminance. */
export function luminance(rgb: Rgb): number {
  const [r, g, b] = rgb.map(toLinear) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio, 1–21. */
export function contrast(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** The colour vision deficiencies simulated: the three dichromacies. */
export type Deficiency = 'protanopia' | 'deuteranopia' | 'tritanopia';
export const DEFICIENCIES: readonly Deficiency[] = ['protanopia', 'deuteranopia', 'tritanopia'];

/**
 * Machado, Oliveira & Fernandes (2009), "A Physiologically-based Model for Simulation of Color
 * Vision Deficiency", severity 1.0: 3×3 matrices applied to linear RGB.
 */
const MACHADO: Record<Deficiency, readonly (readonly [number, number, number])[]> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

/** How a colour looks to someone with the given dichromacy (Machado 2009, severity 1). */
export function simulate(rgb: Rgb, deficiency: Deficiency): Rgb {
  const lin = rgb.map(toLinear);
  const m = MACHADO[deficiency];
  return m.map((row) => fromLinear(row[0] * lin[0]! + row[1] * lin[1]! + row[2] * lin[2]!)) as unknown as Rgb;
}

/** CIE L*a*b* (D65) of an sRGB colour. */
export function toLab(rgb: Rgb): [number, number, number] {
  const [r, g, b] = rgb.map(toLinear) as [number, number, number];
  const x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047;
  const y = 0.2126729 * r + 0.7151522 * g + 0.072175 * b;
  const z = (0.0193339 * r + 0.119192 * g + 0.9503041 * b) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 * t + 16) / 116);
  const [fx, fy, fz] = [f(x), f(y), f(z)];
  return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)];
}

/** CIEDE2000 colour difference of two sRGB colours. */
export function deltaE2000(a: Rgb, b: Rgb): number {
  return deltaE2000Lab(toLab(a), toLab(b));
}

/** CIEDE2000 colour difference of two L*a*b* colours (Sharma, Wu & Dalal 2005), kL = kC = kH = 1. */
export function deltaE2000Lab(lab1: readonly number[], lab2: readonly number[]): number {
  const [L1, a1, b1] = lab1 as [number, number, number];
  const [L2, a2, b2] = lab2 as [number, number, number];
  const rad = Math.PI / 180;
  const C1 = Math.hypot(a1, b1);
  const C2 = Math.hypot(a2, b2);
  const Cm = (C1 + C2) / 2;
  const G = 0.5 * (1 - Math.sqrt(Cm ** 7 / (Cm ** 7 + 25 ** 7)));
  const a1p = (1 + G) * a1;
  const a2p = (1 + G) * a2;
  const C1p = Math.hypot(a1p, b1);
  const C2p = Math.hypot(a2p, b2);
  const hue = (bb: number, ap: number) => {
    if (bb === 0 && ap === 0) return 0;
    const h = Math.atan2(bb, ap) / rad;
    return h >= 0 ? h : h + 360;
  };
  const h1p = hue(b1, a1p);
  const h2p = hue(b2, a2p);
  const dLp = L2 - L1;
  const dCp = C2p - C1p;
  let dhp = 0;
  if (C1p * C2p !== 0) {
    dhp = h2p - h1p;
    if (dhp > 180) dhp -= 360;
    else if (dhp < -180) dhp += 360;
  }
  const dHp = 2 * Math.sqrt(C1p * C2p) * Math.sin((dhp / 2) * rad);
  const Lmp = (L1 + L2) / 2;
  const Cmp = (C1p + C2p) / 2;
  let hmp = h1p + h2p;
  if (C1p * C2p !== 0) {
    if (Math.abs(h1p - h2p) <= 180) hmp = (h1p + h2p) / 2;
    else hmp = h1p + h2p < 360 ? (h1p + h2p + 360) / 2 : (h1p + h2p - 360) / 2;
  }
  const T =
    1 -
    0.17 * Math.cos((hmp - 30) * rad) +
    0.24 * Math.cos(2 * hmp * rad) +
    0.32 * Math.cos((3 * hmp + 6) * rad) -
    0.2 * Math.cos((4 * hmp - 63) * rad);
  const dTheta = 30 * Math.exp(-(((hmp - 275) / 25) ** 2));
  const Rc = 2 * Math.sqrt(Cmp ** 7 / (Cmp ** 7 + 25 ** 7));
  const Sl = 1 + (0.015 * (Lmp - 50) ** 2) / Math.sqrt(20 + (Lmp - 50) ** 2);
  const Sc = 1 + 0.045 * Cmp;
  const Sh = 1 + 0.015 * Cmp * T;
  const Rt = -Math.sin(2 * dTheta * rad) * Rc;
  return Math.sqrt((dLp / Sl) ** 2 + (dCp / Sc) ** 2 + (dHp / Sh) ** 2 + Rt * (dCp / Sc) * (dHp / Sh));
}

/**
 * The smallest CIEDE2000 difference between two series colours that we accept, under normal
 * vision and under each simulated dichromacy. 10 is "clearly different at a glance" for
 * lines and markers; the chart also tells its series apart by dash pattern and legend.
 */
export const MIN_SERIES_DELTA_E = 10;

/** The series tokens the palette check compares. */
export const SERIES_TOKENS = ['--imc-color-series-1', '--imc-color-series-2', '--imc-color-series-3', '--imc-color-series-4'] as const;

export interface PalettePair {
  vision: 'normal' | Deficiency;
  a: string;
  b: string;
  /** The two colours as seen with that vision. */
  seenA: string;
  seenB: string;
  deltaE: number;
  pass: boolean;
}

/** Every pair of series colours, compared under normal vision and each dichromacy. */
export function palettePairs(tokens: Readonly<Record<string, string>>): PalettePair[] {
  const pairs: PalettePair[] = [];
  for (const vision of ['normal', ...DEFICIENCIES] as const) {
    for (let i = 0; i < SERIES_TOKENS.length; i++) {
      for (let j = i + 1; j < SERIES_TOKENS.length; j++) {
        const [a, b] = [SERIES_TOKENS[i]!, SERIES_TOKENS[j]!];
        const [ca, cb] = [parseColor(tokens[a]), parseColor(tokens[b])];
        if (!ca || !cb) continue;
        const [sa, sb] = vision === 'normal' ? [ca, cb] : [simulate(ca, vision), simulate(cb, vision)];
        const deltaE = deltaE2000(sa, sb);
        pairs.push({ vision, a, b, seenA: toHex(sa), seenB: toHex(sb), deltaE, pass: deltaE >= MIN_SERIES_DELTA_E });
      }
    }
  }
  return pairs;
}

/** The smallest difference per vision: one row per vision with its closest pair. */
export function paletteMinima(tokens: Readonly<Record<string, string>>): PalettePair[] {
  const byVision = new Map<string, PalettePair>();
  for (const pair of palettePairs(tokens)) {
    const best = byVision.get(pair.vision);
    if (!best || pair.deltaE < best.deltaE) byVision.set(pair.vision, pair);
  }
  return [...byVision.values()];
}

/** One foreground/background pair that must reach a WCAG contrast. */
export interface ContrastCheck {
  label: string;
  foreground: string;
  background: string;
  /** 4.5 for text (WCAG 1.4.3 AA), 3 for graphics and focus indicators (1.4.11). */
  required: number;
}

/** The pairs every theme must pass. */
export const CONTRAST_CHECKS: readonly ContrastCheck[] = [
  { label: 'Text', foreground: '--imc-color-text', background: '--imc-color-background', required: 4.5 },
  { label: 'Muted text (description, axis labels, footer)', foreground: '--imc-color-text-muted', background: '--imc-color-background', required: 4.5 },
  { label: 'Annotation labels', foreground: '--imc-color-annotation', background: '--imc-color-background', required: 4.5 },
  { label: 'Series 1', foreground: '--imc-color-series-1', background: '--imc-color-background', required: 3 },
  { label: 'Series 2', foreground: '--imc-color-series-2', background: '--imc-color-background', required: 3 },
  { label: 'Series 3', foreground: '--imc-color-series-3', background: '--imc-color-background', required: 3 },
  { label: 'Series 4', foreground: '--imc-color-series-4', background: '--imc-color-background', required: 3 },
  { label: 'Axis line, button borders', foreground: '--imc-color-axis', background: '--imc-color-background', required: 3 },
  { label: 'Focus ring', foreground: '--imc-color-focus', background: '--imc-color-background', required: 3 },
  { label: 'Notice text on notice', foreground: '--imc-color-notice-text', background: '--imc-color-notice-background', required: 4.5 },
  { label: 'Tooltip text on tooltip', foreground: '--imc-color-tooltip-text', background: '--imc-color-tooltip-background', required: 4.5 },
];

export interface ContrastResult extends ContrastCheck {
  foregroundValue: string;
  backgroundValue: string;
  /** `NaN` when a colour could not be parsed. */
  ratio: number;
  pass: boolean;
}

/** Every contrast check for a set of token values. */
export function contrastTable(tokens: Readonly<Record<string, string>>): ContrastResult[] {
  return CONTRAST_CHECKS.map((check) => {
    const fg = parseColor(tokens[check.foreground]);
    const bg = parseColor(tokens[check.background]);
    const ratio = fg && bg ? contrast(fg, bg) : Number.NaN;
    return {
      ...check,
      foregroundValue: tokens[check.foreground] ?? '',
      backgroundValue: tokens[check.background] ?? '',
      ratio,
      pass: ratio >= check.required,
    };
  });
}

/** A ratio as WCAG writes it, rounded down so a displayed "4.50" never hides a 4.499. */
export function formatRatio(ratio: number): string {
  return Number.isFinite(ratio) ? `${(Math.floor(ratio * 100) / 100).toFixed(2)}:1` : 'n/a';
}
