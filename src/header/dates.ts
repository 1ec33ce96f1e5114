/**
 * Calendar days written in header lines, in the languages of `MONTH_NAMES`: ISO ("2024-04-27"),
 * numeric ("27.04.24", "04/27/2024", "2024/04/27"), written out ("Dec 8, 2024", "8. Dezember 2024",
 * "le 3 mars 2024", "3 de marzo de 2024", "torsdag 09. mai 2024", "13th, Jan 2008") and CJK
 * ("2024年4月24日", "2024년 4월 24일"), with a time of day when one follows ("10.09.2025, 09:53 Uhr").
 *
 * Header dates are absolute by nature; relative stamps ("3h ago") are left to the caller, who knows
 * whether a scrape time exists. A plain pass of a few regular expressions, no chrono: a page's header
 * is read for every page, in every language.
 */
import { lazy } from '../lazy.js';
import { MONTH_NAMES, SOLAR_HIJRI_MONTH_NAMES, WEEKDAY_NAMES } from '../rules/header.js';
import { fromCalendar } from '../dates/calendar.js';
import { asciiDigits, deglue, lowerCased } from '../text.js';

export interface HeaderDate {
  /** 'YYYY-MM-DD' */
  day: string;
  /** 'HH:MM' (24-hour) when the line gives the time of day right after the date. */
  time: string | null;
  /** Offsets in the line. */
  start: number;
  end: number;
}

/** The compiled patterns (exported for the ReDoS audit). */
export const headerDatePatterns = lazy(() => {
  const monthOf = new Map<string, number>();
  for (const names of Object.values(MONTH_NAMES)) {
    names.forEach((variants, i) => {
      for (const v of variants.split(' ')) if (!monthOf.has(v.replace('_', ' '))) monthOf.set(v.replace('_', ' '), i + 1);
    });
  }
  // Longest first, so "juni" is not read as "jun" + "i".
  const alternatives = wordAlternation([...monthOf.keys()]);
  const month = `(${alternatives})\\.?`;
  const day = '(\\d{1,2})(?:st|nd|rd|th|er|º|°|\\.)?';
  const year = '(\\d{4})';
  const notLetter = '(?![\\p{L}\\d])';
  const notBefore = '(?<![\\p{L}\\d])';
  // (Thai may name the era before the year: "30 เมษายน พ.ศ. 2568".)
  const dayMonthYear = `${notBefore}${day},?\\s*(?:de\\s+|of\\s+|ga\\s+|d['’])?${month},?\\s*(?:de\\s+|del\\s+|พ\\.ศ\\.\\s*)?${year}(?!\\d)`;
  // "Abril 07 de 2026": Spanish also writes the month first, with "de" before the year.
  const monthDayYear = `${notBefore}${month}\\s+${day},?\\s+(?:de\\s+)?${year}(?!\\d)`;
  const monthDay = `\\s(?:${alternatives})\\.?\\s\\d{1,2}(?!\\d)`;
  // "2025. október 7., 10:41": Hungarian writes the year first, then the month's name and the day.
  // "2026 m. lapkričio 29 d.": Lithuanian too, with "m." after the year.
  const yearMonthDay = `${notBefore}${year}(?:\\.|\\s?m\\.)\\s*${month}\\s+(\\d{1,2})\\.?(?!\\d)`;
  // "2026. gada 17. decembris": Latvian writes the year, "gada", the day, then the month.
  const yearDayMonth = `${notBefore}${year}\\.\\s*gada\\s+(\\d{1,2})\\.\\s*${month}${notLetter}`;
  // "2025-yil 15-aprel": Uzbek writes the year with "-yil", then the day joined to its month.
  const yearDayMonthUz = `${notBefore}${year}-yil,?\\s+(\\d{1,2})-${month}${notLetter}`;
  // "11 มี.ค. 68": a Thai month's name and the Buddhist era's year in two digits (2568 is 2025).
  const thai = wordAlternation(MONTH_NAMES.th!.flatMap((v) => v.split(' ')));
  const thaiShortYear = `${notBefore}(\\d{1,2})\\s*(${thai})\\.?\\s*(\\d{2})(?![\\d:.])`;
  // "۲۸ مهر ۱۴۰۵": a solar Hijri month's name between the day and the year.
  const solarMonthOf = new Map<string, number>();
  SOLAR_HIJRI_MONTH_NAMES.forEach((variants, i) => variants.split(' ').forEach((v) => solarMonthOf.set(v, i + 1)));
  const solarDayMonthYear = `${notBefore}(\\d{1,2})\\s*(${wordAlternation([...solarMonthOf.keys()])})\\s*(1[34]\\d{2})(?!\\d)`;
  return {
    monthOf,
    iso: /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?(?!\d)/g,
    ymd: /(?<![\d.\/])(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?![\d/])/g,
    // "06.03.2025", "6/3/25", and the Czech and Slovak spaced form "6. 3. 2025" (with its four-digit year).
    numeric: /(?<![\d.\/-])(\d{1,2})([./-]|\.\s)(\d{1,2})\2(\d{4}|(?<![\s])\d{2})(?![\d/]|\.\d)/g,
    dayMonthYear: new RegExp(dayMonthYear, 'giu'),
    monthDayYear: new RegExp(monthDayYear, 'giu'),
    yearMonthDay: new RegExp(yearMonthDay, 'giu'),
    yearDayMonth: new RegExp(yearDayMonth, 'giu'),
    yearDayMonthUz: new RegExp(yearDayMonthUz, 'giu'),
    thaiShortYear: new RegExp(thaiShortYear, 'gu'),
    solarMonthOf,
    solarDayMonthYear: new RegExp(solarDayMonthYear, 'gu'),
    cjk: /(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]/g,
    time: /^[\s,،|·•–—-]*(?:(?:at|um|à|a las|a les|às|alle|om|kl\.?|klo|saat|o|เวลา)\s+)?(\d{1,2})[:.h](\d{2})(?:\s*([ap])\.?\s?m\.?)?/i,
    notLetter,
    /** A month name and a day number: where a date starts inside a byline ("Jane Doe Mar 5, 2025"). */
    monthDay: new RegExp(monthDay, 'iu'),
    /**
     * The same three without /i, for a line in lower case (see `lowerCased`): the month names make
     * them the costliest patterns of a first extraction to compile, and /i about doubles that.
     */
    lower: { dayMonthYear: new RegExp(dayMonthYear, 'gu'), monthDayYear: new RegExp(monthDayYear, 'gu'), yearMonthDay: new RegExp(yearMonthDay, 'gu'), yearDayMonth: new RegExp(yearDayMonth, 'gu'), monthDay: new RegExp(monthDay, 'u') },
  };
});

