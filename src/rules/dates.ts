/**
 * Date vocabulary, as data: the news expressions chrono-node misses (per language, as patterns with
 * named groups read by one interpreter in `src/dates/parsers.ts`), the words that set a clause's
 * tense, and the shapes that look like dates but are not (prices, names, fractions, durations).
 * Patterns are compiled on first use.
 */
import { lazy } from '../lazy.js';
import { MONTH } from './shapes.js';

export type SeasonCode = 'SP' | 'SU' | 'FA' | 'WI';
export type DateUnit = 'year' | 'half' | 'quarter' | 'month' | 'week' | 'weekend' | 'day' | 'decade';
export type PeriodPart = 'start' | 'middle' | 'end';

/**
 * What a rule's match means. The interpreter reads the named groups: `rel` (last/this/next word),
 * `unit`, `month`, `season`, `year*` (four digits), `yy` (two digits), `yrel*` (a relative-year
 * phrase), `ord` (quarter or half number), `num`, `part` (early/mid/late), `decade`, `holiday`, `day`.
 */
export type DateRuleKind =
  | 'relUnit' // "last year", "this month", "earlier this week", "l'an dernier", "vergangene Woche"
  | 'ago' // "two years ago", "vor drei Jahren", "il y a deux ans", "hace tres años"
  | 'monthRelYear' // "September last year", "im März letzten Jahres"
  | 'relMonth' // "last May", "en mars dernier", "el pasado marzo"
  | 'quarter' // "the third quarter of 2024", "Q3", "im dritten Quartal"
  | 'half' // "the first half", "H1 2025", "au premier semestre"
  | 'season' // "next spring", "summer 2022", "l'été dernier"; bare seasons only after a preposition
  | 'partYear' // "early 2011", "the end of next year", "Ende 2025", "fin 2023", "a finales de 2023"
  | 'partMonth' // "mid-November", "late January 2024", "Ende Januar", "fin janvier"
  | 'month' // "im März 2021", "en janvier" (where chrono reads months only with a day)
  | 'year' // "in 2019", "the 2009 crisis"; never an amount, a count or an address
  | 'yy' // "'58", "the class of '09"
  | 'spokenYear' // "nineteen ninety-six", "January nineteen ninety-seven", "the year two thousand" (broadcast transcripts)
  | 'decade' // "the 1990s", "the mid-'80s", "die 1990er Jahre", "les années 90"
  | 'century' // "the 20th century", "this century"
  | 'weekOf' // "the week of May 18"
  | 'fiscalYear' // "fiscal 1990", "FY2024", "this fiscal year"
  | 'shift' // "a year earlier", "the year-ago quarter": the period in focus, a year back
  | 'focus' // "the quarter", "the latest quarter", "the year": the period in focus
  | 'anaphor' // "that year", "later that month", "the next day": the last date mentioned
  | 'weekend' // "the weekend", "last weekend"
  | 'weekdayPart' // "Freitagabend", "Montagmorgen": a weekday and a part of the day written as one word
  | 'dayOfMonth' // "11日", "15일", "오는 15일": a day of the month alone (CJK news dates its events so), the most recent unless a direction word says otherwise
  | 'dayMonth' // "12. mai 2025", "3 marts": day-first dates where no chrono-node parser reads the language
  | 'holiday' // "Christmas", "Thanksgiving", "Ostern", "Noël"
  | 'now'; // "now", "currently": the publication day (TimeML's PRESENT_REF)

export interface DateRuleSpec {
  kind: DateRuleKind;
  /** Regex source with {placeholders} for the language's word tables; matched case-insensitively unless `cased`. */
  pattern: string;
  /** A word every match contains: the rule is skipped for a sentence without it. */
  gate: string;
  cased?: boolean;
}

/** A holiday: a fixed day, the nth weekday of a month (n = -1 for the last), or days from Easter Sunday. */
export type HolidaySpec = { month: number; day: number } | { month: number; weekday: number; nth: number } | { easter: number; week?: boolean };

export interface DateLanguageSpec {
  /** chrono-node locale module that parses the language's absolute dates ('chrono-node/<locale>'). */
  chrono: string;
  months: Record<string, number>;
  seasons: Record<string, SeasonCode>;
  /** Weekday names (0 Sunday) for rules that read weekdays chrono does not (compounds). */
  weekdays?: Record<string, number>;
  /** Direction words: -1 last/past, 0 this/current, 1 next/coming. */
  rel: Record<string, -1 | 0 | 1>;
  units: Record<string, DateUnit>;
  ordinals: Record<string, number>;
  numbers: Record<string, number>;
  /** Number words a year is spoken in ("nineteen" 19, "ninety" 90, "oh" 0), read by the 'spokenYear' rule. */
  spokenNumbers?: Record<string, number>;
  parts: Record<string, PeriodPart>;
  holidays: Record<string, HolidaySpec>;
  /** Month names are capitalised in running text (English, German): a lower-case "may" or "march" is a verb. */
  capitalMonths: boolean;
  /** Other words a date may be made of (weekdays, "heute", "hier"): with the tables' words, what makes a sentence worth parsing. */
  triggers: string[];
  rules: DateRuleSpec[];
  /** Year check: words right after a four-digit number that make it a count, an amount or a time. */
  notYearAfter: string;
  /** Year check: words right before it that make it a number, an amount or a name (digits, signs and dashes are checked in code). */
  notYearBefore: string;
  /** Before a year from 1000 to 1899 (rarer, and often a count): one of these must come first. */
  oldYearBefore: string;
  /** A plural noun right after a four-digit number ("2000 people") makes it a count... */
  yearCountAfter?: string;
  /** ... unless a preposition of time comes before it ("in 1998 prices rose"). */
  yearStrongBefore?: string;
  /** Prepositions left out of a span ("in 2019" -> "2019"); articles stay ("l'an dernier"). */
  leadTrim: string;
  tense: TenseSpec;
}

/** Words that set the direction of a clause, as regex sources matched against one lower-cased token. */
export interface TenseSpec {
  future: string;
  past: string;
  /** Auxiliaries that make the next participle a past (perfect) tense: "has approved", "a annoncé". */
  perfectAux: string;
  participle: string;
  /** Words that point forward only before "to" or "for" ("plans to", "due for"; "the plan" is a noun). */
  futureBeforeTo: string;
  /** Words that begin another clause: the scan for a verb stops there. */
  boundary: string;
  /** Prepositions that make a date a target ("extended to Nov. 16", "bis", "hasta"): a past verb does not make it past. */
  targetPrep: string;
  /** Prepositions right before a date that put it in the past ("since", "seit", "depuis"). */
  backwardPrep: string;
  /** Phrases right before a date that put it ahead ("as early as", "ab", "à partir du"). */
  forwardPrep: string;
  /** Hedges between a preposition and its date ("until at least Monday", "bis mindestens"): read past them. */
  hedge: string;
  /**
   * The end of a date written in the definite form ("på måndagen", "på tisdagskvällen": the narrative's
   * Monday): after a forward preposition, it still takes its clause's tense ("på måndag" looks ahead).
   */
  definite?: string;
  /**
   * Verbs that move something to a later date ("postponed until Tuesday", "adjourned to Monday"):
   * before a target preposition, even in the past tense, they point ahead.
   */
  deferral?: string;
  /** An auxiliary whose participle closes the clause ("hat am Montag ... beraten"): the clause is past, whatever the participle looks like. */
  bracketAux?: string;
  /** Verbs that look ahead over their object to an infinitive: "expect the river to crest on Thursday". */
  futureOverObject?: string;
  /**
   * Words after which a verb stands in its base form, however it looks ("could cut", "will set",
   * "to hit"): a past-tense word there (an irregular verb's past is often its base) says nothing;
   * the word before it does.
   */
  baseAfter?: string;
  /** The present tense tells the future too ("gilt bis Freitag"): a target date no tense word places lies ahead. */
  targetAhead?: boolean;
  /**
   * A finite verb in the present right after a date that heads its sentence ("Am Samstag beruhigt
   * sich die Lage"): where the language tells coming days so, the day is ahead.
   */
  presentAfterFronted?: string;
  /**
   * Where words are not spaced and no word-by-word scan applies (ja, zh, ko): patterns tested on the
   * date's clause (from the punctuation before it to the sentence's end), the past first; a match
   * sets the direction.
   */
  clause?: { past: string; future: string };
}

const YEAR = '(?:1[0-9]\\d\\d|20\\d\\d)';

// ---------------------------------------------------------------- English
const EN_MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6, july: 7, jul: 7,
  august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
};
const EN_NUMBERS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
};

