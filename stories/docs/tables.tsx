/**
 * Tables for the documentation pages, generated from custom-elements.json, the TOKENS table and
 * the theme files, so the pages cannot drift from the code.
 */
import type { ReactNode } from 'react';
import { DEFICIENCIES, contrastTable, formatRatio, palettePairs, parseColor, simulate, toHex, MIN_SERIES_DELTA_E, SERIES_TOKENS } from './contrast.js';
import { cssPropertyRows, elements, partRows, publicProperties, type ElementDoc } from './manifest.js';
import { THEMES } from './themes.js';

/** `code` spans for text written with backticks in JSDoc. */
export function Md({ text }: { text?: string }): ReactNode {
  if (!text) return null;
  return text.split(/(`[^`]+`)/).map((chunk, i) => (chunk.startsWith('`') && chunk.endsWith('`') ? <code key={i}>{chunk.slice(1, -1)}</code> : chunk));
}

function Swatch({ value }: { value: string }) {
  const rgb = parseColor(value);
  if (!rgb) return <code className={value.length > 24 ? 'imc-doc-long' : undefined}>{value}</code>;
  return (
    <span className="imc-doc-swatch-cell">
      <span className="imc-doc-swatch" style={{ background: value }} aria-hidden="true" />
      <code>{value}</code>
    </span>
  );
}

/** Every custom property: global tokens, then each element's own. */
export function TokenTable() {
  const rows = cssPropertyRows();
  return (
    <table className="imc-doc-table">
      <thead>
        <tr>
          <th scope="col">Property</th>
          <th scope="col">Styles</th>
          <th scope="col">Light default</th>
          <th scope="col">Dark default</th>
          <th scope="col">Scope</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.name}>
            <td>
              <code>{r.name}</code>
            </td>
            <td>
              <Md text={r.description} />
            </td>
            <td>
              <Swatch value={r.light} />
            </td>
            <td>{r.dark === r.light ? <span className="imc-doc-muted">same</span> : <Swatch value={r.dark} />}</td>
            <td>{r.scope === 'global' ? 'every chart' : <code>{`<${r.scope}>`}</code>}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Every part of every element. */
export function PartTable() {
  return (
    <table className="imc-doc-table">
      <thead>
        <tr>
          <th scope="col">Part</th>
          <th scope="col">What it is</th>
          <th scope="col">Elements</th>
        </tr>
      </thead>
      <tbody>
        {partRows().map((r) => (
          <tr key={r.name}>
            <td>
              <code>{`::part(${r.name})`}</code>
            </td>
            <td>
              <Md text={r.description} />
            </td>
            <td>
              {r.tags.map((t) => (
                <code key={t}>{`<${t}>`}</code>
              ))}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The WCAG contrast of every checked pair, for every theme. */
export function ContrastTables() {
  return (
    <>
      {THEMES.map((theme) => {
        const rows = contrastTable(theme.tokens);
        const failing = rows.filter((r) => !r.pass).length;
        return (
          <section key={theme.id}>
            <h3 id={`contrast-${theme.id}`}>
              {theme.title}
              {theme.file ? (
                <>
                  {' '}
                  — <code>{theme.file}</code>
                </>
              ) : null}
            </h3>
            <p>{failing === 0 ? `All ${rows.length} pairs pass WCAG 2 AA.` : `${failing} of ${rows.length} pairs fail WCAG 2 AA.`}</p>
            <table className="imc-doc-table">
              <thead>
                <tr>
                  <th scope="col">Pair</th>
                  <th scope="col">Foreground</th>
                  <th scope="col">Background</th>
                  <th scope="col">Sample</th>
                  <th scope="col">Ratio</th>
                  <th scope="col">Needs</th>
                  <th scope="col">AA</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.label}>
                    <td>{r.label}</td>
                    <td>
                      <Swatch value={r.foregroundValue} />
                    </td>
                    <td>
                      <Swatch value={r.backgroundValue} />
                    </td>
                    <td>
                      <span className="imc-doc-sample" style={{ color: r.foregroundValue, background: r.backgroundValue, borderColor: r.foregroundValue }}>
                        {r.required === 3 ? '━━ ●' : 'Aa ١٢٣'}
                      </span>
                    </td>
                    <td className="imc-doc-number">{formatRatio(r.ratio)}</td>
                    <td className="imc-doc-number">{`${r.required}:1`}</td>
                    <td className={r.pass ? 'imc-doc-pass' : 'imc-doc-fail'}>{r.pass ? '✓ pass' : '✗ FAIL'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        );
      })}
    </>
  );
}

/** For every theme and vision: the closest pair of series colours after simulation. */
export function PaletteTable() {
  const visions = ['normal', ...DEFICIENCIES] as const;
  return (
    <table className="imc-doc-table">
      <thead>
        <tr>
          <th scope="col">Theme</th>
          {visions.map((v) => (
            <th scope="col" key={v}>
              {v === 'normal' ? 'Normal vision' : v[0]!.toUpperCase() + v.slice(1)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {THEMES.map((theme) => {
          const pairs = palettePairs(theme.tokens);
          return (
            <tr key={theme.id}>
              <th scope="row">{theme.title}</th>
              {visions.map((v) => {
                const closest = pairs.filter((p) => p.vision === v).sort((a, b) => a.deltaE - b.deltaE)[0];
                if (!closest) return <td key={v}>n/a</td>;
                const seriesNumber = (token: string) => SERIES_TOKENS.indexOf(token as (typeof SERIES_TOKENS)[number]) + 1;
                return (
                  <td key={v}>
                    <span className="imc-doc-pair">
                      <span className="imc-doc-swatch" style={{ background: closest.seenA }} aria-hidden="true" />
                      <span className="imc-doc-swatch" style={{ background: closest.seenB }} aria-hidden="true" />
                    </span>{' '}
                    <span className={closest.pass ? 'imc-doc-pass' : 'imc-doc-fail'}>ΔE₀₀ {closest.deltaE.toFixed(1)}</span>
                    <br />
                    <span className="imc-doc-muted">
                      series {seriesNumber(closest.a)} vs {seriesNumber(closest.b)}
                    </span>
                  </td>
                );
              })}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** The series colours of every theme as each vision sees them. */
export function PaletteStrips() {
  const visions = ['normal', ...DEFICIENCIES] as const;
  return (
    <table className="imc-doc-table">
      <thead>
        <tr>
          <th scope="col">Theme</th>
          {visions.map((v) => (
            <th scope="col" key={v}>
              {v === 'normal' ? 'Normal vision' : v[0]!.toUpperCase() + v.slice(1)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {THEMES.map((theme) => {
          return (
            <tr key={theme.id}>
              <th scope="row">{theme.title}</th>
              {visions.map((v) => {
                const seen = SERIES_TOKENS.map((token) => {
                  const rgb = parseColor(theme.tokens[token]);
                  if (!rgb) return theme.tokens[token] ?? 'transparent';
                  return v === 'normal' ? toHex(rgb) : toHex(simulate(rgb, v));
                });
                return (
                  <td key={v}>
                    <span className="imc-doc-strip" style={{ background: theme.tokens['--imc-color-background'] }}>
                      {seen.map((c, i) => (
                        <span key={i} className="imc-doc-swatch" style={{ background: c }} title={`series ${i + 1}: ${c}`} />
                      ))}
                    </span>
                  </td>
                );
              })}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

export const PALETTE_THRESHOLD = MIN_SERIES_DELTA_E;

function Rows({ items, columns }: { items: Record<string, ReactNode>[]; columns: string[] }) {
  return (
    <table className="imc-doc-table">
      <thead>
        <tr>
          {columns.map((c) => (
            <th scope="col" key={c}>
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {items.map((item, i) => (
          <tr key={i}>
            {columns.map((c) => (
              <td key={c}>{item[c]}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const code = (text?: string) => (text ? <code>{text}</code> : null);

/** One element's full API from the manifest. */
export function ElementApi({ element }: { element: ElementDoc }) {
  const props = publicProperties(element);
  return (
    <section>
      <h2 id={`api-${element.tagName}`}>
        <code>{`<${element.tagName}>`}</code>
      </h2>
      {element.summary ? (
        <p>
          <strong>
            <Md text={element.summary} />
          </strong>
        </p>
      ) : null}
      <p>
        <Md text={element.description} />
      </p>
      <p className="imc-doc-muted">
        Class <code>{element.name}</code> in <code>{element.modulePath}</code>.
      </p>
      <h3>Attributes</h3>
      <Rows
        columns={['Attribute', 'Property', 'Type', 'Default', 'Description']}
        items={element.attributes.map((a) => {
          const member = element.members.find((m) => m.name === a.fieldName);
          return {
            Attribute: code(a.name),
            Property: code(a.fieldName),
            Type: code(a.type?.text ?? member?.type?.text ?? (a.name === 'lang' ? 'string' : undefined)),
            Default: code(a.default ?? member?.default) ?? (a.name === 'lang' ? <span className="imc-doc-muted">inherited, else en</span> : null),
            Description: <Md text={a.description ?? (a.name === 'lang' ? 'Language (BCP 47). Inherited from the nearest ancestor with `lang`; `en` when none.' : '')} />,
          };
        })}
      />
      <h3>Properties</h3>
      <Rows
        columns={['Property', 'Attribute', 'Type', 'Default', 'Description']}
        items={props.map((p) => ({
          Property: code(p.name),
          Attribute: code(p.attribute) ?? <span className="imc-doc-muted">{p.readonly ? 'read-only' : 'property only'}</span>,
          Type: code(p.type?.text),
          Default: code(p.default),
          Description: <Md text={p.description} />,
        }))}
      />
      <h3>Events</h3>
      <Rows columns={['Event', 'Description']} items={element.events.map((e) => ({ Event: code(e.name), Description: <Md text={e.description} /> }))} />
      <h3>CSS custom properties</h3>
      <Rows
        columns={['Property', 'Description']}
        items={element.cssProperties.map((p) => ({ Property: code(p.name), Description: <Md text={p.description} /> }))}
      />
      <h3>Parts</h3>
      <Rows columns={['Part', 'Description']} items={element.cssParts.map((p) => ({ Part: code(p.name), Description: <Md text={p.description} /> }))} />
    </section>
  );
}

/** Every element in the manifest. */
export function ApiReference() {
  return (
    <>
      {elements().map((e) => (
        <ElementApi key={e.tagName} element={e} />
      ))}
    </>
  );
}
