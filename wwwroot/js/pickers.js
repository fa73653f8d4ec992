// The view controls: region, then court within it, and the granularity. They reflect the current view (from the
// URL, including after back/forward) and report the user's choices as a new view.
import { parseScope } from './view.js';

export class Pickers {
  #courts = [];
  #view = null;

  /** @param {(view: {scope: string, granularity: string}) => void} onChoose */
  constructor(onChoose) {
    this.region = document.getElementById('region');
    this.court = document.getElementById('court');
    this.granularity = [...document.querySelectorAll('input[name="granularity"]')];
    const choose = scope => onChoose({ scope, granularity: this.#granularityChoice() });
    this.region.addEventListener('change', () => choose(this.region.value ? `region:${this.region.value}` : 'nation'));
    this.court.addEventListener('change', () =>
      choose(this.court.value ? `court:${this.court.value}` : `region:${this.region.value}`));
    for (const radio of this.granularity) radio.addEventListener('change', () => choose(this.#view.scope));
    document.getElementById('filters').addEventListener('submit', event => event.preventDefault());
  }

  /** Fills the lists once the court system is known, then re-applies the current view to them. */
  setReference(regions, courts) {
    this.#courts = courts;
    const collator = new Intl.Collator();
    for (const region of [...regions].sort((a, b) => collator.compare(a.name, b.name))) {
      this.region.add(new Option(region.name, String(region.id)));
    }
    if (this.#view) this.show(this.#view);
  }

  show(view) {
    this.#view = view;
    for (const radio of this.granularity) radio.checked = radio.value === view.granularity;
    const scope = parseScope(view.scope);
    const regionId = scope.kind === 'region' ? scope.id
      : scope.kind === 'court' ? this.#courts.find(c => c.id === scope.id)?.regionId ?? null
      : null;
    this.region.value = regionId == null ? '' : String(regionId);
    this.#fillCourts(regionId);
    this.court.value = scope.kind === 'court' ? String(scope.id) : '';
  }

  #fillCourts(regionId) {
    const wanted = regionId == null ? [] : this.#courts.filter(c => c.regionId === regionId);
    const key = wanted.map(c => c.id).join(',');
    if (this.court.dataset.courts !== key) {
      this.court.replaceChildren(new Option('All courts', ''), ...wanted.map(c => new Option(`${c.name} (${c.level})`, String(c.id))));
      this.court.dataset.courts = key;
    }
    this.court.disabled = regionId == null;
  }

  #granularityChoice() {
    return this.granularity.find(r => r.checked)?.value ?? 'month';
  }
}
