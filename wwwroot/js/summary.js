// The headline tiles, the scope heading and "data as of": what a delegate reads from across the room.
import { dash, formatCount, formatInstant, formatPeriod, formatRate } from './format.js';

const byId = id => document.getElementById(id);

function setText(id, text) {
  const element = byId(id);
  if (element.textContent !== text) element.textContent = text; // untouched text keeps screen readers quiet
}

/** "+12 vs Oct 2026" under a count; empty when there is no earlier period. */
function change(measure, latest, previous, granularity) {
  if (!latest || !previous) return '';
  const delta = latest[measure] - previous[measure];
  const sign = delta > 0 ? '+' : delta < 0 ? '−' : '±';
  return `${sign}${formatCount(Math.abs(delta))} vs ${formatPeriod(previous.period, granularity)}`;
}

export function renderSummary(snapshot) {
  const points = snapshot.points;
  const latest = points.at(-1);
  const previous = points.at(-2);
  const granularity = snapshot.granularity;

  setText('scope-name', snapshot.scopeName);
  document.title = `${snapshot.scopeName} · Case flow · CourtMetrics`;
  setText('period', latest ? `${granularity === 'day' ? 'Today' : 'This month'}: ${formatPeriod(latest.period, granularity, true)}` : 'No periods yet');

  setText('tile-incoming', formatCount(latest?.incoming));
  setText('tile-resolved', formatCount(latest?.resolved));
  setText('tile-pending', formatCount(latest?.pending));
  setText('tile-clearance-rate', formatRate(latest?.clearanceRate));

  const compare = measure => change(measure, latest, previous, granularity);
  setText('note-incoming', compare('incoming') || 'cases filed');
  setText('note-resolved', compare('resolved') || 'cases decided');
  setText('note-pending', compare('pending') || 'open at period end');

  const rate = latest?.clearanceRate;
  const tile = byId('clearance-tile');
  tile.dataset.status = rate == null ? 'none' : rate >= 1 ? 'met' : 'below';
  setText('note-clearance-rate', rate == null ? 'no cases filed yet' : rate >= 1 ? 'meets the 100% target' : 'below the 100% target');

  const asOf = byId('as-of');
  setText('as-of', snapshot.asOf ? formatInstant(snapshot.asOf) : dash);
  if (snapshot.asOf) asOf.dateTime = snapshot.asOf;
}

const stateText = { connecting: 'Connecting…', connected: 'Connected', reconnecting: 'Reconnecting…', offline: 'Offline · retrying' };

export function renderConnection(state) {
  const element = byId('connection');
  element.dataset.state = state;
  element.querySelector('.connection-text').textContent = stateText[state] ?? state;
}

export function showNotice(message) {
  const notice = byId('notice');
  notice.textContent = message ?? '';
  notice.hidden = !message;
}
