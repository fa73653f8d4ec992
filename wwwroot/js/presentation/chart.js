// The slide's one chart, created once for the whole presentation and given each slide's series in turn: hours of
// slide changes never create another chart, so memory stays flat. Type sizes follow the screen's height.
/* global echarts */
import { axisLabel, bigValue } from './numbers.js';
import { themes } from '../views/definitions.js';

// The theme's chart colours from views/charts.json, which the chart images and the playlist's deck draw with too:
// a slide and its downloaded image look the same.
const palette = () => themes[document.documentElement.dataset.theme === 'light' ? 'light' : 'dark'];
const scale = (unit, v) => v == null ? null : unit === 'ratio' ? Math.round(v * 10000) / 100 : v;

export class SlideChart {
  #chart;
  #animate;

  constructor(element, { animate }) {
    this.#animate = animate;
    this.#chart = echarts.init(element, null, { renderer: 'canvas' });
    addEventListener('resize', () => this.#chart.resize());
  }

  /** Draws one measure's points; the same call serves a new slide and a live update of the shown one. */
  show(lang, unit, series, metricId) {
    const type = Math.round(innerHeight / 40);
    const { ink, muted, grid, axis, series: [colour] } = palette();
    this.#chart.resize(); // the chart may have been hidden (a comparison slide) or the screen resized
    const points = series?.points ?? [];
    this.#chart.setOption({
      animation: this.#animate,
      backgroundColor: 'transparent',
      // The page's own font by name: a canvas does not understand 'inherit' and would fall back to 10 px.
      textStyle: { fontFamily: getComputedStyle(document.body).fontFamily, color: ink, fontSize: type },
      grid: { left: type, right: type * 2, top: type * 2, bottom: type, containLabel: true },
      xAxis: {
        type: 'category',
        data: points.map(p => axisLabel(lang, p.periodStart, series.granularity)),
        axisLabel: { color: muted, fontSize: type, hideOverlap: true, margin: type * 0.8 },
        axisLine: { lineStyle: { color: axis, width: 2 } },
      },
      yAxis: {
        type: 'value', min: 0,
        axisLabel: { color: muted, fontSize: type, formatter: v => unit === 'ratio' ? `${v}%` : bigValue(lang, unit, v) },
        splitLine: { lineStyle: { color: grid } },
      },
      series: [{
        id: 'measure', name: metricId, type: 'line', connectNulls: true, symbolSize: type * 0.6,
        lineStyle: { width: Math.max(3, type / 5), color: colour },
        itemStyle: { color: colour },
        areaStyle: { color: colour, opacity: 0.15 },
        data: points.map(p => scale(unit, p.values[metricId])),
      }],
    }, { notMerge: true, lazyUpdate: true });
  }

  resize() {
    this.#chart.resize();
  }
}
