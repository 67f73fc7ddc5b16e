import { LitElement, css, html } from 'lit';
import { property } from 'lit/decorators.js';
import '../../src/index.js';
import { elements } from './manifest.js';
import { scopeThemeCss, themeById } from './themes.js';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';

/**
 * `<imc-theme-preview theme="broadsheet">`: every chart under one theme, isolated from the page.
 *
 * A ready theme is a CSS file whose tokens sit on `:root`. Here the file's text becomes a
 * constructable stylesheet adopted by this element's shadow root, with `:root` replaced by
 * `:host`: the tokens land on this element and inherit into the charts inside it, and nothing
 * leaks to the page or to the other previews. No `<style>` is injected and no selector of the
 * page can reach in.
 */
export class ImcThemePreview extends LitElement {
  static override styles = css`
    :host {
      display: block;
      margin-block: 12px 24px;
    }
  `;

  /** A theme id from stories/docs/themes.ts. */
  @property() theme = 'light';

  /** Language of the charts. */
  @property() locale = 'en';

  /** Which element to show; every element in the manifest when not set. */
  @property() tag?: string;

  /** `now` passed to the charts, so the pages stay the same from day to day. */
  @property() now?: string;

  override updated(): void {
    const theme = themeById(this.theme);
    const sheets = [ImcThemePreview.styles.styleSheet!];
    if (theme.css) {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(scopeThemeCss(theme.css, ':host'));
      sheets.push(sheet);
    }
    this.shadowRoot!.adoptedStyleSheets = sheets;
  }

  override render() {
    const theme = themeById(this.theme);
    const tags = this.tag ? [this.tag] : elements().map((e) => e.tagName);
    return html`${tags.map((tag) => {
      const t = unsafeStatic(tag);
      return staticHtml`<${t} theme=${theme.base} lang=${this.locale} now=${this.now ?? '2026-11-01'}></${t}>`;
    })}`;
  }
}

if (!customElements.get('imc-theme-preview')) customElements.define('imc-theme-preview', ImcThemePreview);
