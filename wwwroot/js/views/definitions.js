// What each measures view shows: its headline tiles and its charts (measure ids from the catalogue). A chart's
// title is a label (i18n key) when it has several measures, otherwise the measure's catalogue name.
// The definitions, the chart colours and the labels the chart images also draw live in charts.json, which the
// server's image renderer reads too (src/CourtMetrics/Charts/ChartDefinitions.cs): one place for both.
import shared from './charts.json' with { type: 'json' };

export const definitions = shared.views;

/** Chart colours of each theme; the page draws the light one. */
export const themes = shared.themes;

/** How target lines and annotation markers are drawn (dash, width, label, font size), by the page and the images. */
export const marks = shared.marks;

/** Labels as [en, kk, ru], merged into i18n.js's. */
export const sharedLabels = shared.labels;

/** A shared label in a given language (a slide shows two at once), with {0}, {1}… filled in. */
export const labelIn = (lang, key, ...args) => args.reduce((text, arg, i) => text.replaceAll(`{${i}}`, arg),
  shared.labels[key]?.[{ en: 0, kk: 1, ru: 2 }[lang] ?? 0] ?? key);
