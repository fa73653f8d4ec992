// "All charts" of a view: every chart as PNGs in a ZIP or as a PowerPoint deck (a title slide and one slide per
// chart) at a chosen size, or as a vector PDF (one A4 page per chart, whatever the size), in the current language,
// for the scope, category, period and granularity on screen.
import { language, t } from '../i18n.js';
import { rangeOf, scopeOf } from '../state.js';
import { closeOnEscape } from './chart-card.js';

const sizes = ['1200x600', '1600x900', '1920x1080', '800x400'];

export class ChartPacks {
  constructor(container, view, state) {
    this.view = view;
    this.state = state;
    const menu = document.createElement('details');
    menu.className = 'menu packs';
    menu.innerHTML = `<summary data-i18n="packs"></summary><ul>
      <li><label><span data-i18n="packSize"></span> <select>${sizes.map(s => `<option value="${s}">${s.replace('x', ' × ')}</option>`).join('')}</select></label></li>
      <li><a data-format="zip" data-i18n="zip" download></a></li><li><a data-format="pptx" data-i18n="pptx" download></a></li><li><a data-format="pdf" data-i18n="pdf" download></a></li></ul>`;
    container.append(menu);
    closeOnEscape(menu);
    this.size = menu.querySelector('select');
    this.links = [...menu.querySelectorAll('a[data-format]')];
    this.size.addEventListener('change', () => this.relabel());
    this.relabel();
  }

  /** The links carry the language, so they are rebuilt with it. */
  relabel() {
    const [width, height] = this.size.value.split('x');
    const { from, to } = rangeOf(this.state);
    const query = new URLSearchParams({ scope: scopeOf(this.state), granularity: this.state.granularity, from, to, width, height, lang: language() });
    if (this.state.category) query.set('category', this.state.category);
    for (const link of this.links) link.href = `api/charts/views/${this.view}.${link.dataset.format}?${query}`;
    this.size.setAttribute('aria-label', t('packSize'));
  }
}
