// Numbers for the big screen in the slide's language by the product's own rules (../locale-rules.js): a ratio as a
// percentage, days and money without decimals that a room cannot read, large amounts compact.
import { text } from './strings.js';
import * as rules from '../locale-rules.js';

export const dash = '—';

/** A value in its catalogue unit; a currency other than the country's (the reference values' EUR) is named. */
export function bigValue(lang, unit, value, currency = null) {
  if (value == null) return dash;
  if (currency === 'EUR') return lang === 'en' ? `€${rules.number(lang, value, 1)}` : `${rules.number(lang, value, 1)}\u00a0€`;
  switch (unit) {
    case 'ratio': return rules.percent(lang, value);
    case 'days': case 'count': return rules.number(lang, value);
    case 'currency': return Math.abs(value) >= 1e6 ? rules.compact(lang, value) : rules.number(lang, value);
    default: return rules.number(lang, value, 1);
  }
}

// The court system's currency (ISO 4217, from /api/data-state): the slides' amounts are written with it.
let currency = null;
export const setCurrency = code => { currency = code ?? null; };

/** A value with its unit, as every slide's big figure shows it and the deck writes it: "49 days", "34 ₸", "60.0%". */
export function withUnit(lang, unit, shown) {
  if (shown === dash) return shown;
  switch (unit) {
    case 'days': return text(lang, 'valueDays', shown);
    case 'per_1000': return text(lang, 'valuePer1000', shown);
    case 'currency': return `${shown}\u00a0${rules.currencySymbol(currency)}`;
    default: return shown;
  }
}

/** A value in its unit with the unit written: bigValue, then withUnit. */
export const figure = (lang, unit, value) => withUnit(lang, unit, bigValue(lang, unit, value));

/**
 * A signed change: percentage points for ratios, the unit otherwise. One that rounds to nothing is "no change", with
 * no arrow (and no colour: isChange says so).
 */
export function change(lang, unit, delta) {
  if (delta == null || Number.isNaN(delta)) return '';
  if (!isChange(lang, unit, delta)) return text(lang, 'noChange');
  const sign = delta > 0 ? '▲ +' : '▼ −';
  const size = Math.abs(delta);
  return unit === 'ratio' ? `${sign}${rules.number(lang, size * 100, 1)} ${text(lang, 'points')}` : `${sign}${bigValue(lang, unit, size)}`;
}

/** Whether a change shows as one once rounded as it is written (0.04 pp is no change). */
export const isChange = (lang, unit, delta) => delta != null && /[1-9]/.test(
  unit === 'ratio' ? rules.number(lang, Math.abs(delta) * 100, 1) : bigValue(lang, unit, Math.abs(delta)));

const dateOf = period => new Date(`${period}T00:00:00Z`);

export const periodName = (lang, period, granularity) =>
  granularity === 'year' ? String(dateOf(period).getUTCFullYear()) : rules.monthYear(lang, dateOf(period), true);

export const axisLabel = (lang, period, granularity) =>
  granularity === 'year' ? String(dateOf(period).getUTCFullYear()) : rules.monthYear(lang, dateOf(period));
