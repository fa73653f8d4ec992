// Every label of the dashboard in English, Kazakh and Russian. Measure names are not here: they come from the
// metric catalogue (catalogue.js). The choice persists in this browser; ?lang= in a link overrides it once.

const strings = {
  overview: ['Overview', 'Шолу', 'Обзор'],
  'case-flow': ['Case flow', 'Істер ағыны', 'Движение дел'],
  durations: ['Case duration', 'Қарау мерзімі', 'Сроки рассмотрения'],
  digital: ['Digital access', 'Цифрлық қолжетімділік', 'Цифровой доступ'],
  budget: ['Budget', 'Бюджет', 'Бюджет'],
  ranking: ['Court ranking', 'Соттар рейтингі', 'Рейтинг судов'],
  court: ['Court page', 'Сот беті', 'Страница суда'],
  skip: ['Skip to the measures', 'Көрсеткіштерге өту', 'Перейти к показателям'],
  views: ['Views', 'Көріністер', 'Разделы'],
  region: ['Region', 'Өңір', 'Регион'],
  national: ['National', 'Республика бойынша', 'Вся страна'],
  courtLabel: ['Court', 'Сот', 'Суд'],
  allCourts: ['All courts', 'Барлық соттар', 'Все суды'],
  category: ['Category', 'Санат', 'Категория'],
  allCategories: ['All categories', 'Барлық санаттар', 'Все категории'],
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
  day: ['Day', 'Күн', 'День'],
  month: ['Month', 'Ай', 'Месяц'],
  quarter: ['Quarter', 'Тоқсан', 'Квартал'],
  year: ['Year', 'Жыл', 'Год'],
  language: ['Language', 'Тіл', 'Язык'],
  connecting: ['Connecting…', 'Қосылуда…', 'Подключение…'],
  connected: ['Connected', 'Қосылды', 'Подключено'],
  reconnecting: ['Reconnecting…', 'Қайта қосылуда…', 'Переподключение…'],
  offline: ['Offline · retrying', 'Байланыс жоқ · қайталануда', 'Нет связи · повтор'],
  dataAsOf: ['Data as of', 'Деректер уақыты', 'Данные на'],
  target: ['target {0}', 'мақсат {0}', 'цель {0}'],
  targetMet: ['meets its target {0}', 'мақсатқа жетті: {0}', 'цель {0} достигнута'],
  targetMissed: ['misses its target {0}', 'мақсатқа жетпеді: {0}', 'цель {0} не достигнута'],
  versus: ['{0} vs {1}', '{1} салыстырғанда {0}', '{0} к {1}'],
  noData: ['no data', 'дерек жоқ', 'нет данных'],
  alerts: ['Alerts', 'Ескертулер', 'Оповещения'],
  noAlerts: ['No alerts yet.', 'Әзірге ескерту жоқ.', 'Оповещений пока нет.'],
  alertMissed: ['fell below its target {0}: {1}', 'мақсатынан {0} төмендеді: {1}', 'ниже цели {0}: {1}'],
  alertMet: ['back on target {0}: {1}', 'мақсатына {0} қайта жетті: {1}', 'снова в пределах цели {0}: {1}'],
  search: ['Search courts', 'Сотты іздеу', 'Поиск суда'],
  measure: ['Measure', 'Көрсеткіш', 'Показатель'],
  family: ['Measures', 'Көрсеткіштер тобы', 'Группа показателей'],
  worstFirst: ['Worst first by the chosen measure; click a heading to sort.', 'Таңдалған көрсеткіш бойынша ең нашарлары басында; сұрыптау үшін тақырыпты басыңыз.', 'Сначала худшие по выбранному показателю; нажмите на заголовок для сортировки.'],
  rank: ['Rank', 'Орын', 'Место'],
  regionColumn: ['Region', 'Өңір', 'Регион'],
  chooseCourt: ['Choose a court in the filters to see its page.', 'Бетін көру үшін сүзгіден сотты таңдаңыз.', 'Выберите суд в фильтрах, чтобы открыть его страницу.'],
  percentiles: ['Time to disposition (days)', 'Істі қарау мерзімі (күн)', 'Срок рассмотрения (дни)'],
  onTime: ['Resolved within the time standards', 'Уақыт стандарттарында аяқталғандар', 'Рассмотрено в пределах нормативов'],
  pendingAge: ['Age of the pending caseload', 'Қаралып жатқан істердің жасы', 'Возраст дел в производстве'],
  flow: ['Incoming and resolved', 'Түскен және аяқталған', 'Поступившие и оконченные'],
  money: ['Allocated and spent', 'Бөлінген және жұмсалған', 'Выделено и израсходовано'],
  download: ['Download', 'Жүктеу', 'Скачать'],
  csv: ['Data (CSV)', 'Деректер (CSV)', 'Данные (CSV)'],
  png: ['Image (PNG)', 'Сурет (PNG)', 'Изображение (PNG)'],
  svg: ['Vector (SVG)', 'Вектор (SVG)', 'Вектор (SVG)'],
  loadingHistory: ['Loading demo history… {0}', 'Демо тарих жүктелуде… {0}', 'Загрузка демо-истории… {0}'],
  administration: ['Administration', 'Әкімшілік', 'Администрирование'],
  headline: ['Headline measures', 'Негізгі көрсеткіштер', 'Основные показатели'],
  noPeriods: ['No periods yet', 'Әзірге кезең жоқ', 'Периодов пока нет'],
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
export const locale = () => languages[index[current]].locale;

export function setLanguage(code) {
  if (!(code in index) || code === current) return;
  current = code;
  try { localStorage.setItem(storageKey, code); } catch { /* not persisted, still switched */ }
  document.documentElement.lang = code;
  for (const listener of listeners) listener(code);
}

export const onLanguage = listener => listeners.add(listener);

/** A label in the current language, with {0}, {1}… filled in. */
export function t(key, ...args) {
  const text = strings[key]?.[index[current]] ?? strings[key]?.[0] ?? key;
  return args.reduce((s, arg, i) => s.replace(`{${i}}`, arg), text);
}

/** Static labels: every element with data-i18n="key" (text) or data-i18n-label="key" (aria-label, placeholder). */
export function translatePage(root = document) {
  document.documentElement.lang = current;
  for (const element of root.querySelectorAll('[data-i18n]')) element.textContent = t(element.dataset.i18n);
  for (const element of root.querySelectorAll('[data-i18n-label]')) {
    element.setAttribute('aria-label', t(element.dataset.i18nLabel));
    if ('placeholder' in element) element.placeholder = t(element.dataset.i18nLabel);
  }
}
