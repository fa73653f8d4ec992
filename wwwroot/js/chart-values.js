// How a time chart writes its values: ratios in percent points, the value axis' end and ticks, the tooltip.
import { formatAxisPercent, formatNumber, formatValue } from './format.js';

/** A value as drawn: a ratio in percent points (0.9 → 90), anything else as it is. */
export const scale = (unit, v) => v == null ? null : unit === 'ratio' ? Math.round(v * 10000) / 100 : v;

/** The axis tooltip: each measure once (the to-date segment repeats its series), in its unit. */
export function tooltipOf(params, unit) {
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
export function axisMax(unit, target) {
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
export function tickFormatter(unit, series, measures) {
  const values = series.points.flatMap(p => measures.map(id => scale(unit, p.values[id]))).filter(v => v != null);
  // nothing but zeros: the axis still runs to 1 (0.2 a tick)
  const high = Math.max(0, ...values) || 1;
  const decimals = high > 0 && high < 10 ? Math.min(3, Math.ceil(-Math.log10(high / 5)) + (high < 1 ? 1 : 0)) : 0;
  if (unit === 'ratio') return v => formatAxisPercent(v, decimals);
  return v => decimals > 0 ? formatNumber(v, decimals) : formatValue(unit, v);
}
