// The filter bar: views, region, court within it, category, period and granularity, and the language. It shows the
// current state (from the URL, including after back/forward) and reports the user's choices as changes.
import { languages, language, t } from './i18n.js';
import { named, nameIn } from './reference.js';
import { granularities, presets, rangeOf } from './state.js';

const byId = id => document.getElementById(id);

export class Filters {
  #state = null;

  /** @param {(change: object) => void} choose  @param {(code: string) => void} onLanguage */
  constructor(reference, choose, onLanguage) {
    this.reference = reference;
    this.region = byId('region');
    this.court = byId('court');
    this.category = byId('category');
    this.period = byId('period-preset');
    this.from = byId('from');
    this.to = byId('to');
    this.granularity = byId('granularity');
    this.language = byId('language');
    this.region.addEventListener('change', () => {
      const region = Number(this.region.value) || null;
      // A viewer's "my courts": the first of its courts outside its regions.
      choose({ region, court: region || reference.allowed.everything ? null : this.#courtsOutsideRegions()[0]?.id ?? null });
    });
    this.court.addEventListener('change', () => choose({ court: Number(this.court.value) || null }));
    this.category.addEventListener('change', () => choose({ category: this.category.value || null }));
    this.period.addEventListener('change', () => {
      const period = this.period.value;
      if (period !== 'custom') return choose({ period, granularity: period === 'last30' ? 'day' : period === 'last5' ? 'year' : 'month' });
      const range = rangeOf(this.#state);
      choose({ period, from: range.from, to: range.to });
    });
    for (const input of [this.from, this.to]) {
      input.addEventListener('change', () => {
        if (this.from.value && this.to.value && this.from.value <= this.to.value) choose({ period: 'custom', from: this.from.value, to: this.to.value });
      });
    }
    this.granularity.addEventListener('change', () => choose({ granularity: this.granularity.value }));
    this.language.addEventListener('change', () => onLanguage(this.language.value));
    for (const link of document.querySelectorAll('nav.views a')) {
      link.addEventListener('click', event => {
        event.preventDefault();
        choose({ view: link.dataset.view });
      });
    }
    byId('filters').addEventListener('submit', event => event.preventDefault());
    this.relabel();
  }

  /** Option texts in the current language; the court system's names are its own. */
  relabel() {
    const keep = select => select.value;
    const fill = (select, options) => {
      const value = keep(select);
      select.replaceChildren(...options.map(([v, text]) => new Option(text, v)));
      select.value = value;
    };
    fill(this.period, presets.map(p => [p, t(p)]));
    fill(this.granularity, granularities.map(g => [g, t(g)]));
    fill(this.language, languages.map(l => [l.code, l.name]));
    this.language.value = language();
    const collator = new Intl.Collator(language());
    // Only what the user may see: the nation for those who see everything; for a viewer, its regions and its other courts.
    const everything = this.reference.allowed.everything;
    const outside = this.#courtsOutsideRegions();
    const first = everything ? [['', t('national')]] : outside.length ? [['', t('myCourts')]] : [];
    fill(this.region, [...first, ...[...this.reference.regions].sort((a, b) => collator.compare(named(a), named(b))).map(r => [String(r.id), named(r)])]);
    fill(this.category, [['', t('allCategories')], ...this.reference.categories.map(c => [c.code, named(c)])]);
    this.court.dataset.courts = '';
    if (this.#state) this.show(this.#state);
  }

  show(state) {
    this.#state = state;
    for (const link of document.querySelectorAll('nav.views a')) {
      if (link.dataset.view === state.view) link.setAttribute('aria-current', 'page');
      else link.removeAttribute('aria-current');
      link.href = `?view=${link.dataset.view}`;
    }
    const courtRegion = state.court ? this.reference.regionOfCourt(state.court) : null;
    const regionId = state.region ?? (this.reference.regions.some(r => r.id === courtRegion) ? courtRegion : null);
    this.region.value = regionId == null ? '' : String(regionId);
    this.#fillCourts(regionId);
    this.court.value = state.court ? String(state.court) : '';
    this.category.value = state.category ?? '';
    this.period.value = state.period;
    const range = rangeOf(state);
    this.from.value = range.from;
    this.to.value = range.to;
    this.from.closest('.custom-range').hidden = state.period !== 'custom';
    this.granularity.value = state.granularity;
  }

  #fillCourts(regionId) {
    const everything = this.reference.allowed.everything;
    // A viewer without a region chosen picks among its courts outside its regions; there is no "all" of those.
    const wanted = regionId != null ? this.reference.courts.filter(c => c.regionId === regionId)
      : everything ? [] : this.#courtsOutsideRegions();
    const all = regionId != null || everything ? [new Option(t('allCourts'), '')] : [];
    const key = `${language()}|${regionId}|${wanted.map(c => c.id).join(',')}`;
    if (this.court.dataset.courts !== key) {
      this.court.replaceChildren(...all, ...wanted.map(c => new Option(`${named(c)} (${nameIn(c.levelNames, language(), c.level)})`, String(c.id))));
      this.court.dataset.courts = key;
    }
    this.court.disabled = regionId == null && everything;
  }

  #courtsOutsideRegions() {
    return this.reference.allowed.everything ? []
      : this.reference.courts.filter(c => !this.reference.allowed.regions.includes(c.regionId));
  }
}
