import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CSSResult } from 'lit';
import { describe, expect, it } from 'vitest';
import { TOKENS } from '../../../src/components/core/render/tokens.styles.js';

/**
 * Every CSS custom property (`--imc-*`) the styles read and every `part` the templates write is
 * documented with `@cssprop` / `@csspart` — so it appears in custom-elements.json, the Theming
 * page and the API reference — and nothing documented is gone from the code. The manifest is
 * written by `cem analyze` (`npm run analyze`; `npm test` runs it before the tests).
 */

const root = fileURLToPath(new URL('../../../', import.meta.url));
const manifestPath = join(root, 'custom-elements.json');

interface Item {
  name: string;
  description?: string;
}
interface Declaration {
  tagName?: string;
  customElement?: boolean;
  cssProperties?: Item[];
  cssParts?: Item[];
  superclass?: { name: string };
}

function readManifest(): { modules: { path: string; declarations?: Declaration[] }[] } {
  if (!existsSync(manifestPath)) {
    throw new Error('custom-elements.json is missing: run `npm run analyze` (cem analyze --litelement) first, or `npm test`, which runs it.');
  }
  return JSON.parse(readFileSync(manifestPath, 'utf8'));
}

const manifest = readManifest();
const elements = manifest.modules.flatMap((m) =>
  (m.declarations ?? [])
    .filter((d) => d.customElement && d.tagName)
    // A chart draws the core's frame; an element that is not a chart (the dashboard) only its own.
    .map((d) => ({ ...d, tagName: d.tagName!, dir: dirname(join(root, m.path)), core: d.superclass?.name === 'ImcChart' })),
);
const coreDir = join(root, 'src/components/core');

const tsFiles = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.endsWith('.d.ts'))
    .map((f) => join(dir, f));

/** The cssText of every CSSResult exported by the *.styles.ts modules of the core and the element. */
async function stylesOf(dir: string, core: boolean): Promise<string> {
  const files = [...(core ? tsFiles(coreDir) : []), ...tsFiles(dir)].filter((f) => f.endsWith('.styles.ts'));
  const texts: string[] = [];
  for (const file of files) {
    const module = (await import(/* @vite-ignore */ file)) as Record<string, unknown>;
    for (const value of Object.values(module)) {
      if (value && typeof value === 'object' && typeof (value as CSSResult).cssText === 'string') texts.push((value as CSSResult).cssText);
    }
  }
  return texts.join('\n');
}

/** Part names written in templates (`part="a b"`) and targeted by the styles (`[part~='a']`). */
function partsOf(dir: string, core: boolean, css: string): Set<string> {
  const parts = new Set<string>();
  for (const file of [...(core ? tsFiles(coreDir) : []), ...tsFiles(dir)]) {
    const text = readFileSync(file, 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/^\s*\/\/.*$/gm, '');
    for (const m of text.matchAll(/\bpart=(["'])([^"'$]+)\1/g)) for (const name of m[2]!.split(/\s+/)) if (name) parts.add(name);
  }
  for (const m of css.matchAll(/\[part[~|]?=['"]([\w-]+)['"]\]/g)) parts.add(m[1]!);
  return parts;
}

const fallbackOf = (css: string) => {
  const map = new Map<string, string>();
  for (const m of css.matchAll(/var\((--imc-[\w-]+)\s*,\s*(var\(--_[\w-]+\)|[^()]+?)\s*\)/g)) map.set(m[1]!, m[2]!.trim());
  return map;
};

describe.each(elements)('<$tagName>', (element) => {
  it('documents every custom property its styles read, and no other', async () => {
    const css = await stylesOf(element.dir, element.core);
    const used = new Set([...css.matchAll(/var\((--imc-[\w-]+)/g)].map((m) => m[1]!));
    const documented = new Set((element.cssProperties ?? []).map((p) => p.name));
    expect([...used].filter((n) => !documented.has(n)), 'used in the styles but without @cssprop').toEqual([]);
    expect([...documented].filter((n) => !used.has(n)), 'documented with @cssprop but not read by the styles').toEqual([]);
  });

  it('documents every part its templates write, and no other', async () => {
    const css = await stylesOf(element.dir, element.core);
    const used = partsOf(element.dir, element.core, css);
    const documented = new Set((element.cssParts ?? []).map((p) => p.name));
    expect([...used].filter((n) => !documented.has(n)), 'written as part="…" but without @csspart').toEqual([]);
    expect([...documented].filter((n) => !used.has(n)), 'documented with @csspart but in no template').toEqual([]);
  });

  it('states the defaults the code uses', async () => {
    const css = await stylesOf(element.dir, element.core);
    const fallbacks = fallbackOf(css);
    const tokenByPrivate = new Map(TOKENS.map((t) => [t.private, t.name]));
    const wrong: string[] = [];
    for (const p of element.cssProperties ?? []) {
      const text = p.description ?? '';
      const token = TOKENS.find((t) => t.name === p.name);
      if (token) {
        // Colours and lengths must be written in the JSDoc as they are in the TOKENS table.
        for (const value of [token.light, token.dark].filter((v): v is string => !!v && /^(#[0-9a-f]{3,8}|[\d.]+(px|em|rem|%)?)$/i.test(v))) {
          if (!text.includes(value)) wrong.push(`${p.name}: the JSDoc does not state ${value} ("${text}")`);
        }
        continue;
      }
      const fallback = fallbacks.get(p.name);
      if (!fallback) continue;
      const privateVar = /^var\((--_[\w-]+)\)$/.exec(fallback)?.[1];
      const expected = privateVar ? tokenByPrivate.get(privateVar) ?? privateVar : fallback;
      const stated = /Default:\s*(.+?)\.?\s*$/s.exec(text)?.[1]?.replace(/`/g, '').trim();
      if (stated !== expected) wrong.push(`${p.name}: the JSDoc says the default is "${stated}", the styles use "${expected}"`);
    }
    expect(wrong).toEqual([]);
  });
});

it('finds the elements in the manifest', () => {
  expect(elements.map((e) => e.tagName)).toContain('troop-levels-chart');
});
