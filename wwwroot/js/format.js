// Every number, date and time on the page goes through Intl in the reader's own locale, so a Kazakh or a
// Russian browser sees its own separators without any code here knowing about them.

const counts = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 });
const rates = new Intl.NumberFormat(undefined, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
const axisRates = new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 0 });
const instants = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });
// Periods are calendar dates, not instants: format them in UTC so no time zone moves them a day.
const monthShort = new Intl.DateTimeFormat(undefined, { month: 'short', year: 'numeric', timeZone: 'UTC' });
const monthLong = new Intl.DateTimeFormat(undefined, { month: 'long', year: 'numeric', timeZone: 'UTC' });
const dayShort = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', timeZone: 'UTC' });
const dayLong = new Intl.DateTimeFormat(undefined, { dateStyle: 'full', timeZone: 'UTC' });

export const dash = '—';

export const formatCount = value => value == null ? dash : counts.format(value);

/** A ratio (0.6) as a percentage ("60.0%"); none when nothing came in. */
export const formatRate = ratio => ratio == null ? dash : rates.format(ratio);

/** An axis tick in percent points (60 → "60%"). */
export const formatAxisPercent = points => axisRates.format(points / 100);

export const formatInstant = iso => iso ? instants.format(new Date(iso)) : dash;

function periodDate(period) {
  const [year, month, day] = period.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day));
}

/** "Nov 2026" / "12 Nov" for axes; "November 2026" / "Thursday, 12 November 2026" for headings. */
export function formatPeriod(period, granularity, long = false) {
  const date = periodDate(period);
  if (granularity === 'day') return (long ? dayLong : dayShort).format(date);
  return (long ? monthLong : monthShort).format(date);
}
