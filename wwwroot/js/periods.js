// Periods of a measure series as calendar dates, and whether one is whole yet.

export function periodDate(period) {
  const [year, month, day] = period.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day));
}

/** Today as the server counts days (UTC), "2026-12-07". */
export const todayIso = (now = new Date()) => now.toISOString().slice(0, 10);

function naturalEnd(start, granularity) {
  const d = periodDate(start);
  const months = { month: 1, quarter: 3, year: 12 }[granularity];
  if (!months) return start;
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 0)).toISOString().slice(0, 10);
}

/**
 * Whether a period's figures are not whole yet: cut short by the query's end (this month to date) or still running
 * (today). Shown as if whole, its counts would look like a fall that did not happen.
 */
export const isPartial = (point, granularity, today = todayIso()) =>
  granularity !== 'range' && (point.periodEnd < naturalEnd(point.periodStart, granularity) || point.periodEnd >= today);

// The month the court system's fiscal year starts in (1: calendar years), from /api/data-state.
let fiscalStartMonth = 1;
export const setFiscalYearStartMonth = month => { fiscalStartMonth = month >= 1 && month <= 12 ? month : 1; };

/** The first day of the fiscal year holding a day (ISO dates). */
export function fiscalYearStart(day) {
  const d = periodDate(day);
  const year = d.getUTCMonth() + 1 >= fiscalStartMonth ? d.getUTCFullYear() : d.getUTCFullYear() - 1;
  return new Date(Date.UTC(year, fiscalStartMonth - 1, 1)).toISOString().slice(0, 10);
}
