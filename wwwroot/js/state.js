// What the dashboard shows lives in the URL — view, region, court, category, period, granularity and the measure of
// the ranking and the map — so a link
// reproduces what its sender saw and back/forward move between views. Defaults are left out to keep links short;
// anything malformed falls back to a default rather than failing.

export const viewNames = ['overview', 'case-flow', 'durations', 'digital', 'budget', 'ranking', 'map', 'court'];
export const presets = ['last12', 'ytd', 'lastYear', 'last5', 'last30', 'custom'];
export const granularities = ['day', 'month', 'quarter', 'year'];

export const defaults = Object.freeze({
  view: 'overview', region: null, court: null, category: null, period: 'last12', from: null, to: null, granularity: 'month',
  measure: null,
});

const positive = text => /^[1-9]\d{0,6}$/.test(text ?? '') ? Number(text) : null;
const isoDate = text => /^\d{4}-\d{2}-\d{2}$/.test(text ?? '') && !Number.isNaN(Date.parse(text)) ? text : null;

export function stateFromUrl(url) {
  const p = new URL(url).searchParams;
  const state = {
    view: viewNames.includes(p.get('view')) ? p.get('view') : defaults.view,
    region: positive(p.get('region')),
    court: positive(p.get('court')),
    category: /^[\w-]{1,50}$/.test(p.get('category') ?? '') ? p.get('category') : null,
    period: presets.includes(p.get('period')) ? p.get('period') : defaults.period,
    from: isoDate(p.get('from')),
    to: isoDate(p.get('to')),
    granularity: granularities.includes(p.get('granularity')) ? p.get('granularity') : defaults.granularity,
    measure: /^[a-z0-9_]{1,60}$/.test(p.get('measure') ?? '') ? p.get('measure') : null,
  };
  // The old links of the case-flow page: ?scope=region:2|court:11
  const [kind, id] = (p.get('scope') ?? '').split(':');
  if (kind === 'region' && positive(id)) state.region = Number(id);
  if (kind === 'court' && positive(id)) state.court = Number(id);
  if (state.period === 'custom' && !(state.from && state.to && state.from <= state.to)) state.period = defaults.period;
  if (state.period !== 'custom') state.from = state.to = null;
  return state;
}

export function urlForState(state, current) {
  const url = new URL(current);
  for (const key of [...Object.keys(defaults), 'scope']) url.searchParams.delete(key);
  for (const [key, value] of Object.entries(state)) {
    if (value != null && value !== defaults[key]) url.searchParams.set(key, String(value));
  }
  return url.toString();
}

export const stateKey = state => Object.keys(defaults).map(k => state[k] ?? '').join('|');

/** The scope the filters select: a court, a region, or the nation. */
export const scopeOf = state => state.court ? `court:${state.court}` : state.region ? `region:${state.region}` : 'nation';

const iso = date => date.toISOString().slice(0, 10);
const utcDate = (y, m, d) => new Date(Date.UTC(y, m, d));

/** The dates a period covers, as of today (UTC, as the server counts days). */
export function rangeOf(state, now = new Date()) {
  const y = now.getUTCFullYear();
  const m = now.getUTCMonth();
  const today = iso(utcDate(y, m, now.getUTCDate()));
  switch (state.period) {
    case 'custom': return { from: state.from, to: state.to };
    case 'ytd': return { from: iso(utcDate(y, 0, 1)), to: today };
    case 'lastYear': return { from: iso(utcDate(y - 1, 0, 1)), to: iso(utcDate(y - 1, 11, 31)) };
    case 'last5': return { from: iso(utcDate(y - 4, 0, 1)), to: today };
    case 'last30': return { from: iso(utcDate(y, m, now.getUTCDate() - 29)), to: today };
    default: return { from: iso(utcDate(y, m - 11, 1)), to: today };
  }
}

/** A subscription's parameters (as GET /api/measures takes them) for a family over the state's period. */
export function measureRequest(state, family, overrides = {}) {
  const { from, to } = rangeOf(state);
  return {
    family, scope: scopeOf(state), category: state.category, granularity: state.granularity, from, to, ...overrides,
  };
}

export const requestKey = r => [r.family, r.scope, r.category ?? '', r.granularity, r.from, r.to].join('|');
