import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from '../custom-elements.json';

setCustomElementsManifest(manifest);

/**
 * The toolbar's language and theme are set on a wrapper, as a page would set them on `<html>`
 * or a container; every chart that does not set its own inherits them.
 */
const preview: Preview = {
  parameters: {
    a11y: { test: 'error' },
    controls: { expanded: true },
    layout: 'padded',
    options: {
      storySort: { order: ['Introduction', 'Embed in a page', 'Troop levels chart', 'Data & sources'] },
    },
  },
  globalTypes: {
    locale: {
      description: 'Language of the charts',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'ar-IQ', title: 'العربية (العراق)' },
          { value: 'ar-EG', title: 'العربية (مصر)' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Colour theme of the charts',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en', theme: 'light' },
  decorators: [
    (story, context) =>
      html`<div class="imc-story" lang=${context.globals.locale ?? 'en'} theme=${context.globals.theme ?? 'light'}>${story()}</div>`,
  ],
};

export default preview;
