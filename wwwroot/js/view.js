// The view (scope + granularity) lives in the URL, so a link reproduces what its sender saw and the
// browser's back/forward buttons move between views. Defaults are left out to keep links short.

export const defaultView = Object.freeze({ scope: 'nation', granularity: 'month' });

const scopePattern = /^(nation|region:[1-9]\d{0,6}|court:[1-9]\d{0,6})$/;

/** The view a URL asks for; anything malformed falls back to the default rather than failing. */
export function viewFromUrl(url) {
  const params = new URL(url).searchParams;
  const scope = params.get('scope') ?? '';
  const granularity = params.get('granularity') ?? '';
  return {
    scope: scopePattern.test(scope) ? scope : defaultView.scope,
    granularity: granularity === 'day' ? 'day' : defaultView.granularity,
  };
}

export function urlForView(view, current) {
  const url = new URL(current);
  url.searchParams.delete('scope');
  url.searchParams.delete('granularity');
  if (view.scope !== defaultView.scope) url.searchParams.set('scope', view.scope);
  if (view.granularity !== defaultView.granularity) url.searchParams.set('granularity', view.granularity);
  return url.toString();
}

export const viewKey = view => `${view.scope}|${view.granularity}`;

export const sameView = (a, b) => !!a && !!b && viewKey(a) === viewKey(b);

/** "region:3" → { kind: 'region', id: 3 }. */
export function parseScope(scope) {
  const [kind, id] = scope.split(':');
  return { kind, id: id ? Number(id) : null };
}

/** Query string for the server's case-flow and chart endpoints. */
export function viewQuery(view, extra = {}) {
  return new URLSearchParams({ scope: view.scope, granularity: view.granularity, ...extra }).toString();
}
