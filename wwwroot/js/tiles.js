// Headline tiles: the latest period's value of a measure with its unit, coloured by its target, a sparkline of the
// periods on screen and the change against the period before. What a delegate reads from across the room. The
// current period to date is never compared with a whole one (six days of December against November would look like
// a collapse): views/like-with-like.js says what it is compared with instead, and the tile says so.
import { formatChange, formatPeriod, formatValue, formatWithUnit } from './format.js';
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
  /**
   * @param series a measure series; @param target the target that applies, or null
   * @param like for a period still running, what to show and compare instead (views/like-with-like.js):
   *   { point, label, before, against }
   */
  update(series, target, like = null) {
    const unit = this.reference.metric(this.id)?.unit ?? 'count';
    const points = series.points;
    const shown = like?.point ?? points.at(-1);
    const value = shown?.values[this.id] ?? null;
    this.#showValue(formatValue(unit, value), formatWithUnit(unit, value));
    const met = this.reference.meets(this.id, value, target);
    this.element.dataset.status = met == null ? 'none' : met ? 'met' : 'missed';

    const parts = [];
    const previous = points.at(-2);
    const [label, before, against] = like
      ? [like.label, like.before?.values[this.id], like.against]
      : [shown && series.granularity !== 'range' ? formatPeriod(shown.periodStart, series.granularity) : null,
         previous?.values[this.id], previous && formatPeriod(previous.periodStart, series.granularity)];
    if (label) parts.push(label);
    if (value != null && before != null) {
      const change = formatChange(unit, value - before);
      parts.push(change == null ? t('noChange', against) : t('versus', change, against));
    }
    if (target != null && met != null) parts.push(t(met ? 'targetMet' : 'targetMissed', formatValue(unit, target)));
    else if (target != null) parts.push(t('target', formatValue(unit, target)));
    if (value == null) parts.push(t('noData'));
    setText(this.note, parts.join(' · '));
    this.#sparkline(points.map(p => p.values[this.id]));
  }

  /** The figure large, its unit ("days", "на 1 000 жителей", "₸") smaller beside it, both fitted to the tile. */
  #showValue(figure, withUnit) {
    if (this.value.textContent === withUnit) return;
    const [before, after] = withUnit.includes(figure) ? [withUnit.slice(0, withUnit.indexOf(figure)), withUnit.slice(withUnit.indexOf(figure) + figure.length)] : ['', ''];
    const unit = text => { const small = document.createElement('small'); small.textContent = text; return small; };
    this.value.replaceChildren(...[before && unit(before), figure, after && unit(after)].filter(Boolean));
    this.value.style.setProperty('--chars', String(Math.max(6, figure.length + 0.55 * (before.length + after.length))));
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
