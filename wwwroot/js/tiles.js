// Headline tiles: the latest period's value of a measure, coloured by its target, a sparkline of the periods on
// screen and the change against the previous period. What a delegate reads from across the room.
import { formatChange, formatPeriod, formatValue } from './format.js';
import { t } from './i18n.js';

const svgNs = 'http://www.w3.org/2000/svg';

function setText(element, text) {
  if (element.textContent !== text) element.textContent = text; // untouched text keeps screen readers quiet
}

export class Tile {
  constructor(container, metricId, reference) {
    this.id = metricId;
    this.reference = reference;
    this.element = document.createElement('article');
    this.element.className = 'tile';
    this.element.dataset.metric = metricId;
    this.heading = document.createElement('h2');
    this.value = document.createElement('p');
    this.value.className = 'value';
    this.value.dataset.testid = `tile-${metricId.replaceAll('_', '-')}`;
    this.spark = document.createElementNS(svgNs, 'svg');
    this.spark.setAttribute('class', 'spark');
    this.spark.setAttribute('viewBox', '0 0 100 28');
    this.spark.setAttribute('preserveAspectRatio', 'none');
    this.spark.setAttribute('aria-hidden', 'true');
    this.line = document.createElementNS(svgNs, 'polyline');
    this.spark.append(this.line);
    this.note = document.createElement('p');
    this.note.className = 'note';
    this.element.append(this.heading, this.value, this.spark, this.note);
    container.append(this.element);
    this.relabel();
  }

  relabel() {
    setText(this.heading, this.reference.name(this.id));
    this.heading.title = this.reference.explain(this.id);
  }

  /** @param series a measure series; @param target the target that applies, or null */
  update(series, target) {
    const unit = this.reference.metric(this.id)?.unit ?? 'count';
    const points = series.points;
    const latest = points.at(-1);
    const previous = points.at(-2);
    const value = latest?.values[this.id] ?? null;
    setText(this.value, formatValue(unit, value));
    const met = this.reference.meets(this.id, value, target);
    this.element.dataset.status = met == null ? 'none' : met ? 'met' : 'missed';

    const parts = [];
    const before = previous?.values[this.id];
    if (value != null && before != null) {
      parts.push(t('versus', formatChange(unit, value - before), formatPeriod(previous.periodStart, series.granularity)));
    }
    if (target != null && met != null) parts.push(t(met ? 'targetMet' : 'targetMissed', formatValue(unit, target)));
    else if (target != null) parts.push(t('target', formatValue(unit, target)));
    if (value == null) parts.push(t('noData'));
    setText(this.note, parts.join(' · '));
    this.#sparkline(points.map(p => p.values[this.id]));
  }

  #sparkline(values) {
    const known = values.filter(v => v != null);
    if (known.length < 2) {
      this.line.setAttribute('points', '');
      return;
    }
    const low = Math.min(...known);
    const high = Math.max(...known);
    const span = high - low || 1;
    const step = 100 / Math.max(1, values.length - 1);
    const points = values.map((v, i) => v == null ? null : `${(i * step).toFixed(1)},${(26 - ((v - low) / span) * 24).toFixed(1)}`);
    this.line.setAttribute('points', points.filter(Boolean).join(' '));
  }
}
