/** Month names and digits per locale, formatted by the library's own `localeInfo` (Intl). */
import { localeInfo } from '../../src/components/core/locale.js';

const TAGS = ['en', 'ar', 'ar-IQ', 'ar-SY', 'ar-EG', 'ar-SA', 'ar-MA'];

/** One row per locale: digits, a year, a month and a number as the charts print them. */
export function LocaleTable({ tags = TAGS }: { tags?: string[] }) {
  return (
    <table className="imc-doc-table">
      <thead>
        <tr>
          <th scope="col">
            <code>lang</code>
          </th>
          <th scope="col">Default digits</th>
          <th scope="col">November 2011</th>
          <th scope="col">March 2003</th>
          <th scope="col">170,000</th>
          <th scope="col">Direction</th>
        </tr>
      </thead>
      <tbody>
        {tags.map((tag) => {
          const locale = localeInfo(tag);
          return (
            <tr key={tag}>
              <td>
                <code>{tag}</code>
              </td>
              <td>
                <code>{locale.numerals}</code>
              </td>
              <td lang={tag} dir={locale.dir}>
                {locale.formatDate(Date.UTC(2011, 10, 15), 'month')}
              </td>
              <td lang={tag} dir={locale.dir}>
                {locale.formatDate(Date.UTC(2003, 2, 15), 'month')}
              </td>
              <td lang={tag} dir={locale.dir}>
                {locale.formatNumber(170000)}
              </td>
              <td>{locale.dir}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
