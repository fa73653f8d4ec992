// A chart of one or more measures over the periods of a series. Created once per view; each update replaces the
// data of the same series (matched by id) through setOption, so live updates neither re-create charts nor pile up
// series in a long-open tab. Ratios are drawn in percent points; targets and annotations are mark lines. A last
// period not yet whole (this month to date) is drawn as provisional — a dashed last segment to a hollow point, a
// paler bar, "to date" under it — so that its smaller counts never read as a fall.
/* global echarts */
import { axisMax, scale, tickFormatter, tooltipOf } from './chart-values.js';
import { formatAxisPercent, formatPeriod, formatValue } from './format.js';
import { isPartial, periodDate } from './periods.js';
import { t } from './i18n.js';
import { marks as markStyles, themes } from './views/definitions.js';

// The colours are the light theme of views/charts.json, which the chart images use too.
const { ink, muted, grid: gridLine, axis: axisLine, series: palette, target: targetColour, note: noteColour } = themes.light;

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

// A screen that asks for less motion (prefers-reduced-motion) gets its charts drawn at once, without the growing
// lines and sliding points of ECharts' animations; so does every redraw while it asks.
const lessMotion = matchMedia('(prefers-reduced-motion: reduce)');

/** The page's type against its 15 px at 1920×1080: larger on large screens (app.css), and the charts' with it. */
const pageScale = () => parseFloat(getComputedStyle(document.documentElement).fontSize) / 15 || 1;

export class TimeChart {
  #chart;
  #element;
  #scale = pageScale();
  #last = null; // the newest update's arguments, drawn again when the type's size changes

  /**
   * @param {HTMLElement} element
   * @param {{ measures: string[], type?: 'line'|'bar'|'area'|'band'|'stacked' }} spec
   * @param {import('./reference.js').Reference} reference
   */
  constructor(element, spec, reference) {
    this.spec = spec;
    this.reference = reference;
    this.unit = reference.metric(spec.measures[0])?.unit ?? 'count';
    this.#element = element;
    // Its options come with the first series (update): drawn once with data rather than first empty — each drawing
    // of a view's charts costs the first view's time.
    this.#chart = echarts.init(element, null, { renderer: 'canvas' });
  }

