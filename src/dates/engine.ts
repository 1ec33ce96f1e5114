/**
 * chrono-node, taught to read news in the page's language: chrono's own parsers for the language
 * (loaded on first use), our news rules (`parsers.ts`) in front of them, and refiners for what
 * chrono gets wrong in news (prices read as times, names read as weekdays, durations), comparison
 * baselines tagged, and the year of a month, day or weekday named without one chosen by the tense
 * of its clause (`tense.ts`) against the publication date.
 */
import type { Chrono, Parser, ParsingComponents, ParsingResult, Refiner } from 'chrono-node';
import * as chronoEn from 'chrono-node/en';
import { lazy, nodeRequire, PropertyPattern } from '../lazy.js';
import { dateRules, DATE_LANGUAGES, type SeasonCode } from '../rules/dates.js';
import { isUnspacedScript, trailingWord, trimEndOf } from '../text.js';
import { DAY_MS, dayIndex, occurrencesAround, type Occurrence, type Period } from './calendar.js';
import { dateLanguage, NEVER, newsParsers, type CompiledLanguage, type ParsingContext } from './parsers.js';
import { TAG, tagValue } from './tags.js';
import { clauseDirection, type Direction } from './tense.js';

/** One to three letters, maybe with a dot: a weekday's abbreviation ("Mon.", "Di"). */
const SHORT_WORD = new PropertyPattern(/^\p{L}{1,3}\.?$/u);
/** The capitalised head of a hyphenated compound, up to its last hyphen ("Saint-Brévin-sur-"). */
const COMPOUND_TAIL = /^[\p{L}-]*-$/u;
const isCompoundHead = (token: string) => {
  const capital = token.search(/\p{Lu}/u);
  return capital >= 0 && COMPOUND_TAIL.test(token.slice(capital));
};
/** The text after the last space. */
const lastToken = (s: string) => s.slice(Math.max(s.lastIndexOf(' '), s.lastIndexOf('\n'), s.lastIndexOf('\u00a0')) + 1);

interface ChronoLocale {
  casual: Chrono;
  GB?: Chrono;
}

/**
 * chrono-node's locale modules load on first use, so an English-only workload never reads the
 * others (the whole of chrono costs 130 ms to import, English alone 40 ms). English is a static
 * import; the others load through Node's require, reached without importing a Node-only module, and
 * where a runtime has none (a browser bundle) a page in another language is read with English.
 */
function chronoLocale(locale: string): ChronoLocale {
  if (locale === 'en') return chronoEn as unknown as ChronoLocale;
  const require = nodeRequire();
  if (!require) return chronoEn as unknown as ChronoLocale;
  return require(`chrono-node/${locale}`) as ChronoLocale;
}

function textBefore(context: ParsingContext, result: ParsingResult, chars = 80): string {
  return context.text.slice(Math.max(0, result.index - chars), result.index);
}

function textAfter(context: ParsingContext, result: ParsingResult, chars = 40): string {
  return context.text.slice(result.index + result.text.length, result.index + result.text.length + chars);
}

/** A month key of the table that begins a longer name of the same month ("sept" of "septembre"). */
function isAbbreviation(C: CompiledLanguage, word: string): boolean {
  const key = word.toLowerCase().replace('.', '');
  const month = C.spec.months[key];
  return Object.entries(C.spec.months).some(([k, m]) => m === month && k.length > key.length && k.startsWith(key));
}

/** chrono's "now" in any language ("ahora", "jetzt"): the publication day, as our English rule reads it. */
const nowAsDay: Refiner = {
  refine: (context, results) => {
    for (const res of results) {
      if (!res.start.tags().has('casualReference/now')) continue;
      const d = context.refDate;
      const c = context.createParsingComponents({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() } as never);
      for (const t of [TAG.custom, TAG.granularity('day'), TAG.relative, TAG.now]) c.addTag(t);
      res.start = c;
    }
    return results;
  },
};

/** A weekday of a range of opening days ("open Wednesday to Sunday"): either end. */
function openingHours(context: ParsingContext, res: ParsingResult): boolean {
  const r = dateRules();
  const before = textBefore(context, res, 40);
  if (r.openingRangeBefore.test(before) || (r.openingBefore.test(before) && (r.weekdayRangeAfter.test(textAfter(context, res, 20)) || r.weekdayRangeAfter.test(res.text.replace(/^\p{L}+/u, ''))))) return true;
  // "from 8 a.m. to 8 p.m. Monday through Friday": the working week, a schedule whatever comes before it.
  return r.workweekStart.test(`${res.text}${textAfter(context, res, 20)}`) || r.workweekEnd.test(`${before}${res.text}`);
}

const MONTH_OR_WEEKDAY_AFTER = /^\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;

/** A span of time counted back or ahead from now ("the next decade", "past year"), and the words that make it a duration. */
const DURATION_SPAN = /^(?:the )?(?:next|coming|past|last|previous) (?:year|decade|month|week)$/i;
const DURATION_BEFORE = /\b(?:over|for|throughout|within)\s+(?:the\s+)?$/i;
/** "The last decade" is the ten years up to now, which no decade of the calendar ('201') names. */
const DECADE_SPAN = /^(?:the )?(?:past|last|previous) decade$/i;

/** "efter 60 år", "etter 3 dager", "nach 60 Jahren", "après 3 jours", "después de 60 años", "dopo 3 anni", "após 60 anos", "na 60 jaar". */
const ELAPSED_AFTER = /^(?:efter|etter|nach|après|después de|dopo|após|na|po)\s+\d+\s+\p{L}+$/iu;