/** Years as transcripts of broadcast news write them: "nineteen ninety-six", "two thousand and one". */
const EN_SPOKEN_NUMBERS: Record<string, number> = {
  oh: 0, hundred: 0, thousand: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const SPOKEN_UNIT = 'one|two|three|four|five|six|seven|eight|nine';
const SPOKEN_TEEN = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
const SPOKEN_TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
/** The two spoken halves of a year before 2000 ("nineteen | ninety-six", "eighteen | oh five"). */
const SPOKEN_CENTURY_YEAR = `(?<hi>eighteen|nineteen)[- ](?<lo>hundred|oh[- ](?:${SPOKEN_UNIT})|${SPOKEN_TEEN}|(?:${SPOKEN_TENS})(?:[- ](?:${SPOKEN_UNIT}))?)`;
/** "two thousand", "two thousand (and) one": only after "the year", a preposition or a month ("two thousand years" is a count). */
const SPOKEN_MILLENNIUM_YEAR = `(?<mil>two thousand)(?:(?: and)? (?<lo2>${SPOKEN_TEEN}|${SPOKEN_UNIT}))?`;

const english: DateLanguageSpec = {
  chrono: 'en',
  months: EN_MONTHS,
  seasons: { spring: 'SP', summer: 'SU', autumn: 'FA', fall: 'FA', winter: 'WI' },
  rel: {
    last: -1, past: -1, 'this past': -1, previous: -1, prior: -1, latest: -1,
    this: 0, current: 0, 'the current': 0, 'this coming': 1, the: 0, that: 0, same: 0, 'the same': 0,
    next: 1, coming: 1, 'the coming': 1, following: 1, 'the following': 1, 'the next': 1, 'the previous': -1, 'the preceding': -1, preceding: -1,
    earlier: 0, later: 0,
  },
  units: {
    year: 'year', years: 'year', month: 'month', months: 'month', week: 'week', weeks: 'week', quarter: 'quarter', quarters: 'quarter',
    half: 'half', decade: 'decade', weekend: 'weekend', day: 'day', days: 'day', morning: 'day', afternoon: 'day', evening: 'day', night: 'day', period: 'quarter',
  },
  ordinals: { first: 1, second: 2, third: 3, fourth: 4, final: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4 },
  numbers: EN_NUMBERS,
  spokenNumbers: EN_SPOKEN_NUMBERS,
  parts: {
    early: 'start', earlier: 'start', beginning: 'start', 'the beginning of': 'start', 'beginning of': 'start', 'the start of': 'start', 'start of': 'start', 'the turn of': 'start',
    mid: 'middle', middle: 'middle', 'the middle of': 'middle', 'middle of': 'middle',
    late: 'end', later: 'end', 'the end of': 'end', 'end of': 'end',
  },
  holidays: {
    'christmas': { month: 12, day: 25 }, 'christmas day': { month: 12, day: 25 }, 'christmas eve': { month: 12, day: 24 },
    "new year's day": { month: 1, day: 1 }, "new year's eve": { month: 12, day: 31 }, 'independence day': { month: 7, day: 4 },
    'fourth of july': { month: 7, day: 4 }, 'july fourth': { month: 7, day: 4 }, 'halloween': { month: 10, day: 31 },
    "valentine's day": { month: 2, day: 14 }, 'veterans day': { month: 11, day: 11 }, "st. patrick's day": { month: 3, day: 17 },
    "st patrick's day": { month: 3, day: 17 }, 'boxing day': { month: 12, day: 26 }, 'armistice day': { month: 11, day: 11 },
    'thanksgiving': { month: 11, weekday: 4, nth: 4 }, 'thanksgiving day': { month: 11, weekday: 4, nth: 4 },
    'labor day': { month: 9, weekday: 1, nth: 1 }, 'memorial day': { month: 5, weekday: 1, nth: -1 },
    'martin luther king day': { month: 1, weekday: 1, nth: 3 }, 'martin luther king jr. day': { month: 1, weekday: 1, nth: 3 },
    "presidents' day": { month: 2, weekday: 1, nth: 3 }, 'presidents day': { month: 2, weekday: 1, nth: 3 },
    "mother's day": { month: 5, weekday: 0, nth: 2 }, "father's day": { month: 6, weekday: 0, nth: 3 },
    'election day': { month: 11, weekday: 2, nth: 0 },
    'easter': { easter: 0 }, 'easter sunday': { easter: 0 }, 'easter monday': { easter: 1 }, 'good friday': { easter: -2 },
    'easter week': { easter: 0, week: true }, 'holy week': { easter: -7, week: true },
    // Year-end is a day: "by year-end" the coming Dec. 31, "since year-end" the last one.
    'year-end': { month: 12, day: 31 }, 'year end': { month: 12, day: 31 },
  },
  capitalMonths: true,
  triggers: [],
  rules: [
    // A list of days sharing one month: "on 25 and 27 November", "3, 4 and 5 May", "November 25 and 27":
    // each day of it (the parser reads only the one beside the month).
    { kind: 'dayMonth', gate: '\\d(?:st|nd|rd|th)?,?\\s+(?:and|&|or)\\s+\\d', pattern: '\\b(?<day>[0-3]?\\d)(?:st|nd|rd|th)?(?=(?:,\\s?[0-3]?\\d(?:st|nd|rd|th)?){0,3},?\\s(?:and|&|or)\\s[0-3]?\\d(?:st|nd|rd|th)?\\s(?:of\\s)?(?<month>{month})\\b(?:\\s(?<year>{year}))?)' },
    { kind: 'dayMonth', gate: '\\d(?:st|nd|rd|th)?,?\\s+(?:and|&|or)\\s+\\d', pattern: '(?<=\\b(?<month>{month})\\.?\\s[0-3]?\\d(?:st|nd|rd|th)?(?:,\\s?[0-3]?\\d(?:st|nd|rd|th)?){0,3},?\\s(?:and|&|or)\\s)(?<day>[0-3]?\\d)(?:st|nd|rd|th)?\\b(?![%.,]\\d|\\s?(?:%|percent|per cent))(?:,\\s(?<year>{year}))?' },
    { kind: 'relUnit', gate: '(?:this|last|next|current)\\s+(?:past\\s+|coming\\s+)?(?:year|month|week|quarter|decade)', pattern: '\\b(?:(?<part>early|late|earlier|later|mid)[- ])?(?<rel>this past|this coming|this|last|next|the current)\\s+(?<unit>year|month|week|quarter|decade)\\b(?![-\'’]s?\\s*(?:old|long)\\b)' },
    { kind: 'ago', gate: 'ago', pattern: '\\b(?<num>a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,2})\\s+(?<unit>months?|weeks?|days?)\\s+ago\\b' },
    { kind: 'monthRelYear', gate: '(?:this|last|next|previous|following) year', pattern: '\\b(?<month>{month})\\.?\\s+(?:of\\s+)?(?<yrel>this|last|next|the previous|the following) year\\b' },
    { kind: 'relMonth', gate: '(?:last|next|this|past|coming)\\s+(?:{month})', pattern: '\\b(?<rel>this past|this coming|last|next|this)\\s+(?<month>{month})\\b(?!\\.?\\s+\\d)\\.?' },
    { kind: 'quarter', gate: 'quarter', pattern: '\\b(?:(?<yrel>this year|last year|next year)[\'’]s\\s+|(?:the\\s+)?(?<year1>{year})\\s+(?:fiscal\\s+)?|(?:the\\s+)?(?:fiscal\\s+|current\\s+)?)(?<ord>first|second|third|fourth|final|1st|2nd|3rd|4th)[- ](?:fiscal[- ])?quarter(?:\\s+of\\s+(?:(?:fiscal\\s+)?(?<year2>{year})|(?<yrel2>this|last|next|the previous|the following|the current) (?:fiscal )?year))?' },
    { kind: 'quarter', gate: 'quarter', pattern: '\\b(?:the\\s+)?(?:(?:January|April|July|October)[-–])?(?<qmonth>March|June|September|December)\\s+quarter\\b(?:\\s+(?:of\\s+)?(?<year>{year}))?', cased: true },
    { kind: 'quarter', gate: '[1-4]Q|Q[1-4]', pattern: '\\b(?:(?<ord>[1-4])Q|Q(?<ord2>[1-4]))(?:\\s*(?:of\\s+)?(?:(?<year>{year})|\'?(?<yy>\\d\\d)(?!\\d)))?\\b|\\b(?<year2>{year})\\s*Q(?<ord3>[1-4])\\b', cased: true },
    // A match's half is no date: "early in the second half", "the first half of the game", "dominated the second half".
    { kind: 'half', gate: 'half', pattern: '\\b(?<!\\b(?:early|late|midway|later|earlier|minutes?|seconds)\\s+(?:in|into|through|of)\\s+(?:the\\s+)?)(?<!\\b(?:dominated|dominate|dominates|controlled|bossed|edged|shaded|won|lost|drew)\\s+(?:the\\s+)?)(?:(?<yrel>this year|last year|next year)[\'’]s\\s+)?(?:the\\s+)?(?<ord>first|second|1st|2nd)[- ]half(?!\\s+of\\s+(?:the\\s+)?(?:match|game|contest|fight|bout|race|season|century|decade|film|show|book|season))(?:\\s+of\\s+(?:(?<year>{year})|(?<yrel2>this|last|next|the previous|the following|the) year))?' },
    { kind: 'half', gate: 'H[12]', pattern: '\\bH(?<ord>[12])\\s*(?<year>{year})?\\b', cased: true },
    // "1H25", "2H 2024": the half before its year, as Asian results write it.
    { kind: 'half', gate: '[12]H', pattern: '\\b(?<ord>[12])H(?:\\s*(?<year>{year})|\'?(?<yy>\\d\\d)(?!\\d))\\b', cased: true },
    { kind: 'season', gate: 'spring|summer|autumn|fall|winter', pattern: '\\b(?:(?<rel>this past|this coming|this|last|next)\\s+|(?<pre>the)\\s+|(?<part>early|late|mid)[- ](?:(?<rel2>this|last|next)\\s+)?)?(?<season>spring|summer|autumn|fall|winter)(?:\\s+(?:of\\s+)?(?<year>{year}))?\\b' },
    { kind: 'partYear', gate: '(?:early|mid|late|end of|start of|beginning of|middle of|turn of)[- ]?(?:\\d|this|last|next|the)', pattern: '\\b(?<part>early|mid|late|the end of|end of|the start of|start of|the beginning of|beginning of|the middle of|the turn of)[- ]?(?:(?<year>{year})(?![\'’]?s\\b)|(?<yrel>this|last|next|the current|the) (?:fiscal )?year|(?<yrel2>this|last|next) (?<unit>month|week|quarter|decade)|the (?<unit2>month|week|quarter|decade))\\b' },
    { kind: 'holiday', gate: 'year-end|year end', pattern: '\\b(?:(?<rel>this|last|next)\\s+)?(?<holiday>year[- ]end)\\b(?![- ](?:results|figures|bonus|dividend|report|accounts|review))' },
    { kind: 'partMonth', gate: '(?:early|mid|late|end of|beginning of|middle of|start of)[- ]?(?:{month})', pattern: '\\b(?<part>early|mid|late|the end of|end of|the beginning of|beginning of|the middle of|the start of)[- ]?(?<month>{month})(?:\\.?,?\\s+(?<year>{year}))?\\b(?!\\s+\\d)' },
    { kind: 'year', gate: '\\d{4}', pattern: '(?<year>{year})(?![\\d%]|[.,]\\d|[\'’]?s\\b)' },
    { kind: 'yy', gate: '[\'’]\\d', pattern: '(?<=(?:\\b(?:in|of|since|from|until|by|the|summer|spring|fall|autumn|winter|class|vintage|before|after)\\s))[\'’](?<yy>\\d\\d)\\b(?![\'’]?s\\b|%|\\.\\d)' },
    { kind: 'spokenYear', gate: '(?:nineteen|eighteen|two thousand)', pattern: `\\b(?:(?<month>{month})\\s+|the\\s+(?<season>spring|summer|autumn|fall|winter)\\s+of\\s+|(?<pre>the year|in|of|since|by|until|till|from|before|after|during)\\s+)?(?:${SPOKEN_CENTURY_YEAR}|${SPOKEN_MILLENNIUM_YEAR})\\b(?![- ](?:${SPOKEN_UNIT}|${SPOKEN_TENS}|hundred|thousand|million|billion|point)\\b)` },
    { kind: 'decade', gate: '0s', pattern: '\\b(?:the\\s+)?(?:(?<part>early|mid|late)[- ])?(?:(?<decade>(?:1[5-9]|20)\\d0)|[\'’](?<dd>\\d0))[\'’]?s\\b' },
    { kind: 'century', gate: 'century', pattern: '\\b(?:the\\s+)?(?:(?<ordc>\\d{1,2})(?:st|nd|rd|th)|(?<rel>this|last|next|the previous|the current))\\s+century\\b' },
    { kind: 'weekOf', gate: 'week of', pattern: '\\bthe week of (?<month>{month})\\.?\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(?<year>{year}))?\\b' },
    { kind: 'fiscalYear', gate: 'fiscal|FY|financial year', pattern: '\\b(?:fiscal(?: year)?|FY|financial year)\\s?[\'’]?(?:(?<year>{year})|(?<yy>\\d\\d))(?![\\d%])(?:[-–/](?:\\d\\d|{year}))?\\b' },
    { kind: 'fiscalYear', gate: 'fiscal', pattern: '\\b(?<rel>this|last|next|the current|the coming|the latest|the past|the previous|the)\\s+fiscal\\s+year\\b' },
    // "the quarter a year ago", "the corresponding period last year", "last year's quarter": the period in focus, a year back.
    // ("the same period last year" keeps "last year" a year, as our own passages read it.)
    { kind: 'shift', gate: '(?:quarter|period)\\s+(?:a year|last year|of last year|one year)|last year[\'’]s (?:quarter|period)', pattern: '\\b(?:(?<!\\bsame\\s)(?:the\\s+)?(?:corresponding\\s+|comparable\\s+|year-ago\\s+)?(?<noun>quarter|period)\\s+(?:a year (?:ago|earlier)|one year (?:ago|earlier)|(?:of\\s+)?last year)|last year[\'’]s\\s+(?:comparable\\s+|same\\s+|corresponding\\s+)?(?<noun2>quarter|period))\\b(?![\'’]s)' },
    { kind: 'shift', gate: '(?:years?|quarters?)\\s+(?:earlier|ago|before)|year[- ](?:earlier|ago|before)|prior[- ]year|previous-year', pattern: '\\b(?:(?<num>a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,2})\\s+(?<unit>years?|quarters?)\\s+(?:earlier|ago|before)(?!\\s+than\\b)|(?:the\\s+)?(?:comparable\\s+|same\\s+)?(?<adj>year-earlier|year-ago|year earlier|year ago|prior-year|prior year|previous-year|year-before)(?:\\s+(?<ord>first|second|third|fourth)(?:[- ](?:fiscal[- ])?quarter)?)?(?:\\s+(?<noun>quarter|period|month|half|year))?)\\b' },
    { kind: 'focus', gate: 'quarter', pattern: '\\b(?<det>the|that|this|the latest|the most recent|the current|the same|the comparable|the fiscal|the latest fiscal|the recent) (?<noun>quarter)\\b(?!-to-|-on-|-over-|[-\\s](?:century|point|mile|inch|final|finals|pound|of an?\\b|of (?:a|an|the) (?:century|mile|point|percent))|[\'’]s (?:worth|mile))' },
    // "the latest period" in a results story: the period reported.
    { kind: 'focus', gate: '(?:latest|most recent) period', pattern: '\\b(?<det>the latest|the most recent) (?<noun>period)\\b(?![\'’]s\\s+(?:worth|mile))' },
    { kind: 'focus', gate: '\\d{4} (?:period|quarter)', pattern: '\\bthe (?<year>{year}) (?<noun2>period|quarter)\\b' },
    { kind: 'focus', gate: 'the (?:current |calendar |full )?year', pattern: '\\b(?:for|during|in|through|throughout|over|since|until|into|earlier in|later in|(?:the )?(?:first|last|rest|remainder|balance|end|middle|beginning|start|second half|first half|first (?:six|nine|three) months|last (?:six|three) months|nine months|six months) of) (?<noun3>the (?:current |calendar |full )?year)(?![\\s-]{1,2}(?:before|after|earlier|ago|ended|ending|to|through|of|in which|when|that|\\d|old|long|since))\\b' },
    { kind: 'anaphor', gate: '(?:that|same|next|following|previous|preceding)\\s+(?:day|week|month|year)', pattern: '\\b(?:(?<part>earlier|later|early|late)\\s+)?(?<rel>that|the same)\\s+(?<unit>day|week|month|year)\\b(?!\\s+(?:of|as|in which|when)\\b)|\\bthe\\s+(?<rel2>next|following|previous|preceding)\\s+(?<unit2>day|week|month|year)\\b(?!\\s+(?:or|and)\\s+(?:two|so)\\b)' },
    { kind: 'weekend', gate: 'weekend', pattern: '\\b(?<rel>this past|this coming|this|last|next|the)\\s+weekend\\b' },
    { kind: 'holiday', gate: 'Christmas|New Year|Thanksgiving|Independence Day|Fourth of July|July Fourth|Labor Day|Memorial Day|Veterans Day|Armistice Day|Halloween|Valentine|Easter|Holy Week|Good Friday|Election Day|Boxing Day|Patrick|Mother|Father|Luther King|Presidents', cased: true, pattern: '\\b(?:(?<rel>last|this|next|this past)\\s+)?(?<holiday>Christmas(?: Day| Eve)?|New Year[\'’]s (?:Day|Eve)|Thanksgiving(?: Day)?|Independence Day|Fourth of July|July Fourth|Labor Day|Memorial Day|Veterans Day|Armistice Day|Halloween|Valentine[\'’]s Day|Easter(?: Sunday| Monday| [Ww]eek)?|Holy Week|Good Friday|Election Day|Boxing Day|St\\.? Patrick[\'’]s Day|Mother[\'’]s Day|Father[\'’]s Day|Martin Luther King(?: Jr\\.)? Day|Presidents[\'’]? Day)\\b(?!\\s+(?:Island|Islands|Parade|Party|Tree|Trees|Rising|Bowl|Classic|Offensive|Massacre|Act|Accord|Agreement|Uprising))' },
    { kind: 'now', gate: '\\bnow\\b|currently|at present|nowadays|these days', pattern: '\\b(?:(?:right|just)\\s+)?now\\b(?!\\s+that\\b|\\s+and\\s+(?:then|again)\\b|-)|\\bcurrently\\b|\\bat present\\b|\\bnowadays\\b|\\bthese days\\b' },
  ],
  notYearAfter: '(?:[a-z]|\\s+[+\\-−]?\\d[\\d,]*\\.\\d|\\s*(?:%|percent|per cent|pct|points?|pts|people|persons|troops|soldiers|workers|employees|jobs|residents|students|members|votes|shares|homes|houses|units|cars|vehicles|tons?|tonnes|barrels|pounds|kilos?|kilograms|metres|meters|miles|feet|yards|acres|hectares|calories|dollars|euros|yen|yuan|francs|marks|rupees|words|pages|times|rooms|beds|seats|delegates|stores|branches|sites|cases|deaths|hours|hrs|GMT|UTC|BST|EST|EDT|PST|PDT|CET|IST|GMT|[ap]\\.?m\\.?)\\b|\\s+(?:[A-Z][a-z]+\\s+)?(?:Street|St\\.|Avenue|Ave\\.?|Road|Rd\\.?|Boulevard|Blvd\\.?|Drive|Lane|Parkway|Pkwy|Highway|Place|Plaza|Court|Way)\\b)',
  notYearBefore: '(?:[$€£¥#]\\s*|\\b(?:No\\.?|Nos\\.?|number|Number|flight|Flight|route|Route|room|Room|model|Model|Form|form|page|pages|Article|article|Section|section|Rule|rule|Interstate|Highway|bus|Bus|Windows|about|some|nearly|almost|approximately|roughly|over|than|least|only|exactly|another|additional|extra|all|USD|EUR|GBP|Rs\\.?|Rs)\\s+)$',
  oldYearBefore: '\\b(?:in|since|of|from|until|till|by|before|after|during|around|circa|c\\.|year|years|the|early|mid|late)\\s+$',
  yearCountAfter: '\\s+(?!(?:earnings|results|sales|profits|losses|revenues|elections|figures|levels|budgets|forecasts|estimates|games|olympics|championships|talks|accords|riots|protests|floods|attacks|bombings|negotiations|rates|prices|shipments|deliveries|models|campaigns|standards|totals|returns|dividends|payments|taxes|filings|statistics|numbers|contracts|bonds|notes|issues|seasons|plans|crops|harvests|holidays|accounts|reports|operations|operating|midterms|primaries|polls|rules|regulations|laws|acts|guidelines|targets|goals|projections|assumptions|expectations|deadlines|levies|tariffs|quotas|subsidies|cuts)\\b)[a-z]+[a-hj-rtv-z]s\\b',
  yearStrongBefore: '\\b(?:in|since|from|until|till|by|before|after|during|through|throughout|between|around|circa|early|mid|late|fiscal|year|spring|summer|autumn|fall|winter|of)\\s+$',
  leadTrim: 'on|in|at|by|from|during|since|until|till|through|throughout|over|for|into',
  tense: {
    future: 'will|\'ll|shall|won\'t|wo|would|\'d|gonna|due|ahead|forecast|forecasts|predicts|scheduled|slated|expected|expect|expects|upcoming|forthcoming|coming|next|to-be|could|can|may|might|must|should|soon|later|tomorrow|meet|meets|begins|starts|opens|open|closes|ends|expires|lapses|runs|resumes|reopens|convenes|reconvenes|returns|arrives|departs|leaves|moves|sweeps|kicks|takes|take|return|expire|launch|goes|heads|visits|hosts|holds|faces|plays|comes|host|face|play|visit|travel|travels|meet|welcome|welcomes|begin|close|resume|reopen|convene|reconvene|arrive|depart|launches|debuts|premieres|airs|unveils|releases|publishes|reports|announces|votes|decides|rules|hears|testifies|payable|effective|apply|applies|pending|awaits|await|awaiting|proposes?|promises?|pledges?|vows?',
    futureBeforeTo: 'plans?|planned|planning|urged|advised|asked|ordered|encouraged|hopes?|hoping|wants?|aims?|seeks?|intends?|expects?|expecting|going|supposed|set|likely|unlikely|ready|poised|about|scheduled|listed|is|are|am',
    past: 'was|were|had|did|said|told|took|came|went|got|made|met|began|won|lost|fell|rose|held|left|sold|bought|paid|saw|gave|knew|thought|became|brought|found|kept|ran|wrote|spoke|broke|chose|drove|flew|grew|struck|stood|sent|built|fought|caught|sought|led|spent|shot|hit|cut|fled|slid|sank|swung|stole|wore|won|woke|ago|already|earlier|previously|once|yesterday|last|been|ended|died|killed|[a-z]{3,}ed',
    perfectAux: 'has|have|had|\'s|\'ve',
    participle: '[a-z]{3,}(?:ed|en|wn|ne|ught|id|ld|nt|ck|ng|ost|ut|et|it|un|ot)',
    boundary: 'which|who|whom|whose|when|where|while|whereas|although|though|because|since|after|before|until|unless|if|that|but',
    targetPrep: 'to|until|till|through|by',
    backwardPrep: 'since',
    hedge: 'at least|at the earliest|at the latest|at the very least',
    forwardPrep: 'as soon as|as early as|as late as|no later than|no earlier than|starting(?: in| on| from)?|beginning(?: in| on| from)?|effective|ahead of',
    deferral: 'extend(?:s|ed|ing)?|postpon(?:e|es|ed|ing)|delay(?:s|ed|ing)?|defer(?:s|red|ring)?|adjourn(?:s|ed|ing)?|reschedul(?:e|es|ed|ing)|recess(?:es|ed)?|push(?:es|ed|ing)?|put(?:s|ting)?',
    baseAfter: 'will|\'ll|shall|would|\'d|could|can|may|might|must|should|to',
    futureOverObject: 'expects?|expecting|wants?|wanting|asks?|asking|urges?|urging|tells?|telling|allows?|allowing|forces?|forcing|requires?|requiring|invites?|inviting|encourages?|encouraging|needs?',
  },
};

// ---------------------------------------------------------------- German
const german: DateLanguageSpec = {
  chrono: 'de',
  months: {
    januar: 1, jänner: 1, jan: 1, februar: 2, feb: 2, märz: 3, maerz: 3, mär: 3, april: 4, apr: 4, mai: 5, juni: 6, jun: 6, juli: 7, jul: 7,
    august: 8, aug: 8, september: 9, sept: 9, sep: 9, oktober: 10, okt: 10, november: 11, nov: 11, dezember: 12, dez: 12,
  },
  seasons: { frühjahr: 'SP', frühling: 'SP', sommer: 'SU', herbst: 'FA', winter: 'WI' },
  weekdays: { sonntag: 0, montag: 1, dienstag: 2, mittwoch: 3, donnerstag: 4, freitag: 5, samstag: 6, sonnabend: 6 },
  rel: {
    letzte: -1, letzten: -1, letztes: -1, letzter: -1, vergangene: -1, vergangenen: -1, vergangenes: -1, vergangener: -1, vorige: -1, vorigen: -1, voriges: -1,
    vor: -1, vorjahr: -1, vorjahres: -1, vormonat: -1, vormonats: -1, vorwoche: -1,
    des: 0, diese: 0, diesen: 0, dieses: 0, diesem: 0, dieser: 0, laufende: 0, laufenden: 0, laufendes: 0, aktuellen: 0,
    kommende: 1, kommenden: 1, kommendes: 1, nächste: 1, nächsten: 1, nächstes: 1, nächster: 1, folgenden: 1,
  },
  units: {
    jahr: 'year', jahres: 'year', jahren: 'year', jahre: 'year', vorjahr: 'year', vorjahres: 'year', monat: 'month', monats: 'month', monaten: 'month', monate: 'month', vormonat: 'month', vormonats: 'month',
    woche: 'week', wochen: 'week', vorwoche: 'week', quartal: 'quarter', quartals: 'quarter', halbjahr: 'half', halbjahres: 'half', jahrzehnt: 'decade', jahrzehnts: 'decade', wochenende: 'weekend',
  },
  ordinals: { ersten: 1, erste: 1, erstes: 1, '1.': 1, zweiten: 2, zweite: 2, '2.': 2, dritten: 3, dritte: 3, '3.': 3, vierten: 4, vierte: 4, '4.': 4 },
  numbers: { ein: 1, einem: 1, einer: 1, eineinhalb: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10, elf: 11, zwölf: 12 },
  parts: { anfang: 'start', beginn: 'start', mitte: 'middle', ende: 'end', 'zu beginn': 'start', 'am ende': 'end' },
  holidays: {
    weihnachten: { month: 12, day: 25 }, heiligabend: { month: 12, day: 24 }, silvester: { month: 12, day: 31 }, neujahr: { month: 1, day: 1 },
    ostern: { easter: 0 }, ostersonntag: { easter: 0 }, ostermontag: { easter: 1 }, karfreitag: { easter: -2 }, pfingsten: { easter: 49 },
    'tag der deutschen einheit': { month: 10, day: 3 },
  },
  capitalMonths: false,
  triggers: ['montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonnabend', 'sonntag', 'heute', 'gestern', 'morgen', 'übermorgen', 'vorgestern', 'uhr', 'jahren'],
  rules: [
    { kind: 'relUnit', gate: 'jahr|monat|woche|quartal|wochenende', pattern: '\\b(?<rel>letzten|letztes|letzte|vergangenen|vergangenes|vergangene|vorigen|voriges|vorige|diesem|dieses|diese|diesen|laufenden|laufende|laufendes|kommenden|kommendes|kommende|nächsten|nächstes|nächste)\\s+(?<unit>Jahres|Jahr|Monats|Monat|Woche|Quartals|Quartal|Halbjahres|Halbjahr|Jahrzehnts|Jahrzehnt|Wochenende)\\b' },
    { kind: 'relUnit', gate: 'vorjahr|vormonat|vorwoche', pattern: '\\b(?<unit>Vorjahres|Vorjahr|Vormonats|Vormonat|Vorwoche)\\b' },
    // "bis Ende des Monats", "Anfang dieses Monats": the month of the story, as "the end of the month" is.
    { kind: 'relUnit', gate: 'monats', pattern: '\\b(?:Ende|Anfang|Mitte)\\s+(?<rel>des|dieses)\\s+(?<unit>Monats)\\b' },
    { kind: 'ago', gate: 'vor', pattern: '\\bvor\\s+(?<num>einem|einer|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|\\d{1,2})\\s+(?<unit>Jahren|Jahr|Monaten|Monat|Wochen|Woche)\\b' },
    { kind: 'monthRelYear', gate: 'jahres', pattern: '\\b(?<month>{month})\\.?\\s+(?:des\\s+)?(?<yrel>(?:letzten|vergangenen|vorigen|dieses|laufenden|kommenden|nächsten)\\s+Jahres|Vorjahres)\\b' },
    { kind: 'relMonth', gate: '{month}', pattern: '\\b(?<rel>letzten|vergangenen|vorigen|diesen|kommenden|nächsten)\\s+(?<month>{month})\\b' },
    { kind: 'quarter', gate: 'quartal', pattern: '\\b(?<ord>ersten|erste|zweiten|zweite|dritten|dritte|vierten|vierte|[1-4]\\.)\\s*Quartal(?:s|es)?(?:\\s+(?:des\\s+Jahres\\s+)?(?<year>{year})|\\s+(?<yrel>(?:des\\s+)?(?:letzten|vergangenen|laufenden|kommenden|nächsten)\\s+Jahres|des\\s+Vorjahres|des\\s+Jahres))?' },
    { kind: 'quarter', gate: 'q', pattern: '\\bQ(?<ord>[1-4])(?:\\s*(?<year>{year}))?\\b', cased: true },
    { kind: 'half', gate: 'halbjahr|hälfte', pattern: '\\b(?<ord>ersten|erste|zweiten|zweite|[12]\\.)\\s*(?:Halbjahr(?:es|s)?|Jahreshälfte|Hälfte)(?:\\s+(?:des\\s+Jahres\\s+)?(?<year>{year})|\\s+(?<yrel>(?:des\\s+)?(?:letzten|vergangenen|laufenden|kommenden|nächsten)\\s+Jahres|des\\s+Vorjahres|des\\s+Jahres))?' },
    { kind: 'season', gate: 'frühjahr|frühling|sommer|herbst|winter', pattern: '\\b(?:(?<rel>letzte[mnrs]?|vergangene[mnrs]?|vorige[mnrs]?|diese[mnrs]?|kommende[mnrs]?|nächste[mnrs]?)\\s+|(?<pre>im)\\s+)?(?<season>Frühjahr|Frühling|Sommer|Herbst|Winter)(?:\\s+(?:des\\s+Jahres\\s+)?(?<year>{year}))?\\b' },
    { kind: 'partYear', gate: 'anfang|mitte|ende|beginn', pattern: '\\b(?<part>Anfang|Mitte|Ende|Beginn)\\s+(?:(?<year>{year})|(?<yrel>(?:des\\s+)?(?:letzten|vergangenen|vorigen|dieses|laufenden|kommenden|nächsten)\\s+Jahres|des\\s+Jahres|des\\s+Vorjahres)|(?<yrel2>(?:des\\s+)?(?:letzten|vergangenen|dieses|kommenden|nächsten))\\s+(?<unit>Monats|Jahrzehnts))\\b' },
    { kind: 'partMonth', gate: 'anfang|mitte|ende|beginn', pattern: '\\b(?<part>Anfang|Mitte|Ende|Beginn)\\s+(?<month>{month})(?:\\s+(?<year>{year}))?\\b' },
    { kind: 'month', gate: '{month}', pattern: '\\b(?:(?<pre>im|seit|bis|ab|vom|zum|von|nach|vor|für)\\s+)?(?<month>{month})(?:\\s+(?<year>{year}))?\\b(?!\\.?\\s*\\d{1,2}\\b)' },
    { kind: 'year', gate: '\\d{4}', pattern: '(?<year>{year})(?![\\d%]|[.,]\\d|er\\b)' },
    { kind: 'decade', gate: '0er', pattern: '\\b(?:(?<decade>(?:1[5-9]|20)\\d0)er|(?<dd>[1-9]0)er)(?:[- ]?Jahren?|n)?\\b' },
    { kind: 'weekdayPart', gate: 'morgen|mittag|abend|nacht', pattern: '\\b(?<weekday>Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag)(?:morgen|vormittag|mittag|nachmittag|abend|nacht)\\b' },
    { kind: 'holiday', gate: 'weihnacht|heiligabend|silvester|neujahr|oster|karfreitag|pfingst|einheit', pattern: '\\b(?<holiday>Weihnachten|Heiligabend|Silvester|Neujahr|Ostersonntag|Ostermontag|Ostern|Karfreitag|Pfingsten|Tag der Deutschen Einheit)\\b' },
  ],
  notYearAfter: '(?:[a-zäöüß]|\\s*(?:%|Prozent|Punkte?|Euro|EUR|Dollar|Franken|Pfund|Menschen|Personen|Einwohner|Mitarbeiter(?:innen)?|Beschäftigte|Stellen|Arbeitsplätze|Stimmen|Aktien|Wohnungen|Häuser|Fahrzeuge|Autos|Tonnen|Meter|Kilometer|km|Kilo|Hektar|Seiten|Mal|Stunden|Uhr|Betten|Sitze|Filialen|Fälle|Tote|Soldaten|Teilnehmer)\\b)',
  notYearBefore: '(?:[$€£¥#]\\s*|\\b(?:Nr\\.?|Nummer|Flug|Linie|Modell|Seite|Artikel|Paragraf|rund|etwa|fast|knapp|mehr als|über|gut|bis zu|weitere|zusätzliche|insgesamt|ca\\.?)\\s+)$',
  oldYearBefore: '\\b(?:im Jahre?|seit|bis|von|ab|vor|nach|um|bereits|Jahr|Jahre)\\s+$',
  leadTrim: 'im|am|in|seit|bis|ab|zum|vom|zu|um|an|auf den|den|dem',
  tense: {
    future: 'wird|werden|wirst|will|wollen|soll|sollen|sollte|sollten|plant|planen|geplant|voraussichtlich|künftig|kommenden|nächsten|erwartet|dürfte|dürften|könnte|könnten|beginnt|startet|endet|tagt|öffnet|schließt|läuft|folgt|stattfinden|findet|finden|trifft|treffen|berät|beraten|reist|empfängt|spielt|rechnet|rechne|rechnen|soll',
    past: 'war|waren|hatte|hatten|wurde|wurden|sagte|sagten|teilte|teilten|erklärte|erklärten|kündigte|kündigten|gab|gaben|kam|kamen|ging|gingen|begann|begannen|fand|fanden|stand|standen|lag|lagen|stieg|stiegen|sank|sanken|fiel|fielen|hieß|starb|starben|meldete|meldeten|berichtete|berichteten|beschloss|beschlossen|entschied|wählte|wählten|traf|trafen|verlor|gewann|bereits|schon|zuvor|damals|vorher|[a-zäöü]{3,}ierte[n]?',
    perfectAux: 'hat|haben|hatte|hatten|ist|sind|war|waren',
    participle: '(?:[a-zäöüß]{2,6})?ge[a-zäöüß]{3,}(?:t|en)|[a-zäöüß]{3,}iert',
    futureBeforeTo: '(?!)',
    boundary: 'welche|welcher|welches|wenn|als|nachdem|bevor|während|weil|obwohl|dass|aber|sondern|denn',
    targetPrep: 'bis|bis zum|bis zur|auf',
    targetAhead: true,
    presentAfterFronted: '[a-zäöüß]{3,}t',
    backwardPrep: 'seit',
    hedge: 'mindestens|wenigstens|einschließlich|einschliesslich|inklusive',
    bracketAux: 'hat|haben|hatte|hatten',
    forwardPrep: 'ab|ab dem|für|spätestens|frühestens|bereits ab',
  },
};

// ---------------------------------------------------------------- French
const french: DateLanguageSpec = {
  chrono: 'fr',
  months: {
    janvier: 1, janv: 1, février: 2, fevrier: 2, févr: 2, mars: 3, avril: 4, avr: 4, mai: 5, juin: 6, juillet: 7, juil: 7, août: 8, aout: 8,
    septembre: 9, sept: 9, octobre: 10, oct: 10, novembre: 11, nov: 11, décembre: 12, decembre: 12, déc: 12,
  },
  seasons: { printemps: 'SP', été: 'SU', ete: 'SU', automne: 'FA', hiver: 'WI' },
  rel: {
    dernier: -1, dernière: -1, derniere: -1, passé: -1, passée: -1, précédent: -1, précédente: -1,
    ce: 0, cet: 0, cette: 0, du: 0, 'en cours': 0, courant: 0,
    prochain: 1, prochaine: 1, suivant: 1, suivante: 1,
  },
  units: { an: 'year', ans: 'year', année: 'year', années: 'year', annee: 'year', mois: 'month', semaine: 'week', semaines: 'week', trimestre: 'quarter', semestre: 'half', décennie: 'decade', 'week-end': 'weekend', weekend: 'weekend' },
  ordinals: { premier: 1, '1er': 1, deuxième: 2, '2e': 2, second: 2, troisième: 3, '3e': 3, quatrième: 4, '4e': 4 },
  numbers: { un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12 },
  parts: { début: 'start', debut: 'start', mi: 'middle', milieu: 'middle', fin: 'end', courant: 'middle' },
  holidays: {
    noël: { month: 12, day: 25 }, noel: { month: 12, day: 25 }, 'la saint-sylvestre': { month: 12, day: 31 }, 'le nouvel an': { month: 1, day: 1 },
    "le jour de l'an": { month: 1, day: 1 }, pâques: { easter: 0 }, paques: { easter: 0 }, 'la toussaint': { month: 11, day: 1 }, 'la pentecôte': { easter: 49 },
  },
  capitalMonths: false,
  triggers: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', "aujourd'hui", 'hier', 'demain', 'veille', 'lendemain', 'ans'],
  rules: [
    { kind: 'relUnit', gate: 'an|mois|semaine|trimestre|semestre|week', pattern: '\\b(?:l[\'’]|la\\s+|le\\s+)(?<unit>année|an|mois|semaine|trimestre|semestre|week-end|décennie)\\s+(?<rel>dernière|dernier|passée|passé|prochaine|prochain|en cours)\\b' },
    { kind: 'relUnit', gate: 'ce|cet|cette', pattern: '\\b(?<rel>cette|cet|ce)\\s+(?<unit>année|an|mois|semaine|trimestre|semestre|week-end)(?:-ci|-là)?\\b' },
    // "d'ici la fin du mois", "au début du mois": the month of the story.
    { kind: 'relUnit', gate: 'du mois', pattern: '\\b(?:fin|début|debut|milieu)\\s+(?<rel>du)\\s+(?<unit>mois)\\b(?!\\s+(?:de|d[\'’]|dernier|prochain))' },
    { kind: 'ago', gate: 'il y a', pattern: '\\bil y a\\s+(?:(?<num>un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|\\d{1,2})\\s+)(?<unit>ans|an|années|année|mois|semaines|semaine)\\b' },
    { kind: 'monthRelYear', gate: 'année|an ', pattern: '\\b(?<month>{month})\\.?\\s+(?<yrel>de\\s+l[\'’]année\\s+(?:dernière|passée|prochaine|en cours)|de\\s+l[\'’]an\\s+(?:dernier|passé|prochain)|de\\s+cette\\s+année)\\b' },
    { kind: 'relMonth', gate: 'dernier|prochain|passé', pattern: '\\b(?:en\\s+|au\\s+mois\\s+de\\s+)?(?<month>{month})\\s+(?<rel>dernier|passé|prochain)\\b' },
    { kind: 'quarter', gate: 'trimestre', pattern: '\\b(?<ord>premier|1er|deuxième|2e|second|troisième|3e|quatrième|4e)\\s+trimestre(?:\\s+(?:de\\s+)?(?<year>{year})|\\s+(?<yrel>de\\s+l[\'’]année\\s+(?:dernière|passée|prochaine|en cours)|de\\s+l[\'’]an\\s+(?:dernier|passé|prochain)|de\\s+cette\\s+année))?' },
    { kind: 'quarter', gate: 't', pattern: '\\bT(?<ord>[1-4])\\s+(?<year>{year})\\b', cased: true },
    { kind: 'half', gate: 'semestre', pattern: '\\b(?<ord>premier|1er|second|deuxième|2e)\\s+semestre(?:\\s+(?:de\\s+)?(?<year>{year})|\\s+(?<yrel>de\\s+l[\'’]année\\s+(?:dernière|passée|prochaine|en cours)|de\\s+l[\'’]an\\s+(?:dernier|passé|prochain)|de\\s+cette\\s+année))?' },
    { kind: 'season', gate: 'printemps|été|ete|automne|hiver', pattern: '\\b(?:(?<rel>cet|ce)\\s+|(?<pre>au|en)\\s+|(?<pre2>l[\'’])|le\\s+)?(?<season>printemps|été|automne|hiver)(?:\\s+(?<rel2>dernier|passé|prochain))?(?:\\s+(?:de\\s+)?(?<year>{year}))?\\b' },
    { kind: 'partYear', gate: 'début|debut|mi-|fin|milieu|courant', pattern: '\\b(?:(?<part>début|debut|mi|fin|courant)[- ](?:(?<year>{year})|(?<yrel>l[\'’]année\\s+(?:dernière|passée|prochaine)|l[\'’]an\\s+(?:dernier|passé|prochain)))|(?<part2>début|fin|milieu)\\s+(?:de\\s+)?(?:l[\'’]année|l[\'’]an)(?:\\s+(?<rel>dernière|dernier|passée|passé|prochaine|prochain))?)\\b' },
    { kind: 'partMonth', gate: 'début|debut|mi-|fin|milieu', pattern: '\\b(?<part>début|debut|mi|fin)[- ](?<month>{month})(?:\\s+(?<year>{year}))?\\b' },
    { kind: 'month', gate: '{month}', pattern: '\\b(?:(?<pre>en|depuis|dès|avant|après|jusqu[\'’]en|d[\'’]ici|au mois de|courant)\\s+)?(?<month>{month})(?:\\s+(?<year>{year}))?\\b' },
    { kind: 'year', gate: '\\d{4}', pattern: '(?<year>{year})(?![\\d%]|[.,]\\d)' },
    { kind: 'decade', gate: 'années|annees', pattern: '\\bann[ée]es\\s+(?:(?<decade>(?:1[5-9]|20)\\d0)|(?<dd>[1-9]0))\\b' },
    { kind: 'holiday', gate: 'noël|noel|sylvestre|nouvel|jour de|pâques|paques|toussaint|pentecôte', pattern: '\\b(?<holiday>Noël|Noel|la Saint-Sylvestre|le Nouvel An|le jour de l[\'’]An|Pâques|Paques|la Toussaint|la Pentecôte)\\b' },
  ],
  notYearAfter: '(?:[a-zàâçéèêëîïôûùüÿœ]|\\s*(?:%|pour cent|points?|euros?|dollars?|francs?|personnes|habitants|salariés|employés|emplois|postes|voix|actions|logements|maisons|véhicules|voitures|tonnes|mètres|kilomètres|km|kilos?|hectares|pages|fois|heures|lits|sièges|magasins|cas|morts|soldats|participants|élèves)\\b)',
  notYearBefore: '(?:[$€£¥#]\\s*|\\b(?:n°|no\\.?|numéro|vol|ligne|modèle|page|article|environ|près de|presque|plus de|moins de|quelque|quelques|jusqu[\'’]à|au moins)\\s+)$',
  oldYearBefore: '\\b(?:en|depuis|de|dès|avant|après|vers|jusqu[\'’]en|l[\'’]an|année)\\s+$',
  leadTrim: 'au|en|dans|depuis|dès|pour|pendant|jusqu[\'’]au|jusqu[\'’]en|à partir du|à partir de|à',
  tense: {
    future: 'va|vont|ouvre|ferme|commence|débute|rouvre|sera|seront|aura|auront|devrait|devraient|doit|doivent|prévu|prévue|prévus|prévues|attendu|attendue|attendus|attendues|prochain|prochaine|pourrait|pourraient|compte|comptent|entend|entendent|[a-zéèêàç]{3,}(?:eront|iront|ront|era|ira|dra|ura|vra|vront)',
    past: 'était|étaient|avait|avaient|fut|furent|a|ont|déjà|auparavant|[a-zéèêàç]{3,}(?:ait|aient)',
    perfectAux: 'a|ont|avait|avaient|est|sont|était|étaient|été|a-t-il|a-t-elle|ont-ils|ont-elles|avait-il|avait-elle',
    participle: '[a-zéèêàçî]{2,}(?:é|ée|és|ées|i|ie|is|it|u|ue|us|ert|ort)',
    futureBeforeTo: '(?!)',
    boundary: 'qui|que|qu|dont|où|lorsque|quand|alors|tandis|bien|parce|puisque|après|avant|mais',
    targetPrep: "jusqu'au|jusqu'en|jusqu'à|jusqu’au|jusqu’en|jusqu’à|d'ici|d’ici|au",
    targetAhead: true,
    backwardPrep: 'depuis',
    hedge: 'au moins',
    forwardPrep: "dès|à partir du|à partir de|d'ici|d’ici|au plus tard|au plus tôt",
  },
};

// ---------------------------------------------------------------- Spanish
const spanish: DateLanguageSpec = {
  chrono: 'es',
  months: {
    enero: 1, febrero: 2, marzo: 3, abril: 4, mayo: 5, junio: 6, julio: 7, agosto: 8, septiembre: 9, setiembre: 9, octubre: 10, noviembre: 11, diciembre: 12,
  },
  seasons: { primavera: 'SP', verano: 'SU', otoño: 'FA', invierno: 'WI' },
  rel: {
    pasado: -1, pasada: -1, último: -1, última: -1, anterior: -1,
    este: 0, esta: 0, 'en curso': 0, actual: 0,
    próximo: 1, próxima: 1, proximo: 1, proxima: 1, 'que viene': 1, siguiente: 1, entrante: 1,
  },
  units: { año: 'year', años: 'year', mes: 'month', meses: 'month', semana: 'week', semanas: 'week', trimestre: 'quarter', semestre: 'half', década: 'decade', 'fin de semana': 'weekend' },
  ordinals: { primer: 1, primero: 1, '1er': 1, '1º': 1, segundo: 2, '2º': 2, tercer: 3, tercero: 3, '3er': 3, '3º': 3, cuarto: 4, '4º': 4 },
  numbers: { un: 1, una: 1, uno: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10, once: 11, doce: 12 },
  parts: { principios: 'start', comienzos: 'start', inicios: 'start', mediados: 'middle', finales: 'end', fines: 'end' },
  holidays: {
    navidad: { month: 12, day: 25 }, nochebuena: { month: 12, day: 24 }, nochevieja: { month: 12, day: 31 }, 'año nuevo': { month: 1, day: 1 },
    'semana santa': { easter: -7, week: true }, 'domingo de resurrección': { easter: 0 }, 'viernes santo': { easter: -2 }, 'día de reyes': { month: 1, day: 6 },
  },
  capitalMonths: false,
  triggers: ['lunes', 'martes', 'miércoles', 'miercoles', 'jueves', 'viernes', 'sábado', 'sabado', 'domingo', 'hoy', 'ayer', 'mañana', 'anoche', 'años'],
  rules: [
    { kind: 'relUnit', gate: 'año|mes|semana|trimestre|semestre', pattern: '\\b(?:el|la)\\s+(?<unit>año|mes|semana|trimestre|semestre|fin de semana)\\s+(?<rel>pasado|pasada|que viene|próximo|próxima|en curso)\\b' },
    { kind: 'relUnit', gate: 'año|mes|semana|trimestre|semestre', pattern: '\\b(?:el|la)\\s+(?<rel>próximo|próxima|proximo|proxima|pasado|pasada)\\s+(?<unit>año|mes|semana|trimestre|semestre|fin de semana)\\b' },
    { kind: 'relUnit', gate: 'este|esta', pattern: '\\b(?<rel>este|esta)\\s+(?<unit>año|mes|semana|trimestre|semestre|fin de semana)\\b' },
    { kind: 'ago', gate: 'hace', pattern: '\\bhace\\s+(?<num>un|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|\\d{1,2})\\s+(?<unit>años|año|meses|mes|semanas|semana)\\b' },
    { kind: 'monthRelYear', gate: 'año', pattern: '\\b(?<month>{month})\\s+(?<yrel>del\\s+año\\s+(?:pasado|que viene|próximo|proximo|en curso)|de\\s+este\\s+año|del\\s+próximo\\s+año)\\b' },
    { kind: 'relMonth', gate: 'pasado|próximo|proximo', pattern: '\\b(?:el\\s+)?(?<rel>pasado|próximo|proximo)\\s+(?:mes\\s+de\\s+)?(?<month>{month})\\b|\\b(?<month2>{month})\\s+(?<rel2>pasado|próximo|proximo)\\b' },
    { kind: 'quarter', gate: 'trimestre', pattern: '\\b(?<ord>primer|primero|segundo|tercer|tercero|cuarto|1er|[1-4]º|3er)\\s+trimestre(?:\\s+(?:de|del)\\s+(?:(?<year>{year})|(?<yrel>año\\s+(?:pasado|próximo|proximo|en curso)|este\\s+año|próximo\\s+año)))?' },
    { kind: 'half', gate: 'semestre', pattern: '\\b(?<ord>primer|primero|segundo|1er|[12]º)\\s+semestre(?:\\s+(?:de|del)\\s+(?:(?<year>{year})|(?<yrel>año\\s+(?:pasado|próximo|proximo|en curso)|este\\s+año|próximo\\s+año)))?' },
    { kind: 'season', gate: 'primavera|verano|otoño|invierno', pattern: '\\b(?:(?<rel>este|esta)\\s+|(?:el|la)\\s+|(?<pre>en|durante)\\s+(?:el\\s+|la\\s+)?)?(?<season>primavera|verano|otoño|invierno)(?:\\s+(?<rel2>pasado|pasada|próximo|próxima|que viene))?(?:\\s+(?:de|del)\\s+(?<year>{year}))?\\b' },
    { kind: 'partYear', gate: 'principios|comienzos|inicios|mediados|finales|fines', pattern: '\\b(?<part>principios|comienzos|inicios|mediados|finales|fines)\\s+(?:de|del)\\s+(?:(?<year>{year})|(?<yrel>año\\s+(?:pasado|próximo|proximo|que viene)|este\\s+año|próximo\\s+año)|año)\\b' },
    { kind: 'partMonth', gate: 'principios|comienzos|inicios|mediados|finales|fines', pattern: '\\b(?<part>principios|comienzos|inicios|mediados|finales|fines)\\s+de\\s+(?<month>{month})(?:\\s+(?:de|del)\\s+(?<year>{year}))?\\b' },
    { kind: 'year', gate: '\\d{4}', pattern: '(?<year>{year})(?![\\d%]|[.,]\\d)' },
    { kind: 'decade', gate: 'años|década', pattern: '\\b(?:años|década\\s+de(?:\\s+los)?)\\s+(?:(?<decade>(?:1[5-9]|20)\\d0)|(?<dd>[1-9]0))\\b' },
    { kind: 'holiday', gate: 'navidad|nochebuena|nochevieja|año nuevo|semana santa|resurrección|viernes santo|reyes', pattern: '\\b(?<holiday>Navidad|Nochebuena|Nochevieja|Año Nuevo|Semana Santa|Domingo de Resurrección|Viernes Santo|Día de Reyes)\\b' },
  ],
  notYearAfter: '(?:[a-záéíóúñü]|\\s*(?:%|por ciento|puntos?|euros?|dólares?|pesos?|personas|habitantes|trabajadores|empleados|empleos|puestos|votos|acciones|viviendas|casas|vehículos|coches|toneladas|metros|kilómetros|km|kilos?|hectáreas|páginas|veces|horas|camas|escaños|tiendas|casos|muertos|soldados|participantes|alumnos)\\b)',
  notYearBefore: '(?:[$€£¥#]\\s*|\\b(?:n\\.?º|núm\\.?|número|vuelo|línea|modelo|página|artículo|unos|unas|casi|cerca de|más de|menos de|hasta|alrededor de)\\s+)$',
  oldYearBefore: '\\b(?:en|desde|de|del|hasta|antes de|después de|hacia|año)\\s+$',
  leadTrim: 'en|desde|hasta|para|durante|a partir del|a partir de|a|antes del|después del',
  tense: {
    future: 'será|serán|abre|cierra|comienza|empieza|reabre|va|van|habrá|prevé|prevén|previsto|prevista|previstos|previstas|próximo|próxima|podría|podrían|debe|deben|deberá|deberán|espera|esperan|[a-záéíóúñ]{3,}(?:rá|rán)',
    past: 'fue|fueron|era|eran|había|habían|dijo|dijeron|ya|anteriormente|[a-záéíóúñ]{3,}(?:ó|aron|ieron|aba|aban)',
    perfectAux: 'ha|han|había|habían|hubo',
    participle: '[a-záéíóúñ]{2,}(?:ado|ada|ados|adas|ido|ida|idos|idas|to|cho)',
    futureBeforeTo: '(?!)',
    boundary: 'que|quien|quienes|cuando|donde|mientras|aunque|porque|pues|tras|antes|después|pero|sino',
    targetPrep: 'hasta|para',
    targetAhead: true,
    backwardPrep: 'desde',
    hedge: 'al menos|como mínimo',
    forwardPrep: 'a partir del|a partir de|a más tardar|como muy tarde|como pronto',
  },
};

// ---------------------------------------------------------------- other languages chrono-node reads
/** Languages with chrono-node parsers but no news table of ours: chrono reads their dates, years by shape. */
function chronoOnly(chrono: string, months: Record<string, number>, triggers: string[], leadTrim: string, notYearAfter: string): DateLanguageSpec {
  return {
    chrono, months, seasons: {}, rel: {}, units: {}, ordinals: {}, numbers: {}, parts: {}, holidays: {}, capitalMonths: false, triggers,
    rules: [{ kind: 'year', gate: '\\d{4}', pattern: '(?<year>{year})(?![\\d%]|[.,]\\d)' }],
    notYearAfter, notYearBefore: '(?:[$€£¥#]\\s*)$', oldYearBefore: '(?!)', leadTrim,
    tense: { future: '(?!)', past: '(?!)', perfectAux: '(?!)', participle: '(?!)', futureBeforeTo: '(?!)', boundary: '(?!)', targetPrep: '(?!)', backwardPrep: '(?!)', forwardPrep: '(?!)', hedge: '(?!)' },
  };
}

/**
 * The core of a news table on top of chrono-node's parsers: a month after a preposition, "last
 * week"/"next year", the halves of a year, and the words that set a clause's tense.
 */
interface LightTable {
  units: Record<string, DateUnit>;
  rel: Record<string, -1 | 0 | 1>;
  ordinals: Record<string, number>;
  /** Prepositions before a month name alone ("em fevereiro", "in september"). */
  monthPre: string;
  /** "<the> <unit> <rel>" ("a semana passada", "l'anno scorso"): the articles before the unit. */
  unitThenRel?: string;
  half?: string;
  /** Weekday names and the parts of a day written onto them ("dinsdagavond"). */
  weekdays?: Record<string, number>;
  dayParts?: string;
  /** Before a year from 1000 to 1899: the prepositions of a year ("nel 1874", "em 1755"); none, and old years stay unread. */
  oldYearBefore?: string;
  tense: Partial<TenseSpec> & Pick<TenseSpec, 'future' | 'past'>;
}

/** `spec` with `rules` of its own read before the rest. */
function withRules(spec: DateLanguageSpec, rules: DateRuleSpec[]): DateLanguageSpec {
  return { ...spec, rules: [...rules, ...spec.rules] };
}

/**
 * Parts of today written as one phrase ("ce matin", "esta tarde", "stamattina", "vanavond", "i
 * morse"): the page's day, as English "this morning" is.
 */
function withTodayParts(spec: DateLanguageSpec, phrases: string[]): DateLanguageSpec {
  const alternation = phrases.join('|');
  return {
    ...spec,
    units: { ...spec.units, ...Object.fromEntries(phrases.map((p) => [p, 'day' as DateUnit])) },
    rel: { ...spec.rel, ...Object.fromEntries(phrases.map((p) => [p, 0 as const])) },
    triggers: [...spec.triggers, ...phrases],
    rules: [{ kind: 'relUnit', gate: alternation, pattern: `(?<![\\wÀ-ɏ])(?<unit>${alternation})(?![\\wÀ-ɏ])` }, ...spec.rules],
  };
}

function withNewsTable(base: DateLanguageSpec, t: LightTable): DateLanguageSpec {
  const units = Object.keys(t.units).join('|');
  const rels = Object.keys(t.rel).join('|');
  const rules: DateRuleSpec[] = [
    // "La prossima settimana": the article before it too, so the week wins over a parser's day.
    { kind: 'relUnit', gate: units, pattern: `\\b${t.unitThenRel ? `(?:(?:${t.unitThenRel})\\s*)?` : ''}(?<rel>${rels})\\s+(?<unit>${units})\\b` },
    ...(t.unitThenRel ? [{ kind: 'relUnit' as const, gate: units, pattern: `\\b(?:${t.unitThenRel})\\s*(?<unit>${units})\\s+(?<rel>${rels})\\b` }] : []),
    ...(t.half ? [{ kind: 'half' as const, gate: t.half, pattern: `\\b(?<ord>${Object.keys(t.ordinals).join('|')})\\s+${t.half}(?:\\s+(?:de|del|di|van)\\s+(?<year>{year}))?\\b` }] : []),
    { kind: 'month', gate: '{month}', pattern: `\\b(?:(?<pre>${t.monthPre})\\s+)?(?<month>{month})(?:\\s+(?:de\\s+|del\\s+)?(?<year>{year}))?\\b(?!\\.?\\s*\\d{1,2}\\b)` },
    ...(t.weekdays && t.dayParts ? [{ kind: 'weekdayPart' as const, gate: t.dayParts, pattern: `\\b(?<weekday>${Object.keys(t.weekdays).join('|')})(?:${t.dayParts})\\b` }] : []),
    ...base.rules,
  ];
  const never = '(?!)';
  return {
    ...base, units: t.units, rel: t.rel, ordinals: t.ordinals, rules, ...(t.weekdays ? { weekdays: t.weekdays } : {}),
    ...(t.oldYearBefore ? { oldYearBefore: `\\b(?:${t.oldYearBefore})\\s+$` } : {}),
    tense: { ...base.tense, perfectAux: never, participle: never, futureBeforeTo: never, boundary: never, targetPrep: never, backwardPrep: never, forwardPrep: never, hedge: never, ...t.tense },
  };
}

/**
 * Norwegian (bokmål) and Danish: no chrono-node parser reads them, so Swedish's (the nearest) runs
 * under our own tables: day-first dates, weekdays ("i tirsdags", "på fredag"), "i går", "i fjor",
 * "forrige uke", "næste år", and the words of their tenses.
 */
function scandinavian(months: Record<string, number>, units: Record<string, DateUnit>, rel: Record<string, -1 | 0 | 1>, monthPre: string, tense: LightTable['tense']): DateLanguageSpec {
  const weekdays = { søndag: 0, mandag: 1, tirsdag: 2, onsdag: 3, torsdag: 4, fredag: 5, lørdag: 6 };
  const base = chronoOnly('sv', months, [...Object.keys(weekdays), 'i dag', 'i går', 'i morgen', 'i fjor'], 'på|i|siden|til|fra', '(?:[a-zæøå]|\\s*(?:%|prosent|procent|kroner|kr|euro|personer|innbyggere|indbyggere)\\b)');
  const rules: DateRuleSpec[] = [
    { kind: 'dayMonth', gate: '{month}', pattern: '\\b(?<day>[0-3]?\\d)\\.?\\s+(?<month>{month})(?:\\s+(?<year>{year}))?\\b' },
    // "i går", "i fjor": a unit and its direction in one phrase.
    { kind: 'relUnit', gate: 'i (?:dag|går|morgen|fjor|forfjor|år)', pattern: '\\b(?<unit>i dag|i går|i morgen|i fjor|i forfjor|i år)\\b(?![-\\wæøå])' },
    // "i februar neste år", "i marts sidste år", "i mai i fjor": the month of the year the phrase points to.
    { kind: 'monthRelYear', gate: 'år|fjor', pattern: '\\b(?<month>{month})\\s+(?<yrel>(?:neste|næste|forrige|sidste|kommende) år|i fjor|i år)(?![-\\wæøå])' },
  ];
  return withNewsTable(withRules(base, rules), { units, rel, ordinals: {}, monthPre, weekdays, dayParts: '|s|en|skveld|smorgen|sformiddag|sftermiddag|saften|snatt|snat|kveld|morgen|formiddag|ettermiddag|eftermiddag|aften|natt|nat', oldYearBefore: 'i|siden|til|fra|omkring|år', tense });
}

const SCANDINAVIAN_DAY_UNITS: Record<string, DateUnit> = { 'i dag': 'day', 'i går': 'day', 'i morgen': 'day', 'i fjor': 'year', 'i forfjor': 'year', 'i år': 'year' };
const SCANDINAVIAN_DAY_REL: Record<string, -1 | 0 | 1> = { 'i dag': 0, 'i går': -1, 'i morgen': 1, 'i fjor': -1, 'i år': 0 };

const norwegian = scandinavian(
  { januar: 1, jan: 1, februar: 2, feb: 2, mars: 3, april: 4, apr: 4, mai: 5, juni: 6, juli: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, oktober: 10, okt: 10, november: 11, nov: 11, desember: 12, des: 12 },
  { ...SCANDINAVIAN_DAY_UNITS, uke: 'week', uken: 'week', måned: 'month', måneden: 'month', år: 'year', året: 'year', kvartal: 'quarter', kvartalet: 'quarter' },
  // Each table also holds the other language's direction words: a short page of one is often read as the other.
  { ...SCANDINAVIAN_DAY_REL, forrige: -1, sidste: -1, neste: 1, næste: 1, kommende: 1, denne: 0, dette: 0 },
  'i|siden|til|fra|innen|etter|før|i begynnelsen av|i slutten av',
  { future: 'skal|vil|kommer|planlegger|ventes|åpner|stenger|starter|begynner|trer', past: 'var|hadde|sa|ble|[a-zæøå]{3,}(?:et|te|de|dde)', boundary: 'at|som|når|fordi|mens|men', targetPrep: 'til|frem til', backwardPrep: 'siden', forwardPrep: 'på|før|innen' },
);

const danish = scandinavian(
  { januar: 1, jan: 1, februar: 2, feb: 2, marts: 3, april: 4, apr: 4, maj: 5, juni: 6, juli: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, oktober: 10, okt: 10, november: 11, nov: 11, december: 12, dec: 12 },
  { ...SCANDINAVIAN_DAY_UNITS, uge: 'week', ugen: 'week', måned: 'month', måneden: 'month', år: 'year', året: 'year', kvartal: 'quarter', kvartalet: 'quarter' },
  { ...SCANDINAVIAN_DAY_REL, sidste: -1, forrige: -1, næste: 1, neste: 1, kommende: 1, denne: 0, dette: 0 },
  'i|siden|til|fra|inden|efter|før|i starten af|i slutningen af',
  { future: 'skal|vil|kommer|planlægger|ventes|åbner|lukker|starter|begynder|træder', past: 'var|havde|sagde|blev|[a-zæøå]{3,}(?:ede|te|de)', boundary: 'at|som|der|når|fordi|mens|men', targetPrep: 'til|frem til', backwardPrep: 'siden', forwardPrep: 'på|før|inden' },
);

/**
 * A language no chrono-node parser reads whose words inflect (Polish, Czech, Romanian, Finnish):
 * English chrono reads its numbers (day first), our tables its words, every form listed ("marzec",
 * "marca", "marcu"). Edges are Unicode-aware: `\b` sees no letter in "ś" or "ä".
 */
interface InflectedTable {
  /** Every form of each month name. */
  months: Record<string, number>;
  /** Month forms that carry their own "in" (Finnish "joulukuussa"): a date without a preposition. */
  monthsIn?: string[];
  /** Every form of each weekday name (0 = Sunday), and what may be glued onto it ("torstai" + "aamuna"). */
  weekdays: Record<string, number>;
  dayParts?: string;
  /** Words and phrases that are a unit and its direction in one: "wczoraj", "w zeszłym roku", "loni". */
  phrases: Record<string, [DateUnit, -1 | 0 | 1]>;
  monthPre: string;
  /** A month with its year's direction ("loni v březnu", "w marcu ubiegłego roku"), `{month}` and `{yrel}` in place. */
  monthRelYear?: string;
  /** A quarter by its ordinal ("в первом квартале", "ilk çeyrekte"): the ordinals' forms and the forms of the word for quarter. */
  quarter?: { ordinals: Record<string, number>; word: string; yearPre?: string };
  /** Words between a year and its month where the year comes first ("2024 yılının şubat ayında", "2024 Şubat'ta"); '' for none. */
  yearBeforeMonth?: string;
  /** Direction words read only inside `monthRelYear` ("в марте прошлого года"): alone they are a comparison's baseline as often as a date. */
  yearRel?: Record<string, -1 | 0 | 1>;
  leadTrim: string;
  notYearAfter: string;
  oldYearBefore: string;
  tense: Partial<TenseSpec> & Pick<TenseSpec, 'future' | 'past'>;
}

function inflected(t: InflectedTable): DateLanguageSpec {
  const words = (keys: string[]) => [...keys].sort((a, b) => b.length - a.length).join('|');
  const before = '(?<![\\p{L}\\d])';
  const after = '(?![\\p{L}])';
  const units: Record<string, DateUnit> = {};
  const rel: Record<string, -1 | 0 | 1> = {};
  for (const [phrase, [unit, direction]] of Object.entries(t.phrases)) {
    units[phrase] = unit;
    rel[phrase] = direction;
  }
  Object.assign(rel, t.yearRel);
  const phrases = words(Object.keys(t.phrases));
  const weekdays = words(Object.keys(t.weekdays));
  const never = '(?!)';
  const rules: DateRuleSpec[] = [
    ...(t.monthRelYear ? [{ kind: 'monthRelYear' as const, gate: '{month}', pattern: `${before}${t.monthRelYear}${after}` }] : []),
    ...(t.yearBeforeMonth !== undefined ? [{ kind: 'month' as const, gate: '{month}', pattern: `${before}(?<year>{year})\\s+${t.yearBeforeMonth ? `(?:(?:${t.yearBeforeMonth})\\s+)?` : ''}(?<month>{month})${after}(?!\\.?\\s*\\d{1,2}\\b)` }] : []),
    { kind: 'relUnit', gate: phrases, pattern: `${before}(?<unit>${phrases})${after}` },
    // "8 de juny", "15 d'abril": Catalan joins the day to its month. A weekday right after the date
    // is the date's own ("27 Mayıs Cuma günü"): it is read with it, not as another day.
    { kind: 'dayMonth', gate: '{month}', pattern: `${before}(?<day>[0-3]?\\d)\\.?\\s+(?:de\\s+|d['’])?(?<month>{month})(?:\\s+(?:de\\s+)?(?<year>{year}))?(?:\\s+(?:${weekdays})(?:${t.dayParts ?? ''}))?${after}` },
    { kind: 'month', gate: '{month}', pattern: `${before}(?:(?<pre>${t.monthPre})\\s+)?(?<month>{month})(?:\\s+(?<year>{year}))?${after}(?!\\.?\\s*\\d{1,2}\\b)` },
    ...(t.monthsIn ? [{ kind: 'month' as const, gate: words(t.monthsIn), pattern: `${before}(?<own>)(?<month>${words(t.monthsIn)})(?:\\s+(?<year>{year}))?${after}` }] : []),
    { kind: 'weekdayPart', gate: weekdays, pattern: `${before}(?<weekday>${weekdays})(?:${t.dayParts ?? ''})${after}` },
    ...(t.quarter ? [{ kind: 'quarter' as const, gate: t.quarter.word, pattern: `${before}(?<ord>${words(Object.keys(t.quarter.ordinals))})\\s+(?:${t.quarter.word})(?:\\s+${t.quarter.yearPre ? `(?:(?:${t.quarter.yearPre})\\s+)?` : ''}(?<year>{year}))?${after}` }] : []),
    { kind: 'year', gate: '\\d{4}', pattern: '(?<year>{year})(?![\\d%]|[.,]\\d)' },
  ];
  return {
    chrono: 'en', months: t.months, seasons: {}, rel, units, ordinals: t.quarter?.ordinals ?? {}, numbers: {}, parts: {}, holidays: {}, capitalMonths: false,
    // The word for quarter lets a sentence with no month, weekday or digit reach the rules ("в первом квартале").
    triggers: [...Object.keys(t.weekdays), ...(t.quarter ? t.quarter.word.split('|') : [])], rules, weekdays: t.weekdays,
    notYearAfter: t.notYearAfter, notYearBefore: '(?:[$€£¥#]\\s*)$', oldYearBefore: `\\b(?:${t.oldYearBefore})\\s+$`, leadTrim: t.leadTrim,
    tense: { perfectAux: never, participle: never, futureBeforeTo: never, boundary: never, targetPrep: never, backwardPrep: never, forwardPrep: never, hedge: never, ...t.tense },
  };
}

/** Each form of twelve month names, from one space-separated list of forms per month. */
const monthForms = (forms: string[]): Record<string, number> =>
  Object.fromEntries(forms.flatMap((list, i) => list.split(' ').map((form) => [form, i + 1] as const)));
/** Each form of seven weekday names, Sunday first. */
const weekdayForms = (forms: string[]): Record<string, number> =>
  Object.fromEntries(forms.flatMap((list, i) => list.split(' ').map((form) => [form, i] as const)));

const polish = inflected({
  months: monthForms(['styczeń stycznia styczniu', 'luty lutego lutym', 'marzec marca marcu', 'kwiecień kwietnia kwietniu', 'maj maja maju', 'czerwiec czerwca czerwcu', 'lipiec lipca lipcu', 'sierpień sierpnia sierpniu', 'wrzesień września wrześniu', 'październik października październiku', 'listopad listopada listopadzie', 'grudzień grudnia grudniu']),
  weekdays: weekdayForms(['niedziela niedzielę niedzieli', 'poniedziałek poniedziałku', 'wtorek wtorku', 'środa środę środy środzie', 'czwartek czwartku', 'piątek piątku', 'sobota sobotę soboty sobocie']),
  phrases: {
    wczoraj: ['day', -1], dziś: ['day', 0], dzisiaj: ['day', 0], jutro: ['day', 1],
    'w zeszłym roku': ['year', -1], 'w ubiegłym roku': ['year', -1], 'zeszłego roku': ['year', -1], 'ubiegłego roku': ['year', -1], 'w tym roku': ['year', 0], 'w przyszłym roku': ['year', 1], 'przyszłego roku': ['year', 1],
    'w zeszłym tygodniu': ['week', -1], 'w ubiegłym tygodniu': ['week', -1], 'w tym tygodniu': ['week', 0], 'w przyszłym tygodniu': ['week', 1],
    'w zeszłym miesiącu': ['month', -1], 'w ubiegłym miesiącu': ['month', -1], 'w tym miesiącu': ['month', 0], 'w przyszłym miesiącu': ['month', 1],
  },
  monthPre: 'w|we|od|do|do końca|na początku|pod koniec|w połowie|przed|po',
  monthRelYear: '(?<month>{month})\\s+(?<yrel>ubiegłego roku|zeszłego roku|przyszłego roku)',
  leadTrim: 'w|we|od|do|z|ze|na|po|przed',
  notYearAfter: '(?:[a-ząćęłńóśźż]|\\s*(?:%|proc|procent|zł|złotych|euro|osób|mieszkańców)(?![\\p{L}]))',
  oldYearBefore: 'w|od|do|roku|rok',
  tense: { future: 'może|mogą|ma|mają|najwcześniej|będzie|będą|zostanie|zostaną|ruszy|ruszą|potrwa|rozpocznie|rozpoczną|zakończy|otworzy|zamknie|planuje|planują', past: 'był|była|było|byli|były|[a-ząćęłńóśźż]{3,}(?:ał|ała|ało|ali|ały|ił|iła|iło|ili|iły|ył|yła|yło|yli|yły|ął|ęła|ęli)', targetPrep: 'do|od', targetAhead: true, forwardPrep: 'przyszły|przyszłą|przyszłej|najbliższy|najbliższą|najbliższej', backwardPrep: 'ubiegły|ubiegłą|ubiegłej|zeszły|zeszłą|zeszłej|miniony|minioną|minionej' },
});

const czech = inflected({
  months: monthForms(['leden ledna lednu', 'únor února únoru', 'březen března březnu', 'duben dubna dubnu', 'květen května květnu', 'červen června červnu', 'červenec července červenci', 'srpen srpna srpnu', 'září', 'říjen října říjnu', 'listopad listopadu', 'prosinec prosince prosinci']),
  weekdays: weekdayForms(['neděle neděli', 'pondělí', 'úterý', 'středa středu středy středě', 'čtvrtek čtvrtku', 'pátek pátku', 'sobota sobotu soboty sobotě']),
  phrases: {
    včera: ['day', -1], dnes: ['day', 0], zítra: ['day', 1], loni: ['year', -1], letos: ['year', 0],
    'minulý rok': ['year', -1], 'minulém roce': ['year', -1], 'příští rok': ['year', 1], 'příštím roce': ['year', 1],
    'minulý týden': ['week', -1], 'minulém týdnu': ['week', -1], 'tento týden': ['week', 0], 'příští týden': ['week', 1], 'příštím týdnu': ['week', 1],
    'minulý měsíc': ['month', -1], 'minulém měsíci': ['month', -1], 'příští měsíc': ['month', 1], 'příštím měsíci': ['month', 1],
  },
  monthPre: 'v|ve|od|do|během|začátkem|koncem|na začátku|na konci|v průběhu',
  monthRelYear: '(?<yrel>loni|letos)\\s+(?:v|ve)\\s+(?<month>{month})',
  leadTrim: 'v|ve|od|do|z|ze|na|po|před',
  notYearAfter: '(?:[a-záčďéěíňóřšťúůýž]|\\s*(?:%|procent|procenta|korun|kč|eur|lidí|obyvatel)(?![\\p{L}]))',
  oldYearBefore: 'v|ve|od|do|roce|roku|rok',
  tense: { future: 'může|mohou|nejdříve|nejdřív|nejpozději|bude|budou|začne|začnou|skončí|otevře|zavře|potrvá|plánuje|plánují|má|mají', past: 'byl|byla|bylo|byli|byly|[a-záčďéěíňóřšťúůýž]{3,}(?:al|ala|alo|ali|aly|il|ila|ilo|ili|ily|el|ela|eli|ly)', targetPrep: 'do|od', targetAhead: true, forwardPrep: 'příští|nadcházející', backwardPrep: 'minulý|minulou|minulé|loňský|loňské' },
});

const romanian = inflected({
  months: monthForms(['ianuarie', 'februarie', 'martie', 'aprilie', 'mai', 'iunie', 'iulie', 'august', 'septembrie', 'octombrie', 'noiembrie', 'decembrie']),
  // Not "luni" alone: it is also "months" ("trei luni"); the day with its article ("lunea") is the day.
  weekdays: weekdayForms(['duminică duminica', 'lunea', 'marți marţi marti marțea marţea', 'miercuri miercurea', 'joi joia', 'vineri vinerea', 'sâmbătă sâmbăta sambata']),
  phrases: {
    ieri: ['day', -1], azi: ['day', 0], astăzi: ['day', 0], mâine: ['day', 1],
    'anul trecut': ['year', -1], 'anul acesta': ['year', 0], 'acest an': ['year', 0], 'anul viitor': ['year', 1],
    'săptămâna trecută': ['week', -1], 'săptămâna aceasta': ['week', 0], 'săptămâna viitoare': ['week', 1],
    'luna trecută': ['month', -1], 'luna aceasta': ['month', 0], 'luna viitoare': ['month', 1],
  },
  monthPre: 'în|din|până în|de la|începând din|la începutul lui|la sfârșitul lui|la mijlocul lui',
  leadTrim: 'în|din|pe|la|de la|până în|până pe',
  notYearAfter: '(?:[a-zăâîșşțţ]|\\s*(?:%|la sută|lei|euro|de lei|de euro|persoane|locuitori)(?![\\p{L}]))',
  oldYearBefore: 'în|din|anul|până în',
  tense: { future: 'va|vor|vom|urmează|planifică', past: 'era|erau|fost|[a-zăâîșşțţ]{3,}(?:at|ut|it|ât)', perfectAux: 'a|au|am|ați', participle: '[a-zăâîșşțţ]{3,}(?:at|ut|it|ât|s)', targetPrep: 'până|până pe|până în', forwardPrep: 'de la|începând cu|începând de' },
});

const slovak = inflected({
  months: monthForms(['január januára januári', 'február februára februári', 'marec marca marci', 'apríl apríla apríli', 'máj mája máji', 'jún júna júni', 'júl júla júli', 'august augusta auguste', 'september septembra septembri', 'október októbra októbri', 'november novembra novembri', 'december decembra decembri']),
  weekdays: weekdayForms(['nedeľa nedeľu nedele nedeli', 'pondelok pondelka pondelku', 'utorok utorka utorku', 'streda stredu stredy strede', 'štvrtok štvrtka štvrtku', 'piatok piatka piatku', 'sobota sobotu soboty sobote']),
  phrases: {
    včera: ['day', -1], dnes: ['day', 0], zajtra: ['day', 1], vlani: ['year', -1],
    'minulý rok': ['year', -1], 'minulom roku': ['year', -1], 'budúci rok': ['year', 1], 'budúcom roku': ['year', 1], 'tento rok': ['year', 0],
    'minulý týždeň': ['week', -1], 'minulom týždni': ['week', -1], 'tento týždeň': ['week', 0], 'budúci týždeň': ['week', 1], 'budúcom týždni': ['week', 1],
    'minulý mesiac': ['month', -1], 'minulom mesiaci': ['month', -1], 'budúci mesiac': ['month', 1], 'budúcom mesiaci': ['month', 1],
  },
  monthPre: 'v|vo|od|do|počas|začiatkom|koncom|na začiatku|na konci',
  monthRelYear: '(?<yrel>vlani)\\s+(?:v|vo)\\s+(?<month>{month})',
  leadTrim: 'v|vo|od|do|z|zo|na|po|pred',
  notYearAfter: '(?:[a-záäčďéíĺľňóôŕšťúýž]|\\s*(?:%|percent|percenta|eur|ľudí|obyvateľov)(?![\\p{L}]))',
  oldYearBefore: 'v|vo|od|do|roku|rok',
  tense: { future: 'môže|môžu|bude|budú|začne|začnú|skončí|otvorí|zatvorí|potrvá|plánuje|plánujú|má|majú', past: 'bol|bola|bolo|boli|[a-záäčďéíĺľňóôŕšťúýž]{3,}(?:al|ala|alo|ali|il|ila|ilo|ili|el|ela|eli)', targetPrep: 'do|od', targetAhead: true, forwardPrep: 'budúci|budúcu|najbližší|najbližšiu', backwardPrep: 'minulý|minulú|minulej' },
});

const catalan = inflected({
  months: monthForms(['gener', 'febrer', 'març', 'abril', 'maig', 'juny', 'juliol', 'agost', 'setembre', 'octubre', 'novembre', 'desembre']),
  weekdays: weekdayForms(['diumenge', 'dilluns', 'dimarts', 'dimecres', 'dijous', 'divendres', 'dissabte']),
  phrases: {
    ahir: ['day', -1], avui: ['day', 0], demà: ['day', 1],
    "l'any passat": ['year', -1], "l’any passat": ['year', -1], 'aquest any': ['year', 0], "l'any vinent": ['year', 1], "l'any que ve": ['year', 1],
    'la setmana passada': ['week', -1], 'aquesta setmana': ['week', 0], 'la setmana vinent': ['week', 1], 'la setmana que ve': ['week', 1],
    'el mes passat': ['month', -1], 'aquest mes': ['month', 0], 'el mes vinent': ['month', 1], 'el mes que ve': ['month', 1],
  },
  monthPre: "al|el|de|d'|d’|a|fins al|fins a|des de|a principis de|a finals de|a mitjan",
  leadTrim: 'el|al|a|de|des de|fins al|fins a',
  notYearAfter: '(?:[a-zàèéíòóúç]|\\s*(?:%|per cent|euros?|persones|habitants)(?![\\p{L}]))',
  oldYearBefore: 'el|al|del|en|des del|fins al|any',
  tense: { future: 'serà|seran|començarà|acabarà|obrirà|tancarà|podrà|podran|[a-zàèéíòóúç]{2,}(?:rà|ran)', past: 'va|van|era|eren|havia|havien|[a-zàèéíòóúç]{3,}(?:à|aren|iren)', targetPrep: 'fins al|fins a|fins', forwardPrep: 'a partir del|a partir de' },
});

const HUNGARIAN_MONTHS = ['január', 'február', 'március', 'április', 'május', 'június', 'július', 'augusztus', 'szeptember', 'október', 'november', 'december'];
/** "szeptemberben", "januárban": the month with its "in". */
const hungarianIn = (m: string) => m + (/[aáoóuú][^aáeéiíoóöőuúüű]*$/.test(m) ? 'ban' : 'ben');
const hungarian = inflected({
  months: monthForms(HUNGARIAN_MONTHS.map((m) => `${m} ${hungarianIn(m)}`)),
  monthsIn: HUNGARIAN_MONTHS.map(hungarianIn),
  // "hétfőn", "kedden", "szerdán", "csütörtökön", "pénteken", "szombaton", "vasárnap".
  weekdays: weekdayForms(['vasárnap', 'hétfő hétfőn', 'kedd kedden', 'szerda szerdán', 'csütörtök csütörtökön', 'péntek pénteken', 'szombat szombaton']),
  phrases: {
    tegnap: ['day', -1], ma: ['day', 0], holnap: ['day', 1], tavaly: ['year', -1], idén: ['year', 0], jövőre: ['year', 1],
    'múlt héten': ['week', -1], 'ezen a héten': ['week', 0], 'jövő héten': ['week', 1],
    'múlt hónapban': ['month', -1], 'ebben a hónapban': ['month', 0], 'jövő hónapban': ['month', 1],
    'tavalyi évben': ['year', -1], 'jövő évben': ['year', 1],
  },
  monthPre: 'idén|tavaly|jövő',
  // "tavaly szeptemberben", "jövő márciusban": the month of last or next year.
  monthRelYear: '(?<yrel>tavaly|idén|jövő)\\s+(?<month>{month})',
  yearRel: { jövő: 1 },
  leadTrim: 'a|az',
  notYearAfter: '(?:[a-záéíóöőúüű]|\\s*(?:%|százalék|forint|ft|euró|fő|lakos)(?![\\p{L}]))',
  oldYearBefore: 'a|az|óta|és',
  tense: { future: 'lesz|lesznek|fog|fognak|kezdődik|indul|nyílik|zárul|várható|tervezi', past: 'volt|voltak|[a-záéíóöőúüű]{3,}(?:ott|ett|ött|tt)', forwardPrep: 'jövő', backwardPrep: 'múlt' },
});

const FINNISH_MONTHS = ['tammi', 'helmi', 'maalis', 'huhti', 'touko', 'kesä', 'heinä', 'elo', 'syys', 'loka', 'marras', 'joulu'];
const finnish = inflected({
  months: monthForms(FINNISH_MONTHS.map((m) => `${m}kuu ${m}kuuta ${m}kuussa`)),
  monthsIn: FINNISH_MONTHS.map((m) => `${m}kuussa`),
  weekdays: weekdayForms(['sunnuntai', 'maanantai', 'tiistai', 'keskiviikko', 'torstai', 'perjantai', 'lauantai']),
  // "torstaina", "torstaiaamuna", "tiistai-iltana": the weekday with the case ending or the part of the day.
  dayParts: 'na|aamuna|-aamuna|aamupäivänä|-aamupäivänä|iltapäivänä|-iltapäivänä|iltana|-iltana|yönä|-yönä',
  phrases: {
    eilen: ['day', -1], tänään: ['day', 0], huomenna: ['day', 1],
    'viime vuonna': ['year', -1], 'tänä vuonna': ['year', 0], 'ensi vuonna': ['year', 1],
    'viime viikolla': ['week', -1], 'tällä viikolla': ['week', 0], 'ensi viikolla': ['week', 1],
    'viime kuussa': ['month', -1], 'tässä kuussa': ['month', 0], 'ensi kuussa': ['month', 1],
  },
  monthPre: 'vuoden',
  // "ensimmäisellä neljänneksellä", "viime vuoden neljännellä vuosineljänneksellä".
  quarter: { ordinals: { ensimmäisellä: 1, ensimmäisen: 1, toisella: 2, toisen: 2, kolmannella: 3, kolmannen: 3, neljännellä: 4, neljännen: 4 }, word: 'neljänneksellä|neljänneksen|neljännes|vuosineljänneksellä|vuosineljänneksen|vuosineljännes' },
  leadTrim: 'vuonna',
  notYearAfter: '(?:[a-zäö]|\\s*(?:%|prosenttia|euroa|euron|henkeä|asukasta)(?![\\p{L}]))',
  oldYearBefore: 'vuonna|vuodesta|vuoteen|vuoden',
  tense: { future: 'aikoo|aikovat|alkaa|alkavat|avataan|suljetaan|jatkuu|odotetaan', past: 'oli|olivat|sanoi|kertoi|ilmoitti|päätti|[a-zäö]{3,}(?:ttiin|tiin)', forwardPrep: 'ensi', backwardPrep: 'viime' },
});

// Russian and Ukrainian: months in the nominative, genitive ("15 марта") and prepositional ("в марте")
// cases, weekdays in the nominative, genitive and accusative ("во вторник", "у середу"; Russian
// Wednesday only as "среду": "среда" and "среды" are also "environment"). Past tense
// is the "-л" form (Ukrainian "-в"); the future, a few auxiliaries and the perfective verbs news
// uses for what is scheduled ("пройдет", "відбудеться").
const russian = inflected({
  months: monthForms(['январь января январе', 'февраль февраля феврале', 'март марта марте', 'апрель апреля апреле', 'май мая мае', 'июнь июня июне', 'июль июля июле', 'август августа августе', 'сентябрь сентября сентябре', 'октябрь октября октябре', 'ноябрь ноября ноябре', 'декабрь декабря декабре']),
  weekdays: weekdayForms(['воскресенье воскресенья', 'понедельник понедельника', 'вторник вторника', 'среду', 'четверг четверга', 'пятница пятницу пятницы', 'суббота субботу субботы']),
  phrases: {
    вчера: ['day', -1], сегодня: ['day', 0], завтра: ['day', 1],
    'в прошлом году': ['year', -1], 'в минувшем году': ['year', -1], 'в этом году': ['year', 0], 'в текущем году': ['year', 0], 'в следующем году': ['year', 1], 'в будущем году': ['year', 1],
    'на прошлой неделе': ['week', -1], 'на минувшей неделе': ['week', -1], 'на этой неделе': ['week', 0], 'на текущей неделе': ['week', 0], 'на следующей неделе': ['week', 1], 'на будущей неделе': ['week', 1],
    'в прошлом месяце': ['month', -1], 'в этом месяце': ['month', 0], 'в текущем месяце': ['month', 0], 'в следующем месяце': ['month', 1],
  },
  yearRel: { прошлого: -1, минувшего: -1, этого: 0, текущего: 0, следующего: 1 },
  quarter: { ordinals: { первом: 1, первый: 1, втором: 2, второй: 2, третьем: 3, третий: 3, четвертом: 4, четвёртом: 4, четвертый: 4, четвёртый: 4 }, word: 'квартале|квартал|квартала' },
  monthPre: 'в|во|с|со|до|к|по|от|на|в начале|в конце|в середине|до конца|с начала',
  monthRelYear: '(?<month>{month})\\s+(?<yrel>прошлого|минувшего|этого|текущего|следующего)\\s+года',
  leadTrim: 'в|во|с|со|до|на|по|от|к',
  notYearAfter: '(?:[а-яё]|\\s*(?:%|процент|руб|рубл|долл|евро|человек|жител)(?![\\p{L}]))',
  oldYearBefore: 'в|с|до|году|года',
  tense: {
    future: 'будет|будут|буду|состоится|состоятся|пройдет|пройдёт|пройдут|начнется|начнётся|начнутся|откроется|откроются|завершится|закроется|вступит|вступят|рассмотрит|рассмотрят|примет|примут|проведет|проведёт|проведут|представит|представят|объявит|подпишет|выступит|планирует|планируют|намерен|намерена|намерены|собирается|собираются|ожидается|ожидаются|запланирован|запланирована|запланировано|запланированы',
    past: 'был|была|было|были|[а-яё]{2,}[аеиоуыяю](?:л|ла|ло|ли)(?:ся|сь)?',
    targetPrep: 'до',
    forwardPrep: 'следующий|следующую|следующее|ближайший|ближайшую|ближайшее|будущий|будущую',
    backwardPrep: 'прошлый|прошлую|прошлое|минувший|минувшую|минувшее',
  },
});

const ukrainian = inflected({
  months: monthForms(['січень січня січні', 'лютий лютого лютому', 'березень березня березні', 'квітень квітня квітні', 'травень травня травні', 'червень червня червні', 'липень липня липні', 'серпень серпня серпні', 'вересень вересня вересні', 'жовтень жовтня жовтні', 'листопад листопада листопаді', 'грудень грудня грудні']),
  weekdays: weekdayForms(["неділя неділю неділі", 'понеділок понеділка', 'вівторок вівторка', 'середа середу середи', 'четвер четверга', "п'ятниця п'ятницю п'ятниці п’ятниця п’ятницю п’ятниці пʼятниця пʼятницю пʼятниці", 'субота суботу суботи']),
  phrases: {
    вчора: ['day', -1], учора: ['day', -1], сьогодні: ['day', 0], завтра: ['day', 1], торік: ['year', -1],
    'минулого року': ['year', -1], 'у минулому році': ['year', -1], 'цього року': ['year', 0], 'поточного року': ['year', 0], 'наступного року': ['year', 1],
    'минулого тижня': ['week', -1], 'цього тижня': ['week', 0], 'наступного тижня': ['week', 1],
    'минулого місяця': ['month', -1], 'цього місяця': ['month', 0], 'наступного місяця': ['month', 1],
  },
  monthPre: 'в|у|з|із|до|від|на|на початку|наприкінці|в середині|у середині|до кінця',
  monthRelYear: '(?<month>{month})\\s+(?<yrel>минулого року|цього року|поточного року|наступного року)',
  quarter: { ordinals: { першому: 1, перший: 1, другому: 2, другий: 2, третьому: 3, третій: 3, четвертому: 4, четвертий: 4 }, word: 'кварталі|квартал|кварталу' },
  leadTrim: 'в|у|з|із|до|на|від|по',
  notYearAfter: "(?:[а-яіїєґ'’]|\\s*(?:%|відс|грн|гривень|гривні|доларів|євро|осіб|людей|мешканців)(?![\\p{L}]))",
  oldYearBefore: 'в|у|з|до|році|року',
  tense: {
    future: 'буде|будуть|відбудеться|відбудуться|розпочнеться|почнеться|відкриється|завершиться|набуде|набудуть|розгляне|розглянуть|ухвалить|проведе|проведуть|представить|оголосить|підпише|планує|планують|має намір|мають намір|очікується|очікуються|запланований|запланована|заплановано|[а-яіїєґ]{3,}(?:тиме|тимуть)',
    past: 'був|була|було|були|[а-яіїєґ]{3,}(?:ав|ив|ів|ув|ла|ло|ли)(?:ся|сь)?',
    targetPrep: 'до',
    forwardPrep: 'наступний|наступну|наступного|найближчий|найближчу',
    backwardPrep: 'минулий|минулу|минулого',
  },
});

// Turkish: months and weekdays take their case endings after an apostrophe ("5 Mart'ta", "Salı'dan")
// or stand before "günü"/"ayında"; not "pazar" alone (Sunday, and a market). Verbs close the
// clause, so the tense scan finds them on the right: "-di/-dı" (past), "-ecek/-acak" (future).
const TURKISH_MONTHS = ['ocak', 'şubat', 'mart', 'nisan', 'mayıs', 'haziran', 'temmuz', 'ağustos', 'eylül', 'ekim', 'kasım', 'aralık'];
/** A month that says "in" (or "to", "from") itself: "Şubat ayında", "Kasım ayına kadar", "Mart'ta", "Eylül’de" (every locative ending; the text picks its own). */
const turkishMonthIn = (m: string) => [`${m} ayında`, `${m} ayına`, `${m} ayından`, ...['da', 'de', 'ta', 'te'].flatMap((end) => [`${m}'${end}`, `${m}’${end}`])];
const turkish = inflected({
  months: Object.fromEntries(TURKISH_MONTHS.flatMap((m, i) => [m, ...turkishMonthIn(m)].map((form) => [form, i + 1]))),
  monthsIn: TURKISH_MONTHS.flatMap(turkishMonthIn),
  weekdays: { 'pazar günü': 0, pazartesi: 1, salı: 2, çarşamba: 3, perşembe: 4, cuma: 5, cumartesi: 6 },
  phrases: {
    dün: ['day', -1], bugün: ['day', 0], yarın: ['day', 1],
    'geçen yıl': ['year', -1], 'geçen sene': ['year', -1], 'bu yıl': ['year', 0], 'bu sene': ['year', 0], 'gelecek yıl': ['year', 1], 'önümüzdeki yıl': ['year', 1], seneye: ['year', 1],
    'geçen hafta': ['week', -1], 'bu hafta': ['week', 0], 'gelecek hafta': ['week', 1], 'önümüzdeki hafta': ['week', 1],
    'geçen ay': ['month', -1], 'bu ay': ['month', 0], 'gelecek ay': ['month', 1], 'önümüzdeki ay': ['month', 1],
  },
  monthPre: 'geçen|bu|gelecek',
  yearBeforeMonth: 'yılının|yılı',
  quarter: { ordinals: { ilk: 1, birinci: 1, ikinci: 2, üçüncü: 3, dördüncü: 4 }, word: 'çeyrekte|çeyrekteki|çeyrek|çeyreğinde|çeyreğindeki' },
  leadTrim: '(?!)',
  notYearAfter: "(?:[a-zçğıöşü]|\\s*(?:%|yüzde|lira|tl|dolar|euro|kişi)(?![\\p{L}]))",
  oldYearBefore: 'yılı|yılında',
  tense: {
    future: '[a-zçğıöşü]{2,}(?:ecek|acak)(?:tır|tir|lar|ler|ları|leri)?|olacak|planlanıyor|bekleniyor|öngörülüyor',
    // "-ti" only after a voiceless consonant ("etti", "yaptı"): "hükümeti" is a noun's "-i".
    past: '(?!(?:kendi|şimdi|yedi|vadi|ordu)$)[a-zçğıöşü]{2,}(?:dı|di|du|dü)(?:lar|ler)?|[a-zçğıöşü]+[pçtksşhf](?:tı|ti|tu|tü)(?:lar|ler)?|[a-zçğıöşü]{2,}(?:mış|miş|muş|müş)(?:tı|ti|tu|tü|tır|tir|tur|tür)',
    forwardPrep: 'gelecek|önümüzdeki',
    backwardPrep: 'geçen|geçtiğimiz',
  },
});

// Bulgarian: no case endings on months or weekdays; the future is the particle "ще", the past
// the aorist ("обяви", "протестираха") and the "-л" participle.
const bulgarian = inflected({
  months: monthForms(['януари', 'февруари', 'март', 'април', 'май', 'юни', 'юли', 'август', 'септември', 'октомври', 'ноември', 'декември']),
  weekdays: weekdayForms(['неделя', 'понеделник', 'вторник', 'сряда', 'четвъртък', 'петък', 'събота']),
  phrases: {
    вчера: ['day', -1], днес: ['day', 0], утре: ['day', 1], догодина: ['year', 1],
    'миналата година': ['year', -1], 'тази година': ['year', 0], 'следващата година': ['year', 1],
    'миналата седмица': ['week', -1], 'тази седмица': ['week', 0], 'следващата седмица': ['week', 1],
    'миналия месец': ['month', -1], 'този месец': ['month', 0], 'следващия месец': ['month', 1],
  },
  monthPre: 'през|в|от|до|в началото на|в края на|до края на|в средата на',
  monthRelYear: '(?<month>{month})\\s+(?<yrel>миналата година|тази година|следващата година)',
  quarter: { ordinals: { първото: 1, първо: 1, второто: 2, второ: 2, третото: 3, трето: 3, четвъртото: 4, четвърто: 4 }, word: 'тримесечие', yearPre: 'на' },
  leadTrim: 'през|в|от|до|на',
  notYearAfter: '(?:[а-я]|\\s*(?:%|процент|лв|лева|евро|долара|души|жители)(?![\\p{L}]))',
  oldYearBefore: 'през|в|от|до|година',
  tense: {
    future: 'ще',
    past: 'беше|бяха|бе|са|[а-я]{3,}(?:ха|ил|ила|ило|или|ал|ала|ало|али|ял|яла|яли)',
    targetPrep: 'до',
    forwardPrep: 'следващия|следващата|следващото',
    backwardPrep: 'миналия|миналата|миналото',
  },
});

// Indonesian and Malay, one table with both spellings ("Maret"/"Mac", "Kamis"/"Khamis", "Minggu"/
// "Ahad"): chrono-node's Indonesian parser reads day-month dates and weekdays; ours the unit before
// its direction ("tahun lalu", "bulan depan", "minggu lepas") and quarters ("kuartal II 2025",
// "suku pertama tahun depan"). Verbs do not inflect: "akan" (will) and "telah"/"sudah" (has) set the tense.
const MALAY_ORDINALS: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, pertama: 1, kedua: 2, ketiga: 3, keempat: 4 };
const indonesianMalay = withRules(withNewsTable(chronoOnly('id', {
  januari: 1, jan: 1, februari: 2, feb: 2, maret: 3, mac: 3, mar: 3, april: 4, apr: 4, mei: 5, juni: 6, jun: 6, juli: 7, julai: 7, jul: 7,
  agustus: 8, ogos: 8, agu: 8, agt: 8, ags: 8, september: 9, sep: 9, sept: 9, oktober: 10, okt: 10, november: 11, nov: 11, desember: 12, disember: 12, des: 12, dis: 12,
}, ['senin', 'isnin', 'selasa', 'rabu', 'kamis', 'khamis', 'jumat', 'jumaat', 'sabtu', 'minggu', 'ahad', 'kemarin', 'semalam', 'besok', 'esok', 'lusa', 'hari ini', 'tahun', 'bulan', 'pekan', 'kuartal', 'suku'],
'pada|sejak|hingga|sampai|dari|tanggal', '(?:[a-z]|\\s*(?:%|persen|peratus|orang|unit|rupiah|ringgit|ton|kg|km|meter|hektare)\\b)'), {
  units: { tahun: 'year', bulan: 'month', pekan: 'week', minggu: 'week', kuartal: 'quarter', semester: 'half', kemarin: 'day', kelmarin: 'day', semalam: 'day', 'hari ini': 'day', besok: 'day', esok: 'day' },
  rel: { lalu: -1, lepas: -1, ini: 0, depan: 1, mendatang: 1, hadapan: 1, datang: 1, kemarin: -1, kelmarin: -1, semalam: -1, 'hari ini': 0, besok: 1, esok: 1 },
  weekdays: { ahad: 0, minggu: 0, isnin: 1, senin: 1, selasa: 2, rabu: 3, khamis: 4, kamis: 4, jumaat: 5, jumat: 5, sabtu: 6 },
  ordinals: MALAY_ORDINALS,
  monthPre: 'pada|sejak|hingga|sampai|akhir|awal|pertengahan|bulan',
  unitThenRel: '(?:pada)?',
  tense: { future: 'akan|bakal|hendak|dijadwalkan|dijadualkan|direncanakan|dirancang', past: 'telah|sudah|pernah|tadi' },
}), [
  // "kemarin", "semalam" (Malay: yesterday), "hari ini", "besok", "esok".
  { kind: 'relUnit', gate: 'kemarin|kelmarin|semalam|hari ini|besok|esok', pattern: '\\b(?<unit>kemarin|kelmarin|semalam|hari ini|besok|esok)\\b' },
  // Malay weekdays chrono-node's Indonesian parser does not know ("Khamis", "Jumaat", "Isnin", "Ahad").
  { kind: 'weekdayPart', gate: 'isnin|khamis|jumaat|ahad', pattern: '\\b(?<weekday>isnin|khamis|jumaat|ahad)\\b' },
  { kind: 'quarter', gate: 'kuartal|suku|triwulan', pattern: '\\b(?:kuartal|suku|triwulan)\\s+(?<ord>iv|i{1,3}|[1-4]|pertama|kedua|ketiga|keempat)\\b(?:(?:\\s*[/-]\\s*|\\s+)(?<year>{year})|\\s+(?<yrel>tahun (?:lalu|lepas|ini|depan|hadapan)))?' },
]);

