/**
 * Calendar arithmetic on plain UTC days: ISO weeks, holidays, and the occurrences of a period
 * named without its year ("June", "Jan. 9", "Friday", "the third quarter", "Christmas") before and
 * after a reference day, from which the clause's tense picks one.
 */
import type { HolidaySpec, SeasonCode } from '../rules/dates.js';
import { lazy } from '../lazy.js';

export const DAY_MS = 86_400_000;
const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export const dayIndex = (year: number, month: number, day: number) => Date.UTC(year, month - 1, day);

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isoWeek(year: number, month: number, day: number): string {
  const d = new Date(Date.UTC(year, month - 1, day));
  const dayNum = (d.getUTCDay() + 6) % 7;
  d.setUTCDate(d.getUTCDate() - dayNum + 3);
  const weekYear = d.getUTCFullYear();
  const firstThursday = new Date(Date.UTC(weekYear, 0, 4));
  const week = 1 + Math.round(((d.getTime() - firstThursday.getTime()) / DAY_MS - 3 + ((firstThursday.getUTCDay() + 6) % 7)) / 7);
  return `${weekYear}-W${pad(week)}`;
}

/** Easter Sunday (Gregorian), by the anonymous computus. */
function easter(year: number): { month: number; day: number } {
  const a = year % 19, b = Math.floor(year / 100), c = year % 100, d = Math.floor(b / 4), e = b % 4;
  const f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3), h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4), k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return { month, day: ((h + l - 7 * m + 114) % 31) + 1 };
}

export function holidayDate(spec: HolidaySpec, year: number): { year: number; month: number; day: number } {
  if ('easter' in spec) {
    const e = easter(year);
    const d = new Date(dayIndex(year, e.month, e.day) + spec.easter * DAY_MS);
    return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
  }
  if ('weekday' in spec) {
    if (spec.nth === -1) {
      const last = daysInMonth(year, spec.month);
      const w = new Date(dayIndex(year, spec.month, last)).getUTCDay();
      return { year, month: spec.month, day: last - ((w - spec.weekday + 7) % 7) };
    }
    const w1 = new Date(dayIndex(year, spec.month, 1)).getUTCDay();
    // nth 0: the day after the first Monday (a U.S. Election Day is the Tuesday after the first Monday).
    const nth = spec.nth === 0 ? 1 : spec.nth;
    const weekday = spec.nth === 0 ? 1 : spec.weekday;
    const day = 1 + ((weekday - w1 + 7) % 7) + 7 * (nth - 1) + (spec.nth === 0 ? 1 : 0);
    return { year, month: spec.month, day };
  }
  return { year, month: spec.month, day: spec.day };
}

/** Start and end months of a season, named by the year it starts in (winter starts in December). */
export const SEASON_MONTHS: Record<SeasonCode, [number, number]> = { SP: [3, 5], SU: [6, 8], FA: [9, 11], WI: [12, 14] };

export interface Occurrence {
  /** The year the period is named by. */
  year: number;
  month: number;
  day: number;
  /** First and last day (UTC ms). */
  from: number;
  to: number;
}

export type Period =
  | { kind: 'day'; month: number; day: number }
  | { kind: 'month'; month: number }
  | { kind: 'weekday'; weekday: number }
  | { kind: 'quarter'; quarter: number }
  | { kind: 'half'; half: number }
  | { kind: 'season'; season: SeasonCode }
  | { kind: 'holiday'; spec: HolidaySpec };

function occurrenceIn(p: Period, year: number): Occurrence {
  switch (p.kind) {
    case 'day': {
      const day = Math.min(p.day, daysInMonth(year, p.month));
      const at = dayIndex(year, p.month, day);
      return { year, month: p.month, day, from: at, to: at };
    }
    case 'month':
      return { year, month: p.month, day: 1, from: dayIndex(year, p.month, 1), to: dayIndex(year, p.month, daysInMonth(year, p.month)) };
    case 'quarter': {
      const m = (p.quarter - 1) * 3 + 1;
      return { year, month: m, day: 1, from: dayIndex(year, m, 1), to: dayIndex(year, m + 3, 1) - DAY_MS };
    }
    case 'half': {
      const m = p.half === 1 ? 1 : 7;
      return { year, month: m, day: 1, from: dayIndex(year, m, 1), to: dayIndex(year, m + 6, 1) - DAY_MS };
    }
    case 'season': {
      const [a, b] = SEASON_MONTHS[p.season];
      return { year, month: a, day: 1, from: dayIndex(year, a, 1), to: dayIndex(year, b + 1, 1) - DAY_MS };
    }
    case 'holiday': {
      const d = holidayDate(p.spec, year);
      const at = dayIndex(d.year, d.month, d.day);
      return { year, month: d.month, day: d.day, from: at, to: at };
    }
    case 'weekday':
      throw new Error('weekday occurrences are by week, not by year');
  }
}

