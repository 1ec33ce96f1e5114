/**
 * The story's focus, followed in reading order: expressions that name no date of their own ("a
 * year earlier", "the quarter", "later that year", "the next day") take the period the story is
 * about (the last quarter or half it named) or the last date it mentioned, as TimeML reads them.
 * Without one they keep the value the parser gave against the publication date.
 */
import type { Granularity } from '../schema.js';
import { DAY_MS, dayIndex } from './calendar.js';
import { periodValue, type ResolvedDate } from './resolve.js';

interface Period {
  granularity: Granularity;
  year: number;
  month: number;
  day: number;
}

const FINENESS: Record<Granularity, number> = { century: 0, decade: 1, year: 2, half: 3, quarter: 3, season: 3, month: 4, week: 5, day: 6, time: 7 };

function periodOf(r: ResolvedDate): Period {
  const d = r.start;
  return { granularity: r.granularity, year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

function withPeriod(r: ResolvedDate, p: Period): ResolvedDate {
  const granularity = p.granularity === 'time' ? 'day' : p.granularity;
  return { ...r, granularity, value: periodValue(granularity, p.year, p.month, p.day), start: new Date(dayIndex(p.year, p.month, p.day)), relative: true };
}

/** A period moved by whole units of its own size, or of `unit`. */
function move(p: Period, unit: Granularity, n: number): Period {
  switch (unit) {
    case 'year':
      return { ...p, year: p.year + n };
    case 'quarter':
    case 'half':
    case 'month': {
      const months = unit === 'quarter' ? 3 : unit === 'half' ? 6 : 1;
      const total = p.year * 12 + p.month - 1 + n * months;
      return { ...p, year: Math.floor(total / 12), month: (total % 12) + 1 };
    }
    default: {
      const d = new Date(dayIndex(p.year, p.month, p.day) + n * (unit === 'week' ? 7 : 1) * DAY_MS);
      return { ...p, year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
    }
  }
}

/**
 * A period a results story can report: one that ended within the last year or ends within the
 * quarter (a fiscal "fourth quarter ended Sept. 30" reads as the calendar's Q4). "The third
 * quarter of 1984" is history, "the third quarter of 1990" a forecast: neither is what "a year
 * earlier" is measured from.
 */
const REPORT_WINDOW_BEFORE = 400 * DAY_MS;
const REPORT_WINDOW_AFTER = 92 * DAY_MS;

function periodEnd(p: Period): number {
  const months = p.granularity === 'half' ? 6 : 3;
  const total = p.year * 12 + p.month - 1 + months;
  return dayIndex(Math.floor(total / 12), (total % 12) + 1, 1) - DAY_MS;
}

export class StoryFocus {
  /** `published`: the publication day, which bounds the periods a story can report on. */
  constructor(private readonly published: number | null = null) {}

  /** The last quarter or half the story named: what "the quarter" and "a year earlier" refer to. */
  private period: Period | null = null;
  /** The dates mentioned so far, latest last (a bounded window is enough for "that day"). */
  private readonly history: Period[] = [];

  /** The mention's value, settled against the focus when it names none of its own. */
  settle(r: ResolvedDate): ResolvedDate {
    const out = r.anchor ? this.resolve(r, r.anchor.split(':')) : r;
    this.observe(out, r.anchor);
    return out;
  }

  private resolve(r: ResolvedDate, [kind, a, b, c]: string[]): ResolvedDate {
    if (kind === 'shift') {
      const n = Number(a);
      if (c && /^q[1-4]$/.test(c)) {
        // "the year-earlier third quarter": that quarter, a year before the focus year.
        const year = (this.period?.year ?? r.start.getUTCFullYear() + n) - n;
        return withPeriod(r, { granularity: 'quarter', year, month: (Number(c.slice(1)) - 1) * 3 + 1, day: 1 });
      }
      if (this.period && (c === '-' || c === 'quarter' || c === 'period' || c === 'half' || b === 'quarter')) {
        return withPeriod(r, move(this.period, b === 'quarter' ? 'quarter' : 'year', -n));
      }
      return r;
    }
    if (kind === 'focus') {
      if (a === 'year' || a === 'current' || !this.period || this.period.granularity !== 'quarter') return r;
      return withPeriod(r, b ? { ...this.period, year: Number(b) } : this.period);
    }
    if (kind === 'anaphor') {
      const unit = a as Granularity;
      const need = FINENESS[unit] ?? FINENESS.day;
      for (let i = this.history.length - 1; i >= 0; i--) {
        const p = this.history[i]!;
        if (FINENESS[p.granularity] >= need) return withPeriod(r, { ...move(p, unit, Number(b)), granularity: unit });
      }
    }
    return r;
  }

  private reportable(p: Period): boolean {
    const end = periodEnd(p);
    return end >= this.published! - REPORT_WINDOW_BEFORE && end <= this.published! + REPORT_WINDOW_AFTER;
  }

  private observe(r: ResolvedDate, anchor: string | null): void {
    // A baseline ("the year-ago quarter") is no new focus; the period compared against stays it.
    if (anchor?.startsWith('shift')) return;
    const p = periodOf(r);
    if (r.granularity === 'quarter' || r.granularity === 'half') {
      // The first reportable period named is the focus (a story leads with the period it reports).
      if (!this.period && (this.published === null || this.reportable(p))) this.period = p;
    }
    if (FINENESS[r.granularity] >= FINENESS.year) {
      this.history.push(p);
      if (this.history.length > 64) this.history.shift();
    }
  }
}
