// The live alert feed: targets crossed, newest first. It keeps the newest 30 in the page, so a tab left open for
// days does not grow.
import { formatTime, formatValue } from './format.js';
import { t } from './i18n.js';
import { getJson } from './reference.js';

const kept = 30;

export class AlertFeed {
  #alerts = [];

  constructor(list, reference) {
    this.list = list;
    this.reference = reference;
  }

  async load() {
    this.#alerts = await getJson(`api/alerts?limit=${kept}`);
    this.render();
  }

  add(alerts) {
    const known = new Set(this.#alerts.map(a => a.id));
    const fresh = alerts.filter(a => !known.has(a.id));
    this.#alerts = [...fresh, ...this.#alerts].slice(0, kept);
    this.render(new Set(fresh.map(a => a.id)));
  }

  render(fresh = new Set()) {
    const items = this.#alerts.map(alert => {
      const unit = this.reference.metric(alert.metric)?.unit;
      const item = document.createElement('li');
      item.className = alert.met ? 'alert met' : 'alert missed';
      if (fresh.has(alert.id)) item.classList.add('fresh');
      const time = document.createElement('time');
      time.dateTime = alert.raisedAt;
      time.textContent = formatTime(alert.raisedAt);
      const what = document.createElement('span');
      const known = alert.scope === 'nation' || this.reference.scopeName(alert.scope) !== alert.scope;
      const scope = known ? this.reference.scopeName(alert.scope) : alert.scopeName;
      const category = alert.category ? ` · ${alert.category}` : '';
      what.textContent = `${scope}${category}: ${this.reference.name(alert.metric)} ${t(alert.met ? 'alertMet' : 'alertMissed',
        formatValue(unit, alert.target), formatValue(unit, alert.value))}`;
      item.append(time, ' ', what);
      return item;
    });
    if (items.length === 0) {
      const empty = document.createElement('li');
      empty.className = 'empty';
      empty.textContent = t('noAlerts');
      items.push(empty);
    }
    this.list.replaceChildren(...items);
  }
}
