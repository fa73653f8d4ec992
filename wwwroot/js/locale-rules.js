// Numbers, months and dates in English, Kazakh and Russian by the product's own rules, not the browser's locale
// data: kiosk browsers (Debian's Chromium among them) ship an ICU without Kazakh, which writes "2026 M11 12" and
// "1,234,567.5". The rules are .NET's en-GB, kk-KZ and ru-RU (CLDR), which the chart images use
// (Charts/ChartText), so the page, the slides and the images read alike; a browser test compares them.
const nbsp = '\u00a0';

const rules = {
  en: {
    group: ',', decimal: '.', percent: n => `${n}%`,
    compact: [[1e9, 'B'], [1e6, 'M'], [1e3, 'K']], compactSpace: '',
    months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    short: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'],
    monthYear: (m, y) => `${m} ${y}`,
    dayMonth: (d, m) => `${d} ${m}`,
    date: (d, m, y) => `${d} ${m} ${y}`,
    quarter: (q, y) => `Q${q} ${y}`,
  },
  kk: {
    group: nbsp, decimal: ',', percent: n => `${n}%`,
    compact: [[1e9, 'млрд'], [1e6, 'млн'], [1e3, 'мың']], compactSpace: nbsp,
    months: ['қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан'],
    short: ['қаң.', 'ақп.', 'нау.', 'сәу.', 'мам.', 'мау.', 'шіл.', 'там.', 'қыр.', 'қаз.', 'қар.', 'жел.'],
    monthYear: (m, y, long) => long ? `${y} ж. ${m}` : `${m} ${y}`,
    dayMonth: (d, m) => `${d} ${m}`,
    date: (d, m, y, long) => long ? `${y} ж. ${d} ${m}` : `${d} ${m} ${y}`,
    quarter: (q, y) => `${y} ж. ${q}-тоқсан`,
  },
  ru: {
    group: nbsp, decimal: ',', percent: n => `${n}${nbsp}%`,
    compact: [[1e9, 'млрд'], [1e6, 'млн'], [1e3, 'тыс.']], compactSpace: nbsp,
    months: ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'],
    // after a day: the genitive ("12 ноября", "12 нояб.")
    genitive: ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'],
    short: ['янв.', 'февр.', 'март', 'апр.', 'май', 'июнь', 'июль', 'авг.', 'сент.', 'окт.', 'нояб.', 'дек.'],
    shortGenitive: ['янв.', 'февр.', 'мар.', 'апр.', 'мая', 'июн.', 'июл.', 'авг.', 'сент.', 'окт.', 'нояб.', 'дек.'],
    monthYear: (m, y, long) => long ? `${m} ${y} г.` : `${m} ${y}`,
    dayMonth: (d, m) => `${d} ${m}`,
    date: (d, m, y, long) => long ? `${d} ${m} ${y} г.` : `${d} ${m} ${y}`,
    quarter: (q, y) => `${q}-й кв. ${y} г.`,
  },
};

const of = lang => rules[lang] ?? rules.en;

/** A number with the language's separators, rounded to at most `max` decimals (at least `min`). */
export function number(lang, value, max = 0, min = 0) {
  const r = of(lang);
  const fixed = Math.abs(value).toFixed(max);
  let [whole, fraction = ''] = fixed.split('.');
  fraction = fraction.replace(/0+$/, '').padEnd(min, '0');
  whole = whole.replace(/\B(?=(\d{3})+(?!\d))/g, r.group);
  const negative = value < 0 && Number(fixed) !== 0;
  return `${negative ? '-' : ''}${whole}${fraction ? r.decimal + fraction : ''}`;
}

/** A ratio (0.6) as a percentage: "60.0%", "60,0%", "60,0 %". */
export const percent = (lang, ratio, digits = 1) => of(lang).percent(number(lang, ratio * 100, digits, digits));

/** A large amount shortened: "2.5M", "2,5 млн", "12 мың". */
export function compact(lang, value) {
  const r = of(lang);
  const step = r.compact.find(([size]) => Math.abs(value) >= size);
  return step ? `${number(lang, value / step[0], 1)}${r.compactSpace}${step[1]}` : number(lang, value, 1);
}

const month = (lang, index, kind) => {
  const r = of(lang);
  return (kind === 'short' ? r.short : kind === 'shortGenitive' ? r.shortGenitive ?? r.short
    : kind === 'genitive' ? r.genitive ?? r.months : r.months)[index];
};

/** "Nov 2026" / "November 2026"; "қар. 2026" / "2026 ж. қараша"; "нояб. 2026" / "ноябрь 2026 г.". */
export const monthYear = (lang, date, long = false) =>
  of(lang).monthYear(month(lang, date.getUTCMonth(), long ? 'long' : 'short'), date.getUTCFullYear(), long);

/** "12 Nov", "12 қар.", "12 нояб.". */
export const dayMonth = (lang, date) => of(lang).dayMonth(date.getUTCDate(), month(lang, date.getUTCMonth(), 'shortGenitive'));

/** "12 Nov 2026" / "12 November 2026"; "12 қар. 2026" / "2026 ж. 12 қараша"; "12 нояб. 2026" / "12 ноября 2026 г.". */
export const fullDate = (lang, date, long = false) =>
  of(lang).date(date.getUTCDate(), month(lang, date.getUTCMonth(), long ? 'genitive' : 'shortGenitive'), date.getUTCFullYear(), long);

export const quarter = (lang, date) => of(lang).quarter(Math.floor(date.getUTCMonth() / 3) + 1, date.getUTCFullYear());

const two = n => String(n).padStart(2, '0');

/** A moment in this browser's time zone: "12 Nov 2026, 14:05:09" (and the language's date). */
export function dateTime(lang, instant) {
  const local = new Date(Date.UTC(instant.getFullYear(), instant.getMonth(), instant.getDate()));
  return `${fullDate(lang, local)}, ${time(lang, instant, true)}`;
}

/** "14:05" (or "14:05:09") in this browser's time zone: 24 hours in all three languages. */
export const time = (lang, instant, seconds = false) =>
  `${two(instant.getHours())}:${two(instant.getMinutes())}${seconds ? ':' + two(instant.getSeconds()) : ''}`;

/** Which form of a counted word: English one|other, Kazakh one form (no plural after a numeral), Russian
 * one|few|many ("1 суд", "3 суда", "5 судов", "21 суд", "12 судов"). */
export function pluralForm(lang, n) {
  if (lang === 'kk') return 0;
  if (lang !== 'ru') return n === 1 ? 0 : 1;
  const [ten, hundred] = [n % 10, n % 100];
  if (ten === 1 && hundred !== 11) return 0;
  return ten >= 2 && ten <= 4 && (hundred < 12 || hundred > 14) ? 1 : 2;
}

const currencySymbols = { KZT: '₸', RUB: '₽', EUR: '€', USD: '$', BRL: 'R$', GBP: '£', UAH: '₴', KGS: 'сом', UZS: 'сўм' };

/**
 * How an amount in a currency (ISO 4217) is marked: its symbol where it has a common one, else its code; with no
 * currency named (a court system that has not set one), the generic currency sign — an amount never reads bare.
 */
export const currencySymbol = code => code ? currencySymbols[code] ?? code : '¤';
