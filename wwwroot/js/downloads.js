// The clearance-rate chart's download menu: server-rendered PNG and SVG (same numbers, title and "data as of"
// as the screen), and the chart's own data as CSV built here from the snapshot on screen.
import { viewQuery } from './view.js';

const imageSize = { width: 1600, height: 900 };

function csvOf(snapshot) {
  const header = 'period,incoming,resolved,clearance_rate';
  // Invariant formatting (dot decimals, no separators) so spreadsheets in any locale read it the same way.
  const rows = snapshot.points.map(p =>
    [p.period, p.incoming, p.resolved, p.clearanceRate == null ? '' : p.clearanceRate.toFixed(4)].join(','));
  return [header, ...rows].join('\r\n') + '\r\n';
}

const fileStem = (view, extension) =>
  `clearance-rate_${view.scope.replace(':', '-')}_${view.granularity}.${extension}`;

export class DownloadMenu {
  #snapshot = null;
  #view = null;

  constructor() {
    this.menu = document.getElementById('download-menu');
    this.png = document.getElementById('download-png');
    this.svg = document.getElementById('download-svg');
    document.getElementById('download-csv').addEventListener('click', () => this.#downloadCsv());
    // A <details> menu opens by itself with keyboard and mouse; close it on Escape, a choice or a click outside.
    document.addEventListener('keydown', event => {
      if (event.key === 'Escape' && this.menu.open) {
        this.menu.open = false;
        this.menu.querySelector('summary').focus();
      }
    });
    document.addEventListener('click', event => {
      if (this.menu.open && (!this.menu.contains(event.target) || event.target.closest('a, button'))) this.menu.open = false;
    });
  }

  show(view, snapshot) {
    this.#view = view;
    this.#snapshot = snapshot;
    this.png.href = `api/charts/clearance-rate.png?${viewQuery(view, imageSize)}`;
    this.svg.href = `api/charts/clearance-rate.svg?${viewQuery(view, imageSize)}`;
    this.png.download = fileStem(view, 'png');
    this.svg.download = fileStem(view, 'svg');
  }

  #downloadCsv() {
    if (!this.#snapshot) return;
    const blob = new Blob([csvOf(this.#snapshot)], { type: 'text/csv;charset=utf-8' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = fileStem(this.#view, 'csv');
    link.click();
    // Let the download start before the object URL is released; a long-open tab must not keep blobs alive.
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  }
}