  /** Everything whose size follows the page's type: text, spacing, legend keys, lines and points. */
  #sized() {
    const k = this.#scale;
    const text = () => ({ fontSize: 12 * k }); // a new object each: ECharts keeps what it is given
    return {
      textStyle: text(),
      grid: { left: 8 * k, right: 24 * k, top: (this.spec.measures.length > 1 ? 40 : 28) * k, bottom: 8 * k },
      legend: { textStyle: text(), itemWidth: 25 * k, itemHeight: 14 * k, itemGap: 10 * k, pageIconSize: 15 * k, pageTextStyle: text() },
      tooltip: { textStyle: { fontSize: 14 * k } },
      xAxis: { axisLabel: text() },
      yAxis: { axisLabel: text() },
      series: this.spec.measures.flatMap(id => {
        const type = this.spec.type ?? 'line';
        if (type === 'bar' || type === 'stacked') return [{ id, barMaxWidth: (type === 'bar' ? 28 : 36) * k }];
        return [{ id, symbolSize: 4 * k, lineStyle: { width: 2.5 * k } },
          { id: `${id}~to-date`, symbolSize: 7 * k, lineStyle: { width: 2.5 * k } }];
      }),
    };
  }

  #base() {
    const unit = this.unit;
    const fmt = unit === 'ratio' ? formatAxisPercent : v => formatValue(unit, v);
    return {
      animationDurationUpdate: 300,
      aria: { enabled: true },
      color: palette,
      // The page's font by name: a canvas takes no 'inherit' (it fell back to 10 px sans-serif whatever the size).
      textStyle: { fontFamily: getComputedStyle(document.body).fontFamily, color: ink },
      grid: { containLabel: true },
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
      lineStyle: { type: 'dashed' }, symbol: 'emptyCircle', z: 3,
    };
  }

  #seriesOf(id) {
    const type = this.spec.type ?? 'line';
    const series = { id, name: this.reference.name(id), data: [], connectNulls: false };
    if (type === 'bar') return { ...series, type: 'bar' };
    if (type === 'stacked') return { ...series, type: 'bar', stack: 'all' };
    const line = { ...series, type: 'line' };
    if (type === 'area') return { ...line, symbol: 'none', areaStyle: { opacity: 0.12 } };
    if (type === 'band') return { ...line, symbol: 'none', areaStyle: { opacity: 0.08 } };
    return line;
  }

  /** Rebuilds names (a language change) without touching the data. */
  relabel() {
    if (!this.#last) return; // not drawn yet: the first update names them
    this.#chart.setOption({ legend: { data: this.spec.measures.map(id => this.reference.name(id)) }, series: this.spec.measures.flatMap(id => this.#lines()
      ? [{ id, name: this.reference.name(id) }, { id: `${id}~to-date`, name: this.reference.name(id) }]
      : [{ id, name: this.reference.name(id) }]) });
  }

  /**
   * @param {{ granularity: string, points: {periodStart: string, values: Record<string, number|null>}[] }} series
   * @param {{ targets?: Record<string, number|null>, annotations?: {date: string, text: string}[] }} marks
   */
  update(series, marks = {}) {
    if (!this.#last) {
      this.#chart.setOption(this.#base(), { lazyUpdate: true });
      this.#chart.setOption(this.#sized(), { lazyUpdate: true });
    }
    this.#last = [series, marks];
    const k = this.#scale;
    const last = series.points.length - 1;
    const partial = last >= 0 && isPartial(series.points[last], series.granularity);
    const labels = series.points.map((p, i) => formatPeriod(p.periodStart, series.granularity)
      + (partial && i === last ? `\n${t('toDate')}` : ''));
    const notes = (marks.annotations ?? [])
      .map(a => ({ note: a, index: periodIndex(series.points, a.date) }))
      .filter(x => x.index >= 0)
      .map(({ note, index }) => ({
        xAxis: labels[index], name: note.text,
        label: { formatter: truncate(note.text), color: noteColour, position: 'insideEndTop', fontSize: markStyles.note.fontSize * k },
        lineStyle: { color: noteColour, type: markStyles.note.dash, width: markStyles.note.width * k },
      }));
    // A mark line does not widen the axis by itself: keep every target in view, as the chart images do.
    const targets = this.spec.measures.map(id => scale(this.unit, marks.targets?.[id])).filter(v => v != null);
    const highest = targets.length > 0 ? Math.max(...targets) : null;
    const valuesOf = id => series.points.map(p => scale(this.unit, p.values[id]));
    this.#chart.setOption({
      animation: !lessMotion.matches,
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
              ...targetLine(marks.targets?.[id], this.unit, palette[i % palette.length], this.spec.measures.length > 1, k),
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

  /** The box changed size; so may the page's type (a window moved to a larger screen): then the sizes follow. */
  resize() {
    const k = pageScale();
    if (k !== this.#scale) {
      this.#scale = k;
      if (this.#last) {
        this.#chart.setOption(this.#sized(), { lazyUpdate: true });
        this.update(...this.#last);
      }
    }
    // the observer's first call, as it starts watching, finds the size the chart was made with: nothing to redraw
    if (this.#element.clientWidth === this.#chart.getWidth() && this.#element.clientHeight === this.#chart.getHeight()) return;
    this.#chart.resize();
  }

  dispose() {
    this.#chart.dispose();
  }
}

function targetLine(target, unit, colour, several, k) {
  if (target == null) return [];
  const { dash, width, label, fontSize } = markStyles.target;
  return [{
    yAxis: scale(unit, target),
    lineStyle: { color: several ? colour : targetColour, type: dash, width: width * k },
    label: { formatter: label.replace('{0}', formatValue(unit, target)), color: several ? colour : targetColour, position: 'insideStartTop', fontSize: fontSize * k },
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
