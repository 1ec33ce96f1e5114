/**
 * chrono-node, taught to read news: custom parsers for what it misses (bare years, quarters,
 * halves, seasons, "September last year", "earlier this month", "early 2011") and refiners for what
 * it gets wrong (prices read as times, names read as weekdays, durations and comparison baselines,
 * and news-aware resolution of bare weekdays and months against the publication date).
 *
 * Custom results carry tags: `nd/g:<granularity>` for the precision really known and `nd/relative`
 * when the value came from the reference date.
 */
import * as chronoEn from 'chrono-node/en';
import type { Parser, ParsingComponents, ParsingResult, Refiner } from 'chrono-node/en';
import { lazy } from '../lazy.js';
import { trimEndOf } from '../text.js';
import { dateRules, ORDINALS, WORD_NUMBERS } from '../rules/dates.js';

type ParsingContext = Parameters<Parser['pattern']>[0];

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};
const monthNumber = (word: string) => MONTHS[word.toLowerCase().slice(0, 3)] ?? 0;

export const TAG = {
  relative: 'nd/relative',
  custom: 'nd/custom',
  granularity: (g: string) => `nd/g:${g}`,
} as const;

interface RefParts {
  year: number;
  month: number;
  day: number;
}

function refParts(context: ParsingContext): RefParts {
  const d = context.refDate;
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** Resolves "this/last/next year" (and the like) to a year number. */
function relativeYear(word: string | undefined, ref: RefParts): number | null {
  if (!word) return null;
  const w = word.toLowerCase();
  if (/\b(?:last|previous|past)\b/.test(w)) return ref.year - 1;
  if (/\b(?:next|coming|following)\b/.test(w)) return ref.year + 1;
  if (/\bthis\b/.test(w)) return ref.year;
  return null;
}

function twoDigitYear(text: string): number {
  const n = Number(text.replace(/^'/, ''));
  return n < 100 ? 2000 + n : n;
}

function components(context: ParsingContext, known: Record<string, number>, granularity: string, relative: boolean): ParsingComponents {
  const c = context.createParsingComponents(known as never);
  c.addTag(TAG.custom);
  c.addTag(TAG.granularity(granularity));
  if (relative) c.addTag(TAG.relative);
  return c;
}

/** A custom chrono parser from a pattern and a function of its match. */
function parser(pattern: () => RegExp, extract: (context: ParsingContext, m: RegExpMatchArray) => ParsingComponents | ParsingResult | null): Parser {
  return { pattern: () => pattern(), extract } as Parser;
}

const nonGlobal = (re: RegExp) => new RegExp(re.source, re.flags.replace('g', ''));

const customParsers = lazy((): Parser[] => {
  const x = dateRules().extra;
  const monthRelativeYear = nonGlobal(x.monthRelativeYear);
  const quarter = nonGlobal(x.quarter);
  const half = nonGlobal(x.half);
  const season = nonGlobal(x.season);
  const periodYear = nonGlobal(x.periodYear);
  const relativeUnit = nonGlobal(x.relativeUnit);
  const ago = nonGlobal(x.ago);
  const bareYear = nonGlobal(x.bareYear);
  const weekOf = nonGlobal(x.weekOf);
  return [
    // "September last year", "March of next year"
    parser(() => monthRelativeYear, (ctx, m) => {
      const ref = refParts(ctx);
      const year = relativeYear(m[2], ref);
      if (year === null) return null;
      return components(ctx, { year, month: monthNumber(m[1]!) }, 'month', true);
    }),
    // "the third quarter", "fourth-quarter", "Q3 2024", "2024 Q3", "the first quarter of last year"
    parser(() => quarter, (ctx, m) => {
      const ref = refParts(ctx);
      const q = m[1] ? ORDINALS[m[1].toLowerCase()]! : Number(m[3] ?? m[6]);
      let year: number | null = null;
      let relative = false;
      if (m[2]) {
        year = /^\d/.test(m[2]) ? Number(m[2]) : relativeYear(m[2], ref);
        relative = !/^\d/.test(m[2]);
      } else if (m[4]) year = twoDigitYear(m[4]);
      else if (m[5]) year = Number(m[5]);
      if (year === null) {
        // A quarter that has not begun yet is last year's, unless the clause is about the future (refiner).
        year = ref.year;
        relative = true;
      }
      const c = components(ctx, { year, month: (q - 1) * 3 + 1 }, 'quarter', relative);
      if (relative && !m[2]) c.addTag('nd/unanchored');
      return c;
    }),
    // "the first half", "the second half of 2024", "H1 2025"
    parser(() => half, (ctx, m) => {
      const ref = refParts(ctx);
      const h = m[1] ? ORDINALS[m[1].toLowerCase()]! : Number(m[3]);
      let year: number | null = null;
      if (m[2]) year = /^\d/.test(m[2]) ? Number(m[2]) : relativeYear(m[2], ref);
      else if (m[4]) year = Number(m[4]);
      const relative = year === null || !/^\d/.test(m[2] ?? m[4] ?? '');
      const c = components(ctx, { year: year ?? ref.year, month: h === 1 ? 1 : 7 }, 'half', relative);
      if (year === null) c.addTag('nd/unanchored');
      return c;
    }),
    // "next spring", "last summer", "summer 2022", "the summer of 2018"; a bare season word is not a date.
    parser(() => season, (ctx, m) => {
      const ref = refParts(ctx);
      const modifier = m[1]?.toLowerCase();
      const name = m[2]!.toLowerCase();
      if (!modifier && !m[3]) return null;
      if (modifier === 'the' && !m[3]) return null;
      const month = { spring: 3, summer: 6, autumn: 9, fall: 9, winter: 12 }[name as 'spring']!;
      let year: number;
      if (m[3]) year = Number(m[3]);
      else {
        // Season months: spring 3-5, summer 6-8, autumn 9-11, winter 12-2 (named by the year it starts in).
        const inOrAfter = ref.month >= month || (month === 12 && ref.month <= 2);
        const over = month === 12 ? false : ref.month > month + 2;
        const startYear = month === 12 && ref.month <= 2 ? ref.year - 1 : ref.year;
        if (modifier === 'next') year = inOrAfter ? startYear + 1 : startYear;
        else if (modifier === 'last') year = over ? ref.year : startYear - 1;
        else year = startYear;
      }
      const c = components(ctx, { year, month }, 'season', !m[3]);
      c.addTag(`nd/season:${dateRules().seasonCode[name]}`);
      return c;
    }),
    // "early 2011", "mid-2020", "late last year", "the end of next year"
    parser(() => periodYear, (ctx, m) => {
      const ref = refParts(ctx);
      const year = m[2] ? Number(m[2]) : relativeYear(m[3], ref);
      if (year === null) return null;
      return components(ctx, { year }, 'year', !m[2]);
    }),
    // "last year", "this month", "earlier this month", "next week", "late last year"
    parser(() => relativeUnit, (ctx, m) => {
      const ref = refParts(ctx);
      const mod = m[1]!.toLowerCase();
      const unit = m[2]!.toLowerCase();
      const step = /\b(?:last|previous|past)\b/.test(mod) ? -1 : /\b(?:next|coming)\b/.test(mod) ? 1 : 0;
      if (unit === 'year') return components(ctx, { year: ref.year + step }, 'year', true);
      if (unit === 'decade') return null;
      if (unit === 'month') {
        const total = ref.year * 12 + (ref.month - 1) + step;
        return components(ctx, { year: Math.floor(total / 12), month: (total % 12) + 1 }, 'month', true);
      }
      const d = new Date(Date.UTC(ref.year, ref.month - 1, ref.day + 7 * step));
      return components(ctx, { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() }, 'week', true);
    }),
    // "the week of May 18"
    parser(() => weekOf, (ctx, m) => {
      const ref = refParts(ctx);
      const month = monthNumber(m[1]!);
      const day = Number(m[2]);
      let year = m[3] ? Number(m[3]) : ref.year;
      if (!m[3] && Date.UTC(year, month - 1, day) < Date.UTC(ref.year, ref.month - 1, ref.day) - 180 * 86400000) year += 1;
      return components(ctx, { year, month, day }, 'week', !m[3]);
    }),
    // "two years ago", "a month ago"
    parser(() => ago, (ctx, m) => {
      const ref = refParts(ctx);
      const n = WORD_NUMBERS[m[1]!.toLowerCase()] ?? Number(m[1]);
      const unit = m[2]!.toLowerCase().replace(/s$/, '');
      if (unit === 'year') return components(ctx, { year: ref.year - n }, 'year', true);
      if (unit === 'month') {
        const total = ref.year * 12 + (ref.month - 1) - n;
        return components(ctx, { year: Math.floor(total / 12), month: (total % 12) + 1 }, 'month', true);
      }
      const d = new Date(Date.UTC(ref.year, ref.month - 1, ref.day - 7 * n));
      return components(ctx, { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() }, 'week', true);
    }),
    // "in 2019", "2009-2010" (the range's second year is found by the next match)
    parser(() => bareYear, (ctx, m) => {
      const before = ctx.text.slice(Math.max(0, m.index! - 24), m.index!);
      const after = ctx.text.slice(m.index! + m[1]!.length, m.index! + m[1]!.length + 2);
      const inRange = /[-–]\s*$/.test(before) && /(?:19|20)\d\d\s*[-–]\s*$/.test(before);
      const beforeRange = /^\s*[-–]/.test(after);
      if (!dateRules().yearContext.test(before) && !/^\s*(?:[,.;:)!?]|$)/.test(after) && !inRange && !beforeRange) return null;
      if (/[$€£¥#]\s*$|\d[.,]?$/.test(before)) return null;
      return ctx.createParsingResult(m.index!, m[1]!, components(ctx, { year: Number(m[1]) }, 'year', false));
    }),
  ];
});

function textBefore(context: ParsingContext, result: ParsingResult, chars = 80): string {
  return context.text.slice(Math.max(0, result.index - chars), result.index);
}

function textAfter(context: ParsingContext, result: ParsingResult, chars = 40): string {
  return context.text.slice(result.index + result.text.length, result.index + result.text.length + chars);
}

/**
 * Whether the clause around a result speaks of the future: a future cue earlier in the sentence
 * with no past-tense verb between it and the date ("is expected to cut rates at its meeting on
 * March 12", but not "will ... after it closed in March").
 */
export function isFutureClause(context: ParsingContext, result: ParsingResult): boolean {
  if (/\b(?:next|coming|upcoming)\b/i.test(result.text)) return true;
  const r = dateRules();
  const before = textBefore(context, result, 160).split(/[.!?;]\s/).pop() ?? '';
  const cue = [...before.matchAll(new RegExp(r.futureCue.source, 'gi'))].pop();
  if (!cue) return false;
  const between = before.slice(cue.index! + cue[0].length);
  return !r.pastVerb.test(between.replace(new RegExp(r.futureCue.source, 'gi'), ' '));
}

const dropFalsePositives: Refiner = {
  refine: (context, results) => {
    const r = dateRules();
    return results.filter((res) => {
      const c = res.start;
      const before = textBefore(context, res, 12);
      const after = textAfter(context, res, 20);
      const timeOnly = c.isCertain('hour') && !c.isCertain('day') && !c.isCertain('weekday') && !c.isCertain('month');
      // "$2.50 a share" read as 2:50; "at 5" read as five o'clock.
      if (timeOnly) {
        if (r.pricePrefix.test(before) || r.priceSuffix.test(after)) return false;
        if (!/[:.]\d\d|[ap]\.?m\b|noon|midnight/i.test(res.text)) return false;
        if (/^\d+\.\d\d\s*(?:a|an)?$/i.test(res.text.trim()) && !/[ap]\.?m/i.test(res.text)) return false;
      }
      // "7/8" with no year: a stock fraction more often than a date.
      if (/^\d{1,2}\/\d{1,2}$/.test(res.text.trim())) return false;
      // "Sun Microsystems", "March Networks": a lone month or weekday word followed by a capitalised name.
      if (/^(?:on\s+)?[A-Z][a-z]+\.?$/.test(res.text.trim()) && /^\s+[A-Z][a-z]/.test(after) && !/^\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/.test(after)) return false;
      // "now" and "right now" are not dates.
      if (/^(?:right )?now$/i.test(res.text.trim())) return false;
      // "may" and "march" as verbs; lower-case weekday/month words.
      if (/^(?:may|march|sun|sat|wed)$/.test(res.text.trim())) return false;
      if (/^(?:Sun|Sat|Wed|Mar|Jan)$/.test(res.text.trim())) return false;
      return true;
    });
  },
};

const dropDurationsAndBaselines: Refiner = {
  refine: (context, results) => {
    const r = dateRules();
    return results.filter((res) => {
      const text = res.text.trim();
      if (r.notADate.some((p) => p.test(text))) return false;
      const relative = res.tags().has('result/relativeDate') || res.tags().has(TAG.relative) || /\bago\b/i.test(text);
      if (r.vague.test(text) && !res.tags().has(TAG.custom)) return false;
      const absolute = res.start.isCertain('year') && !relative;
      if (/^(?:for|within|over|in|after|before)\s/i.test(text) && res.tags().has('result/relativeDate')) return false; // "for four years", "in three weeks"
      if (/\b(?:earlier|later|before|after|prior)$/i.test(text) && res.tags().has('result/relativeDate')) return false; // "a year earlier"
      if (!absolute && r.baselinePrefix.test(textBefore(context, res, 40))) return false;
      return true;
    });
  },
};

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** "April 17" read as April 2017: a day of the month, not a two-digit year. */
const monthDayNotYear: Refiner = {
  refine: (context, results) => {
    for (const res of results) {
      const m = /^([A-Za-z]{3,9})\.?\s+(\d{1,2})$/.exec(res.text.trim());
      const c = res.start;
      if (!m || c.isCertain('day') || !c.isCertain('year') || !c.isCertain('month') || Number(m[2]) > 31) continue;
      const fresh = context.createParsingComponents({ month: c.get('month')!, day: Number(m[2]) } as never);
      res.start = fresh;
    }
    return results;
  },
};

/**
 * News resolution: a bare weekday is the most recent such day on or before publication, a month
 * without a year the most recent such month, unless the clause speaks of the future.
 */
const resolveForNews: Refiner = {
  refine: (context, results) => {
    const ref = refParts(context);
    const refIndex = Date.UTC(ref.year, ref.month - 1, ref.day);
    for (const res of results) {
      const c = res.start;
      const future = isFutureClause(context, res);
      if (c.isCertain('weekday') && !c.isCertain('day')) {
        const weekday = c.get('weekday')!;
        const refWeekday = new Date(refIndex).getUTCDay();
        let delta: number;
        const last = /\blast\b/i.test(res.text);
        if (future) delta = ((weekday - refWeekday + 7) % 7) || 7;
        else delta = -((refWeekday - weekday + 7) % 7 || (last ? 7 : 0));
        const d = new Date(refIndex + delta * 86400000);
        c.assign('year', d.getUTCFullYear());
        c.assign('month', d.getUTCMonth() + 1);
        c.assign('day', d.getUTCDate());
        res.addTag(TAG.relative);
        continue;
      }
      if (c.isCertain('month') && !c.isCertain('year') && !res.tags().has(TAG.custom)) {
        const month = c.get('month')!;
        const hasDay = c.isCertain('day');
        const day = hasDay ? c.get('day')! : 1;
        let year = ref.year;
        const candidate = Date.UTC(year, month - 1, hasDay ? day : 1);
        const monthStartPassed = hasDay ? candidate <= refIndex : month <= ref.month;
        if (future) year = monthStartPassed && (hasDay ? candidate < refIndex : month < ref.month) ? ref.year + 1 : ref.year;
        else if (!monthStartPassed) year = ref.year - 1;
        c.assign('year', year);
        if (hasDay && day > daysInMonth(year, month)) c.assign('day', daysInMonth(year, month));
        res.addTag(TAG.relative);
        continue;
      }
      if (res.tags().has('nd/unanchored') && !future) {
        // "the third quarter" said in May: last year's third quarter.
        const month = c.get('month')!;
        if (month > ref.month) c.assign('year', c.get('year')! - 1);
      }
    }
    return results;
  },
};

/** Spans exclude a leading "on"/"in"/"at" and trailing punctuation. */
const trimSpans: Refiner = {
  refine: (_context, results) => {
    for (const res of results) {
      const lead = /^(?:on|in|at|by|from|during|since|until)\s+/i.exec(res.text);
      if (lead) {
        res.index += lead[0].length;
        res.text = res.text.slice(lead[0].length);
      }
      const trimmed = trimEndOf(res.text, ' \t\n,.;:!?)');
      // Keep the dot of "a.m." and "Sept." when it ends the expression.
      res.text = res.text.length === trimmed.length + 1 && res.text.endsWith('.') && /\b(?:[ap]\.m|[A-Z][a-z]{2})$/.test(trimmed) ? `${trimmed}.` : trimmed;
    }
    return results.filter((r) => r.text.length > 0);
  },
};

/** chrono's own filter drops results that are only digits; our bare years are meant to be. */
function sparingCustom(refiner: Refiner): Refiner {
  return {
    refine: (context, results) => {
      const kept = new Set(refiner.refine(context, results.filter((r) => !r.tags().has(TAG.custom))));
      return results.filter((r) => r.tags().has(TAG.custom) || kept.has(r));
    },
  };
}

/** A pattern that fails at once: what a gated parser scans when its trigger word is absent. */
const NEVER = /^(?!)/;

/**
 * chrono runs every parser's pattern over the whole text; some patterns are slow to scan with
 * (the time-unit alternations). A parser whose match needs a word the text lacks is skipped.
 */
function gated(parser: Parser): Parser {
  const gate = dateRules().parserGates[parser.constructor?.name ?? ''];
  if (!gate) return parser;
  return { pattern: (context) => (gate.test(context.text) ? parser.pattern(context) : NEVER), extract: (context, match) => parser.extract(context, match) } as Parser;
}

function build(dayFirst: boolean) {
  const base = dayFirst ? chronoEn.GB : chronoEn.casual;
  const engine = base.clone();
  engine.parsers = engine.parsers.map(gated);
  engine.refiners = engine.refiners.map((r) => (r.constructor?.name === 'UnlikelyFormatFilter' ? sparingCustom(r) : r));
  engine.parsers.unshift(...customParsers());
  engine.refiners.push(dropFalsePositives, dropDurationsAndBaselines, monthDayNotYear, resolveForNews, trimSpans);
  return engine;
}

/** The chrono instance for month-first (US) or day-first pages, built once on first use. */
export const dateEngine = {
  monthFirst: lazy(() => build(false)),
  dayFirst: lazy(() => build(true)),
};
