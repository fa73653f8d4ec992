// The four case-flow charts. Each is created once; a new snapshot replaces the data of the same series (matched
// by id) through setOption, so live updates neither re-create charts nor pile up series in a long-open tab.
/* global echarts */
import { formatAxisPercent, formatCount, formatPeriod, formatRate } from './format.js';

const ink = '#1f2933';
const muted = '#52606d';
const grid = '#e4e7eb';

export const palette = {
  incoming: '#1d4ed8',
  resolved: '#047857',
  pending: '#7c3aed',
  clearanceRate: '#0e7490',
  target: '#b91c1c',
};

function baseOption(name, color) {
  return {
    animationDurationUpdate: 300,
    aria: { enabled: true },
    color: [color],
    textStyle: { fontFamily: 'inherit', color: ink },
    grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', confine: true, valueFormatter: formatCount },
    xAxis: {
      type: 'category', data: [],
      axisLine: { lineStyle: { color: '#9aa5b1' } },
      axisLabel: { color: muted, hideOverlap: true },
      axisTick: { alignWithLabel: true },
    },
    yAxis: {
      type: 'value', minInterval: 1, // counts are whole cases
      axisLabel: { color: muted, formatter: formatCount },
      splitLine: { lineStyle: { color: grid } },
    },
    series: [{ id: 'value', name, data: [] }],
  };
}

const definitions = {
  incoming: () => seriesOf(baseOption('Incoming', palette.incoming), { type: 'bar', barMaxWidth: 28 }),
  resolved: () => seriesOf(baseOption('Resolved', palette.resolved), { type: 'bar', barMaxWidth: 28 }),
  pending: () => seriesOf(baseOption('Pending', palette.pending), {
    type: 'line', symbol: 'none', lineStyle: { width: 2.5 }, areaStyle: { opacity: 0.12 },
  }),
  clearanceRate: () => {
    const option = seriesOf(baseOption('Clearance rate', palette.clearanceRate), {
      type: 'line', symbolSize: 5, lineStyle: { width: 2.5 },
      connectNulls: false, // a period with no incoming cases has no rate: show a gap, not an invented line
      markLine: {
        silent: true, symbol: 'none',
        lineStyle: { color: palette.target, type: 'dashed', width: 1.5 },
        label: { formatter: 'target 100%', color: palette.target, position: 'insideEndTop' },
        data: [{ yAxis: 100 }],
      },
    });
    option.yAxis.axisLabel.formatter = formatAxisPercent;
    option.tooltip.valueFormatter = v => formatRate(v == null ? null : v / 100);
    option.yAxis.min = 0;
    option.yAxis.minInterval = 0;
    return option;
  },
};

function seriesOf(option, series) {
  Object.assign(option.series[0], series);
  return option;
}

/** What each chart plots from a snapshot point. */
const values = {
  incoming: p => p.incoming,
  resolved: p => p.resolved,
  pending: p => p.pending,
  clearanceRate: p => p.clearanceRate == null ? null : Math.round(p.clearanceRate * 1000) / 10,
};

// The rate axis always shows the 100% target with some room above it, and ends on a round number so the
// ticks stay evenly spaced even when a quiet day has a rate of several hundred per cent.
const rateAxisTops = [120, 150, 200, 300, 400, 500, 600, 800, 1000];
function rateAxis(rates) {
  const highest = Math.max(0, ...rates.filter(r => r != null));
  const max = rateAxisTops.find(top => top >= highest) ?? Math.ceil(highest / 500) * 500;
  return { max, interval: max / (max === 120 ? 6 : 5) };
}

export class CaseFlowCharts {
  #charts = new Map();

  /** @param {Record<string, HTMLElement>} elements one element per measure: incoming, resolved, pending, clearanceRate */
  constructor(elements) {
    for (const [measure, element] of Object.entries(elements)) {
      const chart = echarts.init(element, null, { renderer: 'canvas' });
      chart.setOption(definitions[measure]());
      this.#charts.set(measure, chart);
    }
    // One observer watching every chart box: it covers window resizes and the layout settling after fonts load.
    let pending = false;
    const observer = new ResizeObserver(() => {
      if (pending) return;
      pending = true;
      requestAnimationFrame(() => {
        pending = false;
        for (const chart of this.#charts.values()) chart.resize();
      });
    });
    for (const element of Object.values(elements)) observer.observe(element);
  }

  update(snapshot) {
    const granularity = snapshot.granularity;
    const labels = snapshot.points.map(p => formatPeriod(p.period, granularity));
    for (const [measure, chart] of this.#charts) {
      const data = snapshot.points.map(values[measure]);
      chart.setOption({
        xAxis: { data: labels },
        ...(measure === 'clearanceRate' ? { yAxis: rateAxis(data) } : {}),
        series: [{ id: 'value', data }],
      });
    }
  }
}
