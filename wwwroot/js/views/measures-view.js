// A view of tiles and time charts (overview, case flow, durations, digital access, budget). It asks for one live
// series per catalogue family it uses, and redraws in place whenever one arrives.
import { t } from '../i18n.js';
import { measureRequest, scopeOf } from '../state.js';
import { Tile } from '../tiles.js';
import { chartsReady, TimeChart } from '../timechart.js';
import { ChartCard } from './chart-card.js';
import { ChartPacks } from './chart-packs.js';
import { LikeWithLike } from './like-with-like.js';

export class MeasuresView {
  #tiles = [];
  #charts = [];
  #series = new Map();   // family → the newest series on screen
  #like;                 // what the tiles compare (like-with-like.js)
  #targets = {};         // measure id → the target in force in the scope on screen
  #observer;
  #disposed = false;
  #packs;

  constructor(main, definition, context) {
    this.definition = definition;
    this.context = context;
    this.#like = new LikeWithLike(context, family => this.#series.has(family) && this.#draw(family));
    const { reference } = context;
    const tiles = document.createElement('section');
    tiles.className = 'tiles';
    tiles.setAttribute('aria-label', t('headlineMeasures'));
    main.append(tiles);
    this.#tiles = definition.tiles.filter(id => reference.metric(id)).map(id => new Tile(tiles, id, reference));
    const bar = document.createElement('div');
    bar.className = 'charts-bar';
    main.append(bar);
    this.#packs = new ChartPacks(bar, context.state.view, context.state);
    const charts = document.createElement('section');
    charts.className = 'charts';
    charts.id = 'charts';
    main.append(charts);
    // a chart draws the measures this court system has (the shares within its standards: as many as its tiers)
    this.#charts = definition.charts.map(spec => ({ ...spec, measures: spec.measures.filter(id => reference.metric(id)) }))
      .filter(spec => spec.measures.length > 0)
      .map(spec => ({ spec, card: new ChartCard(charts, spec, reference), chart: null }));
    // The charts come after the view's first reads have gone out (the caller sends them right after this
    // constructor; a promise's callback runs at the earliest once that is done) and once ECharts is there: creating
    // them is the costliest step of the first view, and it overlaps the server's answer instead of preceding it.
    chartsReady.then(() => this.#createCharts());
  }

  #createCharts() {
    if (this.#disposed) return;
    const { reference } = this.context;
    for (const entry of this.#charts) entry.chart = new TimeChart(entry.card.canvas, entry.spec, reference);
    // One observer for every chart box: window resizes and the layout settling after fonts load.
    let queued = false;
    this.#observer = new ResizeObserver(() => {
      if (queued) return;
      queued = true;
      requestAnimationFrame(() => {
        queued = false;
        if (this.#disposed) return; // the reader moved to another view meanwhile: these charts are gone
        for (const { chart } of this.#charts) chart.resize();
      });
    });
    for (const { card } of this.#charts) this.#observer.observe(card.canvas);
    this.refresh(); // the series that arrived first
  }

  #families() {
    const { reference } = this.context;
    const ids = [...this.definition.tiles, ...this.definition.charts.flatMap(c => c.measures)];
    return [...new Set(ids.map(id => reference.metric(id)?.family).filter(Boolean))];
  }

  requests(state) {
    const families = this.#families();
    return [...families.map(family => measureRequest(state, family)), ...this.#like.requests(state, families)];
  }

  /** A family's new series: its tiles and the charts drawing its measures. */
  apply(series) {
    if (this.#like.accept(series)) return;
    this.#series.set(series.family, series);
    this.#draw(series.family);
  }

  /** Reads the targets in force in the view's scope and category (again when they changed). */
  async loadTargets() {
    const { reference, state } = this.context;
    this.#targets = await reference.targetsIn(scopeOf(state), state.category);
  }

  /** Targets or annotations changed: redraw what is on screen. */
  refresh() {
    for (const family of this.#series.keys()) this.#draw(family);
  }

  relabel() {
    for (const tile of this.#tiles) tile.relabel();
    this.#packs.relabel();
    for (const { card, chart } of this.#charts) {
      card.relabel();
      chart?.relabel();
    }
    this.refresh();
  }

  #draw(family) {
    const series = this.#series.get(family);
    const { reference, annotations } = this.context;
    const targetOf = id => this.#targets[id] ?? null;
    const like = this.#like.of(family, series);
    for (const tile of this.#tiles) {
      if (reference.metric(tile.id)?.family === family) tile.update(series, targetOf(tile.id), like);
    }
    for (const { spec, card, chart } of this.#charts) {
      if (!chart || reference.metric(spec.measures[0])?.family !== family) continue;
      const targets = Object.fromEntries(spec.measures.map(id => [id, targetOf(id)]));
      chart.update(series, { targets, annotations: annotations() });
      card.show(series);
    }
  }

  dispose() {
    this.#disposed = true;
    this.#observer?.disconnect();
    for (const { chart } of this.#charts) chart?.dispose();
  }
}

