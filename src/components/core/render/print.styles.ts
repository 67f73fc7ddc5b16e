import { css, unsafeCSS } from 'lit';
import { tokenValues } from './tokens.styles.js';

/**
 * On paper every chart uses the light theme's colours, whatever the page's theme: browsers do not
 * print backgrounds by default, so a dark chart's light text would be printed on white paper.
 * (`[data-theme]` twice outweighs the dark theme's `.chart[data-theme='dark']`.)
 */
export const printStyles = css`
  @media print {
    .chart[data-theme][data-theme] {
      ${unsafeCSS([...tokenValues('light')].map(([name, value]) => `${name}: ${value};`).join('\n'))}
      color-scheme: light;
      /* Ligatures ("fi") become one glyph in a PDF, which then cannot be searched or copied. */
      font-variant-ligatures: none;
    }
  }
`;
