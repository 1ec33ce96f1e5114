/**
 * Shapes of lines that are data rather than prose: dates, table rows, datelines, times.
 */
import { lazy } from '../lazy.js';
import { lowerCased } from '../text.js';
import { MONTH_NAMES, WEEKDAY_NAMES } from './header.js';

export const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
export const WEEKDAY = '(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)';

/** A day of the month: "at 50 may predict" holds no date. */
const DAY = '(?:3[01]|[12]\\d|0?[1-9])';
const DATE = `\\b${MONTH}\\.?\\s+${DAY}(?:st|nd|rd|th)?\\b|\\b${DAY}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}\\b|\\b${MONTH}\\.?\\s+\\d{4}\\b`;
const DATE_ONLY = `^(?:${WEEKDAY}\\.?,?\\s)?(?:${MONTH}\\.?\\s\\d{1,2}(?:st|nd|rd|th)?,?(?:\\s\\d{4})?|\\d{1,2}(?:st|nd|rd|th)?\\s${MONTH}\\.?,?(?:\\s\\d{4})?|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}|${MONTH}\\.?\\s\\d{4}|\\d{4})(?:,?\\s(?:at\\s)?\\d{1,2}(?::\\d{2})?(?:\\s?[ap]\\.?m\\.?)?(?:\\s[a-z]{2,4})?)?:?$`;

export const shapes = lazy(() => ({
  /** A date somewhere in the line: "Nov 19, 2019", "23 September 2024", "2024-09-23", "9/23/2024". */
  date: new RegExp(DATE, 'i'),
  /** A line that is only a date or date-time (with weekday, time, zone, and an optional trailing colon). */
  dateOnly: new RegExp(DATE_ONLY, 'i'),
  /** `date` and `dateOnly` without /i, for a line in lower case (see `lowerCased`). */
  lower: { date: new RegExp(DATE), dateOnly: new RegExp(DATE_ONLY) },
  /** A live-blog time stamp: "14:05", "2:05 p.m. ET", "16:45 BST". */
  timeStamp: /^\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?$/i,
  /** A match result: "Shelbourne 2 Derry City 1", "Leeds United 3-1 Hull City", "Bayern 2:0 Dortmund". */
  scoreLine: /^\p{Lu}[\p{L}.'’&-]*(?: [\p{L}.'’&-]+){0,4} (?:\d{1,3} \p{Lu}[\p{L}.'’&-]*(?: [\p{L}.'’&-]+){0,4} \d{1,3}|\d{1,3} ?[-–:] ?\d{1,3} \p{Lu}[\p{L}.'’&-]*(?: [\p{L}.'’&-]+){0,4}|[–—-] \p{Lu}[\p{L}.'’&-]*(?: [\p{L}.'’&-]+){0,4} \d{1,3} ?[-–:] ?\d{1,3}(?: \(\d{1,3} ?[-–:] ?\d{1,3}\))?)$/u,
  /** A flattened table row: several numeric cells. */
  numberCell: /[-+−]?[$€£¥]?\d[\d,.:]*%?/g,
}));

export function isDateLike(text: string): boolean {
  if (text.length > 80) return false;
  const lower = lowerCased(text);
  return lower === null ? shapes().date.test(text) : shapes().lower.date.test(lower);
}

export function isDateOnly(text: string): boolean {
  // Every form of `dateOnly` holds a digit; its month and weekday names are costly to compile.
  if (text.length > 60 || !/\d/.test(text)) return false;
  const lower = lowerCased(text);
  return lower === null ? shapes().dateOnly.test(text) : shapes().lower.dateOnly.test(lower);
}

/** A row of short cells between bars ("Harlow Athletic | 1-1 | Penhallow Town"), as a table's text dump writes it. */
export function isCellRow(text: string): boolean {
  const cells = text.split(' | ');
  return cells.length >= 3 && !/[.!?]$/.test(text) && cells.every((c) => c.trim() !== '' && c.trim().split(/\s+/).length <= CELL_MAX_WORDS);
}
const CELL_MAX_WORDS = 6;

/** A cell row with a number among its cells ("Rachel Adams | Independent | 238 | 5.0%"): a table's data, whatever names it holds. */
export function isDataRow(text: string): boolean {
  return isCellRow(text) && /(?:^|\|)\s*[-+−]?[$€£]?\d[\d.,]*%?\s*(?:\||$)/.test(text);
}

export function isTableRow(text: string): boolean {
  const cells = text.match(shapes().numberCell);
  if (!cells || cells.length < 2) return false;
  const words = text.split(/\s+/).length;
  return cells.length >= 2 && cells.length * 3 >= words && !/[.!?]$/.test(text);
}

