// A chart of one or more measures over the periods of a series. Created once per view; each update replaces the
// data of the same series (matched by id) through setOption, so live updates neither re-create charts nor pile up
// series in a long-open tab. Ratios are drawn in percent points; targets and annotations are mark lines. A last
// period not yet whole (this month to date) is drawn as provisional — a dashed last segment to a hollow point, a
// paler bar, "to date" under it — so that its smaller counts never read as a fall.
/* global echarts */
import { formatAxisPercent, formatNumber, formatPeriod, formatValue } from './format.js';
import { isPartial, periodDate } from './periods.js';
import { t } from './i18n.js';
import { marks as markStyles, themes } from './views/definitions.js';

// The colours are the light theme of views/charts.json, which the chart images use too.
const { ink, muted, grid: gridLine, axis: axisLine, series: palette, target: targetColour, note: noteColour } = themes.light;

const scale = (unit, v) => v == null ? null : unit === 'ratio' ? Math.round(v * 10000) / 100 : v;

/**
 * Resolves once the global echarts is there. The dashboard loads ECharts after its own modules (index.html), so that
 * the first reads go out while the largest file still downloads and compiles; charts are created after this.
 */
export const chartsReady = new Promise((resolve, reject) => {
  if (globalThis.echarts) return resolve();
  const script = document.querySelector('script[src$="echarts.min.js"]');
  script?.addEventListener('load', () => resolve(), { once: true });
  script?.addEventListener('error', () => reject(new Error(`${script.src} did not load`)), { once: true });
});

export class TimeChart {
  #chart;

  /**
   * @param {HTMLElement} element
   * @param {{ measures: string[], type?: 'line'|'bar'|'area'|'band'|'stacked' }} spec
   * @param {import('./reference.js').Reference} reference
   */
  constructor(element, spec, reference) {
    this.spec = spec;
    this.reference = reference;
    this.unit = reference.metric(spec.measures[0])?.unit ?? 'count';
    this.#chart = echarts.init(element, null, { renderer: 'canvas' });
    this.#chart.setOption(this.#base());
  }

  #base() {
    const unit = this.unit;
    const fmt = unit === 'ratio' ? formatAxisPercent : v => formatValue(unit, v);
    return {
      animationDurationUpdate: 300,
      aria: { enabled: true },
      color: palette,
      textStyle: { fontFamily: 'inherit', color: ink },
      grid: { left: 8, right: 24, top: this.spec.measures.length > 1 ? 40 : 28, bottom: 8, containLabel: true },
      // one line that pages rather than wraps: a wrapped legend ran over the plot and the axis labels
      legend: { show: this.spec.measures.length > 1, type: 'scroll', top: 0, left: 0, right: 0, textStyle: { color: muted },
        data: this.spec.measures.map(id => this.reference.name(id)) },
      tooltip: { trigger: 'axis', confine: true, formatter: params => tooltipOf(params, unit) },
      xAxis: { type: 'category', data: [], axisLabel: { color: muted, hideOverlap: true, showMaxLabel: true }, axisLine: { lineStyle: { color: axisLine } } },
      yAxis: { type: 'value', min: 0, axisLabel: { color: muted, formatter: fmt }, splitLine: { lineStyle: { color: gridLine } } },
      series: this.spec.measures.flatMap(id => this.#lines() ? [this.#seriesOf(id), this.#toDateOf(id)] : [this.#seriesOf(id)]),
    };
  }

