// Every number, date and time on the page goes through Intl in the chosen language's locale (English, Kazakh,
// Russian); the formatters are rebuilt when the language changes.
import { locale, onLanguage } from './i18n.js';

let f;
function build() {
  const l = locale();
  f = {
    count: new Intl.NumberFormat(l, { maximumFractionDigits: 0 }),
    decimal: new Intl.NumberFormat(l, { maximumFractionDigits: 1 }),
    percent: new Intl.NumberFormat(l, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }),
    axisPercent: new Intl.NumberFormat(l, { style: 'percent', maximumFractionDigits: 0 }),
    compact: new Intl.NumberFormat(l, { notation: 'compact', maximumFractionDigits: 1 }),
    instant: new Intl.DateTimeFormat(l, { dateStyle: 'medium', timeStyle: 'medium' }),
    time: new Intl.DateTimeFormat(l, { timeStyle: 'short' }),
    // Periods are calendar dates, not instants: formatted in UTC so no time zone moves them a day.
    monthShort: new Intl.DateTimeFormat(l, { month: 'short', year: 'numeric', timeZone: 'UTC' }),
    monthLong: new Intl.DateTimeFormat(l, { month: 'long', year: 'numeric', timeZone: 'UTC' }),
    dayShort: new Intl.DateTimeFormat(l, { day: 'numeric', month: 'short', timeZone: 'UTC' }),
    dayLong: new Intl.DateTimeFormat(l, { dateStyle: 'long', timeZone: 'UTC' }),
    year: new Intl.DateTimeFormat(l, { year: 'numeric', timeZone: 'UTC' }),
  };
}
build();
onLanguage(build);

export const dash = '—';

export const formatCount = value => value == null ? dash : f.count.format(value);

/** A ratio (0.6) as a percentage ("60.0%"); none when there is nothing to divide. */
export const formatRate = ratio => ratio == null ? dash : f.percent.format(ratio);

/** An axis tick in percent points (60 → "60%"). */
export const formatAxisPercent = points => f.axisPercent.format(points / 100);

export const formatInstant = iso => iso ? f.instant.format(new Date(iso)) : dash;
export const formatTime = iso => iso ? f.time.format(new Date(iso)) : dash;

/** A measure's value in its catalogue unit: count, ratio, days, currency, per_1000. */
export function formatValue(unit, value) {
  if (value == null) return dash;
  switch (unit) {
    case 'ratio': return f.percent.format(value);
    case 'count': return f.count.format(value);
    case 'currency': return Math.abs(value) >= 1e6 ? f.compact.format(value) : f.count.format(value);
    default: return f.decimal.format(value);
  }
}

/** The change between two periods: percentage points for ratios, the unit otherwise; signed. */
export function formatChange(unit, delta) {
  if (delta == null || Number.isNaN(delta)) return '';
  const sign = delta > 0 ? '+' : delta < 0 ? '−' : '±';
  const size = Math.abs(delta);
  return unit === 'ratio' ? `${sign}${f.decimal.format(size * 100)} pp` : `${sign}${formatValue(unit, size)}`;
}

export function periodDate(period) {
  const [year, month, day] = period.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day));
}

/** Axis labels ("Nov 2026", "12 Nov", "Q3 2026", "2026") and headings ("November 2026", "12 November 2026"). */
export function formatPeriod(period, granularity, long = false) {
  const date = periodDate(period);
  switch (granularity) {
    case 'day': return (long ? f.dayLong : f.dayShort).format(date);
    case 'quarter': return `Q${Math.floor(date.getUTCMonth() / 3) + 1} ${date.getUTCFullYear()}`;
    case 'year': return f.year.format(date);
    case 'range': return f.dayLong.format(date);
    default: return (long ? f.monthLong : f.monthShort).format(date);
  }
}