/** The latest occurrence that has begun by `ref` and the earliest that has not ended before it. */
export function occurrencesAround(p: Period, ref: number): { prev: Occurrence; next: Occurrence } {
  if (p.kind === 'weekday') {
    const w = new Date(ref).getUTCDay();
    const back = (w - p.weekday + 7) % 7;
    const fwd = (p.weekday - w + 7) % 7 || 7;
    const at = (t: number): Occurrence => {
      const d = new Date(t);
      return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), from: t, to: t };
    };
    return { prev: at(ref - back * DAY_MS), next: at(ref + fwd * DAY_MS) };
  }
  const year = new Date(ref).getUTCFullYear();
  let prev = occurrenceIn(p, year + 1);
  for (let y = year + 1; prev.from > ref && y > year - 2; ) prev = occurrenceIn(p, --y);
  let next = occurrenceIn(p, year - 1);
  for (let y = year - 1; next.to < ref && y < year + 2; ) next = occurrenceIn(p, ++y);
  return { prev, next };
}

/** Calendars other than the Gregorian that pages date themselves in: Iran's and Afghanistan's solar Hijri, the Arabian lunar Hijri. */
export type OtherCalendar = 'persian' | 'islamic-umalqura';

/** The runtime's formatters of those calendars (ICU), built on first use. */
const calendarFormats = lazy(() => {
  const format = (calendar: OtherCalendar) => new Intl.DateTimeFormat(`en-u-ca-${calendar}-nu-latn`, { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' });
  return { persian: format('persian'), 'islamic-umalqura': format('islamic-umalqura') } as Record<OtherCalendar, Intl.DateTimeFormat>;
});

/** Days the solar and lunar Hijri years run on average, and the Gregorian year each calendar's year 1 began in. */
const CALENDAR_YEAR_DAYS: Record<OtherCalendar, number> = { persian: 365.2422, 'islamic-umalqura': 354.367 };
const CALENDAR_EPOCH_MS: Record<OtherCalendar, number> = { persian: Date.UTC(622, 2, 22), 'islamic-umalqura': Date.UTC(622, 6, 16) };
/** How far from its estimate the day may lie, in days, before the search gives up. */
const CALENDAR_SEARCH_DAYS = 40;

/**
 * The Gregorian day ('YYYY-MM-DD') of a day of another calendar ("۱۴۰۵/۰۷/۲۸" is 2026-10-20), or
 * null where the calendar has no such day. Read by the runtime's calendar: estimated, then walked
 * to the day whose formatting in that calendar is the one asked for.
 */
export function fromCalendar(calendar: OtherCalendar, year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const format = calendarFormats()[calendar];
  const yearDays = CALENDAR_YEAR_DAYS[calendar];
  const monthDays = yearDays / 12;
  const estimate = CALENDAR_EPOCH_MS[calendar] + Math.round(((year - 1) * yearDays + (month - 1) * monthDays + (day - 1))) * DAY_MS;
  const target = (year * 12 + month) * 32 + day;
  let at = estimate;
  for (let step = 0; step < CALENDAR_SEARCH_DAYS; step++) {
    const parts = format.formatToParts(new Date(at));
    const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? NaN);
    const here = (get('year') * 12 + get('month')) * 32 + get('day');
    if (here === target) return new Date(at).toISOString().slice(0, 10);
    // A month's distance at most a few days off: step by the difference, a day at a time near it.
    const diff = target - here;
    at += (Math.abs(diff) >= 32 ? Math.round(diff / 32) * Math.round(monthDays) : diff > 0 ? 1 : -1) * DAY_MS;
  }
  return null;
}
