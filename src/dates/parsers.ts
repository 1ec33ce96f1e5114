/**
 * Our news parsers for chrono-node: each language's rule table (`src/rules/dates.ts`) compiled to
 * chrono parsers, and one interpreter that turns a rule's named groups into date components at the
 * precision the text gives, tagged with how the value was found.
 */
import type { Parser, ParsingComponents, ParsingResult } from 'chrono-node';
import { lazy } from '../lazy.js';
import { dateRules, DATE_LANGUAGES, YEAR_PATTERN, type DateLanguageSpec, type DateRuleKind, type DateUnit, type SeasonCode } from '../rules/dates.js';
import { DAY_MS, dayIndex, holidayDate, SEASON_MONTHS } from './calendar.js';
import { TAG, type UnanchoredKind } from './tags.js';
import { clauseDirection, compileTense, type CompiledTense } from './tense.js';
import { isUnspacedScript, lowerCased } from '../text.js';

/** Characters either side of "the first half" read for a match's words. */
const MATCH_WINDOW = 150;

export type ParsingContext = Parameters<Parser['pattern']>[0];

export interface CompiledRule {
  kind: DateRuleKind;
  re: RegExp;
  gate: RegExp;
}

export interface CompiledLanguage {
  lang: string;
  spec: DateLanguageSpec;
  rules: CompiledRule[];
  notYearAfter: RegExp;
  notYearBefore: RegExp;
  oldYearBefore: RegExp;
  yearCountAfter: RegExp | null;
  yearStrongBefore: RegExp | null;
  leadTrim: RegExp;
  tense: CompiledTense;
  /** Any word the language's rules or chrono's parsers need: a sentence without one is not parsed. */
  mayHoldDate: TextTest;
  /** The gate of the rules that need no chrono parser ("now", "currently"), or null. */
  nowGate: RegExp | null;
  /** A month name at the start of a text: "am 14. | Mai" is one sentence, not two. */
  monthFirst: RegExp;
}

export interface TextTest {
  test(text: string): boolean;
}