/**
 * Lower-case words as a case-insensitive alternation that tries longer words first, written as a
 * tree of shared prefixes ("jun(?:i|e|)" for "juni|june|jun"): the same matches as the flat list
 * sorted longest first (at one place the words that match all lie on one branch, tried deepest
 * first), but about half the cost to compile, which the month patterns pay on a first extraction.
 * Falls back to the flat list where two letters of one branch point could be case variants of each
 * other, or a word holds a character a pattern reads as syntax.
 */
export function wordAlternation(words: string[]): string {
  const flat = [...words].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
  interface Branch {
    next: Map<string, Branch>;
    end: boolean;
  }
  const root: Branch = { next: new Map(), end: false };
  for (const word of words) {
    let branch = root;
    for (const ch of word) {
      let child = branch.next.get(ch);
      if (!child) branch.next.set(ch, (child = { next: new Map(), end: false }));
      branch = child;
    }
    branch.end = true;
  }
  const foldsOf = (ch: string) => [ch.toLowerCase(), ch.toUpperCase(), ch.toUpperCase().toLowerCase()];
  let ambiguous = false;
  const write = (branch: Branch): string => {
    const folds = new Set<string>();
    const alternatives: string[] = [];
    for (const [ch, child] of branch.next) {
      for (const f of foldsOf(ch)) {
        if (folds.has(f)) ambiguous = true;
      }
      for (const f of new Set(foldsOf(ch))) folds.add(f);
      alternatives.push(escapeRegExp(ch) + write(child));
    }
    if (branch.end) alternatives.push('');
    return alternatives.length === 1 ? alternatives[0]! : `(?:${alternatives.join('|')})`;
  };
  const tree = write(root);
  return ambiguous ? flat : tree;
}

/** Weekday names in the languages of `MONTH_NAMES`, for telling a date from a name. */
const WEEKDAYS = [...new Set(Object.values(WEEKDAY_NAMES).flat())].join(' ') + ' mon tue tues wed thu thurs fri sat sun';

const calendarWords = lazy(() => new Set([...headerDatePatterns().monthOf.keys(), ...WEEKDAYS.split(' ')]));
const weekdays = lazy(() => new Set(WEEKDAYS.split(' ')));

/** Weekday word -> the days it can name (0 = Monday; "sábado" is 5 in Spanish and Portuguese alike). */
export const weekdayIndex = lazy(() => {
  const map = new Map<string, number>();
  for (const names of Object.values(WEEKDAY_NAMES)) names.forEach((n, k) => map.set(n, k));
  return map;
});

/** Weekday of a 'YYYY-MM-DD' day, 0 = Monday. */
export function weekdayOf(day: string): number {
  return (new Date(`${day}T12:00:00Z`).getUTCDay() + 6) % 7;
}

