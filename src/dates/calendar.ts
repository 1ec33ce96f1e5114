/**
 * Calendar arithmetic on plain UTC days: ISO weeks, holidays, and the occurrences of a period
 * named without its year ("June", "Jan. 9", "Friday", "the third quarter", "Christmas") before and
 * after a reference day, from which the clause's tense picks one.
 */
import type { HolidaySpec, SeasonCode } from '../rules/dates.js';

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
