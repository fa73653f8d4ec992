// The map: every region coloured by one measure (those with a target) over the period and category of the filters —
// meets, misses its target, or has no data — with a legend, the region's figure on hover or focus, and a click (or
// Enter) that opens the region. It watches the nation's series of the measure's family: each push says the data
// changed, and the regions' figures are read again (one shared read per change on the server, as the ranking's).
import { formatWithUnit } from '../format.js';
import { t } from '../i18n.js';
import { RegionMap, className } from '../maps/region-map.js';
import { getJson } from '../reference.js';
import { measureRequest } from '../state.js';
import { ChartCard } from './chart-card.js';

export class MapView {
  #layout = null;        // the regions' shapes, read once per view: they change only with the court system
  #figures = null;
  #series = null;
  #targets = null;
  #generation = 0;

  constructor(main, context) {
    this.context = context;
    const { reference, state } = context;
    const asked = reference.metric(state.measure);
    this.measure = asked && asked.direction !== 'neutral' ? asked.id : 'clearance_rate';
    main.insertAdjacentHTML('beforeend', `<section class="map-view">
      <div class="ranking-controls"><label class="field"><span data-i18n="measure"></span>
        <select id="map-measure" data-testid="map-measure"></select></label></div>
      <p class="hint" data-i18n="mapHint"></p>
      <p class="empty" data-i18n="mapNothing" hidden></p></section>`);
    const section = main.querySelector('.map-view');
    this.select = section.querySelector('select');
    this.nothing = section.querySelector('.empty');
    this.select.addEventListener('change', () => context.choose({ measure: this.select.value }));
    this.card = new ChartCard(section, { measures: [this.measure], type: 'map' }, reference);
    this.card.menu.closest('figure').classList.add('map-card');
    const area = this.card.canvas;
    area.className = 'map-area';
    area.dataset.testid = 'map';
    area.setAttribute('role', 'group');
    this.tip = document.createElement('p');
    this.tip.className = 'map-tip';
    this.tip.dataset.testid = 'map-tip';
    this.tip.setAttribute('role', 'tooltip');
    this.tip.hidden = true;
    area.after(this.tip);
    const legend = document.createElement('ul');
    legend.className = 'map-legend';
    legend.dataset.testid = 'map-legend';
    this.tip.after(legend);
    this.map = new RegionMap(area, legend, {
      cellPixels: () => Math.max(150, innerHeight / 9), // a tile as large as the screen's height allows, no larger
      onPick: id => context.choose({ view: 'overview', region: id, court: null }),
      onHover: (region, figure, target) => this.#hover(region, figure, target),
    });
    this.relabel();
  }

  /** The nation's series of the measure's family over the period: its pushes say when to read the regions again. */
  requests(state) {
    return [measureRequest(state, this.context.reference.metric(this.measure).family, { scope: 'nation', granularity: 'range' })];
  }

  apply(series) {
    this.#series = series;
    this.card.show(series);
    this.#load();
  }

  /** The measures the map offers: those with a target in force across regions (the general ones) in the category. */
  async loadTargets() {
    const { reference, state } = this.context;
    const targets = await reference.targetsIn('nation', state.category);
    const changed = this.#targets != null && JSON.stringify(targets) !== JSON.stringify(this.#targets);
    this.#targets = targets;
    const mappable = this.#mappable();
    if (mappable.length > 0 && !mappable.includes(this.measure)) {
      this.context.choose({ measure: mappable[0] });
      return;
    }
    this.nothing.hidden = mappable.length > 0;
    this.card.menu.closest('figure').hidden = mappable.length === 0;
    this.relabel();
    if (changed) this.#load(); // a target moved: the regions' classes may have
  }

  refresh() {
    this.#draw();
  }

  relabel() {
    const { reference } = this.context;
    this.select.replaceChildren(...this.#mappable().map(id => new Option(reference.name(id), id)));
    this.select.value = this.measure;
    this.card.relabel();
    this.#draw();
  }

  dispose() {
    this.#generation++;
  }

  #mappable() {
    const { reference } = this.context;
    return [...reference.metrics.values()]
      .filter(m => m.direction !== 'neutral' && (this.#targets ? this.#targets[m.id] != null : m.id === this.measure))
      .map(m => m.id);
  }

  async #load() {
    if (!this.#series) return;
    const generation = ++this.#generation;
    const { from, to, category } = this.#series;
    const query = new URLSearchParams({ measure: this.measure, from, to });
    if (category) query.set('category', category);
    try {
      const [shapes, figures] = await Promise.all([this.#layout ?? getJson('api/maps/regions'), getJson(`api/maps/figures?${query}`)]);
      this.#layout = shapes;
      if (generation !== this.#generation) return;
      this.#figures = figures;
      this.#draw();
    } catch (error) {
      this.context.notice(error.message);
    }
  }

  #draw() {
    if (!this.#figures || !this.#layout) return;
    const { reference, state } = this.context;
    const unit = this.#figures.unit;
    this.map.draw(this.#layout, this.#figures, {
      nameOf: (id, code) => reference.scopeName(`region:${id}`).replace(/^region:\d+$/, code),
      valueOf: value => formatWithUnit(unit, value),
      formatTarget: value => formatWithUnit(unit, value),
      text: t,
      selected: state.region,
    });
    this.card.canvas.querySelector('svg')?.setAttribute('aria-label', t('mapTitle', reference.name(this.measure)));
  }

  /** The region's name, its figure with its unit (or "No data") and where it stands, over the region. */
  #hover(region, figure, target) {
    if (!target) {
      this.tip.hidden = true;
      return;
    }
    const { reference } = this.context;
    const name = reference.scopeName(`region:${region.id}`).replace(/^region:\d+$/, region.code);
    const shown = figure?.value == null ? t('mapNoData') : formatWithUnit(this.#figures.unit, figure.value);
    const standing = figure?.value == null ? '' : className(figure.class, this.#figures, t, v => formatWithUnit(this.#figures.unit, v));
    this.tip.replaceChildren(Object.assign(document.createElement('strong'), { textContent: name }), ` ${shown}`,
      ...(standing ? [document.createElement('br'), standing] : []));
    this.tip.hidden = false;
    const box = target.getBoundingClientRect();
    const frame = this.tip.offsetParent?.getBoundingClientRect() ?? { left: 0, top: 0 };
    this.tip.style.left = `${box.left + box.width / 2 - frame.left}px`;
    this.tip.style.top = `${box.top - frame.top}px`;
  }
}