export function isWeekday(word: string): boolean {
  return weekdays().has(word.toLowerCase().replace(/[.,]$/, ''));
}

/** A month or weekday name ("March", "Tue.", "Dienstag"). */
export function isCalendarWord(word: string): boolean {
  return calendarWords().has(word.toLowerCase().replace(/[.,]$/, ''));
}

/** Offset where a written-out date ("Mar 5", "5. März" excluded) starts in `text`, or -1. */
export function monthDayAt(text: string): number {
  // The month pattern is costly to compile and needs a space before a number: most lines have none.
  if (!/\s\d/.test(text)) return -1;
  const p = headerDatePatterns();
  const lower = lowerCased(text);
  return (lower === null ? p.monthDay.exec(text) : p.lower.monthDay.exec(lower))?.index ?? -1;
}

function valid(y: number, m: number, d: number): boolean {
  if (y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Buddhist-era years a Thai page may print (2533-2643 are 1990-2100), and its century in two-digit years. */
const BUDDHIST_ERA_OFFSET = 543;
const BUDDHIST_ERA_FROM = 2533;
const BUDDHIST_ERA_TO = 2643;
const BUDDHIST_CENTURY = 2500;
/** Hijri years a page may print: solar (Iran, Afghanistan) up to 1430, lunar (Arabia) past it. */
const SOLAR_HIJRI_FROM = 1368;
const SOLAR_HIJRI_TO = 1430;
const LUNAR_HIJRI_TO = 1480;
const THAI_LETTER = /[\u0e01-\u0e5b]/;
const ARABIC_SCRIPT = /[\u0600-\u06ff]/;

/** `text` with the characters a pattern reads as syntax escaped. */
function escapeRegExp(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|\/]/g, '\\$&');
}

const pad = (n: number) => String(n).padStart(2, '0');

function timeAfter(text: string, end: number): { time: string; end: number } | null {
  const m = headerDatePatterns().time.exec(text.slice(end, end + 24));
  if (!m) return null;
  let h = Number(m[1]);
  const min = Number(m[2]);
  if (m[3]) {
    const pm = m[3].toLowerCase() === 'p';
    if (h > 12) return null;
    if (pm && h < 12) h += 12;
    if (!pm && h === 12) h = 0;
  }
  if (h > 23 || min > 59) return null;
  return { time: `${pad(h)}:${pad(min)}`, end: end + m.index + m[0].length };
}

/**
 * Every calendar day in `text`, in order. `dayFirst` decides numeric dates whose parts could be
 * either ("03/04/2024"); a part over 12 decides by itself.
 */
export function findHeaderDates(text: string, dayFirst: boolean, dottedDayFirst = true): HeaderDate[] {
  // Full-width, Arabic-Indic and Persian digits ("２０２５年３月２５日", "١٢ آذار ٢٠٢٥") read as the digits they are, one for one.
  text = asciiDigits(text);
  if (!/\d/.test(text)) return [];
  // Turkish and Azerbaijani capital dotted I ("02 İyun 2026", "5 İyul") lower-cases to two characters: read it as I, one for one.
  if (text.includes('İ')) text = text.replace(/İ/g, 'I');
  const glued = deglue(text);
  if (glued) {
    // "GiuffridaMar 5, 2025": read the spaced copy, report offsets in the line as written.
    return findDates(glued.text, dayFirst, dottedDayFirst).map((d) => ({ ...d, start: glued.at[d.start]!, end: glued.at[d.end]! }));
  }
  return findDates(text, dayFirst, dottedDayFirst);
}