// Vietnamese: chrono-node's parser reads "ngày 15/3", "tháng 8/2024", "thứ Hai", "hôm qua"; ours the
// unit before its direction ("năm ngoái", "tháng trước", "tuần tới") and quarters ("quý I/2025").
const vietnamese = withRules(withNewsTable(chronoOnly('vi', {}, ['thứ', 'chủ nhật', 'hôm', 'năm', 'tháng', 'tuần', 'quý'], 'vào|từ|đến|trong|tới', '(?:[a-zàáảãạăâđèéêìíòóôơùúưỳý]|\\s*(?:%|phần trăm|người|tỷ|triệu|đồng|tấn|km|ha)(?![\\p{L}]))'), {
  weekdays: { 'chủ nhật': 0, 'thứ hai': 1, 'thứ ba': 2, 'thứ tư': 3, 'thứ năm': 4, 'thứ sáu': 5, 'thứ bảy': 6 },
  units: { năm: 'year', tháng: 'month', tuần: 'week', quý: 'quarter', 'hôm qua': 'day', 'hôm nay': 'day', 'ngày mai': 'day', 'hôm kia': 'day' },
  rel: { ngoái: -1, trước: -1, qua: -1, nay: 0, này: 0, tới: 1, sau: 1, đến: 1, 'hôm qua': -1, 'hôm nay': 0, 'ngày mai': 1 },
  ordinals: MALAY_ORDINALS,
  monthPre: '(?!)',
  unitThenRel: '(?:vào)?',
  tense: { future: 'sẽ|dự kiến|sắp', past: 'đã|vừa' },
}), [
  // "ngày 28/2", "ngày 2/4/2025": day first, the month a number.
  { kind: 'dayMonth', gate: 'ngày', pattern: '(?<![\\p{L}])ngày\\s+(?<day>[0-3]?\\d)\\s*[/-]\\s*(?<month>1[0-2]|0?[1-9])(?:\\s*[/-]\\s*(?<year>{year}))?(?![\\d/])' },
  // "tháng 7 năm sau", "tháng 3 năm ngoái"; "đầu tháng 9", "cuối tháng 6"; "tháng 6" alone.
  { kind: 'monthRelYear', gate: 'tháng', pattern: '(?<![\\p{L}])tháng\\s+(?<month>1[0-2]|0?[1-9])\\s+(?<yrel>năm (?:sau|tới|ngoái|trước|nay))(?![\\p{L}])' },
  { kind: 'partMonth', gate: 'tháng', pattern: '(?<![\\p{L}])(?:đầu|giữa|cuối)\\s+tháng\\s+(?<month>1[0-2]|0?[1-9])(?:\\s*[/-]\\s*(?<year>{year}))?(?![\\d/])' },
  { kind: 'month', gate: 'tháng', pattern: '(?<![\\p{L}])tháng\\s+(?<month>1[0-2]|0?[1-9])(?<own>)(?![\\d/]|\\s+năm)' },
  // "thứ Hai tuần tới" (Monday next week), "thứ Sáu tuần trước": the weekday whole, so chrono's
  // parser does not read "Hai tuần tới" as "two weeks ahead"; the clause's tense picks the week.
  { kind: 'weekdayPart', gate: 'thứ|chủ nhật', pattern: '(?<![\\p{L}])(?<weekday>thứ\\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ nhật)(?:\\s+tuần\\s+(?:tới|sau|trước|này|qua))?(?![\\p{L}])' },
  // "hôm qua", "hôm nay", "ngày mai": a day and its direction in one phrase ("Chiều hôm qua").
  { kind: 'relUnit', gate: 'hôm|mai', pattern: '(?<![\\p{L}])(?<unit>hôm qua|hôm nay|ngày mai|hôm kia)(?![\\p{L}])' },
  { kind: 'quarter', gate: 'quý', pattern: '(?<![\\p{L}])quý\\s+(?<ord>IV|I{1,3}|[1-4])(?![\\p{L}])(?:\\s*[/-]\\s*(?<year>{year})|\\s+năm\\s+(?<year2>{year}))?', cased: true },
]);

