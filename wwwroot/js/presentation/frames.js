// The slides that open and close a show: the title (the court system's name and its headline figures over the year
// they cover, "to date" while it runs, each with its unit and counting up) and the closing slide (the public
// dashboard's address as a QR code, drawn on the server by a QR library, and in text).
import { figure, periodName } from './numbers.js';
import { latest } from './series.js';
import { text } from './strings.js';

const $ = id => document.getElementById(id);
const element = (tag, className, textContent = '') => Object.assign(document.createElement(tag), { className, textContent });

export class Frames {
  /** @param {{ systemNames: object, scopeName(lang): string, address: string, countUp, nameOf(metric, lang): string, metrics: Map }} setup */
  constructor(setup) {
    Object.assign(this, setup);
  }

  /** The court system's name in a language, else in any it has, else the scope's. */
  systemName(lang) {
    return this.systemNames?.[lang] || Object.values(this.systemNames ?? {})[0] || this.scopeName(lang);
  }

  title(slide, lang, second, seriesOf) {
    $('title').textContent = this.systemName(lang);
    const caption = second ? this.systemName(second) : '';
    $('caption').textContent = caption === $('title').textContent ? '' : caption;
    const figures = (slide.metrics ?? []).filter(id => this.metrics.has(id)).map(id => {
      const metric = this.metrics.get(id);
      const series = seriesOf(metric.family);
      const now = latest(series, id);
      const period = now.period ? periodName(lang, now.period, 'year') + (now.toDate ? ` ${text(lang, 'toDate')}` : '') : text(lang, 'noData');
      return { metric, now, period };
    });
    // The period most figures cover heads the slide; a figure of another period says its own.
    const counts = new Map();
    figures.forEach(f => counts.set(f.period, (counts.get(f.period) ?? 0) + 1));
    const period = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
    $('lead').textContent = text(lang, 'headline', period);

    const list = $('headline');
    const shape = `${lang}|${figures.map(f => f.metric.id).join()}`;
    if (list.dataset.shape !== shape) {
      list.dataset.shape = shape;
      list.replaceChildren(...figures.map(f => {
        const item = element('li', '');
        item.dataset.metric = f.metric.id;
        item.append(element('span', 'figure-value'), element('span', 'figure-name', this.nameOf(f.metric, lang)), element('span', 'figure-note'));
        return item;
      }));
    }
    figures.forEach((f, i) => {
      const [value, , note] = list.children[i].children;
      const unit = f.metric.unit;
      this.countUp.show(value, f.now.value, v => figure(lang, unit, v));
      note.textContent = f.period === period ? '' : f.period;
    });
  }

  closing(lang, second) {
    $('title').textContent = text(lang, 'closingTitle');
    $('caption').textContent = second ? text(second, 'closingTitle') : '';
    $('lead').textContent = '';
    $('address').textContent = this.address ?? '';
    $('hint').textContent = text(lang, 'closingHint');
    const code = $('qr');
    if (!code.getAttribute('src')) code.src = 'api/public-address/qr.svg';
    code.alt = this.address ?? '';
  }
}
