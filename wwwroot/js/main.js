// Wires the dashboard: the state from the URL, the filters, the one live connection, the current view, the alert
// feed, targets and annotations, and the language.
import { AlertFeed } from './alerts.js';
import { Filters } from './filters.js';
import { formatInstant, formatPeriod, setCurrency } from './format.js';
import { onLanguage, setLanguage, t, translatePage } from './i18n.js';
import { hubMessage, LiveFeed } from './live.js';
import { setFiscalYearStartMonth } from './periods.js';
import { watchSimulation } from './progress.js';
import { renderReporting, showReporting } from './reporting.js';
import { firstRead } from './first-reads.js';
import { getJson, persistently, Reference } from './reference.js';
import { rangeOf, requestKey, scopeOf, stateFromUrl, stateKey, urlForState } from './state.js';
import { CourtView } from './views/court-view.js';
import { definitions } from './views/definitions.js';
import { MapView } from './views/map-view.js';
import { MeasuresView } from './views/measures-view.js';
import { RankingView } from './views/ranking-view.js';

const byId = id => document.getElementById(id);
const reference = new Reference();
const alerts = new AlertFeed(byId('alert-list'), reference);
let state = stateFromUrl(location.href);
let view = null;
let shown = new Map();      // request key → newest version on screen
let annotations = [];
let asOf = null;
let connection = 'connecting';

const context = {
  reference,
  get state() { return state; },
  annotations: () => annotations,
  choose: change => open({ ...state, ...change }, true),
  notice: showNotice,
};

function showNotice(message) {
  const notice = byId('notice');
  notice.textContent = message ?? '';
  notice.hidden = !message;
}

function renderConnection(next = connection) {
  connection = next;
  const element = byId('connection');
  element.dataset.state = next;
  element.querySelector('.connection-text').textContent = t(next);
}

function renderHeading() {
  const name = reference.scopeName(scopeOf(state));
  byId('scope-name').textContent = name;
  const { from, to } = rangeOf(state);
  byId('period').textContent = `${t(state.view)} · ${formatPeriod(from, 'range')} – ${formatPeriod(to, 'range')}`;
  document.title = `${name} · ${t(state.view)} · CourtMetrics`;
}

function renderAsOf() {
  const element = byId('as-of');
  element.textContent = formatInstant(asOf);
  if (asOf) element.dateTime = asOf;
}

function receive(update) {
  if (!view || !current.has(update.key)) return;
  if ((shown.get(update.key) ?? -1) > update.version) return; // an answer overtaken by a push
  shown.set(update.key, update.version);
  if (update.asOf && (!asOf || update.asOf > asOf)) {
    asOf = update.asOf;
    renderAsOf();
  }
  document.body.removeAttribute('aria-busy');
  showNotice(null);
  view.apply(update.series);
  firstShown();
}

let current = new Map();   // key → request of the view on screen

// What the first view does not need waits until its first numbers are on screen (2 s at most): the alert feed and
// the demo's progress would share the two ends' time with the first reads.
let firstShown;
const shownFirst = new Promise(resolve => { firstShown = resolve; });
setTimeout(firstShown, 2000);

const feed = new LiveFeed({
  onUpdate: receive,
  onState: renderConnection,
  onError: showNotice,
  onAlerts: list => alerts.add(list),
  onTargets: () => loadTargets(),
  onAnnotations: () => loadAnnotations(),
  onDataChanged: (version, at) => {
    // the data is newer even where this view's numbers did not change
    if (at && (!asOf || at > asOf)) {
      asOf = at;
      renderAsOf();
    }
  },
});

async function loadAnnotations() {
  const { from, to } = rangeOf(state);
  const key = stateKey(state);
  const list = await getJson(`api/annotations?${new URLSearchParams({ scope: scopeOf(state), from, to })}`).catch(() => null);
  if (list && key === stateKey(state)) {
    annotations = list;
    view?.refresh();
  }
}

/** The targets in force where the view looks, read from the server for each view and again when they change. */
async function loadTargets() {
  const shownView = view;
  if (!shownView) return;
  await shownView.loadTargets().catch(error => showNotice(error.message));
  if (shownView === view) view.refresh();
}

function createView() {
  const main = byId('view');
  view?.dispose();
  main.replaceChildren();
  main.dataset.view = state.view;
  view = state.view === 'ranking' ? new RankingView(main, context)
    : state.view === 'map' ? new MapView(main, context)
    : state.view === 'court' ? new CourtView(main, context)
    : new MeasuresView(main, definitions[state.view], context);
  translatePage(main);
}

function open(wanted, addToHistory) {
  const next = reference.within(wanted);
  if (view && stateKey(next) === stateKey(state)) return;
  state = next;
  reference.category = state.category ?? null;
  if (addToHistory) history.pushState(null, '', urlForState(state, location.href));
  filters.show(state);
  renderHeading();
  createView();
  shown = new Map();
  const requests = view.requests(state);
  current = new Map(requests.map(r => [requestKey(r), r]));
  document.body.setAttribute('aria-busy', requests.length > 0 ? 'true' : 'false');
  if (requests.length === 0) firstShown();
  feed.watch(requests);
  loadAnnotations();
  loadTargets();
  showReporting(state);
  // Without a live connection, still show the numbers once over HTTP; the feed catches up when it connects.
  if (!feed.connected) {
    for (const request of requests) {
      const query = new URLSearchParams(Object.entries(request).filter(([, v]) => v != null));
      getJson(`api/measures?${query}`).then(
        series => receive({ key: requestKey(request), version: -1, asOf: null, series }),
        error => {
          showNotice(hubMessage(error));
          firstShown();
        });
    }
  }
}

function changeLanguage(code) {
  setLanguage(code);
}

onLanguage(() => {
  translatePage();
  filters.relabel();
  renderConnection();
  renderHeading();
  renderAsOf();
  alerts.render();
  renderReporting();
  view?.relabel();
});

translatePage();
renderConnection();
// The footer's version: /health says which version answers (it answers while the database is down too).
fetch('health').then(response => response.json()).then(health => { byId('version').textContent = health.version; }).catch(() => {});
// A real instance before its first import: say so, rather than draw zeros as if the courts had done nothing.
// Amounts are written in the court system's currency; budgets run by its fiscal year. (Read beside the reference.)
const [, dataState] = await Promise.all([persistently(() => reference.load(firstRead)), firstRead('api/data-state').catch(() => null)]);
if (dataState) {
  byId('no-data').hidden = dataState.hasData;
  document.body.toggleAttribute('data-no-data', !dataState.hasData);
  setCurrency(dataState.currency);
  setFiscalYearStartMonth(dataState.fiscalYearStartMonth);
}
const filters = new Filters(reference, change => open({ ...state, ...change }, true), changeLanguage);
window.addEventListener('popstate', () => open(stateFromUrl(location.href), false));
open(state, false);
feed.start();
shownFirst.then(() => {
  alerts.load().catch(() => alerts.render());
  watchSimulation();
});