// Japanese, Chinese and Korean: dates are numbers with unit signs ("2025年3月11日", "2025년 3월
// 11일", "3月15日", "3号"), relative words carry their unit ("昨年", "上个月", "지난주"), and words
// are not spaced, so no pattern leans on `\b`. No chrono-node parser of ours runs on them: English
// chrono reads the numeric forms ("2025/03/11 10:30"), these tables the rest. Clauses are not
// tense-marked word by word, so a month or day without its year is read by the default rule (the
// most recent such day), except where a direction word stands before it ("오는 5월", "来年4月").
const CJK_WEEKDAYS: Record<string, number> = Object.fromEntries([
  ...['日', '月', '火', '水', '木', '金', '土'].flatMap((d, i) => [[`${d}曜日`, i], [`${d}曜`, i]]),
  ...['日', '一', '二', '三', '四', '五', '六'].flatMap((d, i) => ['星期', '周', '週', '礼拜', '禮拜'].map((p) => [`${p}${d}`, i])),
  ['星期天', 0], ['礼拜天', 0], ['禮拜天', 0],
  ...['일', '월', '화', '수', '목', '금', '토'].map((d, i) => [`${d}요일`, i]),
]);
/** Relative words with their unit and direction, each written as one token (spaced Korean forms also unspaced). */
const CJK_PHRASES: Record<string, [DateUnit, -1 | 0 | 1]> = {
  昨年: ['year', -1], 去年: ['year', -1], 今年: ['year', 0], 本年: ['year', 0], 来年: ['year', 1], 明年: ['year', 1], 來年: ['year', 1],
  先月: ['month', -1], 上月: ['month', -1], 上个月: ['month', -1], 上個月: ['month', -1], 今月: ['month', 0], 本月: ['month', 0], 这个月: ['month', 0],
  来月: ['month', 1], 下月: ['month', 1], 下个月: ['month', 1], 下個月: ['month', 1],
  先週: ['week', -1], 上周: ['week', -1], 上週: ['week', -1], 上星期: ['week', -1], 今週: ['week', 0], 本周: ['week', 0], 本週: ['week', 0], 来週: ['week', 1], 下周: ['week', 1], 下週: ['week', 1], 下星期: ['week', 1],
  月末: ['month', 0], 月底: ['month', 0],
  昨日: ['day', -1], 昨天: ['day', -1], 今日: ['day', 0], 本日: ['day', 0], 今天: ['day', 0], 明日: ['day', 1], 明天: ['day', 1],
  지난해: ['year', -1], 작년: ['year', -1], 올해: ['year', 0], 금년: ['year', 0], 내년: ['year', 1],
  지난달: ['month', -1], 이번달: ['month', 0], '이번 달': ['month', 0], 다음달: ['month', 1], '다음 달': ['month', 1], 내달: ['month', 1],
  지난주: ['week', -1], 이번주: ['week', 0], '이번 주': ['week', 0], 다음주: ['week', 1], '다음 주': ['week', 1],
  어제: ['day', -1], 오늘: ['day', 0], 내일: ['day', 1],
};
const CJK_YEAR_WORDS = Object.keys(CJK_PHRASES).filter((w) => CJK_PHRASES[w]![0] === 'year').join('|');
const cjkAlternation = (words: string[]) => [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, '\\s?')).join('|');
function cjk(months: 'han' | 'hangul'): DateLanguageSpec {
  const clause = CJK_CLAUSE[months];
  const sign = months === 'han' ? '月' : '월';
  const monthTable = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [[`${i + 1}${sign}`, i + 1], [`${String(i + 1).padStart(2, '0')}${sign}`, i + 1]]).flat()) as Record<string, number>;
  const phrases = cjkAlternation(Object.keys(CJK_PHRASES));
  const weekdays = cjkAlternation(Object.keys(CJK_WEEKDAYS));
  const monthWords = cjkAlternation(Object.keys(CJK_PHRASES).filter((w) => CJK_PHRASES[w]![0] === 'month'));
  // A number before the month is no part of it ("12月" is not "2月"); a day number after it is ("9월 2일", not "9월 2단계").
  const month = '(?<!\\d)(?<month>{month})';
  const year = '(?<!\\d)(?<year>{year})\\s*[年년]\\s*';
  // A weekday right after the day is that day's: "3월 5일 화요일", "3月11日（火）", "11日(火)".
  const weekdayAfter = `(?:\\s*(?:${weekdays}|[(（]\\s*(?:${weekdays}|[日月火水木金土일월화수목금토])\\s*[)）]))?`;
  return {
    chrono: 'en', months: monthTable, seasons: {}, weekdays: CJK_WEEKDAYS, capitalMonths: false,
    rel: Object.fromEntries(Object.entries(CJK_PHRASES).map(([w, [, r]]) => [w, r]).concat([['오는', 1], ['지난', -1], ['이번', 0]])),
    units: Object.fromEntries(Object.entries(CJK_PHRASES).map(([w, [u]]) => [w, u])),
    ordinals: { 一: 1, 二: 2, 三: 3, 四: 4, 上: 1, 下: 2, 상: 1, 하: 2 }, numbers: {}, parts: {}, holidays: {},
    triggers: [...Object.keys(CJK_PHRASES), ...Object.keys(CJK_WEEKDAYS), '年', '년', '分期', '季度', '분기', '반기', '半期', '半年'],
    rules: [
      // "2025年3月11日", "3月15日", "2025년 3월 11일", "15号"; a year's relative word before the day is read by the next rule's month.
      { kind: 'dayMonth', gate: sign, pattern: `(?:${year})?${month}\\s*(?<day>[0-3]?\\d)\\s*[日일号號](?![\\d])${weekdayAfter}` },
      // "2024年4月", "2023년 10월": the month of a year.
      { kind: 'month', gate: sign, pattern: `${year}${month}(?!\\s*\\d{1,2}\\s*[日일号號])` },
      // "昨年4月", "明年1月", "지난해 4월".
      { kind: 'monthRelYear', gate: sign, pattern: `(?<yrel>${CJK_YEAR_WORDS})\\s*${month}(?!\\s*\\d{1,2}\\s*[日일号號])` },
      // "오는 5월" (the coming May), "지난 3월" (the last March).
      { kind: 'relMonth', gate: sign, pattern: `(?<rel>오는|지난|이번)\\s+${month}(?!\\s*\\d{1,2}\\s*[日일号號])` },
      // "10月", "9월": a month alone (not a fiscal term's "3月期", not a count "3개월").
      { kind: 'month', gate: sign, pattern: `${month}(?<own>)(?!\\s*\\d{1,2}\\s*[日일号號]|期|개월|ヶ月|か月|个月|個月)` },
      // "第3四半期", "第三季度", "2025年第1四半期", "3분기", "올해 1분기".
      { kind: 'quarter', gate: '四半期|季度|분기', pattern: `(?:${year}(?:度\\s*)?|(?<yrel>${CJK_YEAR_WORDS})\\s*)?(?:第\\s*(?<ord>[1-4一二三四])\\s*(?:四半期|季度)|(?<!\\d)(?<ord2>[1-4])\\s*분기)` },
      // "上半期", "下半年", "상반기", "내년 하반기".
      { kind: 'half', gate: '半期|半年|반기', pattern: `(?:${year}|(?<yrel>${CJK_YEAR_WORDS})\\s*)?(?<ord>上|下|상|하)(?:半期|半年|반기)` },
      { kind: 'relUnit', gate: phrases, pattern: `(?<unit>${phrases})` },
      // "本月15日", "下个月4日", "다음 달 4일", "지난달 15일": a day of a month named by its distance.
      { kind: 'dayOfMonth', gate: '月|달', pattern: `(?<mrel>${monthWords})\\s*(?<day>[12]?\\d|3[01])\\s*[日일号號](?!\\s*\\d{1,2}\\s*[日일号號])${weekdayAfter}` },
      // "今（30）日", "昨（29）日": Taiwanese news writes the day of "today" or "yesterday" in brackets.
      { kind: 'dayOfMonth', gate: '[今昨明][（(]', pattern: '[今昨明][（(](?<day>[12]?\\d|3[01])[）)]日' },
      // "6월 말", "3月底", "2月中旬", "4月上旬": a part of a month.
      { kind: 'partMonth', gate: sign, pattern: `(?:${year})?${month}\\s*(?:말|초|중순|上旬|中旬|下旬|初め|初旬|末|底|初|中)` },
      // "11日", "10일", "오는 15일": a day of the month; not a count of days ("3日間", "5일간", "1日約5万人", "1일 평균").
      { kind: 'dayOfMonth', gate: '日|일', pattern: `(?:(?<rel>오는|지난)\\s+)?(?<![\\d.]|[月월]\\s?|[月월]\\s?\\d)(?<day>[12]?\\d|3[01])\\s*[日일](?!\\s*(?:\\d|間|간|以上|以内|未満|ぶり|連続|平均|평균|당|동안|째|当たり|あたり|につき|約|约|早|遅|前|後|后|ほど|余り|程度|半|까지\\s*\\d))${weekdayAfter}` },
      { kind: 'weekdayPart', gate: weekdays, pattern: `(?<weekday>${weekdays})` },
      // "2019年", "2019년": a year with its sign; "2025年度" is that fiscal year.
      { kind: 'year', gate: '年|년', pattern: `(?<!\\d)(?<year>{year})(?=\\s*[年년])(?!\\s*[年년]\\s*\\d{1,2}\\s*[月월])` },
      { kind: 'year', gate: '\\d{4}', pattern: '(?<year>{year})(?![\\d%]|[.,]\\d)' },
    ],
    // A four-digit number before a counter or a currency is an amount ("2000万人", "1500億円", "2000명").
    notYearAfter: '(?:\\s*(?:[万萬億亿兆千百만억조천여]|円|元|원|명|人|개|個|个|件|台|회|번|%|％|ドル|달러|美元|km|kg|m\\b|t\\b))',
    notYearBefore: '(?:[$€£¥₩#]\\s*)$', oldYearBefore: '(?!)', leadTrim: '(?!)',
    tense: { future: '(?!)', past: '(?!)', perfectAux: '(?!)', participle: '(?!)', futureBeforeTo: '(?!)', boundary: '(?!)', targetPrep: '(?!)', backwardPrep: '(?!)', forwardPrep: '(?!)', hedge: '(?!)', clause },
  };
}
/**
 * The direction of a CJK clause. Japanese and Korean close the sentence with the verb: a past ending
 * ("開業した", "열렸다") points back, a non-past one ("行う", "開く", "연다", "열릴 예정이다") ahead.
 * Chinese marks the time with particles: "将", "将于", "即将", "计划", "起" after the date ahead; "了",
 * "已", "曾" back. Words of plans ("予定", "見通し", "예정") point ahead wherever they stand.
 */
