// Wires the case-flow page: the view from the URL, the pickers, the live feed, the tiles and the charts.
import { labelMeasures } from './catalogue.js';
import { CaseFlowCharts } from './charts.js';
import { DownloadMenu } from './downloads.js';
import { LiveFeed } from './live.js';
import { Pickers } from './pickers.js';
import { watchSimulation } from './progress.js';
import { renderConnection, renderSummary, showNotice } from './summary.js';
import { sameView, urlForView, viewFromUrl, viewKey, viewQuery } from './view.js';

const byId = id => document.getElementById(id);

const charts = new CaseFlowCharts({
  incoming: byId('chart-incoming'),
  resolved: byId('chart-resolved'),
  pending: byId('chart-pending'),
  clearanceRate: byId('chart-clearance-rate'),
});
const downloads = new DownloadMenu();
const pickers = new Pickers(next => open(next, true));
const feed = new LiveFeed({ onSnapshot: apply, onState: renderConnection, onError: showNotice });

let view = viewFromUrl(location.href);
let shown = null; // { key, version } of the data on screen

/** Shows a snapshot of the current view, unless a newer one of the same view is already on screen. */
function apply(snapshot) {
  if (snapshot.scope !== view.scope || snapshot.granularity !== view.granularity) return;
  const key = viewKey(view);
  if (shown?.key === key && snapshot.version < shown.version) return; // an answer overtaken by a push
  shown = { key, version: snapshot.version };
  document.body.removeAttribute('aria-busy');
  showNotice(null);
  renderSummary(snapshot);
  charts.update(snapshot);
  downloads.show(view, snapshot);
}

async function getJson(path) {
  const response = await fetch(path, { headers: { Accept: 'application/json' } });
  const body = await response.json().catch(() => null);
  if (!response.ok) throw new Error(body?.detail ?? `${path} answered ${response.status}`);
  return body;
}

function open(next, addToHistory) {
  if (sameView(next, view) && shown) return;
  view = next;
  if (addToHistory) history.pushState(null, '', urlForView(view, location.href));
  pickers.show(view);
  if (shown?.key !== viewKey(view)) document.body.setAttribute('aria-busy', 'true');
  feed.show(view);
  // Without a live connection, still show the numbers once over HTTP; the feed catches up when it connects.
  if (!feed.connected) {
    getJson(`api/case-flow?${viewQuery(view)}`).then(apply, error => showNotice(error.message));
  }
}

async function loadCourtSystem() {
  for (let attempt = 0; ; attempt++) {
    try {
      const [regions, courts] = await Promise.all([getJson('api/regions'), getJson('api/courts')]);
      pickers.setReference(regions, courts);
      return;
    } catch {
      await new Promise(resolve => setTimeout(resolve, Math.min(30000, 1000 * 2 ** attempt)));
    }
  }
}

window.addEventListener('popstate', () => open(viewFromUrl(location.href), false));

const first = view;
view = null;
open(first, false);
feed.start();
loadCourtSystem();
watchSimulation();
labelMeasures().catch(() => { /* the built-in English labels stay */ });
