// A court's page: every measure of the court over the period beside its region and the nation, each coloured by
// its target. Three scopes × four families of live series, each one value for the whole period.
import { formatWithUnit } from '../format.js';
import { t } from '../i18n.js';
import { measureRequest } from '../state.js';

const families = ['case-flow', 'case-durations', 'digital-access', 'budget'];

export class CourtView {
  #values = new Map();   // `${scope}|${metric}` → value over the period
  #targets = [{}, {}];   // the court's targets in force, and the general ones of its region and the nation

  constructor(main, context) {
    this.context = context;
    const { state, reference } = context;
    this.courtId = state.court;
    this.regionId = state.court ? reference.regionOfCourt(state.court) : null;
    if (!state.court) {
      main.insertAdjacentHTML('beforeend', '<p class="empty" data-i18n="chooseCourt"></p>');
      return;
    }
    main.insertAdjacentHTML('beforeend', `<table class="comparison" data-testid="court-comparison">
      <thead><tr><th scope="col" data-i18n="measure"></th><th scope="col" class="court-name"></th>
      <th scope="col" class="region-name"></th><th scope="col" data-i18n="national"></th></tr></thead><tbody></tbody></table>`);
    this.table = main.querySelector('.comparison');
    this.relabel();
  }

  get scopes() {
    return [`court:${this.courtId}`, this.regionId ? `region:${this.regionId}` : null, 'nation'];
  }

  requests(state) {
    if (!this.courtId) return [];
    return this.scopes.filter(Boolean).flatMap(scope =>
      families.map(family => measureRequest(state, family, { scope, granularity: 'range' })));
  }

  async loadTargets() {
    if (!this.courtId) return;
    const { reference, state } = this.context;
    this.#targets = await Promise.all([`court:${this.courtId}`, 'nation'].map(scope => reference.targetsIn(scope, state.category)));
  }

  apply(series) {
    const point = series.points[0];
    for (const id of series.measures) this.#values.set(`${series.scope}|${id}`, point?.values[id] ?? null);
    this.refresh();
  }

  relabel() {
    if (!this.table) return;
    const { reference } = this.context;
    this.table.querySelector('.court-name').textContent = reference.scopeName(`court:${this.courtId}`);
    this.table.querySelector('.region-name').textContent = this.regionId ? reference.scopeName(`region:${this.regionId}`) : '';
    this.refresh();
  }

  refresh() {
    if (!this.table) return;
    const { reference } = this.context;
    const body = document.createElement('tbody');
    for (const metric of reference.metrics.values()) {
      if (!families.includes(metric.family)) continue;
      const row = body.insertRow();
      row.dataset.metric = metric.id;
      const name = document.createElement('th');
      name.scope = 'row';
      name.textContent = reference.name(metric.id);
      name.title = reference.explain(metric.id);
      row.append(name);
      this.scopes.forEach((scope, i) => {
        const cell = row.insertCell();
        if (!scope) return;
        const value = this.#values.get(`${scope}|${metric.id}`);
        cell.textContent = value === undefined ? '…' : formatWithUnit(metric.unit, value);
        const target = this.#targets[i === 0 ? 0 : 1][metric.id] ?? null;
        const met = reference.meets(metric.id, value, target);
        cell.dataset.status = met == null ? 'none' : met ? 'met' : 'missed';
        if (target != null) cell.title = t('target', formatWithUnit(metric.unit, target));
      });
    }
    this.table.tBodies[0].replaceWith(body);
  }

  dispose() {}
}
