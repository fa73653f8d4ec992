// Numbers for the big screen, formatted by Intl in the slide's language: a ratio as a percentage, days and money
// without decimals that a room cannot read, large amounts compact.
import { localeOf, text } from './strings.js';

const cache = new Map();
function formats(lang) {
  if (!cache.has(lang)) {
    const locale = localeOf(lang);
    cache.set(lang, {
      percent: new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }),
      points: new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }),
      whole: new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }),
      decimal: new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }),
      compact: new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 }),
      euro: new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR', maximumFractionDigits: 1 }),
      month: new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }),
      monthShort: new Intl.DateTimeFormat(locale, { month: 'short', year: '2-digit', timeZone: 'UTC' }),
      year: new Intl.DateTimeFormat(locale, { year: 'numeric', timeZone: 'UTC' }),
    });
  }
  return cache.get(lang);
}

export const dash = '—';

/** A value in its catalogue unit; a currency other than the country's (the reference values' EUR) is named. */
export function bigValue(lang, unit, value, currency = null) {
  if (value == null) return dash;
  const f = formats(lang);
  if (currency === 'EUR') return f.euro.format(value);
  switch (unit) {
    case 'ratio': return f.percent.format(value);
    case 'days': case 'count': return f.whole.format(value);
    case 'currency': return Math.abs(value) >= 1e6 ? f.compact.format(value) : f.whole.format(value);
    default: return f.decimal.format(value);
  }
}

/** A signed change: percentage points for ratios, the unit otherwise. */
export function change(lang, unit, delta) {
  if (delta == null || Number.isNaN(delta)) return '';
  const sign = delta > 0 ? '▲ +' : delta < 0 ? '▼ −' : '± ';
  const size = Math.abs(delta);
  return unit === 'ratio' ? `${sign}${formats(lang).points.format(size * 100)} ${text(lang, 'points')}` : `${sign}${bigValue(lang, unit, size)}`;
}

const dateOf = period => new Date(`${period}T00:00:00Z`);

export const periodName = (lang, period, granularity) =>
  (granularity === 'year' ? formats(lang).year : formats(lang).month).format(dateOf(period));

export const axisLabel = (lang, period, granularity) =>
  (granularity === 'year' ? formats(lang).year : formats(lang).monthShort).format(dateOf(period));
