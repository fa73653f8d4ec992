// A chart's frame: its title (with the measure's explanation as tooltip) and a download menu for its data as CSV.
import { t } from '../i18n.js';

let cards = 0;

function csvOf(series, measures) {
  // Invariant formatting (dot decimals, no separators) so spreadsheets in any locale read it the same way.
  const rows = series.points.map(p => [p.periodStart, p.periodEnd, ...measures.map(id => p.values[id] ?? '')].join(','));
  return [['period_start', 'period_end', ...measures].join(','), ...rows].join('\r\n') + '\r\n';
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
    figure.innerHTML = `<figcaption><h2 id="${id}-title"></h2><details class="menu"><summary></summary><ul><li>
      <button type="button"></button></li></ul></details></figcaption><div class="chart" role="img" aria-labelledby="${id}-title"></div>`;
    container.append(figure);
    this.title = figure.querySelector('h2');
    this.title.dataset.metric = spec.measures[0];
    this.summary = figure.querySelector('summary');
    this.button = figure.querySelector('button');
    this.canvas = figure.querySelector('.chart');
    this.menu = figure.querySelector('details');
    this.button.addEventListener('click', () => {
      this.menu.open = false;
      this.#download();
    });
    this.relabel();
  }

  relabel() {
    const single = this.spec.measures.length === 1 || !this.spec.title;
    this.title.textContent = single ? this.reference.name(this.spec.measures[0]) : t(this.spec.title);
    this.title.title = this.spec.measures.map(id => `${this.reference.name(id)}: ${this.reference.explain(id)}`).join('\n\n');
    this.summary.textContent = t('download');
    this.button.textContent = t('csv');
  }

  show(series) {
    this.#series = series;
  }

  #download() {
    if (!this.#series) return;
    const blob = new Blob([csvOf(this.#series, this.spec.measures)], { type: 'text/csv;charset=utf-8' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = `${this.spec.measures[0]}_${this.#series.scope.replace(/[:,]/g, '-')}_${this.#series.granularity}.csv`;
    link.click();
    // Let the download start before the object URL is released; a long-open tab must not keep blobs alive.
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  }
}
