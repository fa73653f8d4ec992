// What the page reads once (and again when told it changed): the court system, the metric catalogue, the
// administrators' targets and the annotations of the scope on screen.
import { language, t } from './i18n.js';

export async function getJson(path) {
  const response = await fetch(path, { headers: { Accept: 'application/json' } });
  const body = await response.json().catch(() => null);
  if (!response.ok) throw new Error(body?.detail ?? `${path} answered ${response.status}`);
  return body;
}

/** Retries with backoff until the server answers: the page may open before the server is ready. */
export async function persistently(read) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await read();
    } catch {
      await new Promise(resolve => setTimeout(resolve, Math.min(30000, 1000 * 2 ** attempt)));
    }
  }
}

export class Reference {
  regions = [];
  courts = [];
  categories = [];
  metrics = new Map();
  targets = [];
  timeStandards = [];

  async load() {
    const [regions, courts, categories, metrics, timeStandards] = await Promise.all(
      ['api/regions', 'api/courts', 'api/categories', 'api/metrics', 'api/time-standards'].map(getJson));
    Object.assign(this, { regions, courts, categories, timeStandards });
    this.metrics = new Map(metrics.map(m => [m.id, m]));
    await this.loadTargets();
  }

  async loadTargets() {
    this.targets = await getJson('api/targets');
  }

  metric(id) {
    return this.metrics.get(id);
  }

  /** A measure's name in the current language, from the catalogue. */
  name(id) {
    const metric = this.metrics.get(id);
    return metric ? metric.name[language()] ?? metric.name.en : id;
  }

  /** Its description, formula and standard, for tooltips. */
  explain(id) {
    const metric = this.metrics.get(id);
    if (!metric) return '';
    return `${metric.description[language()] ?? metric.description.en}\n${metric.formula} (${metric.standard})`;
  }

  /**
   * The target that applies to a measure in a scope: court and category, court, category, every scope — the most
   * specific one set by an administrator — else, for a share within a time standard of one category, that
   * category's standard (e.g. 75 % within 180 days), else the catalogue's default. Regions and the nation use the
   * general one.
   */
  target(metricId, courtId, category) {
    const set = this.targets.filter(x => x.metric === metricId
      && (x.courtId == null || x.courtId === courtId) && (x.category == null || x.category === category));
    const rank = x => (x.courtId != null ? 2 : 0) + (x.category != null ? 1 : 0);
    const best = set.sort((a, b) => rank(b) - rank(a))[0];
    const tier = /^within_standard_(\d)$/.exec(metricId)?.[1];
    const standard = tier && category ? this.timeStandards.find(s => s.category === category && s.tier === Number(tier)) : null;
    return best?.target ?? standard?.targetShare ?? this.metrics.get(metricId)?.target ?? null;
  }

  /** Whether a value meets its measure's target: true, false, or null when either is unknown. */
  meets(metricId, value, target) {
    const direction = this.metrics.get(metricId)?.direction;
    if (value == null || target == null || direction === 'neutral') return null;
    return direction === 'lower' ? value <= target : value >= target;
  }

  scopeName(scope) {
    const [kind, id] = scope.split(':');
    if (kind === 'court') return this.courts.find(c => c.id === Number(id))?.name ?? scope;
    if (kind === 'region') return this.regions.find(r => r.id === Number(id))?.name ?? scope;
    return t('national');
  }

  regionOfCourt(courtId) {
    return this.courts.find(c => c.id === courtId)?.regionId ?? null;
  }
}