const CJK_CLAUSE = {
  han: {
    past: '(?:た|だった|でした|ました)[」』）)]*[。！]?\\s*$|[了已曾]|已经',
    future: '予定|見通し|見込み|方針|計画|目指|めど|将|即将|计划|预计|预定|定于|拟|起[，,]|[至到]\\s*[0-9]|(?:[うくぐすつぬぶむる]|ます|へ)[」』）)]*[。！]?\\s*$',
  },
  hangul: {
    past: '(?:었|았|였|했|됐|웠|렸|켰|쳤|셨)(?:다|습니다|어요)[.!]?\\s*$',
    future: '예정|계획|방침|전망|(?:할|될|갈|올|열릴|받을|시작할)\\s?(?:것|계획|예정)|(?:한다|된다|간다|온다|연다|열린다|받는다|시작한다|나선다)[.!]?\\s*$',
  },
};
const cjkHan = cjk('han');

export const DATE_LANGUAGES: Record<string, DateLanguageSpec> = {
  en: english,
  de: german,
  fr: withTodayParts(french, ['ce matin', 'cet après-midi', 'ce soir']),
  es: withTodayParts(spanish, ['esta mañana', 'esta tarde', 'esta noche']),
  it: withTodayParts(withNewsTable(chronoOnly('it', { gennaio: 1, febbraio: 2, marzo: 3, aprile: 4, maggio: 5, giugno: 6, luglio: 7, agosto: 8, settembre: 9, ottobre: 10, novembre: 11, dicembre: 12 }, ['lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica', 'oggi', 'ieri', 'domani', 'anno', 'mese', 'settimana', 'semestre'], 'alle|alla|al|il|dal|dalla|nel|nella|entro|a', '(?:[a-zàèéìòù]|\\s*(?:%|per cento|euro|dollari|persone|abitanti)\\b)'), {
    units: { anno: 'year', mese: 'month', settimana: 'week', trimestre: 'quarter', semestre: 'half' },
    rel: { scorso: -1, scorsa: -1, passato: -1, passata: -1, prossimo: 1, prossima: 1, questo: 0, questa: 0, "quest'": 0 },
    ordinals: { primo: 1, secondo: 2 },
    monthPre: 'a|in|da|dal|entro|fino a|a partire da|nel mese di|dal mese di',
    oldYearBefore: "nel|dal|del|fino al|entro il|intorno al|verso il|anno|nell['’]anno",
    unitThenRel: "l['’]|il|la|lo|nel|nella|nell['’]",
    half: 'semestre',
    tense: { future: 'apre|chiude|inizia|comincia|riapre|torna|tornano|dovrebbe|dovrebbero|sarà|saranno|dovrà|dovranno|potrà|potranno|potrebbe|potrebbero|prevede|prevedono|previsto|prevista|previsti|previste|programma|programmato|programmata|programmati|fissato|fissata|fissati|fissate|[a-zàèéìòù]{2,}(?:rà|ranno)', past: 'era|erano|fu|furono|disse|dissero|aveva|avevano|[a-zàèéìòù]{3,}(?:ò|arono|erono|irono)', perfectAux: 'ha|hanno|è|sono|era|erano|aveva|avevano', participle: '[a-zàèéìòù]{3,}(?:ato|ata|ati|ate|uto|uta|uti|ute|ito|ita|iti|ite)', targetPrep: 'entro|fino a|fino al', backwardPrep: 'da|dal|dalla|dallo' },
  }), ['stamattina', 'stamane', 'stasera', 'oggi pomeriggio']),
  pt: withTodayParts(withNewsTable(chronoOnly('pt', { janeiro: 1, fevereiro: 2, março: 3, abril: 4, maio: 5, junho: 6, julho: 7, agosto: 8, setembro: 9, outubro: 10, novembro: 11, dezembro: 12 }, ['segunda-feira', 'terça-feira', 'quarta-feira', 'quinta-feira', 'sexta-feira', 'sábado', 'domingo', 'hoje', 'ontem', 'amanhã', 'ano', 'mês', 'semana', 'semestre'], 'em|no|na|desde|até|a', '(?:[a-záâãçéêíóôõú]|\\s*(?:%|por cento|euros?|reais|dólares|pessoas|habitantes)\\b)'), {
    units: { ano: 'year', mês: 'month', semana: 'week', trimestre: 'quarter', semestre: 'half' },
    rel: { passado: -1, passada: -1, último: -1, última: -1, próximo: 1, próxima: 1, 'que vem': 1, este: 0, esta: 0, neste: 0, nesta: 0 },
    ordinals: { primeiro: 1, segundo: 2, '1º': 1, '2º': 2 },
    monthPre: 'em|desde|até|a partir de|no mês de|entre',
    oldYearBefore: 'em|desde|até|no ano de|por volta de|cerca de',
    unitThenRel: 'o|a|no|na',
    half: 'semestre',
    tense: { future: 'abre|fecha|começa|reabre|volta|voltam|vai|vão|irá|irão|deve|devem|deverá|deverão|pretende|pretendem|prevê|preveem|previsto|prevista|[a-záâãçéêíóôõú]{3,}(?:rá|rão)', past: 'foi|foram|era|eram|disse|disseram|teve|tiveram|[a-záâãçéêíóôõú]{3,}(?:ou|aram|eram|iram)', targetPrep: 'até', backwardPrep: 'desde', forwardPrep: 'para o|para a|a partir de|a partir do' },
  }), ['esta manhã', 'esta tarde', 'esta noite', 'hoje de manhã']),
  nl: withTodayParts(withNewsTable(chronoOnly('nl', { januari: 1, februari: 2, maart: 3, april: 4, mei: 5, juni: 6, juli: 7, augustus: 8, september: 9, oktober: 10, november: 11, december: 12 }, ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag', 'vandaag', 'gisteren', 'morgen', 'week', 'jaar', 'maand'], 'op|in|sinds|tot|vanaf', '(?:[a-zëï]|\\s*(?:%|procent|euro|dollar|mensen|inwoners)\\b)'), {
    units: { week: 'week', maand: 'month', jaar: 'year', kwartaal: 'quarter' },
    rel: { vorige: -1, vorig: -1, afgelopen: -1, volgende: 1, volgend: 1, komende: 1, komend: 1, deze: 0, dit: 0 },
    ordinals: {},
    monthPre: 'in|sinds|tot|vanaf|begin|eind|half',
    oldYearBefore: 'in|sinds|tot|vanaf|rond|omstreeks|jaar',
    weekdays: { zondag: 0, maandag: 1, dinsdag: 2, woensdag: 3, donderdag: 4, vrijdag: 5, zaterdag: 6 },
    dayParts: 'ochtend|morgen|middag|avond|nacht',
    tense: { future: 'zal|zullen|gaat|gaan|wil|willen|moet|moeten|kan|kunnen|vroegst|verwacht|verwachten|opent|sluit|begint|start|heropent', past: 'was|waren|had|hadden|zei|zeiden|werd|werden|[a-zëï]{3,}(?:de|te|den|ten)', targetPrep: 'tot', backwardPrep: 'sinds' },
  }), ['vanmorgen', 'vanochtend', 'vanmiddag', 'vanavond']),
  sv: withTodayParts(withNewsTable(withRules(chronoOnly('sv', { januari: 1, februari: 2, mars: 3, april: 4, maj: 5, juni: 6, juli: 7, augusti: 8, september: 9, oktober: 10, november: 11, december: 12 }, ['måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag', 'söndag', 'idag', 'igår', 'imorgon', 'veckan', 'året', 'månaden'], 'på|i|sedan|till|från', '(?:[a-zåäö]|\\s*(?:%|procent|kronor|kr|euro|personer|invånare)\\b)'), [
    // "i fjol" (last year), "i går" (yesterday): a unit and its direction in one phrase.
    { kind: 'relUnit', gate: 'i (?:fjol|går|dag|morgon|år)', pattern: '\\b(?<unit>i fjol|i går|i dag|i morgon|i år)\\b(?![-\\wåäö])' },
  ]), {
    units: { veckan: 'week', vecka: 'week', månaden: 'month', månad: 'month', året: 'year', år: 'year', kvartalet: 'quarter', 'i fjol': 'year', 'i år': 'year', 'i går': 'day', 'i dag': 'day', 'i morgon': 'day' },
    rel: { förra: -1, nästa: 1, kommande: 1, denna: 0, detta: 0, 'i fjol': -1, 'i år': 0, 'i går': -1, 'i dag': 0, 'i morgon': 1 },
    ordinals: {},
    monthPre: 'i|sedan|till|från|under|efter|före|i början av|i slutet av',
    oldYearBefore: 'i|sedan|till|från|omkring|år',
    // "i tisdags" (last Tuesday), "på måndagskväll": the weekday's
    // forms chrono-node's Swedish parser leaves out; the clause's tense places them. The definite
    // forms ("på torsdagen", "på torsdagskvällen": the narrative's Thursday) take the clause's tense
    // even after "på", which before the indefinite form points ahead.
    weekdays: { söndag: 0, måndag: 1, tisdag: 2, onsdag: 3, torsdag: 4, fredag: 5, lördag: 6 },
    dayParts: 's|skväll|smorgon|seftermiddag|snatt|en|skvällen|smorgonen|seftermiddagen|snatten',
    tense: { future: 'ska|skall|kommer|planerar|vill|väntas|beräknas|öppnar|öppnas|stänger|stängs|börjar|startar', past: 'var|hade|sade|sa|blev|[a-zåäö]{3,}(?:ade|de|te|ades|des|tes)', targetPrep: 'till', backwardPrep: 'sedan', forwardPrep: 'på|nu på', definite: 'en' },
  }), ['i morse', 'i eftermiddag', 'i kväll']),
  no: withTodayParts(norwegian, ['i morges', 'i ettermiddag', 'i kveld']),
  nb: withTodayParts(norwegian, ['i morges', 'i ettermiddag', 'i kveld']),
  da: withTodayParts(danish, ['i morges', 'i eftermiddag', 'i aften']),
  pl: polish,
  cs: czech,
  ro: romanian,
  fi: finnish,
  sk: slovak,
  hu: hungarian,
  ca: catalan,
  ru: russian,
  uk: ukrainian,
  tr: turkish,
  bg: bulgarian,
  id: indonesianMalay,
  ms: indonesianMalay,
  vi: vietnamese,
  ja: cjkHan,
  zh: cjkHan,
  ko: cjk('hangul'),
};

