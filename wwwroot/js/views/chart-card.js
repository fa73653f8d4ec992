// A chart's frame: its title (with the measure's explanation as tooltip) and a download menu — the chart as PNG
// or SVG and its numbers as CSV, all from /api/charts (ScottPlot on the server, the same data as the screen).
import { language, t } from '../i18n.js';

let cards = 0;

/** The chart endpoint's address for a chart definition over a series' scope, category, period and granularity. */
export function chartUrl(spec, series, format, size = {}) {
  const query = new URLSearchParams({ measures: spec.measures.join(',') });
  if (spec.type) query.set('type', spec.type);
  if (spec.title) query.set('title', spec.title);
  for (const key of ['scope', 'category', 'granularity', 'from', 'to']) if (series[key] != null) query.set(key, series[key]);
  query.set('lang', language());
  for (const [key, value] of Object.entries(size)) query.set(key, String(value));
  return `api/charts/chart.${format}?${query}`;
}

/** Escape closes a menu and gives the focus back to its button. */
export function closeOnEscape(menu) {
  menu.addEventListener('keydown', event => {
    if (event.key !== 'Escape' || !menu.open) return;
    menu.open = false;
    menu.querySelector('summary').focus();
  });
}

export class ChartCard {
  #series = null;

  constructor(container, spec, reference) {
    this.spec = spec;
    this.reference = reference;
    const id = `chart-${++cards}`;
    const figure = document.createElement('figure');
    figure.className = 'card';
    figure.dataset.measures = spec.measures.join(' ');
    figure.innerHTML = `<figcaption><h2 id="${id}-title"></h2><details class="menu"><summary></summary><ul>
      <li><a data-format="png"></a></li><li><a data-format="svg"></a></li><li><a data-format="csv"></a></li><li><a data-format="xlsx"></a></li></ul></details>
      </figcaption><div class="chart" role="img" aria-labelledby="${id}-title"></div>`;
    container.append(figure);
    this.title = figure.querySelector('h2');
    this.title.dataset.metric = spec.measures[0];
    this.summary = figure.querySelector('summary');
    this.links = [...figure.querySelectorAll('a[data-format]')];
    this.canvas = figure.querySelector('.chart');
    this.menu = figure.querySelector('details');
    closeOnEscape(this.menu);
    for (const link of this.links) link.addEventListener('click', () => { this.menu.open = false; });
    this.relabel();
  }

  relabel() {
    const single = this.spec.measures.length === 1 || !this.spec.title;
    const name = single ? this.reference.name(this.spec.measures[0]) : t(this.spec.title);
    this.title.textContent = this.spec.type === 'map' ? t('mapTitle', name) : name;
    this.title.title = this.spec.measures.map(id => `${this.reference.name(id)}: ${this.reference.explain(id)}`).join('\n\n');
    this.summary.textContent = t('download');
    this.summary.setAttribute('aria-label', `${t('download')}: ${this.title.textContent}`);
    for (const link of this.links) link.textContent = t(link.dataset.format);
    this.#link();
  }

  show(series) {
    this.#series = series;
    this.#link();
  }

  /** Links follow the series on screen and the language; until data arrives they lead nowhere. */
  #link() {
    for (const link of this.links) {
      if (!this.#series) {
        link.removeAttribute('href');
        link.setAttribute('aria-disabled', 'true');
        continue;
      }
      const format = link.dataset.format;
      // Images at the card's proportions, sharp on this screen (the server caps the size and scale).
      const size = format === 'csv' || format === 'xlsx' ? {} : { width: 1200, height: 600, scale: Math.min(2, Math.max(1, Math.round(devicePixelRatio))) };
      link.href = chartUrl(this.spec, this.#series, format, size);
      link.download = '';
      link.removeAttribute('aria-disabled');
    }
  }
}
