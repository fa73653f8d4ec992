// A map slide: every region coloured by the slide's measure against its target over the last twelve months, with the
// legend, in the slide's language and theme (../maps/region-map.js, as the dashboard and the images draw it). The
// shapes are read once; the figures again whenever the nation's series of the slide is pushed.
import { getJson } from '../reference.js';
import * as rules from '../locale-rules.js';
import { RegionMap } from '../maps/region-map.js';
import { labelIn } from '../views/definitions.js';
import { figure } from './numbers.js';

/** "December 2025 – November 2026": the span a map slide shows. */
export const spanName = (lang, series) =>
  [series.from, series.to].map(day => rules.monthYear(lang, new Date(`${day}T00:00:00Z`), true)).join(' – ');

export class MapSlide {
  #layout = null;
  #generation = 0;

  constructor(element) {
    this.element = element;
    this.map = new RegionMap(element.querySelector('.map-area'), element.querySelector('.map-legend'), {
      theme: document.documentElement.dataset.theme === 'light' ? 'light' : 'dark',
    });
  }

  /** Draws the regions of a metric for a series' span; a slide that moved on meanwhile is not drawn over. */
  async show(lang, metric, series, nameOf) {
    const generation = ++this.#generation;
    if (!series) return;
    const query = new URLSearchParams({ measure: metric.id, from: series.from, to: series.to });
    const [layout, figures] = await Promise.all([this.#layout ?? getJson('api/maps/regions'), getJson(`api/maps/figures?${query}`)]);
    this.#layout = layout;
    if (generation !== this.#generation) return;
    const format = value => figure(lang, figures.unit, value);
    this.map.draw(layout, figures, {
      nameOf, valueOf: format, formatTarget: format, text: (key, ...args) => labelIn(lang, key, ...args),
    });
    this.element.dataset.drawn = `${metric.id}|${lang}`;
  }

  /** Another kind of slide is on screen: a late answer for the map is not drawn. */
  hide() {
    this.#generation++;
  }
}
