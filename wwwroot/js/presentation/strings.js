// The presentation's own labels in English, Kazakh and Russian, asked for in a given language (a slide shows two
// languages at once when the playlist has captions), and those the deck writes too (views/charts.json: units, the
// title and closing slides' words). Measure names come from the metric catalogue.
import { sharedLabels } from '../views/definitions.js';

const strings = {
  national: ['This country', 'Біздің ел', 'Наша страна'],
  versusMonth: ['vs previous month', 'өткен аймен салыстырғанда', 'к предыдущему месяцу'],
  versusYear: ['vs previous year', 'өткен жылмен салыстырғанда', 'к предыдущему году'],
  comparison: ['{0}: international comparison', '{0}: халықаралық салыстыру', '{0}: международное сравнение'],
  trend: ['{0}: trend', '{0}: серпін', '{0}: динамика'],
  reference: ['{0}, {1} ({2} data)', '{0}, {1} ({2} жылғы деректер)', '{0}, {1} (данные {2} г.)'],
  european_average: ['European average', 'Еуропа бойынша орташа', 'Среднее по Европе'],
  european_median: ['European median', 'Еуропа бойынша медиана', 'Медиана по Европе'],
  yearly: ['{0}, {1}', '{0}, {1}', '{0}, {1}'],
  points: ['pp', 'п.т.', 'п. п.'],
  noChange: ['no change', 'өзгеріс жоқ', 'без изменений'],
  toDate: ['to date', 'бүгінге дейін', 'на сегодня'],
  noData: ['no data yet', 'әзірге дерек жоқ', 'данных пока нет'],
  slideOf: ['{0} / {1}', '{0} / {1}', '{0} / {1}'],
  paused: ['paused', 'кідіртілді', 'пауза'],
};
const index = { en: 0, kk: 1, ru: 2 };

/** A label in the given language, with {0}, {1}… filled in. */
export function text(lang, key, ...args) {
  const template = (strings[key] ?? sharedLabels[key])?.[index[lang] ?? 0] ?? key;
  return args.reduce((s, arg, i) => s.replaceAll(`{${i}}`, arg), template);
}

export const isLanguage = code => code in index;
