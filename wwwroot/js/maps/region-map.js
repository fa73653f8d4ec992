// The regions' map as SVG, drawn alike on the dashboard (views/map-view.js) and the slides (presentation/map-slide.js)
// and as the server draws its images (src/CourtMetrics/Charts/MapRenderer.cs): the shapes the server projected
// (/api/maps/regions), each filled by its class against the target (/api/maps/figures, which decides the classes) in
// the theme's map colours of views/charts.json, a region without data pale with a dashed edge — never a zero — each
// region's code and figure on it, and a legend naming the classes with the target.
import { themes } from '../views/definitions.js';

const svgNs = 'http://www.w3.org/2000/svg';

/** The classes a legend names: meeting and missing the target and no data always, no target only when it occurs. */
export const legendClasses = figures => ['met', 'missed', 'noData', ...(figures.regions.some(r => r.class === 'noTarget') ? ['noTarget'] : [])];

/** A class as the legend names it, with the target where it has one ("Meets the target (≥ 95.0%)"). */
export function className(cls, figures, text, formatTarget) {
  const lower = figures.direction === 'lower';
  const target = figures.target == null ? '' : formatTarget(figures.target);
  switch (cls) {
    case 'met': return text('mapMet', `${lower ? '≤' : '≥'} ${target}`);
    case 'missed': return text('mapMissed', `${lower ? '>' : '<'} ${target}`);
    case 'noTarget': return text('mapNoTarget');
    default: return text('mapNoData');
  }
}

const element = (name, attributes = {}) => {
  const node = document.createElementNS(svgNs, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
  return node;
};

export class RegionMap {
  /**
   * @param {HTMLElement} area where the SVG goes; @param {HTMLElement} legend an <ul> for the classes
   * @param {{ theme?: string, cellPixels?(): number, onPick?(id: number): void, onHover?(region, figure, target: Element | null): void }} options
   */
  constructor(area, legend, options = {}) {
    Object.assign(this, { area, legend, options });
  }

  /**
   * @param layout /api/maps/regions; @param figures /api/maps/figures
   * @param {{ nameOf(id): string, valueOf(value): string, text(key, ...args): string, formatTarget(v): string, selected?: number }} words
   */
  draw(layout, figures, words) {
    const colours = themes[this.options.theme ?? 'light'].map;
    const byId = new Map(figures.regions.map(r => [r.regionId, r]));
    const pad = Math.max(layout.width, layout.height) * 0.02 + 1;
    const svg = element('svg', {
      viewBox: `${-pad} ${-pad} ${layout.width + 2 * pad} ${layout.height + 2 * pad}`, preserveAspectRatio: 'xMidYMid meet',
      role: 'group', 'aria-label': words.text('mapTitle', ''),
    });
    svg.classList.add('region-map');
    svg.dataset.kind = layout.kind;
    // A few tiles need not fill a wide screen: a tile is at most cellPixels() across, where the caller says so.
    if (layout.kind === 'tiles' && this.options.cellPixels && layout.regions.length > 0) {
      const per = this.options.cellPixels() / Math.sqrt(layout.regions[0].area);
      svg.style.maxWidth = `${(layout.width + 2 * pad) * per}px`;
      svg.style.maxHeight = `${(layout.height + 2 * pad) * per}px`;
      svg.style.margin = '0 auto';
    }
    // Larger regions first: a city region lying in another's hole stays on top, as in the images.
    const ordered = [...layout.regions].sort((a, b) => b.area - a.area);
    for (const region of ordered) svg.append(this.#region(region, byId.get(region.id), colours, layout, words));
    this.area.replaceChildren(svg);
    this.#legend(figures, colours, words);
  }

  #region(region, figure, colours, layout, words) {
    const cls = figure?.class ?? 'noData';
    const { fill, ink } = colours[cls];
    const group = element('g', { 'data-region': region.id, 'data-class': cls, 'data-code': region.code });
    const shown = figure?.value == null ? '—' : words.valueOf(figure.value);
    const name = words.nameOf(region.id, region.code);
    group.setAttribute('aria-label', `${name}: ${figure?.value == null ? words.text('mapNoData') : shown}`);
    if (region.id === words.selected) group.dataset.selected = 'true';
    const path = element('path', {
      d: region.path, 'fill-rule': 'evenodd', fill, stroke: cls === 'noData' ? colours.noDataBorder : colours.border,
      'stroke-width': cls === 'noData' ? 1.5 : 1.2, 'vector-effect': 'non-scaling-stroke',
    });
    if (cls === 'noData') path.setAttribute('stroke-dasharray', '5 4');
    group.append(path);
    // Words fitted into a tile as the images fit them (DejaVu Sans: about 0.62 em a character); outlines small.
    const tile = layout.kind === 'tiles' ? Math.sqrt(region.area) : 0;
    const font = tile ? Math.min(tile * 0.2, tile * 0.9 / (0.62 * Math.max(4, shown.length))) : Math.max(layout.width, layout.height) * 0.014;
    const gap = tile ? tile * 0.16 : font * 0.7;
    for (const [text, dy, weight] of [[region.code, -gap, 700], [shown, gap, 400]]) {
      const label = element('text', {
        x: region.labelX, y: region.labelY + dy, 'text-anchor': 'middle', 'dominant-baseline': 'central',
        'font-size': (weight === 700 ? font : font * 0.92).toFixed(1), 'font-weight': weight, fill: ink, 'pointer-events': 'none',
      });
      label.textContent = text;
      group.append(label);
    }
    const { onPick, onHover } = this.options;
    if (onPick) {
      group.setAttribute('tabindex', '0');
      group.setAttribute('role', 'button');
      group.addEventListener('click', () => onPick(region.id));
      group.addEventListener('keydown', event => {
        if (event.key !== 'Enter' && event.key !== ' ') return;
        event.preventDefault();
        onPick(region.id);
      });
    }
    if (onHover) {
      for (const type of ['pointerenter', 'focus']) group.addEventListener(type, () => onHover(region, figure, group));
      for (const type of ['pointerleave', 'blur']) group.addEventListener(type, () => onHover(region, figure, null));
    }
    return group;
  }

  #legend(figures, colours, words) {
    this.legend.replaceChildren(...legendClasses(figures).map(cls => {
      const item = document.createElement('li');
      item.dataset.class = cls;
      const swatch = document.createElement('span');
      swatch.className = 'swatch';
      swatch.style.background = colours[cls].fill;
      swatch.style.borderColor = cls === 'noData' ? colours.noDataBorder : colours.border;
      item.append(swatch, className(cls, figures, words.text, words.formatTarget));
      return item;
    }));
  }
}
