/**
 * Date vocabulary: the expressions chrono-node misses, the cues that make a clause about the future,
 * and the shapes that look like dates but are not (prices, names, durations, baselines).
 * Patterns are compiled on first use.
 */
import { lazy } from '../lazy.js';
import { MONTH } from './shapes.js';

const YEAR = '(?:19[5-9]\\d|20\\d\\d)';
const REL_YEAR = '(?:this|last|next|the previous|the past|the coming|the following) year';
const ORDINAL_Q = '(first|second|third|fourth|1st|2nd|3rd|4th)';

export const dateRules = lazy(() => ({
  /** Words before an expression that make its clause about the future. */
  futureCue: /\b(?:will|won't|would|shall|is due|are due|was due|due to|due|scheduled|slated|set to|set for|expected|expects?|forecast|is to|are to|plans to|plan to|planned for|planning to|aims? to|intends? to|effective|starting|begins?|beginning|from next|next|upcoming|coming|to be held|to take effect|takes effect)\b/i,
  /** Past-tense verbs between a future cue and the date end the cue's reach ("will ... after it closed in March"). */
  pastVerb: /\b(?:said|told|announced|reported|was|were|had|did|began|ended|launched|\w{3,}ed)\b/i,

  /** Expressions that are comparison baselines or durations, never dates. */
  notADate: [
    /^(?:a|one|the) (?:year|month|week|quarter) (?:earlier|before|ago|prior)$/i,
    /^(?:year|month|quarter|week)[- ](?:on|over)[- ](?:year|month|quarter|week)$/i,
  ],
  /** Vague or durational relative phrases: "a few weeks ago", "the past three weeks", "this evening". */
  vague: /\b(?:few|several|couple|many|some)\b|\b(?:past|last|next|coming|previous)\s+(?:\w+\s+)?(?:days|weeks|months|years|hours)\b|^(?:this |tomorrow |yesterday )?(?:morning|afternoon|evening|night|tonight)$/i,
  /** Words just before an expression that make it a baseline or a duration. */
  baselinePrefix: /\b(?:from|than|versus|vs\.?|compared (?:with|to)|against|over|for|in the|during the|same (?:period|quarter|month|time|week) (?:of )?|same \w+ of|the same \w+|within|about|nearly|almost|more than|less than|up to)\s*$/i,

  /** Expressions chrono-node does not know, as [name, pattern]; the name selects the resolver. */
  extra: {
    monthRelativeYear: new RegExp(`\\b(${MONTH})\\.?\\s+(?:of\\s+)?(this|last|next) year\\b`, 'gi'),
    quarter: new RegExp(`\\b(?:the\\s+)?${ORDINAL_Q}[- ]quarter(?:\\s+of\\s+(${YEAR}|${REL_YEAR}))?|\\bQ([1-4])(?:\\s*(?:of\\s+)?(${YEAR}|'?\\d\\d))?\\b|\\b(${YEAR})\\s*Q([1-4])\\b`, 'gi'),
    half: new RegExp(`\\b(?:the\\s+)?(first|second|1st|2nd)[- ]half(?:\\s+of\\s+(${YEAR}|${REL_YEAR}))?|\\bH([12])\\s*(${YEAR})?\\b`, 'gi'),
    season: new RegExp(`\\b(?:(this|last|next|early|late|the)\\s+)?(spring|summer|autumn|fall|winter)(?:\\s+(?:of\\s+)?(${YEAR}))?\\b`, 'gi'),
    periodYear: new RegExp(`\\b(early|mid|late|the end of|end of|the start of|start of|the beginning of|beginning of)[- ]?(?:(${YEAR})|(this|last|next) year)\\b`, 'gi'),
    weekOf: new RegExp(`\\bthe week of (${MONTH})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(${YEAR}))?\\b`, 'gi'),
    relativeUnit: /\b(?:(this|last|next|the previous|the past|the coming|earlier this|later this|late last|early next|early this|late this)\s+(year|month|week|decade))\b/gi,
    ago: /\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(years?|months?|weeks?)\s+ago\b/gi,
    bareYear: new RegExp(`\\b(${YEAR})(?:\\s*[-–]\\s*(${YEAR}|\\d\\d))?\\b(?![.,]\\d|\\s*(?:%|percent|per cent|bn|m\\b|million|billion))`, 'g'),
  },

  /** A bare year must follow one of these (or stand before punctuation) to be a date, not a count. */
  yearContext: /\b(?:in|since|by|from|until|till|of|during|before|after|through|to|and|or|early|mid|late|fiscal|year|full-year|the|for|between|around|circa|c\.|throughout|spring|summer|autumn|fall|winter|season|class of|vintage|model year)\s*$/i,

  seasonCode: { spring: 'SP', summer: 'SU', autumn: 'FA', fall: 'FA', winter: 'WI' } as Record<string, string>,

  /** chrono reads these as times or dates; in news they are prices, names and fractions. */
  falseTime: /^\d+(?:\.\d+)?\s*(?:a|an)?$/,
  pricePrefix: /[$€£¥]\s*$|\b(?:usd|eur|gbp|cents?)\s*$/i,
  priceSuffix: /^\s*(?:a|per) (?:share|unit|barrel|ounce|gallon|pound|kg|litre|liter|tonne|ton|hour|month|year)\b|^\s*(?:%|percent|per cent|points?|pts|cents?|million|billion|bn)\b/i,

  /** Published / updated markers on date lines. */
  updatedMarker: /\b(?:updated|last updated|modified|revised)\b/i,
  publishedMarker: /\b(?:published|first published|posted|posted on|released|issued)\b/i,

  /** Briefing framing that says the page is a same-day digest. */
  briefingFraming: /\b(?:past|last) (?:24|twenty-four) hours\b|\b(?:today'?s|this morning'?s) (?:briefing|digest|newsletter|roundup)\b/i,

  /** Day-first pages: zones and day-month-name dates. */
  dayFirstZone: /\b(?:BST|GMT|CET|CEST|EET|EEST|IST|AEST|AEDT|ACST|AWST|NZST|NZDT|SAST)\b/,
  dayMonthName: new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}\\b`, 'gi'),
  monthNameDay: new RegExp(`\\b${MONTH}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?\\b`, 'gi'),
  /** British/Commonwealth spellings and currencies: weak day-first evidence. */
  dayFirstWords: /\b(?:organisation|organise[ds]?|centre|favour|labour|programme|colour|defence|licence|neighbour|whilst|council|gardaí|gardai|nhs|mps?)\b|[£€]/gi,
  /** Numeric dates whose first part cannot be a month (day-first) or whose second cannot (month-first). */
  numericDate: /\b(\d{1,2})[/.](\d{1,2})[/.](?:\d{4}|\d{2})\b/g,
  dayFirstHosts: /\.(?:uk|au|nz|ie|in|za|sg|my|hk|eu|de|fr|es|it|nl|be|ch|at|se|no|dk|fi|pt|pl)(?:[:/]|$)/i,

  /**
   * Cheap test before running chrono (the costliest part of the stage): text that cannot hold a
   * date is skipped. Numbers count only in date or time shapes (years, 5/6, 10:30, 5th, 5 p.m.,
   * "3 days", "at 5"), not as prices or counts.
   */
  mayHoldDate: /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|today|yesterday|tomorrow|tonight|ago|spring|summer|autumn|fall|winter|quarter|half|week|month|year|noon|midnight|morning|afternoon|evening|earlier|later|day|hour|minute|decade|centur|[QH][1-4]\b)|\d{4}|\d[:/.-]\d|\d(?:st|nd|rd|th|s)\b|\d\s?[ap]\.?m\b|'\d\d\b|\b(?:at|by|until|till|from|since|before|after|around|about|to)\s\d{1,2}\b/i,
  /**
   * chrono parsers by class name -> a word or character every match of theirs contains (read off
   * their patterns). Without it in the text the parser is not run.
   */
  parserGates: {
    ENTimeUnitAgoFormatParser: /ago|before|earlier/i,
    ENTimeUnitLaterFormatParser: /later|after|from now|henceforth|forward|out/i,
    ENTimeExpressionParser: /\d/,
    ENMonthNameLittleEndianParser: /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i,
    ENMonthNameMiddleEndianParser: /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i,
    ENMonthNameParser: /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i,
    ENWeekdayParser: /sun|mon|tue|wed|thu|fri|sat/i,
    ENCasualDateParser: /now|today|tonight|tomorrow|overmorrow|tmr|yesterday|night/i,
    ENCasualTimeParser: /morning|afternoon|evening|night|midday|noon/i,
    ENEndOfCurrentMonthParser: /month/i,
    ENRelativeDateFormatParser: /this|last|past|next|after/i,
    ENYearMonthDayParser: /\d{4}/,
    ENYearMonthNameParser: /\d/,
    ENSlashMonthFormatParser: /\d\/\d{4}/,
    ISOFormatParser: /\d{4}-\d/,
    SlashDateFormatParser: /\d[/.-]\d/,
  } as Record<string, RegExp>,
  /** A full date needs a year: blocks without one hold no absolute day. */
  mayHoldYear: /\d{4}|\d[/.-]\d{1,2}[/.-]\d{2}|'\d\d\b/,

  /** Live-blog time stamps: "16:45 BST", "2:05 p.m. ET". */
  timeStamp: /^(\d{1,2})[:.](\d{2})(?:\s?([ap]\.?m\.?))?(?:\s([A-Z]{2,4}))?$/i,
}));

export const WORD_NUMBERS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
};

export const ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4 };
