// Every number, date and time on the page in the chosen language (English, Kazakh, Russian) by the product's own
// rules (locale-rules.js), whatever locale data the browser has.
import { language, t } from './i18n.js';
import * as rules from './locale-rules.js';
import { periodDate } from './periods.js';

export const dash = '—';

export const formatCount = value => value == null ? dash : rules.number(language(), value);

/** A number with up to `decimals` decimals (axis ticks of small values). */
export const formatNumber = (value, decimals) => rules.number(language(), value, decimals);

/** A ratio (0.6) as a percentage ("60.0%"); none when there is nothing to divide. */
export const formatRate = ratio => ratio == null ? dash : rules.percent(language(), ratio, shareDecimals(ratio));

/** Decimals that keep a small share from reading 0.0 %: spending as a share of GDP is 0.04 %. */
export const shareDecimals = ratio => { const size = Math.abs(ratio); return size === 0 || size >= 0.01 ? 1 : size >= 0.001 ? 2 : 3; };

/** An axis tick in percent points (60 → "60%", 0.05 → "0.05%" with 2 decimals). */
export const formatAxisPercent = (points, decimals = 0) => rules.percent(language(), points / 100, decimals);

export const formatInstant = iso => iso ? rules.dateTime(language(), new Date(iso)) : dash;
export const formatTime = iso => iso ? rules.time(language(), new Date(iso)) : dash;

/** A measure's value in its catalogue unit: count, ratio, days, currency, per_1000. */
export function formatValue(unit, value) {
  if (value == null) return dash;
  const lang = language();
  switch (unit) {
    case 'ratio': return rules.percent(lang, value, shareDecimals(value));
    case 'count': return rules.number(lang, value);
    case 'currency': return Math.abs(value) >= 1e6 ? rules.compact(lang, value) : rules.number(lang, value);
    default: return rules.number(lang, value, 1);
  }
}

// The court system's currency (ISO 4217), from /api/data-state: amounts are written with it.
let currency = null;
export const setCurrency = code => { currency = code ?? null; };

/** A value with its unit, as a tile shows it alone: "49 days", "34 ₸", "12.3 per 1,000 inhabitants", "60.0%". */
export function formatWithUnit(unit, value) {
  const shown = formatValue(unit, value);
  if (value == null) return shown;
  switch (unit) {
    case 'days': return t('valueDays', shown);
    case 'per_1000': return t('valuePer1000', shown);
    case 'currency': return `${shown}\u00a0${rules.currencySymbol(currency)}`;
    default: return shown;
  }
}

/**
 * The change between two periods, signed: percentage points for ratios, the unit otherwise. A change that rounds
 * to nothing has no sign (and the caller no arrow or colour): null.
 */
export function formatChange(unit, delta) {
  if (delta == null || Number.isNaN(delta)) return '';
  const size = Math.abs(delta);
  const shown = unit === 'ratio' ? rules.number(language(), size * 100, 1) : formatValue(unit, size);
  if (!/[1-9]/.test(shown)) return null;
  const sign = delta > 0 ? '+' : '−';
  return unit === 'ratio' ? `${sign}${shown} ${t('percentPoints')}` : `${sign}${formatWithUnit(unit, size)}`;
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

/** A span of days: "1–7 Nov 2026", "1–7 қар. 2026"; across months "1 Oct – 7 Nov 2026". */
export function formatDays(point) {
  const lang = language();
  const [start, end] = [periodDate(point.periodStart), periodDate(point.periodEnd)];
  const sameMonth = start.getUTCMonth() === end.getUTCMonth() && start.getUTCFullYear() === end.getUTCFullYear();
  if (point.periodStart === point.periodEnd) return rules.fullDate(lang, end);
  return sameMonth
    ? `${start.getUTCDate()}–${rules.fullDate(lang, end)}`
    : `${rules.dayMonth(lang, start)} – ${rules.fullDate(lang, end)}`;
}
