// Every label of the dashboard in English, Kazakh and Russian. Measure names are not here: they come from the
// metric catalogue (catalogue.js); the labels the chart images draw too (chart titles, scope, period, "data as
// of") are in views/charts.json, merged here. The choice persists in this browser; ?lang= in a link overrides it once.
import { sharedLabels } from './views/definitions.js';

const strings = {
  ranking: ['Court ranking', 'Соттар рейтингі', 'Рейтинг судов'],
  court: ['Court page', 'Сот беті', 'Страница суда'],
  skip: ['Skip to the measures', 'Көрсеткіштерге өту', 'Перейти к показателям'],
  views: ['Views', 'Көріністер', 'Разделы'],
  region: ['Region', 'Өңір', 'Регион'],
  courtLabel: ['Court', 'Сот', 'Суд'],
  allCourts: ['All courts', 'Барлық соттар', 'Все суды'],
  myCourts: ['My courts', 'Менің соттарым', 'Мои суды'],
  category: ['Category', 'Санат', 'Категория'],
  period: ['Period', 'Кезең', 'Период'],
  last12: ['Last 12 months', 'Соңғы 12 ай', 'Последние 12 месяцев'],
  ytd: ['This year', 'Биылғы жыл', 'Текущий год'],
  lastYear: ['Last year', 'Өткен жыл', 'Прошлый год'],
  last5: ['Last 5 years', 'Соңғы 5 жыл', 'Последние 5 лет'],
  last30: ['Last 30 days', 'Соңғы 30 күн', 'Последние 30 дней'],
  custom: ['Custom range', 'Өз кезеңім', 'Свой период'],
  from: ['From', 'Басы', 'С'],
  to: ['To', 'Соңы', 'По'],
  granularity: ['Granularity', 'Бөлшектеу', 'Детализация'],
  language: ['Language', 'Тіл', 'Язык'],
  connecting: ['Connecting…', 'Қосылуда…', 'Подключение…'],
  connected: ['Connected', 'Қосылды', 'Подключено'],
  reconnecting: ['Reconnecting…', 'Қайта қосылуда…', 'Переподключение…'],
  offline: ['Offline · retrying', 'Байланыс жоқ · қайталануда', 'Нет связи · повтор'],
  target: ['target {0}', 'мақсат {0}', 'цель {0}'],
  targetMet: ['meets its target {0}', 'мақсатқа жетті: {0}', 'цель {0} достигнута'],
  targetMissed: ['misses its target {0}', 'мақсатқа жетпеді: {0}', 'цель {0} не достигнута'],
  versus: ['{0} vs {1}', '{1} салыстырғанда {0}', '{0} к {1}'],
  noChange: ['no change vs {0}', '{0} салыстырғанда өзгеріс жоқ', 'без изменений к {0}'],
  percentPoints: ['pp', 'п.т.', 'п. п.'],
  alerts: ['Alerts', 'Ескертулер', 'Оповещения'],
  noAlerts: ['No alerts yet.', 'Әзірге ескерту жоқ.', 'Оповещений пока нет.'],
  reportedCoarser: [
    '{0} court(s) here report {1}: a shorter period their report spans is left empty, not counted as zero. Choose a longer period to see their figures.',
    'Мұндағы {0} сот есебін {1} береді: есеп қамтитын қысқа кезең нөл емес, бос қалады. Олардың көрсеткіштерін көру үшін ұзағырақ кезеңді таңдаңыз.',
    'Суды здесь ({0}) отчитываются {1}: более короткий период внутри их отчёта остаётся пустым, а не нулевым. Выберите более длинный период, чтобы увидеть их показатели.'],
  notReported: [
    'Not reported: the courts here send statistical reports, which give no case durations. Durations need case rows.',
    'Есепте жоқ: мұндағы соттар статистикалық есеп береді, онда істерді қарау мерзімі жоқ. Мерзімдер үшін іс деректері керек.',
    'Не отчитываются: суды здесь присылают статистические отчёты, в которых нет сроков рассмотрения. Для сроков нужны данные по делам.'],
  'reported-year': ['yearly', 'жыл сайын', 'ежегодно'],
  'reported-half-year': ['half-yearly', 'жарты жыл сайын', 'раз в полгода'],
  'reported-quarter': ['quarterly', 'тоқсан сайын', 'ежеквартально'],
  'reported-month': ['monthly', 'ай сайын', 'ежемесячно'],
  noDataYet: ['No data has been loaded yet', 'Деректер әлі жүктелген жоқ', 'Данные ещё не загружены'],
  noDataYetDetail: [
    'The measures appear here as soon as an administrator has defined the court system and loaded its cases, reports or budgets.',
    'Әкімші сот жүйесін анықтап, оның істерін, есептерін немесе бюджетін жүктегеннен кейін көрсеткіштер осында шығады.',
    'Показатели появятся здесь, как только администратор опишет судебную систему и загрузит её дела, отчёты или бюджеты.'],
  alertMissed: ['fell below its target {0}: {1}', 'мақсатынан {0} төмендеді: {1}', 'ниже цели {0}: {1}'],
  alertMet: ['back on target {0}: {1}', 'мақсатына {0} қайта жетті: {1}', 'снова в пределах цели {0}: {1}'],
  search: ['Search courts', 'Сотты іздеу', 'Поиск суда'],
  measure: ['Measure', 'Көрсеткіш', 'Показатель'],
  family: ['Measures', 'Көрсеткіштер тобы', 'Группа показателей'],
  worstFirst: ['Worst first by the chosen measure; click a heading to sort.', 'Таңдалған көрсеткіш бойынша ең нашарлары басында; сұрыптау үшін тақырыпты басыңыз.', 'Сначала худшие по выбранному показателю; нажмите на заголовок для сортировки.'],
  rank: ['Rank', 'Орын', 'Место'],
  regionColumn: ['Region', 'Өңір', 'Регион'],
  chooseCourt: ['Choose a court in the filters to see its page.', 'Бетін көру үшін сүзгіден сотты таңдаңыз.', 'Выберите суд в фильтрах, чтобы открыть его страницу.'],
  download: ['Download', 'Жүктеу', 'Скачать'],
  csv: ['Data (CSV)', 'Деректер (CSV)', 'Данные (CSV)'],
  xlsx: ['Data (Excel)', 'Деректер (Excel)', 'Данные (Excel)'],
  png: ['Image (PNG)', 'Сурет (PNG)', 'Изображение (PNG)'],
  svg: ['Vector (SVG)', 'Вектор (SVG)', 'Вектор (SVG)'],
  loadingHistory: ['Loading demo history… {0}', 'Демо тарих жүктелуде… {0}', 'Загрузка демо-истории… {0}'],
  administration: ['Administration', 'Әкімшілік', 'Администрирование'],
  version: ['Version', 'Нұсқа', 'Версия'],
  headlineMeasures: ['Headline measures', 'Негізгі көрсеткіштер', 'Основные показатели'],
  noPeriods: ['No periods yet', 'Әзірге кезең жоқ', 'Периодов пока нет'],
  packs: ['All charts', 'Барлық диаграммалар', 'Все графики'],
  packSize: ['Image size', 'Сурет өлшемі', 'Размер изображений'],
  zip: ['Images (ZIP)', 'Суреттер (ZIP)', 'Изображения (ZIP)'],
  pptx: ['Slides (PPTX)', 'Слайдтар (PPTX)', 'Слайды (PPTX)'],
  pdf: ['Document (PDF)', 'Құжат (PDF)', 'Документ (PDF)'],
  mapHint: ['Each region over the period against its target. Point at a region for its figure; click it to open the region.',
    'Әр өңір кезең бойынша мақсатымен салыстырылады. Көрсеткішін көру үшін өңірді нұсқаңыз; өңірді ашу үшін басыңыз.',
    'Каждый регион за период в сравнении с целью. Наведите на регион, чтобы увидеть показатель; нажмите, чтобы открыть регион.'],
  mapNothing: ['No measure has a target here, so there is nothing to colour the regions by.',
    'Мұнда мақсаты бар көрсеткіш жоқ, сондықтан өңірлерді бояуға негіз жоқ.',
    'Здесь нет показателей с целью, поэтому регионы не по чему раскрасить.'],
  ...sharedLabels,
};

