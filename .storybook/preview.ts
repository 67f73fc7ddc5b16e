import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import manifest from '../custom-elements.json';
import { loadLanguage } from '../src/components/core/i18n.js';
import { publicControls } from '../stories/docs/controls.js';
import { scopeThemeCss, themeById, THEMES, type Theme } from '../stories/docs/themes.js';

setCustomElementsManifest(manifest);

/**
 * The ready themes (themes/*.css) for the toolbar: when one is chosen, its file's `:root`
 * becomes `.imc-story[data-imc-theme="<id>"]` and the document adopts it as a constructable
 * stylesheet, once. The tokens land on the story's wrapper and inherit into its charts.
 */
const adopted = new Set<string>();
function adoptTheme(theme: Theme): void {
  if (!theme.css || adopted.has(theme.id) || typeof document === 'undefined') return;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(scopeThemeCss(theme.css, `.imc-story[data-imc-theme='${theme.id}']`));
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  adopted.add(theme.id);
}

/**
 * The toolbar's language and theme are set on a wrapper, as a page would set them on `<html>`
 * or a container; every chart that does not set its own inherits them. A ready theme sets the
 * built-in theme it starts from as `theme`, and its tokens through the stylesheet above.
 * Time direction is an attribute of each chart, not inherited: the stories' render helper reads
 * it from `context.globals.timeDirection` (stories/troop-levels-chart/story-helpers.ts).
 */
/** The toolbar's languages, which are also the choices of every chart's `lang` control. */
const LANGUAGES = [
  { value: 'en', title: 'English' },
  { value: 'ar-IQ', title: 'العربية (العراق)' },
  { value: 'ar-EG', title: 'العربية (مصر)' },
];

const preview: Preview = {
  argTypesEnhancers: [publicControls(LANGUAGES.map((l) => l.value))],
  parameters: {
    a11y: { test: 'error' },
    controls: { expanded: true },
    layout: 'padded',
    options: {
      storySort: {
        order: [
          'Introduction',
          'Embed in a page',
          'Theming',
          'Arabic and right-to-left',
          'Accessibility',
          'Data & sources',
          'API reference',
          'Troop levels chart',
          ['Overview', 'Options', 'States', 'Accessibility'],
          'Air strikes chart',
          ['Overview', 'Options', 'States'],
          'Casualties chart',
          ['Overview', 'Options', 'States'],
          'Spending chart',
          ['Overview', 'Options', 'States'],
          'Mission timeline',
          'Mission dashboard',
        ],
      },
    },
  },
  globalTypes: {
    locale: {
      description: 'Language of the charts',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: LANGUAGES,
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Colour theme of the charts',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: THEMES.map((t) => ({ value: t.id, title: t.title })),
        dynamicTitle: true,
      },
    },
    timeDirection: {
      description: 'Direction of time in the charts (time-direction), where a story does not set its own',
      toolbar: {
        title: 'Time direction',
        icon: 'transfer',
        items: [
          { value: 'auto', title: 'Time: auto (right to left in Arabic)' },
          { value: 'ltr', title: 'Time: left to right' },
          { value: 'rtl', title: 'Time: right to left' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en', theme: 'light', timeDirection: 'auto' },
  // Some stories draw a chart's parts with its layout and `strings()` directly, in the toolbar's
  // language; an element imports the Arabic texts itself when its language resolves to Arabic,
  // a story's helpers need them loaded before they draw.
  loaders: [() => loadLanguage('ar')],
  decorators: [
    (story, context) => {
      const theme = themeById(context.globals.theme);
      adoptTheme(theme);
      return html`<div
        class="imc-story"
        lang=${context.globals.locale ?? 'en'}
        theme=${theme.base}
        data-imc-theme=${ifDefined(theme.css ? theme.id : undefined)}
      >
        ${story()}
      </div>`;
    },
  ],
};

export default preview;
