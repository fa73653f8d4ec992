// The court ranking: every court (of the chosen region, or all) by one measure over the period, worst first,
// sortable by any column and searchable. Rows link to the court's page. Refreshed when the data changes.
import { formatWithUnit } from '../format.js';
import { t } from '../i18n.js';
import { getJson } from '../reference.js';
import { measureRequest, rangeOf } from '../state.js';

const families = ['case-flow', 'case-durations', 'digital-access', 'budget'];
const familyLabel = { 'case-flow': 'case-flow', 'case-durations': 'durations', 'digital-access': 'digital', budget: 'budget' };

export class RankingView {
  #ranking = null;
  #sort = null;          // { column, descending }
  #generation = 0;
  #targets = {};         // court id → { measure id → target in force }

  constructor(main, context) {
    this.context = context;
    const { reference, state } = context;
    this.measure = reference.metric(state.measure) && families.includes(reference.metric(state.measure).family)
      ? state.measure : 'clearance_rate';
    main.insertAdjacentHTML('beforeend', `
      <section class="ranking">
        <div class="ranking-controls">
          <label class="field"><span data-i18n="family"></span><select id="ranking-family"></select></label>
          <label class="field"><span data-i18n="measure"></span><select id="ranking-measure"></select></label>
          <label class="field"><span data-i18n="search"></span><input id="ranking-search" type="search" data-i18n-label="search"></label>
        </div>
        <p class="hint" data-i18n="worstFirst"></p>
        <table class="ranking-table" data-testid="ranking"><thead></thead><tbody></tbody></table>
      </section>`);
    this.familySelect = main.querySelector('#ranking-family');
    this.measureSelect = main.querySelector('#ranking-measure');
    this.search = main.querySelector('#ranking-search');
    this.table = main.querySelector('.ranking-table');
    this.familySelect.addEventListener('change', () => {
      this.context.choose({ measure: reference.metrics.get(this.#measuresOf(this.familySelect.value)[0])?.id ?? null });
    });
    this.measureSelect.addEventListener('change', () => this.context.choose({ measure: this.measureSelect.value }));
    this.search.addEventListener('input', () => this.#render());
    this.relabel();
  }

  get family() {
    return this.context.reference.metric(this.measure).family;
  }

  #measuresOf(family) {
    return [...this.context.reference.metrics.values()].filter(m => m.family === family && m.direction !== 'neutral').map(m => m.id);
  }

  /** One live series of the family over the whole period: its pushes say when to read the ranking again. */
  requests(state) {
    const scope = state.region ? `region:${state.region}` : 'nation';
    return [measureRequest(state, this.family, { scope, granularity: 'range' })];
  }

  async apply() {
    const { state } = this.context;
    const generation = ++this.#generation;
    const { from, to } = rangeOf(state);
    const query = new URLSearchParams({ family: this.family, from, to });
    if (state.region) query.set('region', state.region);
    if (state.category) query.set('category', state.category);
    const ranking = await getJson(`api/ranking?${query}`).catch(error => this.context.notice(error.message));
    if (ranking && generation === this.#generation) {
      this.#ranking = ranking;
      this.#render();
    }
  }

  async loadTargets() {
    const { reference, state } = this.context;
    this.#targets = await reference.targetsOfCourts(state.region, state.category);
  }

  refresh() {
    this.#render();
  }

  relabel() {
    const { reference } = this.context;
    this.familySelect.replaceChildren(...families.map(f => new Option(t(familyLabel[f]), f)));
    this.familySelect.value = this.family;
    this.measureSelect.replaceChildren(...this.#measuresOf(this.family).map(id => new Option(reference.name(id), id)));
    this.measureSelect.value = this.measure;
    this.#render();
  }

  #columns() {
    const others = this.#measuresOf(this.family).filter(id => id !== this.measure).slice(0, 3);
    return [this.measure, ...others];
  }

  #rows() {
    const { reference } = this.context;
    const needle = this.search.value.trim().toLocaleLowerCase();
    const rows = (this.#ranking?.courts ?? []).filter(c => !needle || c.court.toLocaleLowerCase().includes(needle));
    const column = this.#sort?.column ?? this.measure;
    const direction = reference.metric(column)?.direction;
    // Worst first: lowest first when higher is better, highest first otherwise. Unknown values go last.
    const descending = this.#sort?.descending ?? direction !== 'higher';
    const value = c => column === 'court' ? c.court : c.values[column];
    return [...rows].sort((a, b) => {
      const x = value(a), y = value(b);
      if (x == null || y == null) return (x == null) - (y == null);
      const order = typeof x === 'string' ? x.localeCompare(y) : x - y;
      return descending ? -order : order;
    });
  }

  #render() {
    if (!this.#ranking) return;
    const { reference } = this.context;
    const columns = this.#columns();
    const head = this.table.tHead;
    head.innerHTML = '<tr><th scope="col"></th><th scope="col"><button type="button" data-sort="court"></button></th><th scope="col"></th></tr>';
    head.rows[0].cells[0].textContent = t('rank');
    head.querySelector('[data-sort="court"]').textContent = t('courtLabel');
    head.rows[0].cells[2].textContent = t('regionColumn');
    for (const id of columns) {
      const th = document.createElement('th');
      th.scope = 'col';
      th.innerHTML = '<button type="button"></button>';
      th.firstChild.dataset.sort = id;
      th.firstChild.textContent = reference.name(id);
      th.firstChild.title = reference.explain(id);
      head.rows[0].append(th);
    }
    for (const button of head.querySelectorAll('button')) {
      button.addEventListener('click', () => {
        const column = button.dataset.sort;
        this.#sort = { column, descending: this.#sort?.column === column ? !this.#sort.descending : column !== 'court' };
        this.#render();
      });
    }
    const body = document.createElement('tbody');
    this.#rows().forEach((court, i) => {
      const row = body.insertRow();
      row.insertCell().textContent = String(i + 1);
      const link = document.createElement('a');
      link.href = `?view=court&court=${court.courtId}`;
      link.textContent = reference.scopeName(`court:${court.courtId}`).replace(/^court:\d+$/, court.court);
      link.addEventListener('click', event => {
        event.preventDefault();
        this.context.choose({ view: 'court', court: court.courtId, region: reference.regionOfCourt(court.courtId) });
      });
      row.insertCell().append(link);
      const region = reference.regionOfCourt(court.courtId);
      row.insertCell().textContent = region ? reference.scopeName(`region:${region}`) : court.region;
      for (const id of columns) {
        const cell = row.insertCell();
        const value = court.values[id];
        cell.textContent = formatWithUnit(reference.metric(id)?.unit, value);
        const met = reference.meets(id, value, this.#targets[court.courtId]?.[id] ?? null);
        cell.dataset.status = met == null ? 'none' : met ? 'met' : 'missed';
      }
    });
    this.table.tBodies[0].replaceWith(body);
  }

  dispose() {
    this.#generation++;
  }
}