export const YEAR_PATTERN = YEAR;

/** Words that open opening hours, an optional "from", and the joint of a range of days ("to", "au", "-"). */
const OPENING_WORD = '(?:open|opens|closed|ouvert|ouverte|fermé|fermée|geöffnet|geschlossen|abierto|abierta|cerrado|aperto|aperta|chiuso|aberto|aberta|fechado|geopend|gesloten|öppet|stängt|åbent|lukket)';
const OPENING_FROM = '(?:(?:from|du|von|de|del|dal|van|fra|från)\\s+)?';
const RANGE_JOIN = '(?:\\s+(?:to|through|thru|until|till|au|bis|a|al|tot|til)\\s+|\\s*[-–]\\s*)';

export const dateRules = lazy(() => ({
  /** Expressions that are comparison baselines or durations, never dates. */
  notADate: [/^(?:year|month|quarter|week)[- ](?:on|over|to)[- ](?:year|month|quarter|week|date)$/i],
  /**
   * A match's words around "the first half" ("scored twice", "half-time", "penalty"): the half of a
   * game, not of a year (English).
   */
  /**
   * The words before a note's own date ("Correction, 16 May 2025: ...", "This article was updated on
   * 14 June 2025 ..."): that date is the page's history, not an event of the story; the note's other
   * dates are the story's (English).
   */
  noteDateBefore: /(?:^(?:corrections?|clarifications?|editor'?s note|update|updated),?\s|\bthis (?:article|story|piece|post|report) (?:was|has been) (?:updated|amended|corrected|edited|changed|originally published)(?: on)?\s)$/i,
  /**
   * A citation: a DOI, a journal's "2025;9(2):114-126", an APA reference ("Chua, W. L. (2025).").
   * Its year dates a paper, not an event of the story.
   */
  citation: /\bdoi:?\s?10\.\d{4,}|\bjournal reference:|\b(?:19|20)\d{2};\s?\d+(?:\(\d+\))?:\s?\d+|^\p{Lu}[\p{L}'’-]+, (?:\p{Lu}\.\s?){1,3}\((?:19|20)\d{2}[a-z]?\)\.\s/u,
  /** A venue's opening hours ("Open: Wednesday to Saturday, 5.30pm–10pm"): a weekly schedule, no event (en, de, fr, es, it, pt, nl). */
  hoursLine: /^(?:open(?:ing)? (?:hours|times)|hours|open|opens|öffnungszeiten|geöffnet|horaires?|heures d'ouverture|horarios?|orari|orario|horário|openingstijden)\s?:/i,
  /** A match report's words (English): a page with several speaks of games, and its halves and quarters are a game's. */
  matchWords: /\b(?:goals?|penalt(?:y|ies)|half-?time|full-?time|kick-?off|striker|goalkeeper|touchdowns?|quarterback|innings|wickets?|referee|tries|hat-?trick|rebounds?|free throws?|three-pointers?|scrum|free-kick|corner kick|substitute|fixture|quarter-?final|semi-?final)\b/gi,
  /** A game's quarter: its score ("a 21-6 third quarter") or basketball's words near it. */
  matchQuarter: /\b\d{1,3}[-–]\d{1,3}\s+(?:first|second|third|fourth|final)[- ]quarter\b|\b(?:rebounds?|free throws?|three-pointers?|layups?|buzzer-beater|tip-off)\b/i,
  matchHalf: /\b(?:scored|scores|goals?|penalt(?:y|ies)|half-?time|kick-?off|striker|goalkeeper|keeper|equali[sz]ed|equali[sz]er|touchdowns?|quarterback|innings|wickets?|referee|red card|yellow card|came from behind|the (?:match|game|fixture)|(?:home|away) side|league|points? clear)\b/i,
  /** Vague or durational relative phrases: "a few weeks ago", "the past three weeks", "this evening". */
  vague: /\b(?:few|several|couple|many|some)\b|\b(?:past|last|next|coming|previous)\s+(?:\w+\s+)?(?:days|weeks|months|years|hours)\b|^(?:morning|evening|night|this night)$/i,
  /**
   * The same in the other languages: "die kommenden Tage", "les prochains jours", "les dernières semaines",
   * "i prossimi giorni", "de komende weken", "de kommande dagarna" (a span, never one day).
   */
  vagueIntl: /\b(?:kommenden|nächsten|letzten|vergangenen|folgenden)\s+(?:\p{L}+\s+)?(?:Tage|Tagen|Wochen|Monate|Monaten|Jahre|Jahren|Stunden)\b|(?:prochains|prochaines|derniers|dernières)\s+(?:jours|semaines|mois|années|heures)\b|\b(?:jours|semaines|mois|années)\s+(?:à venir|prochains|prochaines|derniers|dernières)\b|(?:próximos|próximas|últimos|últimas)\s+(?:días|dias|semanas|meses|años|anos|horas)\b|\b(?:prossimi|prossime|ultimi|ultime)\s+(?:giorni|settimane|mesi|anni|ore)\b|\b(?:komende|afgelopen|volgende)\s+(?:dagen|weken|maanden|jaren|uren)\b|\b(?:kommande|senaste|närmaste)\s+(?:dagarna|veckorna|månaderna|åren|timmarna)\b|\b(?:kommende|neste|siste|seneste|næste)\s+(?:dagene|dagane|dager|dage|ukene|ugerne|uker|uger|månedene|månederne|årene)\b/iu,
  /** Words just before an expression that make it a comparison baseline: still a date, never an event. */
  baselinePrefix: /(?:\b(?:than|versus|vs\.?|compared (?:with|to)|against|double|triple|twice|same (?:period|quarter|month|time|week)(?: of)?|same \w+ of)|\d%\s(?:below|above|under|over))(?: the)?(?: levels?| figures?| one)?(?: of)?(?: [$€£]?\d[\d.,]*%?(?: [a-z]+)?)?(?: (?:in|on|at|during|for))?\s?$/i,
  /** The same in German, French, Spanish, Italian and Portuguese, with up to three words between ("frente al 34% de hace un año"). */
  baselinePrefixIntl: /(?:^|[\s(])(?:decât|față de|než|oproti|niż|w porównaniu z|w stosunku do|ako v|kuin|verrattuna|qu['’]en|que l['’]an(?:née)?|(?:más|menos) que|do que(?: em| no| na)?|rispetto all[oae]|als (?:im|in)|frente al?|respecto al?|en comparación con|comparad[oa]s? con|mism[oa] (?:mes|periodo|período|trimestre) del?|gegenüber|im vergleich zu|verglichen mit|vorjahresmonat|par rapport à|comparée? à|rispetto al?|nello stesso (?:mese|periodo|trimestre) del?|em comparação com|(?:no|em relação ao) mesmo (?:mês|período|trimestre) de|vergeleken met|ten opzichte van|jämfört med|sammenlignet med|sammenliknet med)(?:\s+\S+){0,6}\s?$|(?:^|\s)(?:contre|nach)\s+[\d.,]+\s*(?:%|€|euros?|millions?|milliards?|prozent|mio\.|mrd\.|millionen|milliarden)?(?:\s+\S+){0,2}\s?$/i,
  /**
   * "from" makes a baseline only after a change or a figure among the few words before it ("up 4%
   * from March", "down from a year earlier"); "will rise from April" and "from Monday" start
   * something. ("from 3.0% in January" dates the earlier reading: an event, as the fixtures have it.)
   */
  baselineFrom: /\bfrom(?: the)?(?: levels?| figures?| one)?(?: of)?(?: [$€£]?\d[\d.,]*%?(?: in)?)?\s?$/i,
  baselineChange: /^(?:up|down|higher|lower|more|less|rose|fell|climbed|dropped|jumped|slipped|increased|decreased|declined|grew|gained|lost|edged|compared|percent|points?|pts|\d[\d.,]*%)$/i,
  baselineChangeWords: 4,
  /** A year followed by what was measured in it ("2019 levels", "pre-crisis highs"): a baseline. */
  baselineYearAfter: /^[\s-]*(?:levels?|highs?|lows?|peaks?|figures|prices|rates)\b/i,
  /** "Fares will go up from 1 June": a change that is yet to come starts on the date it names (with no figure between). */
  baselineNotAfter: /\b(?:go|goes|going|gone)\s+(?:up|down)\s*$/i,
  /** "up 12% on last year": "on" right after a figure makes a period (not a day: "rose 2.7% on Monday") a baseline. */
  baselineOn: /[\d%] on(?: the)?\s?$/i,
  /**
   * "down from 3.1% the previous month", "the same pace as the previous month": the period before,
   * after a figure or a comparison in its clause, is what the figure is measured against.
   */
  baselineAnaphor: /^(?:the )?(?:previous|prior|preceding) (?:month|quarter|year|week)$/i,
  baselineAnaphorBefore: /(?:\d\s?(?:%|percent\b|per cent\b|points?\b)|\bas)[^.;:!?]{0,24}$/i,
  baselinePeriod: /\b(?:year|quarter|month|period)\b|^\d{4}$/i,
  /** "four times what it spent in 2019", "double the amount paid in 2020": a multiple of what a past period had. */
  baselineMultiple: /\b(?:twice|double|triple|(?:two|three|four|five|six|seven|eight|nine|ten|\d+(?:\.\d+)?)\s+times)\s+(?:what|the amount|the number|the level|the sum|as (?:much|many|high|large|fast) as)\b[^.;:!?,]{0,40}\s(?:in|during|for|by)\s?$/i,

  /**
   * Words that make a weekday recur ("every other Thursday", "chaque vendredi", "jeden Montag",
   * "cada martes", "ogni giovedì", "todas as sextas", "elke zondag", "varje måndag", "hver søndag"):
   * a schedule, no day, in the languages of the date vocabulary.
   */
  /** A street, square, bridge or station named after a date ("Ponte 25 de Abril", "stația 1 Mai", "Plaza 2 de Mayo"): a name, no date. */
  namedPlaceBefore: /(?:^|\s)(?:Ponte|Avenida|Rua|Praça|Largo|Calle|Plaza|Paseo|Puente|Via|Viale|Piazza|Corso|Rue|Place|Pont|Gare|Stația|stația|Strada|Bulevardul|Piața|Ulica|ulica|Náměstí|náměstí|Straße|Platz|Bahnhof)\s+(?:(?:de|del|da|do|dos|das|du|des|della|dei)\s+)?$/,
  recurrenceBefore: /(?:^|[\s(])(?:every(?: other| second| single)?|(?<![\d%]\s)each|chaque|tous les|toutes les|jeden|jeweils|cada|todos los|todas las|ogni|tutti i|tutte le|toda|todas as|todos os|elke|iedere|varje|hver|hvert)\s+$/i,

  /**
   * Opening hours: a range of weekdays after "open" or "closed" ("open Wednesday to Sunday", "opens
   * Tuesday through Saturday", "ouvert du mardi au dimanche"); one weekday ("opens Tuesday") is a day.
   */
  openingBefore: new RegExp(`\\b${OPENING_WORD}\\s+${OPENING_FROM}$`, 'iu'),
  openingRangeBefore: new RegExp(`\\b${OPENING_WORD}\\s+${OPENING_FROM}\\p{L}+${RANGE_JOIN}$`, 'iu'),
  weekdayRangeAfter: new RegExp(`^${RANGE_JOIN}\\p{L}`, 'iu'),
  /** Nouns a weekday qualifies ("Sunday service", "Saturday classes"): the day names a kind, not a date. */
  weekdayAttribute: /^\s+(?:service|services|trading|opening|openings|hours|schedule|schedules|timetable|timetables|edition|editions|paper|papers|league|school|schools|classes|market|markets|brunch|roast|mass|worship|shift|shifts|parking|collections?|deliveries|delivery|flights|fixtures|routes?|buses|trains|sailings|closures|opening hours|sessions)\b/,
  /** The working week ("Monday through Friday", "Mon-Sat"), a schedule: its first day, then its last. */
  workweekStart: /^(?:Monday|Mon\.?)(?:\s+(?:to|through|thru|until|till)\s+|\s*[-–]\s*)(?:Friday|Fri\b|Saturday|Sat\b|Sunday|Sun\b)(?!,? (?:last|this|next|of)\b)/i,
  workweekEnd: /\b(?:Monday|Mon\.?)(?:\s+(?:to|through|thru|until|till)\s+|\s*[-–]\s*)(?:Friday|Fri\.?|Saturday|Sat\.?|Sunday|Sun\.?)$/i,

  /** chrono reads these as times or dates; in news they are prices, names and fractions. */
  pricePrefix: /[$€£¥]\s*$|\b(?:usd|eur|gbp|cents?)\s*$/i,
  priceSuffix: /^\s*(?:a|per) (?:share|unit|barrel|ounce|gallon|pound|kg|litre|liter|tonne|ton|hour|month|year)\b|^\s*(?:%|percent|per cent|points?|pts|cents?|million|billion|bn)\b/i,

  /** A sentence about quarterly results: "a year earlier" there is the quarter a year back, not the year. */
  earningsCue: /\b(?:a share|per share|net income|net loss|earnings|revenues?|profits?|sales|operating (?:income|loss|profit))\b/i,

  /**
   * "today's youth", "today's world": "today" as the present age, not the day. Before a noun of
   * people, an era or a market it is generic; before an event or an edition ("today's vote",
   * "today's paper") it is the publication day.
   */
  genericToday: /^['’]s\s+(?:(?:young|modern|fast-changing|changing|global|digital|complex|competitive|personal)\s+)?(?:youth|young|world|society|societies|generations?|children|kids|teens|teenagers|parents|families|students|workers|workforce|consumers|shoppers|voters|women|men|girls|boys|people|adults|economy|markets?|standards|technology|technologies|computers|machines|cars|homes|culture|politics|media|climate|environment|age|era|times|reality|realities|challenges|problems|threats|lifestyles?|life|lives|leaders|politicians|athletes|players|musicians|artists|audiences|readers|viewers|internet|web|medicine|science|schools|classrooms|cities|business|businesses|companies|workplaces?|terms|prices|dollars|money)\b/i,

  /** After "this quarter": a possessive of reported results ("this quarter's loss includes ..."). */
  resultsAfterPossessive: /^['’]s\s+(?:net\s+|operating\s+|pretax\s+)?(?:results?|loss|losses|profits?|earnings|income|revenues?|sales|charges?|figures|performance|margins?)\b/i,

  /** Published / updated markers on date lines. */
  updatedMarker: /\b(?:updated|last updated|modified|revised|aktualisiert|mis à jour|actualizado)\b/i,
  publishedMarker: /\b(?:published|first published|posted|posted on|released|issued|veröffentlicht|publié|publicado)(?![\wÀ-ɏ])/i,

  /** Briefing framing that says the page is a same-day digest. */
  briefingFraming: /\b(?:past|last) (?:24|twenty-four) hours\b|\b(?:today'?s|this morning'?s) (?:briefing|digest|newsletter|roundup)\b/i,

  /** Day-first pages: zones and day-month-name dates. */
  dayFirstZone: /\b(?:BST|GMT|CET|CEST|EET|EEST|IST|AEST|AEDT|ACST|AWST|NZST|NZDT|SAST|HKT|SGT|MYT|PKT|WIB)\b/,
  dayMonthName: new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}\\b`, 'gi'),
  monthNameDay: new RegExp(`\\b${MONTH}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?\\b`, 'gi'),
  /**
   * British/Commonwealth spellings and currencies, and a numeric date with a 24-hour time after
   * noon ("12/03/2025 22:10": a US page writes "10:10 p.m."): weak day-first evidence.
   */
  dayFirstWords: /\b(?:organisation|organise[ds]?|centre|favour|labour|programme|colour|defence|licence|neighbour|behaviour|rumours?|harbour|whilst|council|gardaí|gardai|nhs|mps?)(?![\wÀ-ɏ])|[£€]|\b\d{1,2}\/\d{1,2}\/\d{2,4},? (?:1[3-9]|2[0-3])[:.][0-5]\d\b/gi,
  /** Numeric dates whose first part cannot be a month (day-first) or whose second cannot (month-first). */
  numericDate: /\b(\d{1,2})(?:[/.](\d{1,2})[/.](?:\d{4}|\d{2})|-(\d{1,2})-\d{4})\b/g,
  /** A line that is only a day written with its month's name and year: "December 02, 2025", "2 December 2025". */
  writtenDayLine: /^(?:\p{L}{3,9},? )?(?:(\p{L}{3,9})\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})|(\d{1,2})(?:st|nd|rd|th)?\.? (\p{L}{3,9}),? (\d{4}))$/gmu,
  /** Country-code hosts whose pages write numeric dates day first. */
  dayFirstHosts: /\.(?:uk|au|nz|ie|in|za|sg|my|hk|eu|de|fr|es|it|nl|be|ch|at|se|no|dk|fi|pt|pl|br|ar|cl|mx|pe|ru|tr|gr|cz|sk|hu|ro|bg|hr|si|rs|ua|il|eg|ng|ke|pk|bd|lk|vn|th)(?:[:/]|$)/i,

  /**
   * Cheap test before running chrono (the costliest part of the stage): an English sentence that
   * cannot hold a date is skipped. Words count only in date shapes ("May" capitalised, "fall" after
   * "this" or before a year, "half" after "first"), numbers only as years, times and full numeric
   * dates, not as prices, scores or counts. Other languages are tested by their own table's words.
   */
  mayHoldDate: /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|(?:mon|tues|wednes|thurs|fri|satur|sun)days?|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat)\.|today|yesterday|tomorrow|tonight|this (?:morning|afternoon|evening)|ago|weekends?|quarter|week|month|year|decade|century|noon|midnight|year-end|(?:years|quarters) (?:earlier|before)|(?:this|past|last|next|the|early|late|mid|in)[- ](?:spring|summer|autumn|fall|winter)|(?:spring|summer|autumn|fall|winter) (?:of )?\d{4}|(?:first|second|1st|2nd)[- ]half|(?:that|same|next|following|previous|preceding) day|[QH][1-4]|[1-4][QH](?:\d\d)?|fy\d*|(?:eighteen|nineteen)[- ][a-z]+|two thousand|(?:latest|most recent) period)\b|\d{4}|\d:\d\d|\d{1,2}[/.-]\d{1,2}[/.-]\d{2}|\d\s?[ap]\.?m\b|['’]\d\d\b/i,
  /** `mayHoldDate` without /i, for text in lower case (see `lowerCased`): half the cost to compile on a first extraction. */
  mayHoldDateLower: /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|(?:mon|tues|wednes|thurs|fri|satur|sun)days?|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat)\.|today|yesterday|tomorrow|tonight|this (?:morning|afternoon|evening)|ago|weekends?|quarter|week|month|year|decade|century|noon|midnight|year-end|(?:years|quarters) (?:earlier|before)|(?:this|past|last|next|the|early|late|mid|in)[- ](?:spring|summer|autumn|fall|winter)|(?:spring|summer|autumn|fall|winter) (?:of )?\d{4}|(?:first|second|1st|2nd)[- ]half|(?:that|same|next|following|previous|preceding) day|[qh][1-4]|[1-4][qh](?:\d\d)?|fy\d*|(?:eighteen|nineteen)[- ][a-z]+|two thousand|(?:latest|most recent) period)\b|\d{4}|\d:\d\d|\d{1,2}[/.-]\d{1,2}[/.-]\d{2}|\d\s?[ap]\.?m\b|['’]\d\d\b/,
  /** The capitalised half of the test: "May" and holidays ("Election Day", "Christmas"). */
  mayHoldDateCased: /\b(?:May|Christmas|Easter|Thanksgiving|Halloween|Sun\.?,? \d|[A-Z][a-z]+(?:['’]s)? Day)\b/,
  /**
   * chrono parsers by class name -> a word or character every match of theirs contains (read off
   * their patterns). Without it in the sentence the parser is not run.
   */
  parserGates: {
    ENTimeUnitLaterFormatParser: /\bfrom now\b|\bhenceforth\b/i,
    ENTimeExpressionParser: /\d[:.]\d\d|\d\s?[ap]\.?m\b|\bnoon\b|\bmidnight\b/i,
    ENMonthNameLittleEndianParser: /\d(?:st|nd|rd|th)?\.?\s?(?:of\s)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i,
    ENMonthNameMiddleEndianParser: /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*\d/i,
    ENMonthNameParser: /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/i,
    ENWeekdayParser: /\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b/i,
    ENCasualDateParser: /\b(?:today|tonight|tomorrow|tmr|yesterday|last night)\b/i,
    ENCasualTimeParser: /\b(?:morning|afternoon|evening|night|midday|noon)\b/i,
    ENEndOfCurrentMonthParser: /\bend of (?:the |this )?month\b/i,
    ENYearMonthDayParser: /\d{4}[-/.]\d/,
    ENYearMonthNameParser: /\d{4}\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i,
    ENSlashMonthFormatParser: /\d\/\d{4}/,
    ISOFormatParser: /\d{4}-\d/,
    SlashDateFormatParser: /\d[/.-]\d/,
  } as Record<string, RegExp>,
  /** A full calendar day in the text (the only evidence a page's date can be inferred from). */
  mayHoldFullDate: /\d{4}-\d\d-\d\d|\d[/.-]\d{1,2}[/.-](?:\d{4}|\d\d)\b|\d(?:st|nd|rd|th|\.|er|º)? (?:de )?[a-z\u00C0-\u024F]{3,10}\.?,? (?:de )?\d{4}\b|[a-z\u00C0-\u024F]\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}\b/i,

  /**
   * Headers of a section about days to come ("COMING UP NEXT WEEK", "The week ahead", "Dates to
   * know", "Termine der Woche"): a weekday under one whose clause says neither way is the one ahead.
   * en, de, fr, es, it, pt, nl.
   */
  aheadHeader: /^(?:coming up(?: (?:next|this) week| this weekend| later)?|(?:the )?(?:week|weekend|days?|month) ahead|looking ahead|look ahead|what'?s (?:next|ahead|coming(?: up)?)|on the (?:agenda|calendar|horizon)|(?:today'?s |this week'?s |the )?(?:diary|calendar|agenda)|further out|upcoming(?: events| dates)?|key dates(?: ahead)?|dates to (?:know|watch|remember)|what to watch(?: for)?(?: this week| next week)?|(?:this |the )?weekend(?: picks| guide| planner)?|what'?s on(?: this weekend| this week)?|things to do(?: this weekend| this week)?|ausblick|die woche voraus|termine(?: der woche)?|was die woche bringt|à venir|la semaine (?:à venir|prochaine)|l'agenda|agenda(?: de la semana| de la semaine| della settimana)?|próximamente|la semana que viene|la próxima semana|la settimana prossima|in agenda|a semana que vem|próxima semana|vooruitblik|de week vooruit)[:.]?$/i,
  /** Live-blog time stamps: "16:45 BST", "2:05 p.m. ET". */
  timeStamp: /^(\d{1,2})[:.](\d{2})(?:\s?([ap]\.?m\.?))?(?:\s([A-Z]{2,4}))?$/i,
}));
