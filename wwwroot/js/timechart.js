// A chart of one or more measures over the periods of a series. Created once per view; each update replaces the
// data of the same series (matched by id) through setOption, so live updates neither re-create charts nor pile up
// series in a long-open tab. Ratios are drawn in percent points; targets and annotations are mark lines.
/* global echarts */
import { formatAxisPercent, formatPeriod, formatValue, periodDate } from './format.js';
import { marks as markStyles, themes } from './views/definitions.js';

// The colours are the light theme of views/charts.json, which the chart images use too.
const { ink, muted, grid: gridLine, axis: axisLine, series: palette, target: targetColour, note: noteColour } = themes.light;

const scale = (unit, v) => v == null ? null : unit === 'ratio' ? Math.round(v * 10000) / 100 : v;

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
      grid: { left: 8, right: 24, top: 28, bottom: 8, containLabel: true },
      legend: { show: this.spec.measures.length > 1, top: 0, left: 0, textStyle: { color: muted } },
      tooltip: { trigger: 'axis', confine: true, valueFormatter: v => unit === 'ratio' ? formatValue('ratio', v == null ? null : v / 100) : formatValue(unit, v) },
      xAxis: { type: 'category', data: [], axisLabel: { color: muted, hideOverlap: true }, axisLine: { lineStyle: { color: axisLine } } },
      yAxis: { type: 'value', min: 0, axisLabel: { color: muted, formatter: fmt }, splitLine: { lineStyle: { color: gridLine } } },
      series: this.spec.measures.map(id => this.#seriesOf(id)),
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
    this.#chart.setOption({ series: this.spec.measures.map(id => ({ id, name: this.reference.name(id) })) });
  }

  /**
   * @param {{ granularity: string, points: {periodStart: string, values: Record<string, number|null>}[] }} series
   * @param {{ targets?: Record<string, number|null>, annotations?: {date: string, text: string}[] }} marks
   */
  update(series, marks = {}) {
    const labels = series.points.map(p => formatPeriod(p.periodStart, series.granularity));
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
    this.#chart.setOption({
      xAxis: { data: labels },
      yAxis: { max: highest == null ? null : ({ max }) => Math.max(max, highest) },
      series: this.spec.measures.map((id, i) => ({
        id,
        data: series.points.map(p => scale(this.unit, p.values[id])),
        markLine: {
          silent: false, symbol: 'none', animation: false,
          data: [
            ...targetLine(marks.targets?.[id], this.unit, palette[i % palette.length], this.spec.measures.length > 1),
            ...(i === 0 ? notes : []),
          ],
        },
      })),
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
