import { LitElement, css, html } from 'lit';
import { property, state } from 'lit/decorators.js';
import '../../src/index.js';

/**
 * `<imc-announcer>`: a chart, and under it what a screen reader is given: the plot's accessible
 * name (the generated summary), its description (the keyboard hint), and every message of the
 * polite live region as you move with the keyboard. The texts are read from the chart's own
 * shadow root, so they are exactly what assistive technology receives.
 */
export class ImcAnnouncer extends LitElement {
  static override styles = css`
    :host {
      display: block;
      margin-block: 12px 24px;
      font: 14px/1.45 system-ui, sans-serif;
    }
    dl {
      margin: 8px 0 0;
      padding: 8px 12px;
      background: #f4f6f8;
      border: 1px solid #c9ced4;
      border-radius: 4px;
    }
    dt {
      font-weight: 700;
      margin-block-start: 6px;
    }
    dd {
      margin: 0;
    }
    ol {
      margin: 0;
      padding-inline-start: 1.5em;
    }
  `;

  /** Language of the chart. */
  @property() locale = 'en';

  @property({ type: Number }) from = 2003;

  @state() private summary = '';
  @state() private hint = '';
  @state() private messages: string[] = [];

  private observer?: MutationObserver;

  override firstUpdated(): void {
    const chart = this.renderRoot.querySelector('troop-levels-chart')!;
    const read = () => {
      const root = chart.shadowRoot;
      if (!root) return;
      this.summary = root.querySelector('.plot')?.getAttribute('aria-label') ?? '';
      this.hint = root.querySelector('#hint')?.textContent ?? '';
      const live = root.querySelector('[role="status"][aria-live]')?.textContent?.trim() ?? '';
      if (live && live !== this.messages[0]) this.messages = [live, ...this.messages].slice(0, 5);
    };
    void customElements.whenDefined('troop-levels-chart').then(async () => {
      await chart.updateComplete;
      read();
      this.observer = new MutationObserver(read);
      this.observer.observe(chart.shadowRoot!, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['aria-label'] });
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
  }

  override render() {
    const ar = this.locale.startsWith('ar');
    return html`<troop-levels-chart lang=${this.locale} from=${this.from} now="2026-11-01"></troop-levels-chart>
      <dl dir=${ar ? 'rtl' : 'ltr'} lang=${this.locale}>
        <dt lang="en" dir="ltr">Name of the plot (read when it takes focus)</dt>
        <dd>${this.summary}</dd>
        <dt lang="en" dir="ltr">Description (aria-describedby)</dt>
        <dd>${this.hint}</dd>
        <dt lang="en" dir="ltr">Live region (polite), newest first — tab into the chart and press the arrow keys</dt>
        <dd>${this.messages.length ? html`<ol>${this.messages.map((m) => html`<li>${m}</li>`)}</ol>` : html`<span lang="en" dir="ltr">(nothing yet)</span>`}</dd>
      </dl>`;
  }
}

if (!customElements.get('imc-announcer')) customElements.define('imc-announcer', ImcAnnouncer);
