/**
 * chrono results to DateRefs: the value at the precision actually known (chrono's certain
 * components and our granularity tags, never its implied ones), and the offset a date-time was
 * written with.
 */
import type { ParsedResult } from 'chrono-node';
import type { Granularity } from '../schema.js';
import { isoWeek } from './calendar.js';
import { TAG, tagValue } from './tags.js';

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export interface ResolvedDate {
  value: string;
  granularity: Granularity;
  relative: boolean;
  /** Calendar day (UTC midnight) the value starts on, for ordering and inference. */
  start: Date;
  /** Settled by the stage against the story's focus ("a year earlier", "the quarter", "that day"). */
  anchor: string | null;
  /** A comparison baseline, or "now": a date mention but never an event. */
  notEvent: boolean;
  /** The clause's direction: -1 past, 0 unknown, 1 future. */
  direction: number;
  /** A time of day with no date of its own ("at 4:30 p.m."): the day comes from the date beside it. */
  timeOnly: boolean;
}

/** Offset of an IANA zone at a wall-clock time, as "+HH:MM"/"Z"; null for an unknown zone. */
export function zoneOffset(timezone: string, year: number, month: number, day: number, hour: number, minute: number): string | null {
  if (timezone === 'UTC' || timezone === 'Etc/UTC') return 'Z';
  try {
    const guess = Date.UTC(year, month - 1, day, hour, minute);
    const parts = new Intl.DateTimeFormat('en-US', {
      timeZone: timezone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric',
    }).formatToParts(new Date(guess));
    const get = (t: string) => Number(parts.find((p) => p.type === t)?.value);
    const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour') % 24, get('minute'));
    return formatOffset(Math.round((asUtc - guess) / 60000));
  } catch {
    return null;
  }
}

export function formatOffset(minutes: number): string {
  if (minutes === 0) return 'Z';
  const sign = minutes < 0 ? '-' : '+';
  const m = Math.abs(minutes);
  return `${sign}${pad(Math.floor(m / 60))}:${pad(m % 60)}`;
}

/** The value of a period starting at (year, month, day) at a granularity. */
export function periodValue(granularity: Granularity, year: number, month: number, day: number, tags?: Set<string>): string {
  switch (granularity) {
    case 'century':
    case 'decade':
      return (tags && tagValue(tags, 'nd/value:')) ?? String(year).slice(0, granularity === 'century' ? 2 : 3);
    case 'year':
      return String(year);
    case 'half':
      return `${year}-H${month <= 6 ? 1 : 2}`;
    case 'quarter':
      return `${year}-Q${Math.floor((month - 1) / 3) + 1}`;
    case 'season':
      return `${year}-${(tags && tagValue(tags, 'nd/season:')) ?? 'SU'}`;
    case 'month':
      return `${year}-${pad(month)}`;
    case 'week':
      return isoWeek(year, month, day);
    case 'day':
    case 'time':
      return `${year}-${pad(month)}-${pad(day)}`;
  }
}

export function resolveResult(result: ParsedResult, timezone: string): ResolvedDate | null {
  const c = result.start;
  const tags = result.tags();
  const tagged = tagValue(tags, 'nd/g:') as Granularity | null;
  const year = c.get('year');
  const month = c.get('month');
  const day = c.get('day');
  if (year === null || month === null || day === null) return null;
  // A time of day alone ("20:00") takes its date from outside it: relative, like a weekday.
  const timeOnly = c.isCertain('hour') && !c.isCertain('day') && !c.isCertain('weekday') && !c.isCertain('month');
  const relative = timeOnly || tags.has(TAG.relative) || tags.has('result/relativeDate') || [...tags].some((t) => t.startsWith('casualReference/'));
  let granularity: Granularity;
  if (tagged) granularity = tagged;
  else if (c.isCertain('hour')) granularity = 'time';
  else if (c.isCertain('day')) granularity = 'day';
  else if (c.isCertain('month')) granularity = 'month';
  else if (c.isCertain('year')) granularity = 'year';
  else return null;
  if (granularity !== 'year' && granularity !== 'time' && !c.isCertain('year') && !tagged && !relative) {
    // A month or day whose year chrono only implied and no refiner resolved: keep what is known.
    return null;
  }
  const dayKnown = c.isCertain('day') || granularity === 'week' || granularity === 'day';
  const start = new Date(Date.UTC(year, month - 1, dayKnown ? day : 1));
  let value = periodValue(granularity, year, month, day, tags);
  if (granularity === 'time') {
    const hour = c.get('hour') ?? 0;
    const minute = c.get('minute') ?? 0;
    const written = c.isCertain('timezoneOffset') ? c.get('timezoneOffset') : null;
    const offset = written !== null ? formatOffset(written) : zoneOffset(timezone, year, month, day, hour, minute);
    value = `${value}T${pad(hour)}:${pad(minute)}${offset ?? ''}`;
  }
  const dir = tagValue(tags, 'nd/dir:');
  return {
    value,
    granularity,
    relative,
    start,
    anchor: tagValue(tags, 'nd/anchor:'),
    notEvent: tags.has(TAG.baseline) || tags.has(TAG.now),
    direction: dir === null ? 0 : Number(dir),
    timeOnly: granularity === 'time' && timeOnly,
  };
}
