// What a tile compares, so that a period still running is never set against a whole one (six days of December
// against November would look like a collapse):
//   * a whole last period: the period before it (the tile's default);
//   * this month (quarter, year) to date: the same days of the period before — 1–7 December against 1–7 November;
//   * budget measures: the fiscal year to date against its allocation to date, as budget offices read them, and the
//     same days of the year before (a month's spending is often booked at its end: a month to date reads 0 %).
// The current figures are live (the fiscal year to date is one more live series of the view); the earlier ones are
// history, read once over HTTP.
import { formatDays, formatPeriod } from '../format.js';
import { t } from '../i18n.js';
import { getJson } from '../reference.js';
import { measureRequest } from '../state.js';
import { fiscalYearStart, isPartial, periodDate, todayIso } from '../periods.js';

const calendar = ['month', 'quarter', 'year'];
const iso = date => date.toISOString().slice(0, 10);

export class LikeWithLike {
  #context;
  #redraw;
  #earlier = new Map(); // span key → the point of that span (null while it is read)
  #yearToDate = null;   // the budget's live series of the fiscal year to date

  /** @param redraw called with a family when an earlier figure arrives */
  constructor(context, redraw) {
    this.#context = context;
    this.#redraw = redraw;
  }

  /** The view's extra live series: the budget's fiscal year to date, when the view shows budget measures by period. */
  requests(state, families) {
    if (!families.includes('budget') || !calendar.includes(state.granularity)) return [];
    return [measureRequest(state, 'budget', { granularity: 'range', from: fiscalYearStart(todayIso()), to: todayIso() })];
  }

  /** Takes a series that is one of this module's own (true), else leaves it to the view. */
  accept(series) {
    if (series.family !== 'budget' || series.granularity !== 'range' || !calendar.includes(this.#context.state.granularity)) return false;
    this.#yearToDate = series;
    this.#redraw('budget');
    return true;
  }

  /** What the tiles of a family compare: { point, label, before, against }, or null for the tile's default. */
  of(family, series) {
    const last = series?.points.at(-1);
    if (!last || !calendar.includes(series.granularity) || !isPartial(last, series.granularity)) return null;
    if (family === 'budget') {
      const point = this.#yearToDate?.points[0];
      if (!point) return null;
      const before = this.#earlierPoint(family, yearBefore(point));
      return { point, label: `${formatDays(point)}`, before, against: before && formatDays(before) };
    }
    const before = this.#earlierPoint(family, sameDaysBefore(last, series.granularity));
    return { point: last, label: `${formatPeriod(last.periodStart, series.granularity)} ${t('toDate')}`, before, against: before && formatDays(before) };
  }

  #earlierPoint(family, span) {
    const key = `${family}|${span.from}|${span.to}`;
    if (this.#earlier.has(key)) return this.#earlier.get(key);
    this.#earlier.set(key, null);
    const request = measureRequest(this.#context.state, family, { granularity: 'range', ...span });
    const query = new URLSearchParams(Object.entries(request).filter(([, v]) => v != null));
    getJson(`api/measures?${query}`).then(
      answer => { this.#earlier.set(key, answer.points[0] ?? null); this.#redraw(family); },
      () => this.#earlier.delete(key)); // asked again at the next redraw
    return null;
  }
}

/** The period before a partial one, cut to as many days. */
function sameDaysBefore(point, granularity) {
  const months = { month: 1, quarter: 3, year: 12 }[granularity];
  const start = periodDate(point.periodStart);
  const days = Math.round((periodDate(point.periodEnd) - start) / 86400000);
  const from = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() - months, 1));
  const endOfPeriod = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), 0));
  return { from: iso(from), to: iso(new Date(Math.min(from.getTime() + days * 86400000, endOfPeriod.getTime()))) };
}

/** The same days a year earlier (29 February → 28 February). */
function yearBefore(point) {
  const back = date => {
    const d = periodDate(date);
    const day = Math.min(d.getUTCDate(), new Date(Date.UTC(d.getUTCFullYear() - 1, d.getUTCMonth() + 1, 0)).getUTCDate());
    return iso(new Date(Date.UTC(d.getUTCFullYear() - 1, d.getUTCMonth(), day)));
  };
  return { from: back(point.periodStart), to: back(point.periodEnd) };
}