function findDates(text: string, dayFirst: boolean, dottedDayFirst: boolean): HeaderDate[] {
  const p = headerDatePatterns();
  const found: HeaderDate[] = [];
  const taken: [number, number][] = [];
  const hijri = ARABIC_SCRIPT.test(text);
  const add = (y: number, m: number, d: number, start: number, end: number, explicitTime?: string) => {
    // A Thai page counts its years in the Buddhist era, 543 ahead ("14 พฤษภาคม 2568" is 2025).
    if (y >= BUDDHIST_ERA_FROM && y <= BUDDHIST_ERA_TO) y -= BUDDHIST_ERA_OFFSET;
    // Iran and Afghanistan count solar Hijri years ("۱۴۰۵/۰۷/۲۸"), Arabia lunar Hijri ones ("1447/05/29"): this
    // century's years of the two lie apart (1378-1430 solar, 1420-1480 lunar; the overlap is read as solar).
    // (Only on a line in the Arabic script: "29 May 1453" is a Gregorian day of history.)
    if (y >= SOLAR_HIJRI_FROM && y <= LUNAR_HIJRI_TO && hijri) {
      const day = fromCalendar(y <= SOLAR_HIJRI_TO ? 'persian' : 'islamic-umalqura', y, m, d);
      if (!day) return;
      [y, m, d] = day.split('-').map(Number) as [number, number, number];
    }
    if (!valid(y, m, d)) return;
    if (taken.some(([a, b]) => start < b && end > a)) return;
    const t = explicitTime ? { time: explicitTime, end } : timeAfter(text, end);
    taken.push([start, t ? t.end : end]);
    found.push({ day: `${y}-${pad(m)}-${pad(d)}`, time: t?.time ?? null, start, end: t ? t.end : end });
  };
  // Every pattern but the numeric one spells a four-digit year: most lines a header reads have
  // none, and the month-name patterns are costly to compile.
  const year = /\d{4}/.test(text);
  if (year) {
    for (const m of text.matchAll(p.iso)) add(Number(m[1]), Number(m[2]), Number(m[3]), m.index, m.index + m[0].length, m[4] ? `${m[4]}:${m[5]}` : undefined);
    for (const m of text.matchAll(p.cjk)) add(Number(m[1]), Number(m[2]), Number(m[3]), m.index, m.index + m[0].length);
    for (const m of text.matchAll(p.ymd)) add(Number(m[1]), Number(m[2]), Number(m[3]), m.index, m.index + m[0].length);
  }
  if (year && hijri) {
    for (const m of text.matchAll(p.solarDayMonthYear)) {
      const month = p.solarMonthOf.get(m[2]!);
      if (month) add(Number(m[3]), month, Number(m[1]), m.index, m.index + m[0].length);
    }
  }
  if (THAI_LETTER.test(text)) {
    for (const m of text.matchAll(p.thaiShortYear)) {
      const month = p.monthOf.get(m[2]!);
      if (month) add(BUDDHIST_CENTURY + Number(m[3]), month, Number(m[1]), m.index, m.index + m[0].length);
    }
  }
  for (const m of text.matchAll(p.numeric)) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    const y = m[4]!.length === 2 ? 2000 + Number(m[4]) : Number(m[4]);
    // Dotted dates are day-first unless the page shows otherwise; slashes and dashes follow the page
    // unless a part says.
    const first = a > 12 ? true : b > 12 ? false : m[2]![0] === '.' ? dottedDayFirst : dayFirst;
    add(y, first ? b : a, first ? a : b, m.index, m.index + m[0].length);
  }
  if (year) {
    const lower = lowerCased(text);
    const [subject, dayMonthYear, monthDayYear, yearMonthDay, yearDayMonth] = lower === null ? [text, p.dayMonthYear, p.monthDayYear, p.yearMonthDay, p.yearDayMonth] : [lower, p.lower.dayMonthYear, p.lower.monthDayYear, p.lower.yearMonthDay, p.lower.yearDayMonth];
    for (const m of subject.matchAll(dayMonthYear)) {
      const month = p.monthOf.get(m[2]!.toLowerCase());
      if (month) add(Number(m[3]), month, Number(m[1]), m.index, m.index + m[0].length);
    }
    for (const m of subject.matchAll(monthDayYear)) {
      const month = p.monthOf.get(m[1]!.toLowerCase());
      if (month) add(Number(m[3]), month, Number(m[2]), m.index, m.index + m[0].length);
    }
    for (const m of subject.matchAll(yearMonthDay)) {
      const month = p.monthOf.get(m[2]!.toLowerCase());
      if (month) add(Number(m[1]), month, Number(m[3]), m.index, m.index + m[0].length);
    }
    for (const m of subject.matchAll(yearDayMonth)) {
      const month = p.monthOf.get(m[3]!.toLowerCase());
      if (month) add(Number(m[1]), month, Number(m[2]), m.index, m.index + m[0].length);
    }
    if (/yil/i.test(subject)) {
      for (const m of subject.matchAll(p.yearDayMonthUz)) {
        const month = p.monthOf.get(m[3]!.toLowerCase());
        if (month) add(Number(m[1]), month, Number(m[2]), m.index, m.index + m[0].length);
      }
    }
  }
  return found.sort((x, y) => x.start - y.start);
}

/** A date in a URL path: "/2025/09/04/", "/2025-09-04/", "/20250904/". Null when the path has none. */
export function urlDate(url: string | null): string | null {
  if (!url) return null;
  const path = url.replace(/^[a-z]+:\/\/[^/]+/i, '');
  const m = /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:[/_-]|$)/.exec(path) ?? /[/_-]((?:19|20)\d{2})(\d{2})(\d{2})(?:[/_.-]|$)/.exec(path);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  return valid(y, mo, d) ? `${y}-${pad(mo)}-${pad(d)}` : null;
}