/** Nouns after a Portuguese ordinal that is also a weekday's name ("segunda vez", "quinta posição"). */
const PT_ORDINAL_NOUN_AFTER = /^\s+(?:vez|vezes|metade|parte|fase|volta|mão|maior|maiores|colocad[oa]|divisão|edição|guerra|linha|opção|via|onda|classe|posição|rodada|temporada|lugar|etapa|tentativa|instância|década|geração|série|sessão|dose|mais)(?![\p{L}])/iu;

/** "bis heute", "hasta hoy", "jusqu'à aujourd'hui", "fino a oggi", "até hoje", "tot vandaag", "till idag". */
const UNTIL_TODAY_BEFORE = /(?:^|\s)(?:bis|hasta|jusqu'à|jusqu’à|fino ad?|sino ad?|até|tot|till|frem til|til)\s+$/i;
const TODAY_WORD = /^(?:heute|hoy|aujourd'hui|aujourd’hui|oggi|hoje|vandaag|idag|i dag)$/i;

/** Whether `before` ends with a capitalised word and a space ("El Puerto "): a name runs on. */
function endsWithCapitalisedWord(before: string): boolean {
  const trimmed = before.trimEnd();
  if (trimmed.length === before.length) return false;
  return /^\p{Lu}\p{L}*$/u.test(trimmed.slice(trimmed.lastIndexOf(' ') + 1));
}

/** Languages that write month names in lower case: a capitalised one inside a sentence is a name. */
const LOWER_CASE_MONTHS = new Set(['it', 'es', 'pt', 'fr', 'ca']);

/** Midnight and noon in the Romance languages, alone: a time of day that chrono dates to a day of its choosing. */
const BARE_TIME_OF_DAY = /^(?:(?:a |à |alla |a la |la |el |o |ao )?(?:medianoche|mediodía|mezzanotte|mezzogiorno|meia-noite|meio-dia|minuit|midi))$/i;

function dropFalsePositives(C: CompiledLanguage): Refiner {
  const english = C.lang === 'en';
  return {
    refine: (context, results) => {
      const r = dateRules();
      return results.filter((res) => {
        const c = res.start;
        const text = res.text.trim();
        const before = textBefore(context, res, 12);
        const after = textAfter(context, res, 20);
        const timeOnly = c.isCertain('hour') && !c.isCertain('day') && !c.isCertain('weekday') && !c.isCertain('month');
        // "voted this afternoon": the part of the day names the page's day, not a clock time.
        if (english && /^this (?:morning|afternoon|evening)$/i.test(text)) {
          for (const unit of ['year', 'month', 'day'] as const) c.assign(unit, c.get(unit)!);
          c.delete(['hour', 'minute', 'second', 'millisecond', 'meridiem']);
          return true;
        }
        // "over the next decade", "for the past year": a stretch of time measured, a date mention but no event.
        if (english && DURATION_SPAN.test(text) && (DURATION_BEFORE.test(before) || DECADE_SPAN.test(text))) res.addTag(TAG.baseline);
        // "$2.50 a share" read as 2:50; "at 5" read as five o'clock.
        if (timeOnly) {
          if (r.pricePrefix.test(before) || r.priceSuffix.test(after)) return false;
          if (!/[:.h]\d\d|[ap]\.?m\b|noon|midnight|\buhr\b|\bh\b/i.test(res.text)) return false;
          if (/^\d+\.\d\d\s*(?:a|an)?$/i.test(text) && !/[ap]\.?m/i.test(res.text)) return false;
        }
        // "7/8", "12 3/4%": a fraction more often than a date, without a year.
        if (/^(?:\d{1,3}\s+)?\d{1,2}\/\d{1,2}$/.test(text) && !res.tags().has(TAG.custom)) return false;
        if (/^\s*%/.test(after) && !c.isCertain('year')) return false;
        // "September, 11% more": a number that is a figure is no day or year of the date before it.
        // (In English, a number read as a two-digit year leaves the month: monthDayNotYear below.)
        if (/^\s*(?:%|per ?cent|prozent|pour cent|por ciento)/i.test(after) && /,\s*\d{1,2}$/.test(text) && (!english || c.isCertain('day') || !c.isCertain('year'))) return false;
        // A word inside a compound name ("Saint-Brévin-sur-Mer") dates nothing ("mid-March" does).
        if (before.endsWith('-') && isCompoundHead(lastToken(before)) && !/\d/.test(text)) return false;
        // German "Morgen" capitalised after a word is the noun (morning), not "morgen" (tomorrow): "Guten Morgen", "jeden Morgen".
        if (C.lang === 'de' && text === 'Morgen' && /\p{L}\s+$/u.test(before)) return false;
        // "stänger efter 60 år", "nach 3 Tagen": a stretch that has passed, which chrono reads as a day ahead.
        if (!english && ELAPSED_AFTER.test(text)) return false;
        // "bis heute nicht gebaut", "hasta hoy": to this day, a stretch up to now, no event of the day.
        if (!english && UNTIL_TODAY_BEFORE.test(before) && TODAY_WORD.test(text)) return false;
        // "pasada la medianoche", "a mezzogiorno": a time of day alone, which no day states.
        if (!english && BARE_TIME_OF_DAY.test(text)) return false;
        // "ha detto Maggio", "Gianluca Maggio": where months are written in lower case, a capitalised
        // month alone inside a sentence (or heading a quote's line: "Maggio: «...»") is a surname.
        if (LOWER_CASE_MONTHS.has(C.lang) && /^\p{Lu}\p{Ll}+$/u.test(text) && c.isCertain('month') && !c.isCertain('day') && !c.isCertain('year') && (/\p{L}[,;]?\s+$/u.test(before) || /^\s*:/.test(after))) return false;
        // "Tribunal N° 3 de Mar del Plata": the city, not the third of March.
        if (C.lang === 'es' && /\bmar\.?$/i.test(text) && /^\s+del\b/i.test(after)) return false;
        // "El Puerto Hoy", "Rio Hoje": "today" capitalised after a capitalised word ends a name.
        if (!english && TODAY_WORD.test(text) && /^\p{Lu}/u.test(text) && endsWithCapitalisedWord(before)) return false;
        // Portuguese "pela segunda vez", "a quinta posição": without "-feira" the weekday words are ordinals too.
        if (C.lang === 'pt' && c.isCertain('weekday') && !c.isCertain('day') && /^(?:\p{L}{1,5}\s+)?(?:segunda|terça|terca|quarta|quinta|sexta)$/iu.test(text) && PT_ORDINAL_NOUN_AFTER.test(after)) return false;
        // Spanish "la mañana" (de la mañana, por la mañana) is the morning, not "mañana" (tomorrow).
        if (C.lang === 'es' && /^mañana$/i.test(text) && /\bla\s+$/i.test(before)) return false;
        // "Fr" in "Frühjahr", "Mo" as a name: a weekday abbreviation needs a date beside it.
        // (Two or three Han or Hangul characters are a whole word: "周三", "月曜日".)
        // (The parser may hold its preposition: "på to år" read as "på to", Thursday.)
        const word = text.replace(/^\p{Ll}{1,3}\s+(?=\S+$)/u, '');
        if (SHORT_WORD.for(word).test(word) && !isUnspacedScript(word[0]) && c.isCertain('weekday') && !c.isCertain('day')) {
          if (!/^\.?,?\s*\d/.test(after) || /^\p{Ll}/u.test(word)) return false;
        }
        // "Vrij Midden" (a party): a capitalised four-letter weekday abbreviation before a
        // capitalised word, with no date after it, starts a name. (Full weekday names run longer.)
        if (/^\p{Lu}\p{Ll}{3}\.?$/u.test(word) && c.isCertain('weekday') && !c.isCertain('day') && /^\s+\p{Lu}\p{Ll}/u.test(after) && !/^\.?,?\s*\d/.test(after)) return false;
        // "el mar" (the sea), "sept" (seven): a lone lower-case abbreviation is no month.
        if (/^\p{Ll}{2,4}\.?$/u.test(text) && c.isCertain('month') && !c.isCertain('day') && !c.isCertain('year') && !(text.replace('.', '') in C.spec.months && !isAbbreviation(C, text))) return false;
        // "every other Thursday", "chaque vendredi", "open Wednesday to Sunday": a schedule, not a day.
        if (c.isCertain('weekday') && !c.isCertain('day') && (r.recurrenceBefore.test(before) || openingHours(context, res))) return false;
        // "Ponte 25 de Abril", "stația 1 Mai": a place named after a day.
        if (/^\d/.test(text) && !c.isCertain('year') && r.namedPlaceBefore.test(before)) return false;
        if (!english) return true;
        // "Buses will run on Sundays": a weekday in the plural recurs.
        if (c.isCertain('weekday') && !c.isCertain('day') && (/days$/i.test(text) || /^s\b/.test(after))) return false;
        // "on a Friday afternoon": some Friday, not a date.
        if (c.isCertain('weekday') && !c.isCertain('day') && /\bon an?\s+$/i.test(before)) return false;
        // "Sun Microsystems", "March Networks": a lone month or weekday word followed by a capitalised name.
        // "Yesterday", "Today" head a sentence before a name ("Yesterday New York's governor ..."): they are no names.
        if (/^(?:on\s+)?[A-Z][a-z]+\.?$/.test(text) && /^\s+[A-Z][a-z]/.test(after) && !MONTH_OR_WEEKDAY_AFTER.test(after) && !res.tags().has(TAG.custom) && !/^(?:Yesterday|Today|Tomorrow|Tonight)$/.test(text)) return false;
        // "the charity Hear Tomorrow", "USA Today": a capitalised day word right after a capitalised word ends a name.
        if (/^(?:Yesterday|Today|Tomorrow|Tonight)$/.test(text) && /\s$/.test(before) && /^\p{Lu}/u.test(trailingWord(before.trimEnd()))) return false;
        // "Sun, Hewlett-Packard and others": an abbreviation-length weekday is a name unless a date follows.
        if (/^(?:Sun|Sat|Wed|Mar|Jan)$/.test(text)) return false;
        // "the last week of September" is that month's, not the week before publication.
        if (/^(?:the\s+)?(?:last|first|second|third|final)\s+week$/i.test(text) && /^\s+of\b/i.test(after)) return false;
        // A sign-off ("That's all for today.", "That's it for today") closes a newsletter; it dates nothing.
        if (/^today$/i.test(text) && /\b(?:it|all|a wrap|everything)\s+(?:from us\s+)?for\s+$/i.test(before)) return false;
        // "310 weekday services": the word names no day.
        if (/^(?:on\s+)?weekdays?$/i.test(text)) return false;
        // "will add Sunday service on Route 12", "Saturday classes": a weekday naming a kind of thing, no day.
        if (c.isCertain('weekday') && !c.isCertain('day') && /^[A-Z][a-z]+$/.test(text) && r.weekdayAttribute.test(after) && !/\b(?:on|this|next|last|by|until|till|since|from|before|after)\s+$/i.test(before)) return false;
        // "now" from chrono's casual parser ("right now"); ours carries TAG.now.
        if (/^(?:right )?now$/i.test(text) && !res.tags().has(TAG.now)) return false;
        // "may" and "march" as verbs; "May" alone is the month after a preposition or a direction word.
        if (/^(?:may|march|sun|sat|wed)$/.test(text)) return false;
        // A timeline's header names the month alone ("May:").
        if (text === 'May' && !/\b(?:in|by|since|until|till|from|through|before|after|of|during|last|next|this|early|late|mid|end|and|or|to|between)\s+$/i.test(before) && !/^May:?$/.test(context.text.trim())) return false;
        // "today's youth", "the people of tomorrow": generic, not the day ("today's vote", "tomorrow's hearing" are the day).
        if (/^(?:today|tomorrow)$/i.test(text) && (r.genericToday.test(after) || /\bof\s+$/i.test(before))) return false;
        return true;
      });
    },
  };
}

const dropDurations: Refiner = {
  refine: (_context, results) => {
    const r = dateRules();
    return results.filter((res) => {
      const text = res.text.trim();
      if (r.notADate.some((p) => p.test(text))) return false;
      const tags = res.tags();
      if ((r.vague.test(text) || r.vagueIntl.test(text)) && !tags.has(TAG.custom)) return false;
      const chronoRelative = tags.has('result/relativeDate') && !tags.has(TAG.custom);
      if (chronoRelative && /^(?:for|within|over|in|after|before|during)\s/i.test(text)) return false; // "for four years", "in three weeks"
      if (chronoRelative && /\b(?:earlier|later|before|after|prior)$/i.test(text)) return false; // "three days earlier"
      return true;
    });
  },
};

/**
 * "April 17" read as April 2017: a day of the month, not a two-digit year. And "January, 62" (of
 * "in January, 62% of customers") or "June of 14" (of "convicted in June of 14 counts") read as a
 * year: a month, then a number of the sentence (a year in two digits is written "January '62").
 */
const monthDayNotYear: Refiner = {
  refine: (context, results) => {
    for (const res of results) {
      // The time chrono may have merged stays: "April 21 at 1.30pm" (a day-first reader took "21" for 2021).
      const m = /^([A-Za-z]{3,9})\.?(,?|\s+of)\s+(\d{1,2})(?:\s+at\s+\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?m\.?)?$/i.exec(res.text.trim());
      const c = res.start;
      if (!m || c.isCertain('day') || !c.isCertain('year') || !c.isCertain('month')) continue;
      const time = c.isCertain('hour') ? { hour: c.get('hour')!, minute: c.get('minute') ?? 0, meridiem: c.get('meridiem') } : {};
      // "in June of 14 counts": a number after "of" is a count ("June of '14" writes its apostrophe).
      if (Number(m[3]) > 31 || m[2] !== '') {
        res.text = res.text.slice(0, res.text.indexOf(m[1]!) + m[1]!.length);
        res.start = context.createParsingComponents({ month: c.get('month')! } as never);
      } else res.start = context.createParsingComponents({ month: c.get('month')!, day: Number(m[3]), ...time } as never);
    }
    return results;
  },
};

/**
 * "Ab Montag, 3. März, 5 Uhr", "le 3 mars, 10 h": the hour after a day and a comma is no year (chrono
 * reads "5" as 2005). The date keeps its day and month; the clause's tense places its year.
 */
/** "signed in January 2020 at 2.29%": a rate after "at", not a time of day. */
const rateNotTime: Refiner = {
  refine: (context, results) =>
    results.filter((res) => {
      if (!/^\s?(?:%|per ?cent\b|prozent\b|pour ?cent\b|por ?ciento\b)/i.test(textAfter(context, res, 12))) return true;
      const m = /\s(?:at|um|à|a|alle|om)\s+\d{1,2}[.:]\d{1,2}$/.exec(res.text);
      if (!m) return !/^\d{1,2}[.:]\d{1,2}$/.test(res.text.trim());
      const c = res.start;
      res.text = res.text.slice(0, m.index);
      const kept: Record<string, number> = {};
      for (const unit of ['year', 'month', 'day'] as const) if (c.isCertain(unit)) kept[unit] = c.get(unit)!;
      res.start = context.createParsingComponents(kept as never);
      return res.text.length > 0;
    }),
};

const hourNotYear: Refiner = {
  refine: (context, results) => {
    for (const res of results) {
      const m = /,\s*\d{1,2}$/.exec(res.text);
      const c = res.start;
      if (!m || !c.isCertain('year') || !c.isCertain('month') || !c.isCertain('day')) continue;
      if (!/^\s*(?:uhr\b|h\b|hrs?\b|heures?\b|horas?\b|ore\b|o'clock\b|[ap]\.?m\b|[:.]\d\d)/i.test(textAfter(context, res, 12))) continue;
      res.text = res.text.slice(0, m.index);
      res.start = context.createParsingComponents({ month: c.get('month')!, day: c.get('day')! } as never);
    }
    return results;
  },
};

/** Comparison baselines ("up from a year earlier", "than in the same period last year") stay dates but not events. */
const tagBaselines: Refiner = {
  refine: (context, results) => {
    const r = dateRules();
    for (const res of results) {
      const before = textBefore(context, res, 50);
      const from = r.baselinePrefix.test(before) ? null : r.baselineFrom.exec(before);
      const lead = from === null ? '' : before.slice(0, from.index);
      const changed = from !== null && lead.split(/\s+/).slice(-r.baselineChangeWords).some((w) => r.baselineChange.test(w)) && !(r.baselineNotAfter.test(lead) && !/\d/.test(from[0]));
      const onPeriod = r.baselineOn.test(before) && r.baselinePeriod.test(res.text.trim());
      const anaphor = r.baselineAnaphor.test(res.text.trim()) && r.baselineAnaphorBefore.test(before);
      // "recovered to 92% of 2019 levels": the year a measure is compared with.
      const levels = /^\d{4}$/.test(res.text.trim()) && r.baselineYearAfter.test(textAfter(context, res, 16));
      if (r.baselinePrefix.test(before) || changed || onPeriod || anaphor || levels || r.baselinePrefixIntl.test(before) || r.baselineMultiple.test(before)) res.addTag(TAG.baseline);
    }
    return results;
  },
};

/** The period a result names without its year, if it does. */
function unanchoredPeriod(C: CompiledLanguage, res: ParsingResult): Period | null {
  const c = res.start;
  const tags = res.tags();
  const kind = tagValue(tags, 'nd/unanchored:');
  if (kind) {
    const month = c.get('month')!;
    switch (kind) {
      case 'month':
        return { kind: 'month', month };
      case 'quarter':
        return { kind: 'quarter', quarter: Math.floor((month - 1) / 3) + 1 };
      case 'half':
        return { kind: 'half', half: month <= 6 ? 1 : 2 };
      case 'season':
        return { kind: 'season', season: tagValue(tags, 'nd/season:') as SeasonCode };
      case 'holiday': {
        const spec = C.spec.holidays[tagValue(tags, 'nd/holiday:') ?? ''];
        return spec ? { kind: 'holiday', spec } : null;
      }
      case 'weekend':
        return { kind: 'weekday', weekday: 6 };
      case 'weekday':
        return { kind: 'weekday', weekday: c.get('weekday')! };
      case 'day':
        return { kind: 'day', month, day: c.get('day')! };
    }
    return null;
  }
  if (tags.has(TAG.custom) || c.isCertain('year')) return null;
  if (c.isCertain('month') && c.isCertain('day')) return { kind: 'day', month: c.get('month')!, day: c.get('day')! };
  if (c.isCertain('weekday') && !c.isCertain('day')) return { kind: 'weekday', weekday: c.get('weekday')! };
  if (c.isCertain('month')) return { kind: 'month', month: c.get('month')! };
  return null;
}

function dayParts(t: number): Occurrence {
  const d = new Date(t);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), from: t, to: t };
}

/** A period's results, reported after it ends: "will report third-quarter results", "second-half earnings". */
const RESULTS_WORD = /\b(?:results?|earnings|report|reports|reporting|figures|numbers|profits?|loss|losses|charges?|ergebnis(?:se)?|zahlen|résultats|resultados|risultati)\b/i;

const distance = (o: Occurrence, ref: number) => (o.from > ref ? o.from - ref : o.to < ref ? ref - o.to : 0);

/**
 * The occurrence the clause points to (TimeML's rule: the nearest one in the direction of the
 * tense). Without a tense, a weekday, quarter, half or season is the last one (news reports what
 * happened); a month or a day the last one too unless the next is much nearer ("payable Jan. 2"
 * in November), as the dates of news stories fall.
 */
function choose(p: Period, prev: Occurrence, next: Occurrence, ref: number, dir: Direction, aboutResults = false, nearestWeekday = false): Occurrence {
  if (prev.from === next.from) return prev;
  // The weekday of the story's own day is that day, whatever the tense: news names the coming week's
  // day as "next Wednesday", and a bare "Wednesday" in Wednesday's paper is today.
  if (p.kind === 'weekday' && prev.from === ref) return prev;
  let pick: Occurrence;
  if (dir < 0) pick = prev;
  else if (dir > 0) {
    // Results for a quarter come after it: "will report third-quarter results" in October is the one just ended.
    pick = (p.kind === 'quarter' || p.kind === 'half') && aboutResults && ref - prev.to <= 100 * DAY_MS ? prev : next;
  } else if (p.kind === 'weekday' && nearestWeekday) {
    // Outside English the present tense tells the coming days ("stemt dinsdag", "se réunit mardi",
    // "findet am Dienstag statt") and our tense words miss most such verbs: with no tense read, a
    // weekday much nearer ahead than behind is the coming one (tomorrow's, not six days ago).
    pick = 2 * distance(next, ref) < distance(prev, ref) ? next : prev;
  } else if (p.kind === 'weekday' || p.kind === 'quarter' || p.kind === 'half' || p.kind === 'season') pick = prev;
  else pick = 3 * distance(next, ref) < distance(prev, ref) ? next : prev;
  // A tense word misread (or a story dated a day off): a date weeks away beats one a year away.
  const other = pick === prev ? next : prev;
  if (distance(pick, ref) > 300 * DAY_MS && distance(other, ref) <= 45 * DAY_MS) pick = other;
  return pick;
}

/**
 * "will" or "shall" in `before`'s last clause (after its last comma, semicolon, colon or full stop),
 * or a present that waits for the day ("investors are watching Friday's jobs report", "ahead of
 * Tuesday's vote", "awaits Monday's ruling").
 */
const WILL = /\b(?:will|shall|won['’]t|awaits?|awaiting|ahead of|(?:is|are|am) (?:now )?(?:watching|eyeing|bracing for|looking ahead to|looking to))\b/i;
function willBefore(before: string): boolean {
  const from = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':'), before.lastIndexOf('.'));
  return WILL.test(before.slice(from + 1));
}

function resolveByTense(C: CompiledLanguage): Refiner {
  return {
    refine: (context, results) => {
      const d = context.refDate;
      const ref = dayIndex(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
      const resolved: { res: ParsingResult; p: Period; pick: Occurrence }[] = [];
      for (const res of results) {
        const p = unanchoredPeriod(C, res);
        if (!p) continue;
        const dir = clauseDirection(context.text, res.index, res.index + res.text.length, C.tense);
        if (dir !== 0) res.addTag(TAG.direction(dir));
        const c = res.start;
        const { prev, next } = occurrencesAround(p, ref);
        let pick: Occurrence;
        // "last Thursday" is never today; "(this) coming Sunday" is the next one, whatever the verb.
        const word = p.kind !== 'weekday' ? '' : C.lang === 'en'
          ? (/^(last|past|this past|previous|next|this coming|coming)\b/i.exec(res.text)?.[1] ?? /\b(last|this past|next|this coming|coming)\s+$/i.exec(textBefore(context, res, 16))?.[1] ?? '').toLowerCase()
          : directionWordAround(C, context, res);
        // "Wednesday's ruling": the day of an event told of, not of the clause's verb.
        const possessive = p.kind === 'weekday' && /^['’]s\b/.test(textAfter(context, res, 3));
        // Under a header of days to come ("The week ahead") a weekday the clause leaves open is ahead.
        const lean = dir === 0 && p.kind === 'weekday' && (context.option as { aheadSection?: boolean } | undefined)?.aheadSection ? 1 : dir;
        if (/last|past|previous/.test(word)) pick = prev.from === ref ? { ...prev, ...dayParts(prev.from - 7 * DAY_MS) } : prev;
        // "next Tuesday" said on a Tuesday is a week on.
        else if (/next|coming/.test(word)) pick = next.from === ref ? { ...next, ...dayParts(next.from + 7 * DAY_MS) } : next;
        // Ahead only under a plain future in its own clause: "will miss Tuesday's trip" (not "would
        // look for ways around Wednesday's ruling", which was given before the story was told).
        else pick = choose(p, prev, next, ref, possessive ? (willBefore(textBefore(context, res, 80)) ? 1 : 0) : lean, (p.kind === 'quarter' || p.kind === 'half') && RESULTS_WORD.test(`${textBefore(context, res, 60)} ${res.text} ${textAfter(context, res, 30)}`), C.lang !== 'en');
        // "no domingo (23)", "a partir de segunda-feira (10)": Brazilian news pins a weekday with its day of the month.
        const pinned = p.kind === 'weekday' ? /^\s?\((\d{1,2})\)/.exec(textAfter(context, res, 6)) : null;
        if (pinned) {
          const fits = [prev, next].filter((o) => new Date(o.from).getUTCDate() === Number(pinned[1]));
          if (fits.length === 1) pick = fits[0]!;
        }
        // "Monday, Oct. 26": the year whose Oct. 26 is a Monday.
        if (p.kind === 'day' && c.isCertain('weekday')) {
          const fits = [prev, next].filter((o) => new Date(o.from).getUTCDay() === c.get('weekday'));
          if (fits.length === 1) pick = fits[0]!;
        }
        assignOccurrence(res, p, pick);
        resolved.push({ res, p, pick });
      }
      // A range ends after it starts ("from 7 p.m. Tuesday until 1 p.m. Thursday", "entre el 1 de
      // abril y el 30 de septiembre"): its end is the first occurrence after its start.
      for (let k = 1; k < resolved.length; k++) {
        const from = resolved[k - 1]!;
        const to = resolved[k]!;
        // The same kind at both ends: "revision Friday to December's figures" is no range.
        if (to.p.kind !== from.p.kind || !joinsRange(context.text, from.res, to.res)) continue;
        // ... and it is the first such day after the start: "to" points ahead, but "ran from 16 to 21 March" is past.
        const first = occurrencesAround(to.p, from.pick.from).next;
        if (to.pick.from < from.pick.from || (to.res.start.tags().has(TAG.rangePart) && to.pick.from > first.from)) to.pick = first;
        assignOccurrence(to.res, to.p, to.pick);
      }
      return results;
    },
  };
}

/**
 * "a próxima sexta-feira", "segunda-feira passada", "dilluns que ve": the language's direction word
 * just before or after a weekday, as the English words the resolver reads ('next', 'last'), or ''.
 */
function directionWordAround(C: CompiledLanguage, context: ParsingContext, res: ParsingResult): string {
  const head = textBefore(context, res, 16);
  const before = /\s$/.test(head) ? trailingWord(head.trimEnd()) || undefined : undefined;
  const after = /^\s+((?:que\s+)?[\p{L}'’]+)/u.exec(textAfter(context, res, 16))?.[1];
  // The parser may have read the word as part of the date ("próximo martes").
  const own = /^([\p{L}'’]+)\s/u.exec(res.text)?.[1];
  // ... or as its last word ("lunedì prossimo", "lundi prochain").
  const ownLast = /\s([\p{L}'’]+)$/u.exec(res.text)?.[1];
  for (const w of [before, after, own, ownLast]) {
    const rel = w === undefined ? undefined : C.spec.rel[w.toLowerCase()];
    if (rel === 1) return 'next';
    if (rel === -1) return 'last';
  }
  return '';
}

function assignOccurrence(res: ParsingResult, p: Period, pick: Occurrence): void {
  const c = res.start;
  c.assign('year', pick.year);
  if (p.kind !== 'month' && p.kind !== 'quarter' && p.kind !== 'half' && p.kind !== 'season') {
    c.assign('month', pick.month);
    c.assign('day', pick.day);
  }
  res.addTag(TAG.relative);
}

/** Words that join the two ends of a range, in the languages we read; "and" only after "between". */
const RANGE_TO = /^\s*(?:[-–—]|to|until|till|through|thru|bis|au|jusqu'au|al|hasta|a|fino al|até|tot)\s+(?:the\s+|el\s+|le\s+|zum\s+)?$|^\s*[-–—]\s*$/i;
const RANGE_AND = /^\s*(?:and|und|et|y|e|en)\s+(?:the\s+|el\s+|le\s+)?$/i;
const RANGE_BETWEEN = /\b(?:between|zwischen|entre|tra|tussen)\s+(?:the\s+|el\s+|le\s+|dem\s+)?$/i;

/** The two dates are the two ends of one range. */
function joinsRange(text: string, from: ParsingResult, to: ParsingResult): boolean {
  const between = text.slice(from.index + from.text.length, to.index);
  if (between.length > 16) return false;
  if (RANGE_TO.test(between)) return true;
  return RANGE_AND.test(between) && RANGE_BETWEEN.test(text.slice(Math.max(0, from.index - 20), from.index));
}

/** Spans leave out a leading preposition ("on", "im", "en") and trailing punctuation. */
function trimSpans(C: CompiledLanguage): Refiner {
  return {
    refine: (_context, results) => {
      for (const res of results) {
        const lead = C.leadTrim.exec(res.text);
        if (lead && lead[0].length < res.text.length) {
          res.index += lead[0].length;
          res.text = res.text.slice(lead[0].length);
        }
        const trimmed = trimEndOf(res.text, ' \t\n,;:!?)');
        const noDot = trimEndOf(trimmed, '.');
        // Keep the dot of "a.m." and "Sept." when it ends the expression.
        res.text = noDot.length < trimmed.length && /\b(?:[ap]\.m|[A-Z][a-z]{2,3}|\d{1,2})$/.test(noDot) ? `${noDot}.` : noDot;
      }
      return results.filter((r) => r.text.length > 0);
    },
  };
}

/** Some chrono locales take the space before a date into its text (" Letzte Woche"): out, before overlaps are weighed. */
const trimWhitespace: Refiner = {
  refine: (_context, results) => {
    for (const res of results) {
      const lead = res.text.length - res.text.trimStart().length;
      if (lead > 0) {
        res.index += lead;
        res.text = res.text.slice(lead);
      }
      res.text = res.text.trimEnd();
    }
    return results;
  },
};

/**
 * A range of days within one month ("March 16 to 21", "16-21 March"), which chrono reads as one
 * result with an end: two dates, as a range across months already is, so that both ends are events.
 */
const rangeEndsApart: Refiner = {
  refine: (context, results) => {
    const out: ParsingResult[] = [];
    for (const res of results) {
      out.push(res);
      const end = res.end;
      if (!end || !end.isCertain('day')) continue;
      const joint = RANGE_JOINT.exec(res.text);
      if (!joint || joint.index === 0) continue;
      const endText = res.text.slice(joint.index + joint[0].length);
      const second = context.createParsingResult(res.index + joint.index + joint[0].length, endText);
      second.start = end;
      res.end = undefined;
      res.start.addTag(TAG.rangePart);
      end.addTag(TAG.rangePart);
      res.text = res.text.slice(0, joint.index);
      out.push(second);
    }
    return out;
  },
};
/** The joint of a range of days: "to", "through", "until", a dash. */
const RANGE_JOINT = /(?:\s(?:to|through|thru|until|till)\s|\s?[-–—]\s?)(?=\d)/i;

/**
 * chrono's own filter (digits alone are no date, nor an impossible day), sparing our bare years, which
 * are meant to be; and a weekday's two-letter abbreviation in lower case with no dot (", so Meier-Bühler"
 * is German "so", not "So." for Sunday).
 */
const unlikelyFormat: Refiner = {
  refine: (_context, results) =>
    results.filter((r) => !LOWER_ABBREVIATION.test(r.text) && (r.start.tags().has(TAG.custom) || r.start.tags().has(TAG.rangePart) || (!/^\d*(?:\.\d*)?$/.test(r.text.replace(' ', '')) && r.start.isValidDate() && (!r.end || r.end.isValidDate())))),
};
const LOWER_ABBREVIATION = /^[,\s]*\p{Ll}{2}$/u;

/**
 * chrono runs every parser's pattern over the whole text; some patterns are slow to scan with
 * (the time-unit alternations). A parser whose match needs a word the text lacks is skipped.
 */
function gated(parser: Parser): Parser {
  const name = parser.constructor?.name ?? '';
  const gate = dateRules().parserGates[name];
  const veto = name === 'ENCasualTimeParser' ? nightOf : name === 'ENTimeExpressionParser' ? englishNumberNotTime : /TimeExpressionParser$/.test(name) ? bareHour : null;
  if (!gate && !veto) return parser;
  return {
    name,
    pattern: (context: ParsingContext) => (!gate || gate.test(context.text) ? parser.pattern(context) : NEVER),
    extract: (context: ParsingContext, match: RegExpMatchArray) => (veto?.(context, match) ? null : parser.extract(context, match)),
  } as unknown as Parser;
}

/** "the night of Oct. 23": chrono merges the time word with the date and loses the date. */
const nightOf = (context: ParsingContext, match: RegExpMatchArray) => /^\s+of\b/.test(context.text.slice(match.index! + match[0].length));

/**
 * English writes a clock time with a colon, or with a dot only beside "a.m."/"p.m." or after "at"
 * ("at 6.30"): "fell 1.4%, or 6.43, on Friday" is a figure, not 6:43.
 */
const englishNumberNotTime = (context: ParsingContext, match: RegExpMatchArray) => {
  if (bareHour(context, match)) return true;
  const m = /(\d{1,2})\.(\d\d)/.exec(match[0]);
  if (!m || /[ap]\.?\s?m\b|o'clock|:/i.test(match[0])) return false;
  const at = match.index! + match[0].indexOf(m[0]);
  const before = context.text.slice(Math.max(0, at - 12), at);
  const after = context.text.slice(at + m[0].length, at + m[0].length + 8);
  return !/\b(?:at|by|until|till|from|before|after|around|about|to)\s+$/i.test(before) && !/^\s?(?:[ap]\.?m\b|h\b|hrs\b|GMT|BST|UTC)/i.test(after);
};

/** "um 4,1 Prozent", "at 5": an hour with no minutes, meridiem or clock word is a number, not a time. */
const bareHour = (context: ParsingContext, match: RegExpMatchArray) => {
  const after = context.text.slice(match.index! + match[0].length, match.index! + match[0].length + 12);
  return !/[:.h]\s?\d\d|[ap]\.?\s?m\b|uhr|heure|hora|noon|midnight|o'clock|\d\s?h\b/i.test(match[0]) && !/^\s*(?:uhr|h\b|heures?|horas?|o'clock|[ap]\.?m\b)/i.test(after);
};

/** chrono refiners we do without: ranges stay two dates ("from Aug. 26 to Oct. 20"), "May" is judged by our rule. */
const DROPPED_REFINERS = /MergeDateRangeRefiner$|^ENUnlikelyFormatFilter$/;
/**
 * chrono parsers whose results news never keeps ("in three weeks" is a duration), which would hide
 * ours ("in the quarter"), or which our rules do better ("last week", "two days ago"; "two hours ago"
 * has no value without the hour of publication).
 */
// (Vietnamese's casual time words merge with the day beside them and lose it: "Chiều hôm qua" read as today noon.)
const DROPPED_PARSERS = /^[A-Z]{2}TimeUnitWithinFormatParser$|^EN(?:RelativeDateFormatParser|TimeUnitCasualRelativeFormatParser|TimeUnitAgoFormatParser)$|^VICasualTimeParser$/;

/** English dates stated in full ("October 23, 2024", "29 Jan 2024"): page templates write them in any language. */
function englishFullDates(): Parser[] {
  return chronoLocale('en').casual.parsers
    .filter((p) => /^ENMonthName(?:Little|Middle)EndianParser$/.test(p.constructor?.name ?? ''))
    .map((p) => {
      const inner = gated(p);
      return {
        pattern: (context: ParsingContext) => inner.pattern(context),
        extract: (context: ParsingContext, match: RegExpMatchArray) => {
          const r = inner.extract(context, match) as ParsingResult | ParsingComponents | null;
          const components = r && 'start' in r ? r.start : r;
          return components?.isCertain('year') ? r : null;
        },
      } as unknown as Parser;
    });
}

/** chrono parsers of dates stated in full (with times to merge): all a page without a publication date can use. */
const ABSOLUTE_PARSERS = /(?:ISOFormat|SlashDateFormat|MonthName(?:Little|Middle)Endian|YearMonthDay|TimeExpression|SpecificTimeExpression)Parser$/;

/**
 * The engine for a language. `absolute` keeps only the parsers of dates stated in full: inferring
 * the publication date reads nothing else, and at a fraction of the cost.
 */
function build(lang: string, dayFirst: boolean, absolute = false): Chrono {
  const C = dateLanguage(lang)!;
  const locale = chronoLocale(C.spec.chrono);
  const base = dayFirst && locale.GB ? locale.GB : locale.casual;
  const engine = base.clone();
  const own = engine.parsers.filter((p) => !DROPPED_PARSERS.test(p.constructor?.name ?? '') && (!absolute || ABSOLUTE_PARSERS.test(p.constructor?.name ?? '')));
  engine.parsers = [...(absolute ? [] : newsParsers(C)), ...own.map(gated), ...(lang === 'en' ? [] : englishFullDates())];
  engine.refiners = [
    trimWhitespace,
    ...engine.refiners.filter((r) => !DROPPED_REFINERS.test(r.constructor?.name ?? '')).map((r) => (r.constructor?.name === 'UnlikelyFormatFilter' ? unlikelyFormat : r)),
    // After chrono's own: its time-zone refiner would read the "-5" of "March 3-5" as an offset.
    rangeEndsApart,
  ];
  if (lang !== 'en') engine.refiners.push(nowAsDay);
  engine.refiners.push(dropFalsePositives(C), dropDurations);
  if (lang === 'en') engine.refiners.push(monthDayNotYear);
  engine.refiners.push(hourNotYear, rateNotTime);
  engine.refiners.push(trimSpans(C));
  if (!absolute) engine.refiners.push(tagBaselines, resolveByTense(C));
  return engine;
}

/**
 * For sentences with no date word but "now" or "currently": only the rules that need no chrono
 * parser, so such a sentence costs one pattern, not forty.
 */
function buildQuick(lang: string): Chrono | null {
  const C = dateLanguage(lang)!;
  const rules = C.rules.filter((r) => r.kind === 'now');
  if (rules.length === 0) return null;
  const engine = chronoLocale(C.spec.chrono).casual.clone();
  engine.parsers = newsParsers({ ...C, rules });
  engine.refiners = [trimSpans(C)];
  return engine;
}

/** One engine per language we read (and, for English, per numeric-date order), each built on first use. */
const ENGINES: Record<string, () => Chrono> = Object.fromEntries(
  Object.keys(DATE_LANGUAGES).flatMap((lang) =>
    (lang === 'en' ? [['en', false], ['en/day-first', true]] as const : [[lang, true]] as const).flatMap(([key, dayFirst]) => [
      [key, lazy(() => build(lang, dayFirst))],
      [`${key}/absolute`, lazy(() => build(lang, dayFirst, true))],
    ]),
  ),
);
const QUICK: Record<string, () => Chrono | null> = Object.fromEntries(Object.keys(DATE_LANGUAGES).map((lang) => [lang, lazy(() => buildQuick(lang))]));

export interface DateEngine {
  engine: Chrono;
  /** Dates stated in full only, for pages whose publication date is still unknown. */
  absolute: () => Chrono;
  language: CompiledLanguage;
  /** The engine for sentences that only `quickGate` admits, or null. */
  quick: Chrono | null;
  quickGate: RegExp;
}

/**
 * The engine for a page: its language's when we read it (English otherwise: numbers and ISO dates
 * read the same everywhere), day-first when the page writes numeric dates that way.
 */
export function dateEngine(lang: string | null, dayFirst: boolean): DateEngine {
  const known = lang && lang in DATE_LANGUAGES ? lang : 'en';
  const key = known === 'en' && (dayFirst || (lang !== null && lang !== 'en')) ? 'en/day-first' : known;
  const language = dateLanguage(known)!;
  return { engine: ENGINES[key]!(), absolute: ENGINES[`${key}/absolute`]!, language, quick: QUICK[known]!(), quickGate: language.nowGate ?? NEVER };
}

