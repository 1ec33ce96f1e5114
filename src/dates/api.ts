/**
 * The dates engine as plain functions, for stages other than `dates` (the header's date lines,
 * bylines with dates): read the dates of a short text in a language, and read a machine date-time
 * (an option, a `<meta>` value) keeping the offset it was written with.
 */
import type { ParsedResult } from 'chrono-node';
import type { Granularity } from '../schema.js';
import { dateRules } from '../rules/dates.js';
import { dateEngine } from './engine.js';
import { resolveResult, zoneOffset, type ResolvedDate } from './resolve.js';

export interface DateReading {
  value: string;
  granularity: Granularity;
  /** The expression as written, and where it starts in the text given. */
  text: string;
  index: number;
  /** True when the value needed the reference date (a weekday, "yesterday", a month without a year). */
  relative: boolean;
}

export interface ReadOptions {
  /** BCP 47 primary subtag of the text's language; null or unknown reads as English. */
  lang?: string | null;
  /** Numeric dates day first (03/04/2025 is 3 April); the default for every language but English. */
  dayFirst?: boolean;
  /** The day relative expressions resolve against; without one only dates stated in full are read. */
  reference?: Date | null;
  /** IANA zone for times written without an offset. */
  timezone?: string;
}

/** A fixed reference instant for a calendar day: noon UTC, so no machine's zone moves it. */
export function referenceFor(day: Date): { instant: Date; timezone: number } {
  return { instant: new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), 12)), timezone: 0 };
}

/** chrono's results on `text` with the engine for the language; a failure on odd text yields none. */
export function parseWith(text: string, options: ReadOptions): ParsedResult[] {
  const lang = options.lang ?? null;
  const engines = dateEngine(lang, options.dayFirst ?? (lang !== null && lang !== 'en'));
  // Without a reference only dates stated in full count: the engine that reads nothing else.
  const engine = options.reference ? engines.engine : engines.absolute();
  try {
    return engine.parse(text, referenceFor(options.reference ?? new Date(Date.UTC(2000, 0, 1))));
  } catch {
    return [];
  }
}

/** Every date in a short text ("Published 3 March 2025, 10:12", "Von Anna Berg | 12.05.2024"), in order. */
export function readDates(text: string, options: ReadOptions = {}): DateReading[] {
  const out: DateReading[] = [];
  for (const result of parseWith(text, options)) {
    const r: ResolvedDate | null = resolveResult(result, options.timezone ?? 'UTC');
    if (!r || r.anchor || (!options.reference && r.relative)) continue;
    out.push({ value: r.value, granularity: r.granularity, text: result.text, index: result.index, relative: r.relative });
  }
  return out;
}

/** The first calendar day or date-time of a date line, or null ("Updated 5 March 2025 09:10 GMT" -> '2025-03-05T09:10Z'). */
export function parseDateLine(text: string, options: ReadOptions = {}): DateReading | null {
  return readDates(text, options).find((d) => d.granularity === 'day' || d.granularity === 'time') ?? null;
}

const MACHINE_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

/**
 * A machine-written date or date-time ("2024-11-06", "2024-11-06T14:30:00+05:30") as the writer
 * meant it: the calendar day and wall-clock time as written, with the written offset (or the
 * zone's, for a time written without one). Null when it is not of that shape.
 */
export function machineDateValue(raw: string, timezone = 'UTC'): { value: string; granularity: 'day' | 'time' } | null {
  const m = MACHINE_DATE.exec(raw.trim());
  if (!m) return null;
  const [, y, mo, d, h, mi, zone] = m;
  if (!h) return { value: `${y}-${mo}-${d}`, granularity: 'day' };
  let offset: string | null;
  if (!zone) offset = zoneOffset(timezone, Number(y), Number(mo), Number(d), Number(h), Number(mi));
  else if (/^z$/i.test(zone)) offset = 'Z';
  else {
    const digits = zone.replace(':', '');
    offset = /^[+-]0000$|^[+-]00$/.test(digits) ? 'Z' : `${digits.slice(0, 3)}:${digits.slice(3, 5) || '00'}`;
  }
  return { value: `${y}-${mo}-${d}T${h}:${mi}${offset ?? ''}`, granularity: 'time' };
}

