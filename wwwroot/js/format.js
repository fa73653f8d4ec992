// Every number, date and time on the page in the chosen language (English, Kazakh, Russian) by the product's own
// rules (locale-rules.js), whatever locale data the browser has.
import { language } from './i18n.js';
import * as rules from './locale-rules.js';

export const dash = '—';

export const formatCount = value => value == null ? dash : rules.number(language(), value);

/** A ratio (0.6) as a percentage ("60.0%"); none when there is nothing to divide. */
export const formatRate = ratio => ratio == null ? dash : rules.percent(language(), ratio);

/** An axis tick in percent points (60 → "60%"). */
export const formatAxisPercent = points => rules.percent(language(), points / 100, 0);

export const formatInstant = iso => iso ? rules.dateTime(language(), new Date(iso)) : dash;
export const formatTime = iso => iso ? rules.time(language(), new Date(iso)) : dash;

/** A measure's value in its catalogue unit: count, ratio, days, currency, per_1000. */
export function formatValue(unit, value) {
  if (value == null) return dash;
  const lang = language();
  switch (unit) {
    case 'ratio': return rules.percent(lang, value);
    case 'count': return rules.number(lang, value);
    case 'currency': return Math.abs(value) >= 1e6 ? rules.compact(lang, value) : rules.number(lang, value);
    default: return rules.number(lang, value, 1);
  }
}

/** The change between two periods: percentage points for ratios, the unit otherwise; signed. */
export function formatChange(unit, delta) {
  if (delta == null || Number.isNaN(delta)) return '';
  const sign = delta > 0 ? '+' : delta < 0 ? '−' : '±';
  const size = Math.abs(delta);
  return unit === 'ratio' ? `${sign}${rules.number(language(), size * 100, 1)} pp` : `${sign}${formatValue(unit, size)}`;
}

export function periodDate(period) {
  const [year, month, day] = period.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day));
}

/** Axis labels ("Nov 2026", "12 Nov", "Q3 2026", "2026") and headings ("November 2026", "12 November 2026"). */
export function formatPeriod(period, granularity, long = false) {
  const date = periodDate(period);
  const lang = language();
  switch (granularity) {
    case 'day': return long ? rules.fullDate(lang, date, true) : rules.dayMonth(lang, date);
    case 'quarter': return rules.quarter(lang, date);
    case 'year': return String(date.getUTCFullYear());
    case 'range': return rules.fullDate(lang, date, true);
    default: return rules.monthYear(lang, date, long);
  }
}
