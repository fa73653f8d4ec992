// What the page reads once (and again when told it changed): the court system, the metric catalogue, and the
// targets in force where the page looks — decided on the server (/api/targets/effective), never here.
import { getJson } from './http.js';
import { language, t } from './i18n.js';

export { getJson, persistently } from './http.js';

/**
 * A court's, region's, category's or level's name in a language: that language's, else the fallback — the name in
 * the court system's first language, which the server sends as `name` (or the code, for a level).
 */
export const nameIn = (names, lang, fallback = '') => names?.[lang] || fallback;

/** An entry of the court system (region, court, category) named in the page's language. */
export const named = entry => nameIn(entry?.names, language(), entry?.name ?? '');

/**
 * A share within a time standard named by its standard in a category (null: all) and language, or null: the names
 * come from the server's one rule (/api/measure-names), which the chart images and the deck follow too.
 */
export const standardName = (names, id, category, lang) =>
  names.find(n => n.measure === id && n.category === (category ?? null))?.names[lang] ?? null;

const withinStandard = /^within_standard_\d$/;

export class Reference {
  regions = [];
  courts = [];
  categories = [];
  metrics = new Map();
  /** What the user may see (/api/account/scopes): everything, or some regions and courts; the server enforces it. */
  allowed = { everything: true, regions: [], courts: [] };
  /** The names of the shares within a time standard: { measure, category, names: { en, kk, ru } }. */
  standardNames = [];
  /** The category on screen (its code), or null for all: a share within a standard is named by that standard. */
  category = null;

  /** @param {(path: string) => Promise<any>} read how to read (the dashboard: its first reads, already sent) */
  async load(read = getJson) {
    const [regions, courts, categories, metrics, allowed, standardNames] = await Promise.all(
      ['api/regions', 'api/courts', 'api/categories', 'api/metrics', 'api/account/scopes', 'api/measure-names'].map(read));
    Object.assign(this, { regions, courts, categories, allowed, standardNames });
    // A share within a time standard means nothing where the court system has no standard of that tier: such a
    // measure is left out of the page (no tile or chart line named "time standard 3" and always empty).
    this.metrics = new Map(metrics.filter(m => !withinStandard.test(m.id) || standardNames.some(n => n.measure === m.id))
      .map(m => [m.id, m]));
  }

  metric(id) {
    return this.metrics.get(id);
  }

  /** A measure's name in the current language, from the catalogue; a share within a standard by its standard. */
  name(id) {
    const standard = standardName(this.standardNames, id, this.category, language());
    if (standard) return standard;
    const metric = this.metrics.get(id);
    return metric ? metric.name[language()] ?? metric.name.en : id;
  }

  /** Its description, formula and standard, for tooltips. */
  explain(id) {
    const metric = this.metrics.get(id);
    if (!metric) return '';
    return `${metric.description[language()] ?? metric.description.en}\n${metric.formula} (${metric.standard})`;
  }

  /** The targets in force in a scope and category, { measureId: target } (regions and the nation: the general ones). */
  targetsIn(scope, category) {
    const query = new URLSearchParams({ scope });
    if (category) query.set('category', category);
    return getJson(`api/targets/effective?${query}`);
  }

  /** The targets in force for each court (of a region, or all), { courtId: { measureId: target } }. */
  targetsOfCourts(region, category) {
    const query = new URLSearchParams();
    if (region) query.set('region', region);
    if (category) query.set('category', category);
    return getJson(`api/targets/effective/courts?${query}`);
  }

  /** Whether a value meets its measure's target: true, false, or null when either is unknown. */
  meets(metricId, value, target) {
    const direction = this.metrics.get(metricId)?.direction;
    if (value == null || target == null || direction === 'neutral') return null;
    return direction === 'lower' ? value <= target : value >= target;
  }

  scopeName(scope) {
    const [kind, id] = scope.split(':');
    if (kind === 'court') return named(this.courts.find(c => c.id === Number(id))) || scope;
    if (kind === 'region') return named(this.regions.find(r => r.id === Number(id))) || scope;
    return t('national');
  }

  regionOfCourt(courtId) {
    return this.courts.find(c => c.id === courtId)?.regionId ?? null;
  }

  /** Whether the user may see a region (null: the nation) or a court, by the server's rule. */
  allows(regionId, courtId) {
    if (this.allowed.everything) return true;
    if (courtId) return this.allowed.courts.includes(courtId) || this.allowed.regions.includes(this.regionOfCourt(courtId));
    return regionId != null && this.allowed.regions.includes(regionId);
  }

  /** A state the user may see: itself, or moved to the first of the user's regions, else courts. */
  within(state) {
    if (this.allows(state.region, state.court)) return state;
    const region = this.allowed.regions.find(r => this.regions.some(x => x.id === r));
    return { ...state, region: region ?? null, court: region ? null : this.courts[0]?.id ?? null };
  }
}