const DATE_TOKEN = lazy(() => ({
  month: new RegExp(`^${MONTH}\\.?$`, 'i'),
  weekday: new RegExp(`^${WEEKDAY}\\.?$`, 'i'),
  number: /^\d{1,4}(?:st|nd|rd|th)?\.?$/i,
  numeric: /^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}(?:t[\d:.+z-]+)?$/i,
  time: /^\d{1,2}(?:[:.]\d{2}){1,2}(?:[ap]\.?m\.?)?$|^\d{1,2}[ap]\.?m\.?$/i,
  meridiem: /^[ap]\.?m\.?$/i,
  zone: /^\(?(?:[A-Z]{2,5}|UTC[+-]?\d*|GMT[+-]?\d*)\)?$/,
  filler: /^(?:at|on|of|the|published|updated|posted|last|first|modified|revised|date|dated|and|min|read|ago|hours?|minutes?)$/i,
}));

/**
 * A line made only of date and time tokens ("Sun 21 Sep 2025 06.00 BST", "13 February 2025 — 5:12pm",
 * "Published: Oct 9, 2024 1:12 PM UTC | Updated: ..."), with at least one calendar element.
 */
/** "May", "Early March", "late Sept.": a month named alone, as a timeline's header names it. */
export function isMonthOnly(text: string): boolean {
  const m = /^(?:(?:early|late|mid)[\s-])?(\p{L}+\.?)$/iu.exec(text.trim());
  return m !== null && DATE_TOKEN().month.test(m[1]!);
}

/** "Monday", "Dienstag", "vendredi": a weekday named alone, as a week-ahead list's header names it. */
export function isWeekdayOnly(text: string): boolean {
  const word = text.trim();
  return /^\p{L}+\.?$/u.test(word) && (DATE_TOKEN().weekday.test(word) || weekdayNames().has(word.toLowerCase()));
}
const weekdayNames = lazy(() => new Set(Object.values(WEEKDAY_NAMES).flat()));

/** An entry that opens with its time of day and a dash ("8:14 a.m. — ", "21:05 – "): a log's or a diary's. */
export const TIMED_ENTRY = /^(\d{1,2})[:.](\d{2})\s?(?:([ap])\.?\s?m\.?)?\s?[—–-]\s/i;

/** "Monday, April 28": a line that opens with a weekday's name, as a log's or a diary's date header does. */
export function opensWithWeekday(text: string): boolean {
  const first = /^\p{L}+/u.exec(text.trim());
  return first !== null && (DATE_TOKEN().weekday.test(first[0]) || weekdayNames().has(first[0].toLowerCase()));
}

const monthNames = lazy(() => new Set(Object.values(MONTH_NAMES).flatMap((months) => months.flatMap((m) => m.split(' ')))));
/** Words a written date holds besides its day, month, year and weekday ("4 de marzo", "le 12 mars", "den 3. maj"). */
const DATE_FILLER = new Set(['de', 'del', 'di', 'of', 'the', 'le', 'el', 'il', 'am', 'den', 'der', 'em', 'a', 'o', 'op']);

/**
 * A date in any language the header reads, and nothing else: "14. Januar", "Montag, 19. Mai",
 * "4 de marzo de 2024", "le 12 mars", "3 maart", as a timeline's date header writes it. A month
 * name and a number, with a weekday and filler words at most.
 */
export function isWrittenDateOnly(text: string): boolean {
  if (text.length > 40 || !/\d/.test(text)) return isDateOnly(text);
  let month = false;
  let number = false;
  for (const raw of text.toLowerCase().split(/[\s,]+/)) {
    const word = raw.replace(/\.$/, '');
    if (word === '') continue;
    if (/^\d{1,4}(?:\.|º|°|er|st|nd|rd|th)?$/.test(raw)) number = true;
    else if (monthNames().has(word)) month = true;
    else if (!weekdayNames().has(word) && !DATE_FILLER.has(word) && !DATE_TOKEN().weekday.test(word)) return isDateOnly(text);
  }
  return (month && number) || isDateOnly(text);
}

export function isDateTokens(text: string): boolean {
  if (text.length > 120) return false;
  const t = DATE_TOKEN();
  const tokens = text.split(/[\s,|·•—–:]+(?=\S)|[\s,|·•—–]+/).map((x) => x.replace(/^[(]|[):]$/g, '')).filter(Boolean);
  let calendar = 0;
  for (const tok of tokens) {
    if (t.month.test(tok) || t.numeric.test(tok)) calendar++;
    else if (t.weekday.test(tok) || t.number.test(tok) || t.time.test(tok) || t.meridiem.test(tok) || t.zone.test(tok) || t.filler.test(tok)) continue;
    else return false;
  }
  return calendar > 0;
}
