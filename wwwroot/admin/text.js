// The administrators' pages in English, Kazakh and Russian: their texts (strings.json, 'pages', one file for
// translators), the dashboard's language choice (js/i18n.js: ?lang=, else the one kept in this browser), and
// counts, numbers and dates by the product's own rules (js/locale-rules.js, never the browser's locale data).
// Imported by every admin page script: the page's static labels are translated as soon as it is evaluated.
import table from '/admin/strings.json' with { type: 'json' };
import { addStrings, language, t, translatePage } from '/js/i18n.js';
import * as rules from '/js/locale-rules.js';

addStrings(table.pages);
translatePage();
const pageName = document.querySelector('header.masthead[data-page]')?.dataset.page;
if (pageName) document.title = pageName === 'administration' ? `${t('administration')} · CourtMetrics` : t('adminTitle', t(pageName));

export { language, t };

/** A counted word in the language's plural form, its number written by the language's rules: "3 courts", "3 суда". */
export function count(key, n) {
  const forms = t(key).split('|');
  return forms[Math.min(rules.pluralForm(language(), n), forms.length - 1)].replace('{0}', rules.number(language(), n));
}

/** A whole number by the language's rules: "11,608", "11 608". */
export const number = (n, decimals = 0) => rules.number(language(), n, decimals);

/** A ratio as a percentage: "90.0%", "90,0 %". */
export const percent = (ratio, digits = 1) => rules.percent(language(), ratio, digits);

/** A moment (ISO text) in this browser's time zone: "12 Nov 2026, 14:05:09", "12 нояб. 2026, 14:05:09"; a dash for none. */
export const moment = iso => (iso ? rules.dateTime(language(), new Date(iso)) : '—');

/** A calendar date (yyyy-mm-dd): "12 Nov 2026", "12 қар. 2026". */
export const day = text => (text ? rules.fullDate(language(), new Date(`${text}T00:00:00Z`)) : '—');

/** A size in bytes: "12.5 KB", "1,5 МБ". */
export const bytes = n => (n < 1024 * 1024 ? t('kilobytes', number(n / 1024, 1)) : t('megabytes', number(n / 1024 / 1024, 1)));

/** The headers of every request the pages send: the server answers its refusals in the page's language. */
export const languageHeaders = () => ({ 'Accept-Language': language() });