export const languages = [
  { code: 'en', name: 'English', locale: 'en-GB' },
  { code: 'kk', name: 'Қазақша', locale: 'kk-KZ' },
  { code: 'ru', name: 'Русский', locale: 'ru-RU' },
];
const index = { en: 0, kk: 1, ru: 2 };
const storageKey = 'courtmetrics.language';

function initialLanguage() {
  const asked = new URL(location.href).searchParams.get('lang');
  if (asked in index) return asked;
  try {
    const saved = localStorage.getItem(storageKey);
    if (saved in index) return saved;
  } catch { /* storage may be disabled: English */ }
  return 'en';
}

let current = initialLanguage();
const listeners = new Set();

export const language = () => current;

export function setLanguage(code) {
  if (!(code in index) || code === current) return;
  current = code;
  try { localStorage.setItem(storageKey, code); } catch { /* not persisted, still switched */ }
  document.documentElement.lang = code;
  for (const listener of listeners) listener(code);
}

export const onLanguage = listener => listeners.add(listener);

/** More labels, as [en, kk, ru] by key: the administrators' pages add theirs (wwwroot/admin/strings.json). */
export function addStrings(table) {
  for (const [key, texts] of Object.entries(table)) strings[key] = texts;
}

/** A label in the current language, with {0}, {1}… filled in. */
export function t(key, ...args) {
  const text = strings[key]?.[index[current]] ?? strings[key]?.[0] ?? key;
  return args.reduce((s, arg, i) => s.replace(`{${i}}`, arg), text);
}

/** Static labels: every element with data-i18n="key" (text), data-i18n-html="key" (a label of ours holding markup:
 * <code>, links) or data-i18n-label="key" (aria-label, placeholder). */
export function translatePage(root = document) {
  document.documentElement.lang = current;
  for (const element of root.querySelectorAll('[data-i18n]')) element.textContent = t(element.dataset.i18n);
  for (const element of root.querySelectorAll('[data-i18n-html]')) element.innerHTML = t(element.dataset.i18nHtml);
  for (const element of root.querySelectorAll('[data-i18n-label]')) {
    element.setAttribute('aria-label', t(element.dataset.i18nLabel));
    if ('placeholder' in element) element.placeholder = t(element.dataset.i18nLabel);
  }
}
