/**
 * Runs after every story test of the projects that list this file in `setupFiles`
 * (vitest.config.ts): the story has rendered and played; the layout lint then reads it at each
 * width of {@link LINT_WIDTHS}, and, in the project that keeps them, compares the screenshot
 * references at {@link SCREENSHOT_WIDTHS}.
 *
 * Strict: any problem fails the story, with its text and position, unless it is listed in
 * tests/layout/known-problems.json — and a listed problem that no longer occurs fails too, so
 * the list only shrinks. `LAYOUT_LINT_RECORD=1` writes every problem found to
 * test-results/layout/ instead (scripts/layout-report.mjs counts them and rewrites the list).
 */
import { afterEach, expect, inject, vi } from 'vitest';
import { commands, page } from 'vitest/browser';
import knownFile from './known-problems.json';
import { allElements, formatProblem, lintLayout, type Problem } from './lint.js';

/** The viewport widths of issue 14. */
export const LINT_WIDTHS = [320, 375, 640, 1000, 1280] as const;
/** Phone and desktop: the widths of the screenshot references. */
export const SCREENSHOT_WIDTHS = [375, 1000] as const;
const HEIGHT = 900;
/**
 * Stories without screenshot references: the generated tables of the record ("Data & sources"),
 * thousands of pixels tall, which would change with every edit of the data; the lint still reads them.
 */
const NO_SCREENSHOT = /^data-sources-/;

declare module 'vitest' {
  export interface ProvidedContext {
    /** Write the problems found instead of failing on them. */
    layoutRecord: boolean;
    /** Compare (or, with `-u`, take) the screenshot references in this project. */
    layoutScreenshots: boolean;
  }
}

/** What the story test leaves on its context (`@storybook/addon-vitest` sets `story`). */
interface StoryContext {
  story?: { id: string; globals: Record<string, unknown> };
  task: { name: string; result?: { state?: string } };
}

/** Resolves after the browser has run `count` animation frames (a layout and a ResizeObserver pass). */
const frames = (count: number) =>
  new Promise<void>((resolve) => {
    const next = (left: number) => (left === 0 ? resolve() : requestAnimationFrame(() => next(left - 1)));
    next(count);
  });

interface Updating extends Element {
  updateComplete?: Promise<unknown>;
  ready?: Promise<unknown>;
}

/**
 * Waits until every chart under `root` has drawn at its new width: each element's update (and
 * data table) is done, and each drawing is as wide as its plot's box. A condition, retried for
 * at most 15 s; never a fixed pause.
 */
async function settled(root: Element): Promise<void> {
  await vi.waitFor(
    async () => {
      await frames(2);
      const charts = allElements(root).filter((e): e is Updating => 'updateComplete' in e);
      for (const chart of charts) await (chart.ready ?? chart.updateComplete);
      for (const chart of charts) {
        const plot = chart.shadowRoot?.querySelector('.plot');
        const svg = plot?.querySelector('svg[part="svg"]');
        if (!plot || !svg) continue;
        const width = Math.floor(Number.parseFloat(getComputedStyle(plot).width));
        if (Number(svg.getAttribute('width')) !== width) throw new Error(`<${chart.localName}> is drawn at ${svg.getAttribute('width')} px in a ${width} px plot`);
      }
    },
    { timeout: 15_000, interval: 20 },
  );
}

/** The key of a problem in known-problems.json: story, language, width, rule, chart and text (not the position, which moves). */
export const problemKey = (story: string, lang: string, width: number, p: Problem) => `${story} | ${lang} | ${width} | ${p.rule} | <${p.chart}> ${p.text}`;

/** Problems known when the lint was introduced, each fixed one to be removed (the list only shrinks). */
const known: string[] = knownFile.problems;

/** How often each key occurs in a list (a story can have the same problem twice: two unlabelled rules). */
function tally(keys: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  return counts;
}

afterEach(async (context) => {
  const { story, task } = context as unknown as StoryContext;
  // Not a story, or its own checks failed already: the lint would only add noise to that failure.
  if (!story || task.result?.state === 'fail') return;
  const lang = String(story.globals.locale ?? 'en');
  const root = document.body;
  const found: { width: number; problem: Problem; key: string }[] = [];
  try {
    for (const width of LINT_WIDTHS) {
      await page.viewport(width, HEIGHT);
      await settled(root);
      for (const problem of lintLayout(root, { viewportWidth: width })) found.push({ width, problem, key: problemKey(story.id, lang, width, problem) });
      if (inject('layoutScreenshots') && !NO_SCREENSHOT.test(story.id) && (SCREENSHOT_WIDTHS as readonly number[]).includes(width)) {
        const canvas = root.querySelector<HTMLElement>('.imc-story') ?? root;
        await expect.element(canvas).toMatchScreenshot(`${story.id}-${width}`);
      }
    }
  } finally {
    await page.viewport(1024, 768);
  }
  if (inject('layoutRecord')) {
    const body = JSON.stringify({ story: story.id, lang, problems: found.map((f) => ({ width: f.width, key: f.key, ...f.problem })) }, null, 1);
    await commands.writeFile(`test-results/layout/${story.id}.${lang}.json`, body);
    return;
  }
  // Compared as multisets: each listed key excuses one occurrence.
  const allowed = tally(known.filter((k) => k.startsWith(`${story.id} | ${lang} | `)));
  const fresh = found.filter((f) => {
    const left = allowed.get(f.key) ?? 0;
    if (left > 0) allowed.set(f.key, left - 1);
    return left === 0;
  });
  const gone = [...allowed].flatMap(([k, n]) => Array.from({ length: n }, () => k));
  const lines = [
    ...fresh.map((f) => `${f.width} px: ${formatProblem(f.problem)}`),
    ...gone.map((k) => `fixed, so remove it from tests/layout/known-problems.json: ${k}`),
  ];
  expect(lines, `layout lint of ${story.id} (${lang})`).toEqual([]);
});