/** English has a finer test, in two halves (one case-sensitive: "May" the month, not the verb). */
function englishMayHoldDate(): TextTest {
  const { mayHoldDate, mayHoldDateLower, mayHoldDateCased } = dateRules();
  return {
    test: (text) => {
      const lower = lowerCased(text);
      return (lower !== null ? mayHoldDateLower.test(lower) : mayHoldDate.test(text)) || mayHoldDateCased.test(text);
    },
  };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (words: string[]) => [...words].sort((a, b) => b.length - a.length).map(escape).join('|');

function compile(lang: string, spec: DateLanguageSpec): CompiledLanguage {
  const month = alternation(Object.keys(spec.months));
  const expand = (source: string) => source.replaceAll('{month}', `(?:${month})`).replaceAll('{year}', YEAR_PATTERN);
  // The 'u' flag makes V8 try every alternative at every position (ten times slower on a
  // sentence that fails): only patterns with Unicode classes get it.
  const flags = (source: string, cased?: boolean) => (cased ? '' : 'i') + (/\\p\{/.test(source) ? 'u' : '');
  const rules = spec.rules.map((r) => {
    const pattern = expand(r.pattern);
    const gate = expand(r.gate);
    return { kind: r.kind, re: new RegExp(pattern, flags(pattern, r.cased)), gate: new RegExp(gate, flags(gate, r.cased)) };
  });
  const words = [
    ...Object.keys(spec.months), ...Object.keys(spec.seasons), ...Object.keys(spec.units), ...Object.keys(spec.rel), ...spec.triggers,
    ...Object.keys(spec.holidays).map((h) => h.split(' ').pop()!),
  ].filter((w) => w.length >= 3 || isUnspacedScript(w[0])); // two Han or Hangul characters make a word
  return {
    lang,
    spec,
    rules,
    notYearAfter: new RegExp(`^${spec.notYearAfter}`),
    notYearBefore: new RegExp(spec.notYearBefore),
    oldYearBefore: new RegExp(spec.oldYearBefore, 'i'),
    yearCountAfter: spec.yearCountAfter ? new RegExp(`^${spec.yearCountAfter}`) : null,
    yearStrongBefore: spec.yearStrongBefore ? new RegExp(spec.yearStrongBefore, 'i') : null,
    leadTrim: new RegExp(`^(?:${spec.leadTrim})\\s+`, 'i'),
    tense: compileTense(spec.tense),
    mayHoldDate: lang === 'en' ? englishMayHoldDate() : new RegExp(`\\d|${alternation([...new Set(words)])}`, 'i'),
    monthFirst: new RegExp(`^(?:${month})\\b`, 'i'),
    nowGate: spec.rules.some((r) => r.kind === 'now') ? new RegExp(spec.rules.filter((r) => r.kind === 'now').map((r) => r.gate).join('|'), 'i') : null,
  };
}

/** Compiled languages, one lazy table each (a page in one language compiles only that one). */
const COMPILED: Record<string, () => CompiledLanguage> = Object.fromEntries(
  Object.entries(DATE_LANGUAGES).map(([lang, spec]) => [lang, lazy(() => compile(lang, spec))]),
);

/** The compiled table of a language we have one for, or null. */
export function dateLanguage(lang: string): CompiledLanguage | null {
  return COMPILED[lang]?.() ?? null;
}

export const supportedDateLanguages = Object.keys(DATE_LANGUAGES);

// ---------------------------------------------------------------- interpretation

interface Ref {
  year: number;
  month: number;
  day: number;
  ms: number;
}

function refOf(ctx: ParsingContext): Ref {
  const d = ctx.refDate;
  const year = d.getUTCFullYear(), month = d.getUTCMonth() + 1, day = d.getUTCDate();
  return { year, month, day, ms: dayIndex(year, month, day) };
}

type Known = Partial<Record<'year' | 'month' | 'day', number>>;

function components(ctx: ParsingContext, known: Known, granularity: string, relative: boolean, tags: string[] = []): ParsingComponents {
  const c = ctx.createParsingComponents(known as never);
  c.addTag(TAG.custom);
  c.addTag(TAG.granularity(granularity));
  if (relative) c.addTag(TAG.relative);
  for (const t of tags) c.addTag(t);
  return c;
}

const lookup = <T>(table: Record<string, T>, word: string | undefined): T | undefined =>
  word === undefined ? undefined : table[word.toLowerCase().replace(/\s+/g, ' ').replace(/[’]/g, "'").replace(/\.$/, '')];

/** A month by its name, or by its number where the language writes it so ("tháng 6", "28/2"). */
function monthOf(L: DateLanguageSpec, word: string | undefined): number | undefined {
  const named = lookup(L.months, word);
  if (named !== undefined || word === undefined || !/^\d{1,2}$/.test(word)) return named;
  const n = Number(word);
  return n >= 1 && n <= 12 ? n : undefined;
}

/** The first direction word inside a phrase ("last year" -1, "l'année dernière" -1, "des Jahres" 0). */
function relIn(L: DateLanguageSpec, phrase: string): -1 | 0 | 1 {
  const whole = lookup(L.rel, phrase);
  if (whole !== undefined) return whole;
  for (const w of phrase.toLowerCase().split(/[\s'’]+/)) if (w in L.rel) return L.rel[w]!;
  return 0;
}

const groupsNamed = (g: Record<string, string | undefined>, name: string) =>
  Object.entries(g).filter(([k, v]) => v !== undefined && (k === name || (k.startsWith(name) && /^\d$/.test(k.slice(name.length))))).map(([, v]) => v!);

function twoDigitYear(yy: string, ref: Ref): number {
  const n = Number(yy);
  return 2000 + n <= ref.year + 5 ? 2000 + n : 1900 + n;
}

/** The year a match names: four digits, two ("'09"), or a relative phrase; null when it names none. */
function yearOf(L: DateLanguageSpec, g: Record<string, string | undefined>, ref: Ref): { year: number; relative: boolean } | null {
  const four = groupsNamed(g, 'year')[0];
  if (four) return { year: Number(four), relative: false };
  if (g.yy) return { year: twoDigitYear(g.yy, ref), relative: false };
  const rel = groupsNamed(g, 'yrel')[0];
  if (rel) return { year: ref.year + relIn(L, rel), relative: true };
  return null;
}

function numberOf(L: DateLanguageSpec, word: string | undefined): number {
  if (!word) return 1;
  return lookup(L.numbers, word) ?? (Number(word) || 1);
}

function ordinalOf(L: DateLanguageSpec, word: string | undefined): number | null {
  if (!word) return null;
  return lookup(L.ordinals, word) ?? (Number(word.replace(/\D/g, '')) || null);
}

/** A period a whole number of units away from the reference. */
function shifted(ctx: ParsingContext, unit: DateUnit, step: number, ref: Ref, tags: string[] = []): ParsingComponents | null {
  switch (unit) {
    case 'year':
      return components(ctx, { year: ref.year + step }, 'year', true, tags);
    case 'month': {
      const total = ref.year * 12 + ref.month - 1 + step;
      return components(ctx, { year: Math.floor(total / 12), month: (total % 12) + 1 }, 'month', true, tags);
    }
    case 'quarter': {
      const total = ref.year * 4 + Math.floor((ref.month - 1) / 3) + step;
      return components(ctx, { year: Math.floor(total / 4), month: (total % 4) * 3 + 1 }, 'quarter', true, tags);
    }
    case 'half': {
      const total = ref.year * 2 + (ref.month <= 6 ? 0 : 1) + step;
      return components(ctx, { year: Math.floor(total / 2), month: (total % 2) * 6 + 1 }, 'half', true, tags);
    }
    case 'week':
    case 'day': {
      const d = new Date(ref.ms + (unit === 'week' ? 7 : 1) * step * DAY_MS);
      return components(ctx, { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() }, unit, true, tags);
    }
    case 'decade': {
      const decade = Math.floor(ref.year / 10) * 10 + 10 * step;
      return components(ctx, { year: decade }, 'decade', true, [...tags, TAG.value(String(decade).slice(0, 3))]);
    }
    case 'weekend':
      return weekend(ctx, ref, step === 0 ? 0 : step, tags);
  }
}

/** The Saturday of a weekend: -1 the last one, 0 this one (or the coming one on a weekday), 1 the next. */
function weekend(ctx: ParsingContext, ref: Ref, step: number, tags: string[] = []): ParsingComponents {
  const w = new Date(ref.ms).getUTCDay();
  const thisSaturday = ref.ms + (w === 0 ? -1 : 6 - w) * DAY_MS;
  let at = thisSaturday;
  if (step < 0) at = thisSaturday - 7 * DAY_MS;
  if (step > 0 && (w === 6 || w === 0)) at = thisSaturday + 7 * DAY_MS;
  const d = new Date(at);
  return components(ctx, { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() }, 'week', true, tags);
}

/** A period named without a year: provisional values; the tense refiner settles the year. */
function unanchored(ctx: ParsingContext, kind: UnanchoredKind, known: Known, granularity: string, ref: Ref, tags: string[] = []): ParsingComponents {
  const c = components(ctx, { ...known }, granularity, true, [TAG.unanchored(kind), ...tags]);
  // chrono implies the reference year; the refiner assigns the one the clause points to.
  c.imply('year', ref.year);
  return c;
}

const isCapitalised = (s: string) => /^\p{Lu}/u.test(s);

/** A four-digit number that is a year here, not an amount, a count, a time or part of a name. */
function yearInContext(C: CompiledLanguage, text: string, at: number, end: number, year: number): boolean {
  const prev = text[at - 1] ?? ' ';
  if (/[\p{L}\p{N}.,'’/$€£¥#]/u.test(prev) && !isUnspacedScript(prev)) return false;
  if (/[-–]/.test(prev) && !/(?:1[0-9]|20)\d\d\s?[-–]$/.test(text.slice(Math.max(0, at - 6), at))) return false;
  // Short windows: the words that decide are next to the number, and `$`-anchored tests cost per character.
  const before = text.slice(Math.max(0, at - 16), at);
  const after = text.slice(end, end + 30);
  if (C.notYearBefore.test(before) || C.notYearAfter.test(after)) return false;
  if (year < 1900 && !C.oldYearBefore.test(before)) return false;
  if (C.yearCountAfter?.test(after) && !C.yearStrongBefore?.test(before)) return false;
  return true;
}

/** The year a 'spokenYear' match spells out ("nineteen" + "ninety-six", "two thousand" + "one"), or null. */
function spokenYear(L: DateLanguageSpec, g: Record<string, string | undefined>): number | null {
  const words = L.spokenNumbers;
  if (!words) return null;
  const sum = (phrase: string | undefined) => (phrase ?? '').toLowerCase().split(/[- ]+/).filter(Boolean).reduce((n, w) => n + (words[w] ?? NaN), 0);
  const value = g.mil ? 2000 + sum(g.lo2) : (words[g.hi!.toLowerCase()] ?? NaN) * 100 + sum(g.lo);
  return Number.isFinite(value) ? value : null;
}

/** The components a rule's match names, or null when the match is no date in its context. */
function interpret(C: CompiledLanguage, kind: DateRuleKind, ctx: ParsingContext, m: RegExpMatchArray): ParsingComponents | ParsingResult | null {
  const L = C.spec;
  const g = (m.groups ?? {}) as Record<string, string | undefined>;
  const ref = refOf(ctx);
  const at = m.index!;
  // chrono matches on the text after the previous match: a \b there may sit inside a word.
  // (Not beside kana, Han or Hangul, which run words together: "は2025年".)
  if (/^[\p{L}\p{N}]/u.test(m[0]) && /[\p{L}\p{N}]/u.test(ctx.text[at - 1] ?? ' ') && !isUnspacedScript(ctx.text[at - 1]) && !isUnspacedScript(m[0][0])) return null;
  switch (kind) {
    case 'relUnit': {
      const unit = lookup(L.units, g.unit);
      if (!unit) return null;
      // "this quarter's loss" is the reported quarter: the 'focus' rule reads it.
      if (unit === 'quarter' && !g.part && dateRules().resultsAfterPossessive.test(ctx.text.slice(at + m[0].length, at + m[0].length + 30))) return null;
      return shifted(ctx, unit, g.rel ? relIn(L, g.rel) : relIn(L, g.unit!), ref);
    }
    case 'ago': {
      const unit = lookup(L.units, g.unit);
      if (!unit) return null;
      return shifted(ctx, unit, -numberOf(L, g.num), ref);
    }
    case 'monthRelYear': {
      const month = monthOf(L, g.month);
      const year = yearOf(L, g, ref);
      if (!month || !year || (L.capitalMonths && !isCapitalised(g.month!))) return null;
      return components(ctx, { year: year.year, month }, 'month', true);
    }
    case 'relMonth': {
      const name = g.month ?? g.month2;
      const month = lookup(L.months, name);
      if (!month || (L.capitalMonths && !isCapitalised(name!))) return null;
      const rel = relIn(L, g.rel ?? g.rel2 ?? '');
      const year = rel < 0 ? (month < ref.month ? ref.year : ref.year - 1) : rel > 0 ? (month > ref.month ? ref.year : ref.year + 1) : ref.year;
      return components(ctx, { year, month }, 'month', true);
    }
    case 'quarter':
    case 'half': {
      // "the March quarter" (Australia's usage): the quarter that month ends.
      const endMonth = g.qmonth ? lookup(L.months, g.qmonth) : undefined;
      const n = endMonth ? Math.ceil(endMonth / 3) : ordinalOf(L, g.ord ?? g.ord2 ?? g.ord3);
      if (!n || n > (kind === 'quarter' ? 4 : 2)) return null;
      const month = kind === 'quarter' ? (n - 1) * 3 + 1 : n === 1 ? 1 : 7;
      const year = yearOf(L, g, ref);
      if (year) return components(ctx, { year: year.year, month }, kind, year.relative);
      // "came from behind after a poor first half": a game's half, where the sentence tells a match.
      // So is "a 21-6 third quarter" in a basketball roundup.
      const around = ctx.text.slice(Math.max(0, at - MATCH_WINDOW), at + m[0].length + MATCH_WINDOW);
      if (kind === 'half' && dateRules().matchHalf.test(around)) return null;
      if (kind === 'quarter' && dateRules().matchQuarter.test(around)) return null;
      return unanchored(ctx, kind, { month }, kind, ref);
    }
    case 'season': {
      const code = lookup(L.seasons, g.season) as SeasonCode | undefined;
      if (!code) return null;
      const after = ctx.text.slice(at + m[0].length, at + m[0].length + 20);
      const month = SEASON_MONTHS[code][0];
      const tags = [TAG.season(code)];
      if (g.year) return components(ctx, { year: Number(g.year), month }, 'season', false, tags);
      const relWord = g.rel ?? g.rel2;
      if (relWord) {
        const rel = relIn(L, relWord);
        // "this summer": the one of the current year, whatever the verb ("will go ... this summer" in
        // March is the coming one, "this spring" in May the one we are in); "this winter" from January
        // to June is the one that began last December, from July the one that begins this December.
        if (rel === 0) return components(ctx, { year: code === 'WI' && ref.month <= 6 ? ref.year - 1 : ref.year, month }, 'season', true, tags);
        // "next spring", "last summer": the one after (before) the season we are in or nearest to.
        const inSeason = (y: number) => ref.ms >= dayIndex(y, month, 1) && ref.ms < dayIndex(y, SEASON_MONTHS[code][1] + 1, 1);
        const current = inSeason(ref.year) ? ref.year : inSeason(ref.year - 1) ? ref.year - 1 : null;
        let year: number;
        if (rel > 0) year = current !== null ? current + 1 : dayIndex(ref.year, month, 1) > ref.ms ? ref.year : ref.year + 1;
        else year = current !== null ? current - 1 : dayIndex(ref.year, month, 1) < ref.ms ? ref.year : ref.year - 1;
        return components(ctx, { year, month }, 'season', true, tags);
      }
      // A bare season word is a date only where a preposition or "early/late" makes it one: "in the fall", "over the summer".
      const before = ctx.text.slice(Math.max(0, at - 16), at);
      // French "l'automne" after its preposition ("à l'automne", "avant l'été") as "in the fall".
      const elided = g.pre2 !== undefined && /(?:^|\s)(?:à|a|avant|après|dès|depuis|pour|jusqu['’]à|d['’]ici|pendant|durant)\s*$/i.test(before);
      const prepositional = (g.pre !== undefined || elided) && (C.lang !== 'en' || /\b(?:in|over|during|through|throughout|since|until|by|into|for|this|from|before|after)\s+$/i.test(before));
      if (!prepositional && !g.part) return null;
      if (/^\s+(?:of|in|from|to|on|at|for|was|is|has|had|would|will|could|and)\b(?!\s+\d)/i.test(after) && !/^\s+of\s+\d/.test(after)) return null;
      return unanchored(ctx, 'season', { month }, 'season', ref, tags);
    }
    case 'partYear': {
      const unitWord = g.unit ?? g.unit2;
      if (unitWord) {
        const unit = lookup(L.units, unitWord);
        if (!unit) return null;
        return shifted(ctx, unit, relIn(L, g.yrel2 ?? g.rel ?? 'the'), ref);
      }
      if (g.part2 || (!g.year && !g.yrel && !g.yrel2 && g.rel)) return components(ctx, { year: ref.year + relIn(L, g.rel ?? '') }, 'year', true);
      const year = yearOf(L, g, ref) ?? { year: ref.year, relative: true };
      return components(ctx, { year: year.year }, 'year', year.relative);
    }
    case 'partMonth': {
      const month = monthOf(L, g.month);
      if (!month || (L.capitalMonths && !isCapitalised(g.month!))) return null;
      if (g.year) return components(ctx, { year: Number(g.year), month }, 'month', false);
      return unanchored(ctx, 'month', { month }, 'month', ref);
    }
    case 'month': {
      const month = monthOf(L, g.month);
      if (!month || (L.capitalMonths && !isCapitalised(g.month!))) return null;
      if (g.year) return components(ctx, { year: Number(g.year), month }, 'month', false);
      // A month name alone is a date after a preposition ("im März"), or in a form that says "in" itself
      // (Finnish "joulukuussa"); bare, it may be a name ("Mai Thi").
      if (g.own !== undefined) return unanchored(ctx, 'month', { month }, 'month', ref);
      if (!g.pre) return null;
      const offset = m[0].length - m[0].slice(g.pre.length).trimStart().length;
      return ctx.createParsingResult(at + offset, m[0].slice(offset), unanchored(ctx, 'month', { month }, 'month', ref));
    }
    case 'year': {
      const year = Number(g.year);
      if (!yearInContext(C, ctx.text, at, at + m[0].length, year)) return null;
      return components(ctx, { year }, 'year', false);
    }
    case 'yy':
      return components(ctx, { year: twoDigitYear(g.yy!, ref) }, 'year', false);
    case 'spokenYear': {
      const year = spokenYear(L, g);
      // "two thousand" alone is a count unless "the year", a preposition or a month says otherwise.
      if (year === null || (g.mil && !g.pre && !g.month && !g.season)) return null;
      if (g.month && !(L.capitalMonths && isCapitalised(g.month))) return null;
      const end = at + m[0].length;
      const after = ctx.text.slice(end, end + 30);
      if (C.notYearAfter.test(after) || (C.yearCountAfter?.test(after) && !g.pre)) return null;
      // The span leaves out a leading preposition; "the year" is part of the expression.
      const lead = g.pre && !/^the\b/i.test(g.pre) ? m[0].length - m[0].slice(g.pre.length).trimStart().length : 0;
      const season = g.season ? (lookup(L.seasons, g.season) as SeasonCode | undefined) : undefined;
      const month = g.month ? lookup(L.months, g.month) : season ? SEASON_MONTHS[season][0] : undefined;
      const known = month ? { year, month } : { year };
      const c = components(ctx, known, season ? 'season' : month ? 'month' : 'year', false, season ? [TAG.season(season)] : []);
      return ctx.createParsingResult(at + lead, m[0].slice(lead), c);
    }
    case 'decade': {
      const decade = g.decade ? Number(g.decade) : twoDigitYear(g.dd!, ref) <= ref.year ? twoDigitYear(g.dd!, ref) : 1900 + Number(g.dd);
      return components(ctx, { year: decade }, 'decade', !g.decade, [TAG.value(String(decade).slice(0, 3))]);
    }
    case 'century': {
      const century = g.ordc ? Number(g.ordc) - 1 : Math.floor(ref.year / 100) + relIn(L, g.rel ?? '');
      if (century < 10 || century > 21) return null;
      return components(ctx, { year: century * 100 }, 'century', !g.ordc, [TAG.value(String(century))]);
    }
    case 'weekOf': {
      const month = lookup(L.months, g.month)!;
      const day = Number(g.day);
      let year = g.year ? Number(g.year) : ref.year;
      if (!g.year && dayIndex(year, month, day) < ref.ms - 180 * DAY_MS) year += 1;
      return components(ctx, { year, month, day }, 'week', !g.year);
    }
    case 'fiscalYear': {
      if (g.year || g.yy) return components(ctx, { year: g.year ? Number(g.year) : twoDigitYear(g.yy!, ref) }, 'year', false);
      const rel = /latest|past|previous|last/i.test(g.rel ?? '') ? -1 : /next|coming/i.test(g.rel ?? '') ? 1 : 0;
      return components(ctx, { year: ref.year + rel }, 'year', true);
    }
    case 'shift': {
      // "a year earlier", "the year-ago quarter": a year (or n) before the period in focus; the stage knows the focus.
      const n = g.adj ? 1 : numberOf(L, g.num);
      const unit = /quarter/i.test(g.unit ?? '') ? 'quarter' : 'year';
      const q = ordinalOf(L, g.ord);
      const noun = (g.noun ?? g.noun2 ?? '').toLowerCase();
      const spec = q ? `shift:${n}:${unit}:q${q}` : `shift:${n}:${unit}:${noun || '-'}`;
      if (q) return components(ctx, { year: ref.year - n, month: (q - 1) * 3 + 1 }, 'quarter', true, [TAG.anchor(spec)]);
      if (unit === 'quarter') return shifted(ctx, 'quarter', -n, ref, [TAG.anchor(spec)]);
      // Results compared "with a year earlier" are the last completed quarter's, a year back.
      if (C.lang === 'en' && (noun === 'quarter' || noun === 'period' || dateRules().earningsCue.test(ctx.text))) {
        const total = ref.year * 4 + Math.floor((ref.month - 1) / 3) - 1 - 4 * n;
        return components(ctx, { year: Math.floor(total / 4), month: (total % 4) * 3 + 1 }, 'quarter', true, [TAG.anchor(spec)]);
      }
      return components(ctx, { year: ref.year - n }, 'year', true, [TAG.anchor(spec)]);
    }
    case 'focus': {
      if (g.noun3) {
        const offset = m[0].lastIndexOf(g.noun3);
        return ctx.createParsingResult(at + offset, g.noun3, components(ctx, { year: ref.year }, 'year', true, [TAG.anchor('focus:year')]));
      }
      const det = (g.det ?? '').toLowerCase();
      // "this quarter's loss": in a results story, the quarter reported, not the calendar's current one.
      const reported = det === 'this' && dateRules().resultsAfterPossessive.test(ctx.text.slice(at + m[0].length, at + m[0].length + 30));
      const current = !reported && (det === 'this' || det === 'the current');
      const spec = g.year ? `focus:quarter:${g.year}` : current ? 'focus:current' : 'focus:quarter';
      // Provisionally the quarter the story can be about: this one, or the last one completed.
      const q0 = Math.floor((ref.month - 1) / 3);
      const step = current ? 0 : -1;
      const total = ref.year * 4 + q0 + step;
      const year = g.year ? Number(g.year) : Math.floor(total / 4);
      return components(ctx, { year, month: (total % 4) * 3 + 1 }, 'quarter', true, [TAG.anchor(spec)]);
    }
    case 'anaphor': {
      const unitWord = (g.unit ?? g.unit2 ?? '').toLowerCase();
      const unit = (lookup(L.units, unitWord) ?? 'day') as DateUnit;
      const relWord = (g.rel ?? g.rel2 ?? '').toLowerCase();
      const step = /next|following/.test(relWord) ? 1 : /previous|preceding/.test(relWord) ? -1 : 0;
      return shifted(ctx, unit, step, ref, [TAG.anchor(`anaphor:${unit}:${step}`)]);
    }
    case 'dayMonth': {
      const month = monthOf(L, g.month);
      const day = Number(g.day);
      if (!month || day < 1 || day > 31) return null;
      if (g.year) return components(ctx, { year: Number(g.year), month, day }, 'day', false);
      return unanchored(ctx, 'day', { month, day }, 'day', ref);
    }
    case 'dayOfMonth': {
      const day = Number(g.day);
      if (day < 1 || day > 31) return null;
      // This month's day, or last month's where it is still ahead ("10일" on the 5th); "오는" or a future clause looks ahead.
      let total = ref.year * 12 + ref.month - 1;
      // "本月15日" names its month; "今（30）日" is the story's own day, written out.
      if (g.mrel !== undefined) total += relIn(L, g.mrel);
      else if (!/^[今昨明]/.test(m[0])) {
        const ahead = g.rel !== undefined ? relIn(L, g.rel) > 0 : clauseDirection(ctx.text, at, at + m[0].length, C.tense) > 0;
        if (ahead ? day < ref.day : day > ref.day) total += ahead ? 1 : -1;
      }
      const year = Math.floor(total / 12), month = (total % 12) + 1;
      if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
      return components(ctx, { year, month, day }, 'day', true);
    }
    case 'weekdayPart': {
      // The day only: the part of it ("abend") says when in the day, which a day-granular date leaves out.
      const weekday = lookup(L.weekdays ?? {}, g.weekday);
      if (weekday === undefined) return null;
      const c = unanchored(ctx, 'weekday', {}, 'day', ref);
      c.assign('weekday', weekday);
      return c;
    }
    case 'weekend': {
      const rel = (g.rel ?? '').toLowerCase();
      if (rel === 'the') return unanchored(ctx, 'weekend', {}, 'week', ref);
      return weekend(ctx, ref, /last|past/.test(rel) ? -1 : rel === 'next' ? 1 : 0);
    }
    case 'holiday': {
      const name = g.holiday!.toLowerCase().replace(/’/g, "'");
      const spec = L.holidays[name];
      if (!spec) return null;
      const granularity = 'week' in spec && spec.week ? 'week' : 'day';
      if (g.rel) {
        const rel = relIn(L, g.rel);
        let year = ref.year;
        const on = (y: number) => { const d = holidayDate(spec, y); return dayIndex(d.year, d.month, d.day); };
        if (rel < 0) year = on(ref.year) < ref.ms ? ref.year : ref.year - 1;
        else if (rel > 0) year = on(ref.year) > ref.ms ? ref.year : ref.year + 1;
        const d = holidayDate(spec, year);
        return components(ctx, { year: d.year, month: d.month, day: d.day }, granularity, true);
      }
      const d = holidayDate(spec, ref.year);
      return unanchored(ctx, 'holiday', { month: d.month, day: d.day }, granularity, ref, [TAG.holiday(name)]);
    }
    case 'now': {
      // "for now" and a sentence's opening "Now," are turns of phrase, not the present day.
      if (/\bfor\s+$/i.test(ctx.text.slice(Math.max(0, at - 8), at))) return null;
      if (/^now$/i.test(m[0]) && /^\s*$/.test(ctx.text.slice(0, at)) && /^,/.test(ctx.text.slice(at + 3))) return null;
      return components(ctx, { year: ref.year, month: ref.month, day: ref.day }, 'day', true, [TAG.now]);
    }
  }
}

/** A pattern that fails at once: what a gated parser scans when its trigger word is absent. */
export const NEVER = /^(?!)/;

/** The language's rules as chrono parsers, each skipped for a sentence without its gate word. */
export function newsParsers(C: CompiledLanguage): Parser[] {
  return C.rules.map((rule) => ({
    pattern: (ctx: ParsingContext) => (rule.gate.test(ctx.text) ? rule.re : NEVER),
    extract: (ctx: ParsingContext, m: RegExpMatchArray) => interpret(C, rule.kind, ctx, m),
  }) as unknown as Parser);
}