/** The order a page's own numeric dates show: the first with a part over 12 settles it; null if none does. */
export function numericDateOrder(text: string): 'day' | 'month' | null {
  for (const m of text.matchAll(dateRules().numericDate)) {
    if (Number(m[1]) > 12) return 'day';
    if (Number(m[2] ?? m[3]) > 12) return 'month';
  }
  return null;
}

/** A wire dateline's place and day opening a line: "HONG KONG, Oct 8 —", "LONDON, 8 October (Agency) -". */
const DATELINE_DAY = /^\p{Lu}[\p{Lu} .'’-]{1,30}, (\p{L}{3,9}\.? \d{1,2}|\d{1,2} \p{L}{3,9})(?!\d)/gmu;
const MONTH_STEMS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * The order an ambiguous numeric date takes where the page also writes that day with the month's
 * name: "08/10/2024" over a dateline "HONG KONG, Oct 8" is day-first. Null when no such pair is on
 * the page, or both readings are written.
 */
function orderOfWrittenDay(text: string): 'day' | 'month' | null {
  const r = dateRules();
  const ambiguous: [number, number, string][] = [];
  for (const m of text.matchAll(r.numericDate)) {
    const second = m[2] ?? m[3]!;
    if (m[1] !== second) ambiguous.push([Number(m[1]), Number(second), m[0].split(/[/.-]/).pop()!]);
  }
  if (ambiguous.length === 0) return null;
  // Only a wire dateline's day, or a line that is nothing but a day with its year (a post's date in a
  // list of posts), speaks for the page's own date ("since Nov. 1" in prose does not).
  const written = new Set<string>();
  for (const line of text.matchAll(DATELINE_DAY)) {
    const m = line[1]!;
    const month = monthNumber(m);
    if (month !== 0) written.add(`${month}-${Number(/\d+/.exec(m)![0])}`);
  }
  const writtenWithYear = new Set<string>();
  for (const line of text.matchAll(r.writtenDayLine)) {
    const month = monthNumber(line[1] ?? line[5]!);
    if (month !== 0) writtenWithYear.add(`${month}-${Number(line[2] ?? line[4])}-${line[3] ?? line[6]}`);
  }
  const shows = (month: number, day: number, year: string) =>
    written.has(`${month}-${day}`) || writtenWithYear.has(`${month}-${day}-${year}`) || (year.length === 2 && [...writtenWithYear].some((k) => k.startsWith(`${month}-${day}-`) && k.endsWith(year)));
  for (const [a, b, year] of ambiguous) {
    const dayFirst = shows(b, a, year);
    if (dayFirst !== shows(a, b, year)) return dayFirst ? 'day' : 'month';
  }
  return null;
}

/** 1-12 for a month's English name or its three-letter stem, else 0. */
function monthNumber(word: string): number {
  const stem = /\p{L}{3}/u.exec(word)?.[0].toLowerCase();
  return stem ? MONTH_STEMS.indexOf(stem) + 1 : 0;
}

/**
 * Whether a page's own dates and spelling read day-first: a numeric date with a part over 12
 * settles it; else day-month against month-day names, a day-first time zone, day-first words.
 */
export function textReadsDayFirst(text: string): boolean {
  const r = dateRules();
  const shown = numericDateOrder(text) ?? orderOfWrittenDay(text);
  if (shown !== null) return shown === 'day';
  let score = (text.match(r.dayMonthName)?.length ?? 0) - (text.match(r.monthNameDay)?.length ?? 0);
  if (r.dayFirstZone.test(text)) score += 2;
  score += Math.min(2, text.match(r.dayFirstWords)?.length ?? 0);
  return score > 0;
}
