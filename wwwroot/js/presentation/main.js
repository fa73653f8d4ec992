// The presentation page (present.html): a playlist (?playlist=<id>, else the showcase) played full screen, kiosk
// style. ?lang= and ?caption= override its languages, ?theme= its theme, ?interval=<ms> its interval (accelerated
// runs). Nothing but the slide is ever on screen: trouble shows only as the corner mark.
import { LiveFeed } from '../live.js';
import { getJson, nameIn, persistently, standardName } from '../reference.js';
import { Comparisons } from './comparison.js';
import { bindKeys } from './controls.js';
import { setCurrency } from './numbers.js';
import { Player } from './player.js';
import { isLanguage, text } from './strings.js';

const mark = document.getElementById('mark');
let misconfigured = false; // a playlist that is not there: the mark stays, whatever the connection does
const markAs = state => { mark.dataset.state = misconfigured ? 'error' : state; };
addEventListener('error', () => markAs('error'));
addEventListener('unhandledrejection', event => { event.preventDefault(); markAs('error'); });

/**
 * The named playlist; a deleted or unknown one plays the showcase rather than nothing. Looked up in the list, not
 * by its own address, so a missing one is no failed request in the console either.
 */
async function playlistOf(id) {
  if (id) {
    const found = (await persistently(() => getJson('api/playlists'))).find(p => String(p.id) === id);
    if (found) return found;
    misconfigured = true;
    markAs('error');
  }
  return persistently(() => getJson('api/playlists/default'));
}

function applyOverrides(playlist, url) {
  const lang = url.searchParams.get('lang');
  const caption = url.searchParams.get('caption');
  const theme = url.searchParams.get('theme');
  if (isLanguage(lang)) playlist.language = lang;
  if (caption === 'none') playlist.captionLanguage = null;
  else if (isLanguage(caption)) playlist.captionLanguage = caption;
  if (playlist.captionLanguage === playlist.language) playlist.captionLanguage = null;
  if (theme === 'dark' || theme === 'light') playlist.theme = theme;
  const interval = Number(url.searchParams.get('interval'));
  return Number.isFinite(interval) && interval >= 20 ? interval : playlist.intervalSeconds * 1000;
}

async function main() {
  const url = new URL(location.href);
  const playlist = await playlistOf(url.searchParams.get('playlist'));
  const intervalMs = applyOverrides(playlist, url);
  document.documentElement.lang = playlist.language;
  document.documentElement.dataset.theme = playlist.theme;

  const [metrics, regions, courts, standardNames, state, publicAddress] = await Promise.all(
    ['api/metrics', 'api/regions', 'api/courts', 'api/measure-names', 'api/data-state', 'api/public-address']
      .map(path => persistently(() => getJson(path))));
  setCurrency(state.currency); // amounts in the court system's currency
  const comparisons = new Comparisons();
  await comparisons.load(playlist);
  const [kind, id] = playlist.scope.split(':');
  const entry = (kind === 'court' ? courts : kind === 'region' ? regions : []).find(x => x.id === Number(id));
  const player = new Player({
    playlist, intervalMs, comparisons,
    metrics: new Map(metrics.map(m => [m.id, m])),
    scopeName: lang => (entry ? nameIn(entry.names, lang, entry.name) : text(lang, 'national')),
    // a share within a time standard by its standard (the server's one rule), else the catalogue's name
    nameOf: (metric, lang) => standardName(standardNames, metric.id, null, lang) ?? metric.name[lang] ?? metric.name.en,
    systemNames: state.names, address: publicAddress.address,
    regionName: lang => (id, code) => {
      const region = regions.find(r => r.id === id);
      return region ? nameIn(region.names, lang, region.name) : code;
    },
  });

  const feed = new LiveFeed({
    onUpdate: update => player.receive(update),
    onState: state => markAs(state === 'connected' ? 'connected' : 'reconnecting'),
    onError: () => markAs('error'),
    onAlerts() {}, onTargets() {}, onAnnotations() {},
  });
  feed.watch(player.requestsToWatch);
  bindKeys(player);
  player.start();
  await feed.start();
}

main().catch(() => markAs('error'));
