// What each slide watches: its measure's family for the playlist's scope, monthly over the last year (two for a
// chart slide), or yearly for budget measures, whose months are pro-rated shares of a fiscal year; a map slide the
// nation over the last twelve months in one range.
import { isPartial } from '../periods.js';

const iso = date => date.toISOString().slice(0, 10);

/**
 * What a slide watches: a measure's request; for a title slide one per family of its headline measures, by the year,
 * this one and the last (the newest with a value is shown, "to date" while it runs); nothing for a closing slide.
 */
export function requestsFor(slide, metrics, scope, now = new Date()) {
  if (slide.kind === 'closing') return [];
  if (slide.kind !== 'title') return [requestFor(slide, metrics.get(slide.metric), scope, now)];
  const families = [...new Set((slide.metrics ?? []).filter(id => metrics.has(id)).map(id => metrics.get(id).family))];
  return families.map(family => ({
    family, scope, category: null, granularity: 'year',
    from: `${now.getUTCFullYear() - 1}-01-01`, to: iso(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()))),
  }));
}

export function requestFor(slide, metric, scope, now = new Date()) {
  const y = now.getUTCFullYear();
  const m = now.getUTCMonth();
  // A map compares every region over the last twelve months: the nation's series in one range says when it changed.
  if (slide.kind === 'map') {
    return {
      family: metric.family, scope: 'nation', category: null, granularity: 'range',
      from: iso(new Date(Date.UTC(y, m - 11, 1))), to: iso(new Date(Date.UTC(y, m, now.getUTCDate()))),
    };
  }
  const wide = slide.kind === 'chart';
  const yearly = metric.family === 'budget';
  const from = yearly
    ? new Date(Date.UTC(y - (wide ? 7 : 4), 0, 1))
    : new Date(Date.UTC(y, m - (wide ? 23 : 11), 1));
  return {
    family: metric.family, scope, category: null, granularity: yearly ? 'year' : 'month',
    from: iso(from), to: iso(new Date(Date.UTC(y, m, now.getUTCDate()))),
  };
}

/**
 * The newest period with a value, whether it is still running (this month to date), and the change from the period
 * with a value before it — none for a period to date: against a whole month it would read as a fall that did not
 * happen.
 */
export function latest(series, metricId) {
  const valued = (series?.points ?? []).filter(p => p.values[metricId] != null);
  const last = valued.at(-1);
  const before = valued.at(-2);
  const toDate = last != null && isPartial(last, series.granularity);
  return {
    value: last?.values[metricId] ?? null,
    period: last?.periodStart ?? null,
    toDate,
    delta: last && before && !toDate ? last.values[metricId] - before.values[metricId] : null,
  };
}
