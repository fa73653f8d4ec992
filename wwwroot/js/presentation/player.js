// Plays a playlist: one slide on screen, the next after the interval, keys to move, pause and jump. Each slide's
// series is watched live the whole time, so a slide shows its newest numbers the moment it comes up, and the
// one on screen is redrawn in place when its numbers change. Its large figures count up once as it appears.
import { requestKey } from '../state.js';
import { SlideChart } from './chart.js';
import { renderRows } from './comparison.js';
import { CountUp } from './countup.js';
import { Frames } from './frames.js';
import { MapSlide, spanName } from './map-slide.js';
import { change, figure, isChange, periodName } from './numbers.js';
import { requestsFor, latest } from './series.js';
import { text } from './strings.js';
import { labelIn } from '../views/definitions.js';

const $ = id => document.getElementById(id);

/** Sets the big number, shrunk only as far as needed to fit its column (a long amount on a narrow screen). */
function fit(element, value) {
  if (element.textContent === value) return;
  element.style.fontSize = '';
  element.textContent = value;
  const room = element.clientWidth;
  if (element.scrollWidth > room) element.style.fontSize = `${parseFloat(getComputedStyle(element).fontSize) * room / element.scrollWidth * 0.98}px`;
}

export class Player {
  #index = 0;
  #changes = 0;
  #paused = false;
  #timer = 0;
  #series = new Map();   // request key → newest series
  #versions = new Map(); // request key → its version, so an answer overtaken by a push is dropped
  #chart;
  #map;

  #countUp;
  #frames;

  /**
   * @param {{ playlist, metrics: Map, scopeName(lang): string, regionName(lang): (id, code) => string, nameOf(metric, lang): string,
   *           comparisons, intervalMs: number, systemNames: object, address: string }} setup
   */
  constructor(setup) {
    Object.assign(this, setup);
    this.slides = setup.playlist.slides.filter(s => s.kind === 'title' || s.kind === 'closing' || setup.metrics.has(s.metric));
    this.requests = this.slides.map(s => requestsFor(s, setup.metrics, setup.playlist.scope));
    // Accelerated (tests), or a screen that asks for less motion: no fade, no counting, charts drawn at once.
    this.instant = setup.intervalMs < 2000 || matchMedia('(prefers-reduced-motion: reduce)').matches;
    this.#chart = new SlideChart($('chart'), { animate: !this.instant });
    this.#countUp = new CountUp({ enabled: !this.instant });
    this.#frames = new Frames({ ...setup, countUp: this.#countUp });
    this.#map = new MapSlide($('map'));
    $('stage').classList.toggle('instant', this.instant);
  }

  /** Every slide's series, each once. */
  get requestsToWatch() {
    return [...new Map(this.requests.flat().map(r => [requestKey(r), r])).values()];
  }

  start() {
    this.show(0);
  }

  receive(update) {
    if ((this.#versions.get(update.key) ?? -Infinity) > update.version) return;
    this.#versions.set(update.key, update.version);
    this.#series.set(update.key, update.series);
    if (this.requests[this.#index].some(r => requestKey(r) === update.key)) this.#render();
  }

  next() { this.show(this.#index + 1); }
  previous() { this.show(this.#index - 1); }
  jump(index) { if (index < this.slides.length) this.show(index); }

  togglePause() {
    this.#paused = !this.#paused;
    $('stage').dataset.paused = String(this.#paused);
    this.#schedule();
  }

  show(index) {
    const count = this.slides.length;
    this.#index = ((index % count) + count) % count;
    this.#changes++;
    const stage = $('stage');
    stage.dataset.index = String(this.#index);
    stage.dataset.changes = String(this.#changes);
    this.#countUp.begin();
    if (!this.instant) {
      stage.classList.add('changing');
      setTimeout(() => stage.classList.remove('changing'), 30);
    }
    this.#render();
    this.#schedule();
  }

  #schedule() {
    clearTimeout(this.#timer);
    if (!this.#paused) this.#timer = setTimeout(() => this.next(), this.intervalMs);
  }

  #render() {
    const { language: lang, captionLanguage: second } = this.playlist;
    const slide = this.slides[this.#index];
    const stage = $('stage');
    stage.dataset.kind = slide.kind;
    stage.dataset.metric = slide.metric ?? '';
    // A court's or region's name is the same in every language: shown once. A map is the nation's.
    const scopeName = l => (slide.kind === 'map' ? text(l, 'national') : this.scopeName(l));
    $('scope').textContent = [...new Set([scopeName(lang), second && scopeName(second)])].filter(Boolean).join(' · ');
    $('position').textContent = text(lang, 'slideOf', this.#index + 1, this.slides.length);
    if (slide.kind !== 'comparison') $('comparison').replaceChildren(); // the element count stays that of the slide shown
    if (slide.kind !== 'map') this.#map.hide();
    if (slide.kind === 'title') {
      const requests = this.requests[this.#index];
      this.#frames.title(slide, lang, second, family => this.#series.get(requestKey(requests.find(r => r.family === family))));
      return;
    }
    if (slide.kind === 'closing') {
      this.#frames.closing(lang, second);
      return;
    }
    $('lead').textContent = '';
    const metric = this.metrics.get(slide.metric);
    const series = this.#series.get(requestKey(this.requests[this.#index][0]));
    const now = latest(series, metric.id);
    const titleOf = l => {
      const name = this.nameOf(metric, l);
      return slide.kind === 'comparison' ? text(l, 'comparison', name) : slide.kind === 'chart' ? text(l, 'trend', name)
        : slide.kind === 'map' ? labelIn(l, 'mapTitle', name) : name;
    };
    $('title').textContent = titleOf(lang);
    $('caption').textContent = second ? titleOf(second) : '';
    // Sized for the figure it ends on, then counted up to it.
    const value = $('value');
    fit(value, figure(lang, metric.unit, now.value));
    this.#countUp.show(value, now.value, v => figure(lang, metric.unit, v));
    this.#trend(metric, series, now, lang, second);
    $('period').textContent = !now.period ? text(lang, 'noData')
      : series.granularity === 'range' ? spanName(lang, series)
      : periodName(lang, now.period, series.granularity) + (now.toDate ? ` ${text(lang, 'toDate')}` : '');
    if (slide.kind === 'comparison') {
      const own = { value: now.value, scopeName: this.scopeName(lang), periodName: $('period').textContent };
      renderRows($('comparison'), this.comparisons.rows(slide, lang, metric.unit, own), metric.unit);
    } else if (slide.kind === 'map') {
      this.#map.show(lang, metric, series, this.regionName(lang)); // a failed read shows as the corner mark
    } else {
      this.#chart.show(lang, metric.unit, series, metric.id);
    }
  }

  #trend(metric, series, now, lang, second) {
    const trend = $('trend');
    const versus = series?.granularity === 'year' ? 'versusYear' : 'versusMonth';
    const shown = change(lang, metric.unit, now.delta);
    const good = !isChange(lang, metric.unit, now.delta) || metric.direction === 'neutral' ? null
      : (now.delta > 0) === (metric.direction === 'higher');
    if (good == null) delete trend.dataset.good; else trend.dataset.good = String(good);
    const small = document.createElement('small');
    small.textContent = shown ? [text(lang, versus), second && text(second, versus)].filter(Boolean).join(' · ') : '';
    trend.replaceChildren(shown, small);
  }
}
