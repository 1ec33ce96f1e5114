/**
 * chrono results to DateRefs: the value at the precision actually known (chrono's certain
 * components and our granularity tags, never its implied ones).
 */
import type { ParsedResult } from 'chrono-node/en';
import type { Granularity } from '../schema.js';
import { TAG } from './engine.js';

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export interface ResolvedDate {
  value: string;
  granularity: Granularity;
  relative: boolean;
  /** Calendar day (UTC midnight) the value starts on, for ordering and inference. */
  start: Date;
}

function isoWeek(year: number, month: number, day: number): string {
  const d = new Date(Date.UTC(year, month - 1, day));
  const dayNum = (d.getUTCDay() + 6) % 7;
  d.setUTCDate(d.getUTCDate() - dayNum + 3);
  const weekYear = d.getUTCFullYear();
  const firstThursday = new Date(Date.UTC(weekYear, 0, 4));
  const week = 1 + Math.round(((d.getTime() - firstThursday.getTime()) / 86400000 - 3 + ((firstThursday.getUTCDay() + 6) % 7)) / 7);
  return `${weekYear}-W${pad(week)}`;
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

function formatOffset(minutes: number): string {
  if (minutes === 0) return 'Z';
  const sign = minutes < 0 ? '-' : '+';
  const m = Math.abs(minutes);
  return `${sign}${pad(Math.floor(m / 60))}:${pad(m % 60)}`;
}

export function resolveResult(result: ParsedResult, timezone: string): ResolvedDate | null {
  const c = result.start;
  const tags = result.tags();
  const tagged = [...tags].find((t) => t.startsWith('nd/g:'));
  const year = c.get('year');
  const month = c.get('month');
  const day = c.get('day');
  if (year === null || month === null || day === null) return null;
  const relative = tags.has(TAG.relative) || tags.has('result/relativeDate') || [...tags].some((t) => t.startsWith('casualReference/'));
  const start = new Date(Date.UTC(year, month - 1, c.isCertain('day') || tagged === 'nd/g:week' ? day : 1));
  let granularity: Granularity;
  if (tagged) granularity = tagged.slice(5) as Granularity;
  else if (c.isCertain('hour') && c.isCertain('day')) granularity = 'time';
  else if (c.isCertain('hour')) granularity = 'time';
  else if (c.isCertain('day')) granularity = 'day';
  else if (c.isCertain('month')) granularity = 'month';
  else if (c.isCertain('year')) granularity = 'year';
  else return null;
  if (granularity !== 'year' && granularity !== 'time' && !c.isCertain('year') && !tagged && !relative) {
    // A month or day whose year chrono only implied and no refiner resolved: keep what is known.
    return null;
  }
  let value: string;
  switch (granularity) {
    case 'year':
      value = String(year);
      break;
    case 'half':
      value = `${year}-H${month <= 6 ? 1 : 2}`;
      break;
    case 'quarter':
      value = `${year}-Q${Math.floor((month - 1) / 3) + 1}`;
      break;
    case 'season': {
      const code = [...tags].find((t) => t.startsWith('nd/season:'))?.slice(10) ?? 'SU';
      value = `${year}-${code}`;
      break;
    }
    case 'month':
      value = `${year}-${pad(month)}`;
      break;
    case 'week':
      value = isoWeek(year, month, day);
      break;
    case 'day':
      value = `${year}-${pad(month)}-${pad(day)}`;
      break;
    case 'time': {
      const hour = c.get('hour') ?? 0;
      const minute = c.get('minute') ?? 0;
      const written = c.isCertain('timezoneOffset') ? c.get('timezoneOffset') : null;
      const offset = written !== null ? formatOffset(written) : zoneOffset(timezone, year, month, day, hour, minute);
      value = `${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}${offset ?? ''}`;
      break;
    }
  }
  return { value, granularity, relative, start };
}
