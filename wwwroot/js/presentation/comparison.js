// A comparison slide: the country's value beside the reference values shipped with the product (CEPEJ, each with
// its edition and data year) and the newest yearly statistics of peer units (imported, /api/yearly-statistics).
// Peers are the slide's own list, or else the first imported countries. Read once; the country's value is live.
import { getJson, persistently } from '../reference.js';
import { bigValue, figure } from './numbers.js';
import { text } from './strings.js';

const maxDefaultPeers = 4;

export class Comparisons {
  #references = [];
  #units = [];
  #peers = new Map(); // code → { name, points }

  async load(playlist) {
    const [references, units] = await Promise.all([
      persistently(() => getJson('api/reference-values')),
      persistently(() => getJson('api/yearly-statistics/units')),
    ]);
    this.#references = references.values;
    this.#units = units;
    const codes = new Set(playlist.slides.filter(s => s.kind === 'comparison').flatMap(s => this.#peerCodes(s)));
    await Promise.all([...codes].map(async code => {
      const unit = await persistently(() => getJson(`api/yearly-statistics?unit=${encodeURIComponent(code)}`));
      this.#peers.set(code, { name: unit.unit.name, points: unit.series.points });
    }));
  }

  #peerCodes(slide) {
    if (slide.peers?.length) return slide.peers;
    const countries = this.#units.filter(u => u.kind === 'country');
    return (countries.length ? countries : this.#units).slice(0, maxDefaultPeers).map(u => u.code);
  }

  /** The rows of a comparison: { who, value, note, own } for the country, each reference value and each peer. */
  rows(slide, lang, unit, own) {
    const rows = [{ who: own.scopeName, value: own.value, shown: figure(lang, unit, own.value), note: own.periodName, own: true }];
    for (const r of this.#references.filter(x => x.metric === slide.metric)) {
      rows.push({
        who: text(lang, r.statistic),
        value: r.currency ? null : r.value,
        shown: bigValue(lang, unit, r.value, r.currency),
        note: `${text(lang, 'reference', r.source, r.edition, r.dataYear)}. ${r.basis[lang] ?? r.basis.en}`,
      });
    }
    for (const code of this.#peerCodes(slide)) {
      const peer = this.#peers.get(code);
      const point = peer?.points.filter(p => p.values[slide.metric] != null).at(-1);
      if (!point) continue;
      rows.push({
        who: peer.name, value: point.values[slide.metric], shown: bigValue(lang, unit, point.values[slide.metric]),
        note: text(lang, 'yearly', code, point.periodStart.slice(0, 4)),
      });
    }
    return rows;
  }
}

/** Replaces the list's items: the element count stays that of the slide shown. */
export function renderRows(list, rows, unit) {
  // Bars only where one scale is shared: money in different currencies gets none.
  const barred = unit !== 'currency' ? rows.filter(r => r.value != null) : [];
  const top = Math.max(...barred.map(r => r.value), 0);
  list.replaceChildren(...rows.map(row => {
    const item = document.createElement('li');
    item.className = row.own ? 'own' : '';
    const who = Object.assign(document.createElement('span'), { className: 'who', textContent: row.who });
    const value = Object.assign(document.createElement('span'), { className: 'figure-value', textContent: row.shown });
    item.append(who, value);
    if (top > 0 && row.value != null) {
      const bar = Object.assign(document.createElement('span'), { className: 'bar' });
      const fill = document.createElement('span');
      fill.style.width = `${Math.max(1, (row.value / top) * 100)}%`;
      bar.append(fill);
      item.append(bar);
    }
    if (row.note) item.append(Object.assign(document.createElement('span'), { className: 'source', textContent: row.note }));
    return item;
  }));
}