  #lines() {
    return !['bar', 'stacked'].includes(this.spec.type ?? 'line');
  }

  /** The dashed segment from the last whole period to the one still running. */
  #toDateOf(id) {
    return {
      id: `${id}~to-date`, name: this.reference.name(id), type: 'line', data: [], connectNulls: false,
      lineStyle: { width: 2.5, type: 'dashed' }, symbol: 'emptyCircle', symbolSize: 7, z: 3,
    };
  }

  #seriesOf(id) {
    const type = this.spec.type ?? 'line';
    const series = { id, name: this.reference.name(id), data: [], connectNulls: false };
    if (type === 'bar') return { ...series, type: 'bar', barMaxWidth: 28 };
    if (type === 'stacked') return { ...series, type: 'bar', stack: 'all', barMaxWidth: 36 };
    const line = { ...series, type: 'line', symbolSize: 4, lineStyle: { width: 2.5 } };
    if (type === 'area') return { ...line, symbol: 'none', areaStyle: { opacity: 0.12 } };
    if (type === 'band') return { ...line, symbol: 'none', areaStyle: { opacity: 0.08 } };
    return line;
  }

  /** Rebuilds names (a language change) without touching the data. */
  relabel() {
    this.#chart.setOption({ legend: { data: this.spec.measures.map(id => this.reference.name(id)) }, series: this.spec.measures.flatMap(id => this.#lines()
      ? [{ id, name: this.reference.name(id) }, { id: `${id}~to-date`, name: this.reference.name(id) }]
      : [{ id, name: this.reference.name(id) }]) });
  }

  /**
   * @param {{ granularity: string, points: {periodStart: string, values: Record<string, number|null>}[] }} series
   * @param {{ targets?: Record<string, number|null>, annotations?: {date: string, text: string}[] }} marks
   */
  update(series, marks = {}) {
    const last = series.points.length - 1;
    const partial = last >= 0 && isPartial(series.points[last], series.granularity);
    const labels = series.points.map((p, i) => formatPeriod(p.periodStart, series.granularity)
      + (partial && i === last ? `\n${t('toDate')}` : ''));
    const notes = (marks.annotations ?? [])
      .map(a => ({ note: a, index: periodIndex(series.points, a.date) }))
      .filter(x => x.index >= 0)
      .map(({ note, index }) => ({
        xAxis: labels[index], name: note.text,
        label: { formatter: truncate(note.text), color: noteColour, position: 'insideEndTop', fontSize: markStyles.note.fontSize },
        lineStyle: { color: noteColour, type: markStyles.note.dash, width: markStyles.note.width },
      }));
    // A mark line does not widen the axis by itself: keep every target in view, as the chart images do.
    const targets = this.spec.measures.map(id => scale(this.unit, marks.targets?.[id])).filter(v => v != null);
    const highest = targets.length > 0 ? Math.max(...targets) : null;
    const valuesOf = id => series.points.map(p => scale(this.unit, p.values[id]));
    this.#chart.setOption({
      xAxis: { data: labels },
      yAxis: {
        max: axisMax(this.unit, highest),
        axisLabel: { formatter: tickFormatter(this.unit, series, this.spec.measures) },
      },
      series: this.spec.measures.flatMap((id, i) => {
        const values = valuesOf(id);
        const main = {
          id,
          data: this.#lines()
            ? values.map((v, j) => partial && j === last ? null : v)
            : values.map((v, j) => partial && j === last ? { value: v, itemStyle: { opacity: 0.45 } } : v),
          markLine: {
            silent: false, symbol: 'none', animation: false,
            data: [
              ...targetLine(marks.targets?.[id], this.unit, palette[i % palette.length], this.spec.measures.length > 1),
              ...(i === 0 ? notes : []),
            ],
          },
        };
        if (!this.#lines()) return [main];
        const toDate = values.map((v, j) => partial && j >= last - 1
          ? (j === last ? v : { value: v, symbol: 'none' }) : null);
        return [main, { id: `${id}~to-date`, data: toDate, itemStyle: { color: palette[i % palette.length] } }];
      }),
    });
  }

  resize() {
    this.#chart.resize();
  }

  dispose() {
    this.#chart.dispose();
  }
}

function targetLine(target, unit, colour, several) {
  if (target == null) return [];
  const { dash, width, label, fontSize } = markStyles.target;
  return [{
    yAxis: scale(unit, target),
    lineStyle: { color: several ? colour : targetColour, type: dash, width },
    label: { formatter: label.replace('{0}', formatValue(unit, target)), color: several ? colour : targetColour, position: 'insideStartTop', fontSize },
  }];
}

/** The point whose period holds a date (periods are consecutive, so the last start not after it). */
function periodIndex(points, date) {
  const day = periodDate(date).getTime();
  if (points.length === 0 || day < periodDate(points[0].periodStart).getTime()) return -1;
  if (day > periodDate(points.at(-1).periodEnd).getTime()) return -1;
  let index = 0;
  points.forEach((p, i) => { if (periodDate(p.periodStart).getTime() <= day) index = i; });
  return index;
}

const truncate = text => text.length > markStyles.note.maxLength ? `${text.slice(0, markStyles.note.maxLength - 1)}…` : text;

/** The axis tooltip: each measure once (the to-date segment repeats its series), in its unit. */
function tooltipOf(params, unit) {
  const seen = new Set();
  const rows = params.filter(p => p.value != null && !seen.has(p.seriesName) && seen.add(p.seriesName));
  const value = v => unit === 'ratio' ? formatValue('ratio', v / 100) : formatValue(unit, v);
  const escape = text => String(text).replace(/[&<>"]/g, c => `&#${c.charCodeAt(0)};`);
  return [escape(params[0]?.axisValueLabel ?? '').replace('\n', ' · '),
    ...rows.map(p => `${p.marker}${escape(p.seriesName)}: <b>${escape(value(p.value?.value ?? p.value))}</b>`)].join('<br>');
}

/**
 * The value axis' end: shares that stay within 100 % stop there (a rate above it, a clearance rate of 110 %, keeps
 * its room); a target above the data stays in view; otherwise ECharts' nice maximum.
 */
function axisMax(unit, target) {
  return ({ max }) => {
    const top = Math.max(max, target ?? max);
    if (unit === 'ratio') return top <= 100 ? Math.min(100, niceCeiling(top)) : niceCeiling(top);
    return target != null && target > max ? target : null;
  };
}

/** The next round number at or above a value: 3.2 → 4, 83 → 100, 101 → 120. */
function niceCeiling(value) {
  if (!(value > 0)) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  return [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10].map(step => step * magnitude).find(top => top >= value - 1e-9);
}

/**
 * Axis ticks distinct and formatted for their range: as many decimals as the smallest step between ticks needs
 * (cases per judge 0.2, 0.4 … not 0, 0, 0), percent for shares.
 */
function tickFormatter(unit, series, measures) {
  const values = series.points.flatMap(p => measures.map(id => scale(unit, p.values[id]))).filter(v => v != null);
  // nothing but zeros: the axis still runs to 1 (0.2 a tick)
  const high = Math.max(0, ...values) || 1;
  const decimals = high > 0 && high < 10 ? Math.min(3, Math.ceil(-Math.log10(high / 5)) + (high < 1 ? 1 : 0)) : 0;
  if (unit === 'ratio') return v => formatAxisPercent(v, decimals);
  return v => decimals > 0 ? formatNumber(v, decimals) : formatValue(unit, v);
}
