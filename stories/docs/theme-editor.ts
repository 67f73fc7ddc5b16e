import { LitElement, css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import '../../src/index.js';
import { contrastTable, formatRatio, parseColor, toHex } from './contrast.js';
import { cssPropertyRows, elements } from './manifest.js';
import { THEMES, themeById } from './themes.js';

/**
 * `<imc-theme-editor>`: every token and per-chart property as an input, every chart live
 * under the values, and the resulting CSS to copy.
 *
 * The values are set with `style.setProperty()` on the wrapper around the charts, as a page
 * would set them on `:root` or on an article's container: the charts only read the tokens.
 */
export class ImcThemeEditor extends LitElement {
  static override styles = css`
    :host {
      display: block;
      font: 14px/1.4 system-ui, sans-serif;
      color: #1b1f24;
    }
    .bar {
      display: flex;
      flex-wrap: wrap;
      gap: 8px 16px;
      align-items: center;
      margin-block-end: 12px;
    }
    .layout {
      display: grid;
      grid-template-columns: minmax(0, 22rem) minmax(0, 1fr);
      gap: 16px;
      align-items: start;
    }
    @media (max-width: 900px) {
      .layout {
        grid-template-columns: minmax(0, 1fr);
      }
    }
    .fields {
      max-block-size: 44rem;
      overflow: auto;
      border: 1px solid #c9ced4;
      border-radius: 4px;
      padding: 8px;
    }
    .field {
      display: grid;
      grid-template-columns: 2.25rem minmax(0, 1fr);
      gap: 2px 8px;
      align-items: center;
      padding-block: 4px;
      border-block-end: 1px solid #eceff2;
    }
    .field label {
      grid-column: 1 / -1;
      font: 12px/1.3 ui-monospace, 'SF Mono', Menlo, Consolas, monospace;
      overflow-wrap: anywhere;
    }
    .field input[type='text'] {
      grid-column: 2;
      font: 12px ui-monospace, 'SF Mono', Menlo, Consolas, monospace;
      padding: 3px 4px;
      min-inline-size: 0;
    }
    .field input[type='color'] {
      grid-column: 1;
      inline-size: 2.25rem;
      block-size: 1.6rem;
      padding: 0;
      border: 1px solid #8a939e;
    }
    .field.wide input[type='text'] {
      grid-column: 1 / -1;
    }
    .preview {
      display: grid;
      gap: 16px;
    }
    .checks {
      font-size: 12px;
      margin: 4px 0 0;
      padding: 0;
      list-style: none;
      display: flex;
      flex-wrap: wrap;
      gap: 2px 12px;
    }
    .fail {
      color: #a3161b;
      font-weight: 700;
    }
    pre {
      margin: 8px 0 0;
      padding: 12px;
      max-block-size: 24rem;
      overflow: auto;
      background: #f4f6f8;
      border: 1px solid #c9ced4;
      border-radius: 4px;
      font: 12px/1.5 ui-monospace, 'SF Mono', Menlo, Consolas, monospace;
      white-space: pre-wrap;
      overflow-wrap: anywhere;
    }
    button,
    select {
      font: inherit;
      padding: 3px 10px;
    }
    .bar.copy {
      margin-block: 12px 0;
    }
  `;

  /** The theme the values start from: an id from stories/docs/themes.ts. */
  @property() start = 'light';

  /** `now` for the charts, so the preview does not change from day to day. */
  @property() now = '2026-11-01';

  @state() private values: Record<string, string> = {};
  @state() private copied = '';

  private readonly properties = cssPropertyRows();

  override connectedCallback(): void {
    super.connectedCallback();
    this.reset();
  }

  /** Every property at the start theme's value; per-chart properties empty (they follow the tokens). */
  private reset(): void {
    const theme = themeById(this.start);
    this.values = Object.fromEntries(
      this.properties.map((p) => [p.name, theme.tokens[p.name] ?? (p.scope === 'global' ? p.light : '')]),
    );
    this.copied = '';
  }

  /** The CSS a designer copies: every global token, and the per-chart properties that were set. */
  get cssText(): string {
    const lines = this.properties
      .filter((p) => this.values[p.name]?.trim())
      .map((p) => `  ${p.name}: ${this.values[p.name]!.trim()};`);
    return `:root {\n${lines.join('\n')}\n}\n`;
  }

  override updated(): void {
    const wrapper = this.renderRoot.querySelector<HTMLElement>('.preview');
    if (!wrapper) return;
    for (const p of this.properties) {
      const value = this.values[p.name]?.trim();
      if (value) wrapper.style.setProperty(p.name, value);
      else wrapper.style.removeProperty(p.name);
    }
  }

  private set(name: string, value: string): void {
    this.values = { ...this.values, [name]: value };
    this.copied = '';
  }

  private async copy(): Promise<void> {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(this.cssText);
      this.copied = 'Copied to the clipboard.';
    } catch {
      const range = document.createRange();
      range.selectNodeContents(this.renderRoot.querySelector('pre')!);
      const selection = getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      this.copied = 'The clipboard is not available here: the CSS is selected, copy it with Ctrl+C or ⌘C.';
    }
  }

  private renderField(p: (typeof this.properties)[number]) {
    const value = this.values[p.name] ?? '';
    const color = parseColor(value);
    const isColor = p.name.includes('color');
    const id = `field${p.name}`;
    return html`<div class="field ${isColor ? '' : 'wide'}">
      <label for=${id} title=${p.description}>${p.name}</label>
      ${isColor
        ? html`<input
            type="color"
            aria-label=${`${p.name} colour picker`}
            .value=${color ? toHex(color) : '#000000'}
            @input=${(e: Event) => this.set(p.name, (e.target as HTMLInputElement).value)}
          />`
        : nothing}
      <input
        id=${id}
        type="text"
        spellcheck="false"
        placeholder=${p.scope === 'global' ? '' : `default: ${p.light}`}
        .value=${value}
        @input=${(e: Event) => this.set(p.name, (e.target as HTMLInputElement).value)}
      />
    </div>`;
  }

  override render() {
    const theme = themeById(this.start);
    const checks = contrastTable({ ...theme.tokens, ...this.values });
    const failing = checks.filter((c) => !c.pass);
    return html`
      <div class="bar">
        <label
          >Start from
          <select
            @change=${(e: Event) => {
              this.start = (e.target as HTMLSelectElement).value;
              this.reset();
            }}
          >
            ${THEMES.map((t) => html`<option value=${t.id} ?selected=${t.id === this.start}>${t.title}</option>`)}
          </select></label
        >
        <button type="button" @click=${() => this.reset()}>Reset</button>
      </div>
      <div class="layout">
        <div class="fields" role="group" aria-label="Tokens and per-chart properties">
          ${this.properties.map((p) => this.renderField(p))}
        </div>
        <div>
          <div class="preview">
            ${elements().map((e) => {
              const tag = unsafeStatic(e.tagName);
              return staticHtml`<${tag} theme=${theme.base} now=${this.now}></${tag}>`;
            })}
          </div>
          <ul class="checks" aria-label="WCAG contrast of the values">
            ${failing.length === 0
              ? html`<li>Every contrast check passes WCAG AA (${checks.length} pairs).</li>`
              : failing.map((c) => html`<li class="fail">${c.label}: ${formatRatio(c.ratio)} (needs ${c.required}:1)</li>`)}
          </ul>
          <div class="bar copy">
            <button type="button" @click=${() => this.copy()}>Copy CSS</button>
            <span role="status">${this.copied}</span>
          </div>
          <pre aria-label="The theme as CSS"><code>${this.cssText}</code></pre>
        </div>
      </div>
    `;
  }
}

if (!customElements.get('imc-theme-editor')) customElements.define('imc-theme-editor', ImcThemeEditor);
