/**
 * Stage 5, dates: the publication date, every date mention in the kept text resolved the way news
 * means it (in the article's language, by the tense of its clause, against the story's focus), and
 * the events they anchor (timeline entries and dated prose sentences).
 */
import type { ParsedResult } from 'chrono-node';
import type { DocumentState, NormalizedText, StructuredDocument, TimelineEntry } from '../document.js';
import { need } from '../document.js';
import { machineDateValue, referenceFor, textReadsDayFirst } from '../dates/api.js';
import { dateEngine, type DateEngine } from '../dates/engine.js';
import type { TextTest } from '../dates/parsers.js';
import { clauseDirection } from '../dates/tense.js';
import { StoryFocus } from '../dates/focus.js';
import { resolveResult, type ResolvedDate } from '../dates/resolve.js';
import { dateRules } from '../rules/dates.js';
import { headerRules } from '../rules/header.js';
import { isDateOnly, isDateTokens, TIMED_ENTRY } from '../rules/shapes.js';
import type { ArticleEvent, Block, DateRef, PublishedAt, Span } from '../schema.js';
import { asciiDigits, fold, locateText, toSourceSpan } from '../text.js';
import { structureRules } from '../rules/structure.js';
import { sentenceRanges, clauseRange } from '../sentences.js';

/** At most this many characters between two writings of one day ("Wednesday (Jan. 7)"). */
const SAME_DAY_GAP = 3;
/** Kinds whose dates anchor events; the dates of the others (headline, dek, byline, date lines) are mentions only. */
const CONTENT_KINDS = new Set(['paragraph', 'list-item', 'quote', 'heading']);
/** chrono's option for a section about days to come (read by the engine's tense refiner). */
const AHEAD_SECTION = { aheadSection: true } as never;
/** A line this short, without a full stop, may head a section. */
const SECTION_HEADER_WORDS = 8;
/** Headings of at most this many words are labels, not statements of what happened. */
const LABEL_HEADING_WORDS = 3;
/** A line ending in a colon with at most this many words introduces a list or a briefing's stories. */
const INTRO_LINE_MAX_WORDS = 16;

interface Found {
  ref: DateRef;
  resolved: ResolvedDate;
  /** Offset of the expression inside its block's text. */
  at: number;
}

function isDayFirstPage(text: string, url: string | null): boolean {
  const r = dateRules();
  const host = url ? /^[a-z]+:\/\/([^/]+)/i.exec(url)?.[1] : undefined;
  if (host && r.dayFirstHosts.test(host)) return true;
  return textReadsDayFirst(text);
}

class DateReader {
  constructor(
    private readonly engines: DateEngine,
    private readonly norm: NormalizedText,
    private readonly timezone: string,
    /** Text that may hold a date in the page's language (a cheap test before chrono runs). */
    private readonly mayHoldDate: TextTest,
  ) {}

  /** Sentence ranges of a block's text, split once for parsing and for events alike. */
  private readonly sentences = new Map<string, readonly [number, number][]>();

  sentencesOf(text: string): readonly [number, number][] {
    let ranges = this.sentences.get(text);
    if (!ranges) this.sentences.set(text, (ranges = this.joinOrdinalDates(text, sentenceRanges(text))));
    return ranges;
  }

  /** "findet am 14. Mai statt" is one sentence: a day number's dot before a month name ends none. */
  private joinOrdinalDates(text: string, ranges: [number, number][]): [number, number][] {
    const monthFirst = this.engines.language.monthFirst;
    const out: [number, number][] = [];
    for (const r of ranges) {
      const last = out[out.length - 1];
      if (last && /(?:^|\s)\d{1,2}\.$/.test(text.slice(Math.max(last[0], last[1] - 4), last[1])) && monthFirst.test(text.slice(r[0], r[0] + 12))) last[1] = r[1];
      else out.push([r[0], r[1]]);
    }
    return out;
  }

  /** chrono's results with the offset of the sentence each was found in. */
  parse(text: string, reference: Date | null, filter: TextTest = this.mayHoldDate, newsRules = false, ahead = false): { result: ParsedResult; offset: number; sentence: string }[] {
    const { quick, quickGate } = this.engines;
    const engine = reference === null && !newsRules ? this.engines.absolute() : this.engines.engine;
    const quickToo = quick !== null && reference !== null && filter === this.mayHoldDate;
    if (!filter.test(text) && !(quickToo && quickGate.test(text))) return [];
    // Without a reference, parse against a fixed day and keep only what the text states in full.
    const ref = referenceFor(reference ?? new Date(Date.UTC(2000, 0, 1)));
    // chrono runs every parser's pattern over all the text it is given: give it only the sentences
    // that can hold a date (a date never spans two sentences).
    const out: { result: ParsedResult; offset: number; sentence: string }[] = [];
    for (const [a, b] of this.sentencesOf(text)) {
      const sentence = a === 0 && b === text.length ? text : text.slice(a, b);
      const full = filter.test(sentence);
      if (!full && !(quickToo && quickGate.test(sentence))) continue;
      try {
        for (const result of (full ? engine : quick!).parse(sentence, ref, ahead ? AHEAD_SECTION : undefined)) out.push({ result, offset: a, sentence });
      } catch {
        // A chrono failure on odd text loses that sentence's dates, not the page.
      }
    }
    return out;
  }

  /**
   * Date mentions of one block. `reference` null keeps only absolute dates: those chrono reads in
   * full, and with `newsRules` also our rules' (a year, a month with its year: the events of a page
   * whose publication date is unknown).
   */
  read(block: { text: string; span: Span }, reference: Date | null, filter?: TextTest, newsRules = false, ahead = false): Found[] {
    const out: Found[] = [];
    const cleanStart = locateText(this.norm, block.span, block.text);
    // Full-width and Arabic-Indic digits are read as ASCII ones; the mention keeps the text as written.
    const digits = asciiDigits(block.text);
    for (const { result: res, offset, sentence } of this.parse(digits, reference, filter, newsRules, ahead)) {
      const resolved = resolveResult(res, this.timezone);
      if (!resolved) continue;
      if (reference === null) {
        // A date stated in full has digits; chrono's words for days ("morgen") borrow the stand-in reference's.
        if (resolved.relative || resolved.anchor || !/\d/.test(res.text)) continue;
        // Inference wants dates that happened: note the tense of the clause of each full date.
        resolved.direction = clauseDirection(sentence, res.index, res.index + res.text.length, this.engines.language.tense);
      }
      const at = offset + res.index;
      const span = toSourceSpan(this.norm, cleanStart + at, cleanStart + at + res.text.length);
      const text = digits === block.text ? res.text : block.text.slice(at, at + res.text.length);
      out.push({ ref: { value: resolved.value, granularity: resolved.granularity, text, span, relative: resolved.relative }, resolved, at });
    }
    return out;
  }
}

function isAbsoluteDay(f: Found): boolean {
  return !f.resolved.relative && (f.resolved.granularity === 'day' || f.resolved.granularity === 'time');
}

function dayOf(value: string): Date {
  return new Date(Date.UTC(Number(value.slice(0, 4)), Number(value.slice(5, 7)) - 1, Number(value.slice(8, 10))));
}

/** The page's own date lines: "Published ..." wins over undated lines, which win over "Updated ...". */
function publishedFromLines(reader: DateReader, lines: Block[], reference: Date | null): PublishedAt | null {
  const r = dateRules();
  const ranked: { rank: number; found: Found }[] = [];
  for (const block of lines) {
    const text = block.text;
    const pub = r.publishedMarker.exec(text);
    const upd = r.updatedMarker.exec(text);
    for (const f of reader.read(block, reference)) {
      if (f.resolved.granularity !== 'day' && f.resolved.granularity !== 'time') continue;
      let rank = 1;
      if (pub && f.at >= pub.index && (!upd || upd.index < pub.index || f.at < upd.index)) rank = 0;
      else if (upd && f.at >= upd.index) rank = 2;
      ranked.push({ rank, found: f });
    }
  }
  ranked.sort((a, b) => a.rank - b.rank);
  const best = ranked[0];
  return best ? { ...best.found.ref, source: 'text' } : null;
}

/** The `publishedAt` option: as written when a string (its day, time and offset), else the instant in UTC. */
function fromOption(d: Date, written: string | null | undefined, timezone: string): PublishedAt {
  const machine = written ? machineDateValue(written, timezone) : null;
  if (machine) return { ...machine, text: written!, span: [0, 0], relative: false, source: 'option' };
  const iso = d.toISOString();
  const hasTime = d.getUTCHours() !== 0 || d.getUTCMinutes() !== 0;
  return { value: hasTime ? iso.slice(0, 16) + 'Z' : iso.slice(0, 10), granularity: hasTime ? 'time' : 'day', text: written ?? iso, span: [0, 0], relative: false, source: 'option' };
}

export function dates(state: DocumentState): void {
  const norm = need(state, 'normalized');
  const s = need(state, 'structure');
  const engines = dateEngine(state.lang ?? null, isDayFirstPage(norm.clean, state.options.url));
  const reader = new DateReader(engines, norm, state.options.timezone, engines.language.mayHoldDate);
  const content = s.blocks.filter((b) => CONTENT_KINDS.has(b.kind));
  const dateLines = s.blocks.filter((b) => b.kind === 'dateline');
  const timezone = state.options.timezone;

  // --- Publication date: the option, the page's date lines, metadata, or inferred from the content.
  let published: PublishedAt | null = null;
  if (state.options.publishedAt) published = fromOption(state.options.publishedAt, state.options.publishedAtText, timezone);
  // The content's latest full date (not one in a future clause): evidence for inference and the year of a bare dateline.
  const latestExplicitDate = () =>
    content
      .flatMap((b) => reader.read(b, null, dateRules().mayHoldFullDate))
      .filter((f) => isAbsoluteDay(f) && f.resolved.direction <= 0)
      .map((f) => f.resolved.start)
      .sort((a, b) => b.getTime() - a.getTime())[0] ?? null;
  let latestExplicit: Date | null = null;
  // The page header's date: the header model weighed date lines, bylines, metadata and the URL.
  if (!published) published = s.publishedAt;
  if (!published) {
    published = publishedFromLines(reader, dateLines, null);
    if (!published) latestExplicit = latestExplicitDate();
    // Datelines without a year ("HANOI, Oct 6 (Agency)") take the year of the content's latest full date.
    if (!published && latestExplicit) published = publishedFromLines(reader, dateLines, latestExplicit);
  }
  // The content's latest full date is the publication day only with more evidence: a same-day
  // briefing's framing, or weekdays that fit it ("said on Monday" in a story of that Monday or the
  // day after). Without it the guess was wrong more often than right on real pages.
  const weekdays = content.flatMap((b) => b.text.match(/\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/g) ?? []);
  const framing = content.some((b) => dateRules().briefingFraming.test(b.text)) || (s.dek !== null && dateRules().briefingFraming.test(s.dek));
  // How many of the weekdays named fall on `d` or the day before it.
  const fitting = (d: Date) => new Set(weekdays.filter((w) => {
    const k = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(w.slice(0, 3));
    const day = (d.getUTCDay() + 6) % 7;
    return k === day || k === (day + 6) % 7;
  })).size;
  if (!published && latestExplicit && (framing || fitting(latestExplicit) > 0)) {
    // The latest full date is the earliest the page can be; where the day after it fits more of the
    // weekdays named ("on Monday" for the council vote, "on Tuesday" for today's reopening, under a
    // timeline ending on Monday), the page is of that day.
    const nextDay = new Date(latestExplicit.getTime() + 86_400_000);
    if (!framing && fitting(nextDay) > fitting(latestExplicit)) latestExplicit = nextDay;
    const value = latestExplicit.toISOString().slice(0, 10);
    const evidence = [`the latest full date in the content (${value})`];
    if (weekdays.length) evidence.push(`weekday mentions (${[...new Set(weekdays)].join(', ')})`);
    if (framing) evidence.push('same-day briefing framing');
    published = { value, granularity: 'day', text: value, span: [0, 0], relative: false, source: 'inferred' };
    state.warnings.push({ code: 'PUBLISHED_AT_INFERRED', message: `publishedAt inferred from ${evidence.join(', ')}` });
  }
  if (!published) {
    state.warnings.push({ code: 'PUBLISHED_AT_UNKNOWN', message: 'no publication date found; relative dates (weekdays, "last year") are left unresolved' });
  }
  state.publishedAt = published;
  const reference = published ? dayOf(published.value) : null;

  // --- Every date mention in the kept text, in reading order, settled against the story's focus.
  const timelineBlocks = timelineSpans(s.timeline);
  // An entry written on one line ("June 2019 – The council approves ..., with opening planned for
  // autumn 2023"): its header dates it, and the rest of the line keeps its own dates as prose.
  const inlineHeads = new Map<number, number>();
  for (const e of s.timeline) {
    const item = e.items[0];
    if (e.items.length === 1 && item && item.span[0] > e.header.span[0] && item.span[0] - e.header.span[0] < INLINE_HEADER_MAX_CHARS) inlineHeads.set(e.header.span[0], item.span[0] - e.header.span[0]);
  }
  // Story paragraphs: their event text starts after the "Label: " prefix.
  const storyLabels = new Map(s.stories.map((st) => [st.span[0], 0]));
  for (const st of s.stories) {
    const block = content.find((b) => st.span[0] >= b.span[0] && st.span[0] < b.span[1]);
    if (block) {
      storyLabels.delete(st.span[0]);
      storyLabels.set(block.span[0], Math.max(0, block.text.length - st.text.length));
    }
  }
  const focus = new StoryFocus(reference ? reference.getTime() : null);
  const mentions: DateRef[] = [];
  const events: ArticleEvent[] = [];
  let liveBlogDay: Date | null = null;
  // A match report's halves and quarters are the game's, not the year's ("hungrier in the first half").
  const matchPage = countMatches(content.map((b) => b.text).join('\n'), dateRules().matchWords) >= MATCH_PAGE_MIN_WORDS;
  // Whether the section read is about days to come ("COMING UP NEXT WEEK"), and the blocks that are.
  let ahead = false;
  const aheadBlocks: Span[] = [];
  for (const block of s.blocks) {
    const words = block.text.split(/\s+/).length;
    if (words <= SECTION_HEADER_WORDS && !/[.!?]["'”’)]*$/.test(block.text)) {
      if (dateRules().aheadHeader.test(block.text.trim())) ahead = true;
      else if (block.kind === 'heading') ahead = false;
    }
    if (ahead) aheadBlocks.push(block.span);
    const found = reader.read(block, reference, undefined, true, ahead);
    let blockDay: string | null = null;
    for (const f of found) {
      if (f.resolved.anchor) {
        f.resolved = focus.settle(f.resolved);
        f.ref = { ...f.ref, value: f.resolved.value, granularity: f.resolved.granularity, relative: f.resolved.relative };
      } else focus.settle(f.resolved);
      // "on March 4, 2026, ... at about 4:30 p.m.": a bare time takes the day just named.
      if (f.resolved.timeOnly && blockDay) f.ref = { ...f.ref, value: blockDay + f.ref.value.slice(10) };
      else if ((f.resolved.granularity === 'day' || f.resolved.granularity === 'time') && !f.resolved.timeOnly) blockDay = f.ref.value.slice(0, 10);
    }
    if (!CONTENT_KINDS.has(block.kind)) {
      for (const f of found) mentions.push(f.ref);
      continue;
    }
    const dateOnly = isDateOnly(block.text.replace(/:$/, '')) || isDateTokens(block.text);
    if (dateOnly) {
      const day = found.find((f) => f.resolved.granularity === 'day' || f.resolved.granularity === 'time');
      if (day) liveBlogDay = day.resolved.start;
    }
    for (const f of found) {
      if (f.resolved.granularity === 'time' && liveBlogDay && !/\d{4}|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i.test(f.ref.text)) {
        // A bare time stamp in a live blog belongs to the date header above it.
        f.ref = { ...f.ref, value: liveBlogDay.toISOString().slice(0, 10) + f.ref.value.slice(10), relative: true };
      }
      mentions.push(f.ref);
    }
    // Prose events: one per expression, the sentence (or clause) that holds it.
    const anchors = found.filter((f) => !f.resolved.notEvent && !/^(?:shift|focus)/.test(f.resolved.anchor ?? '') && !(matchPage && isGamePeriod(f)) && !opensDateline(block.text, f) && !dateRules().noteDateBefore.test(block.text.slice(Math.max(0, f.at - NOTE_REACH), f.at)));
    // A heading of a few words ("In today's edition", "Coming up Friday") labels what follows: no event.
    // So does a briefing's intro line that announces what follows ("The stories Canadians are talking about today:").
    const labelHeading = (block.kind === 'heading' && words <= LABEL_HEADING_WORDS) || (block.text.trimEnd().endsWith(':') && words <= INTRO_LINE_MAX_WORDS);
    // A citation dates a paper, opening hours a week's schedule: no event.
    const aside = dateRules().citation.test(block.text) || dateRules().hoursLine.test(block.text);
    // (A list item's span opens at its bullet, its header after it.)
    let inlineHead: number | undefined;
    for (const [at, length] of inlineHeads) if (at >= block.span[0] && at - block.span[0] <= BULLET_MAX_CHARS) inlineHead = length;
    if (inlineHead !== undefined) {
      for (let k = anchors.length - 1; k >= 0; k--) if (anchors[k]!.at < inlineHead) anchors.splice(k, 1);
    }
    if (anchors.length === 0 || dateOnly || labelHeading || aside || isTimeStamp(block.text) || (inlineHead === undefined && timelineBlocks.some(([a]) => a >= block.span[0] && a < block.span[1]))) continue;
    const cleanStart = locateText(norm, block.span, block.text);
    const perSentence = new Map<number, Found[]>();
    const sentences = [...reader.sentencesOf(block.text)];
    // A story's label, or a signpost's ("Why it matters: ..."), is no part of the event's text.
    const label = storyLabels.get(block.span[0]) ?? signpostEnd(block.text);
    if (label !== undefined && sentences[0]) sentences[0] = [Math.min(label, sentences[0][1]), sentences[0][1]];
    for (const f of anchors) {
      // A bare time of day is part of another date, not an event of its own.
      if (f.resolved.granularity === 'time' && !/\d{4}|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|day\b/i.test(f.ref.text)) continue;
      const k = sentences.findIndex(([a, b]) => f.at >= a && f.at < b);
      const list = perSentence.get(k) ?? [];
      list.push(f);
      perSentence.set(k, list);
    }
    for (const [k, list] of perSentence) {
      const [a, b] = sentences[k] ?? [0, block.text.length];
      for (const f of list) {
        // "on Wednesday (Jan. 7)", "Friday, March 6": one day written twice is one event.
        if (list.some((g) => g !== f && g.at < f.at && g.ref.value === f.ref.value && f.at - (g.at + g.ref.text.length) <= SAME_DAY_GAP)) continue;
        const [ca, cb] = list.length > 1 ? clauseRange(block.text, a, b, f.at) : [a, b];
        events.push({
          date: eventDate(f.ref),
          text: block.text.slice(ca, cb).trim(),
          span: toSourceSpan(norm, cleanStart + ca, cleanStart + cb),
          origin: 'prose',
          qualifier: null,
        });
      }
    }
  }

  // --- Timeline events: each date header dates the entries under it.
  for (const entry of s.timeline) {
    const found = readStamp(reader, entry.header, reference);
    // "Monday:" over "The statistics office releases output data.": a weekday alone takes its way
    // from the entry's verb, as "On Monday, the office releases ..." would (a week ahead or behind).
    const first = entry.items[0];
    if (found[0]?.resolved.relative && first && reference) {
      const [a, b] = reader.sentencesOf(first.text)[0] ?? [0, first.text.length];
      const underAhead = aheadBlocks.some(([x, y]) => entry.header.span[0] >= x && entry.header.span[0] < y);
      const told = reader.parse(`${entry.header.text}, ${first.text.slice(a, b).replace(TIMED_ENTRY, '')}`, reference, undefined, false, underAhead).find((p) => p.offset === 0 && p.result.index === 0);
      const resolved = told ? resolveResult(told.result, state.options.timezone) : null;
      if (resolved) found[0] = { ...found[0], ref: { ...found[0].ref, value: resolved.value, granularity: resolved.granularity }, resolved };
    }
    // "3h ago" with no scrape time to count back from: the entry is of the page's day, no hour invented.
    const stampDay = !found[0] && reference && published && headerRules().relativeStamp.test(entry.header.text)
      ? { value: published.value.slice(0, 10), granularity: 'day' as const, text: entry.header.text, span: entry.header.span, relative: true }
      : null;
    const date = found[0]?.ref ?? stampDay ?? (published ? clockOfDay(entry.header, published.value) : null);
    if (!date) continue;
    for (const item of entry.items) {
      // A log's entry under its day ("Monday, April 28" / "4:37 p.m. — ...") happened at its own time.
      const clock = date.granularity === 'day' ? TIMED_ENTRY.exec(item.text) : null;
      const at = clock ? clockOn(date.value, clock) : null;
      events.push({ date: eventDate(at ? { ...date, value: at, granularity: 'time' } : date), text: item.text, span: item.span, origin: 'timeline', qualifier: entry.qualifier });
    }
  }
  events.sort((x, y) => x.span[0] - y.span[0]);
  state.dates = mentions;
  state.events = events;
}


/**
 * A timeline header's dates. A live blog's stamp with a dot for the colon ("14.02 GMT", British
 * style) is read as the clock it is, its text kept as written (chrono reads only "14:02").
 */
function readStamp(reader: DateReader, header: { text: string; span: Span }, reference: Date | null): Found[] {
  if (!header.text.includes('.') || !dateRules().timeStamp.test(header.text.trim())) return reader.read(header, reference);
  const asClock = header.text.replace(/(\d{1,2})\.(\d{2})/, '$1:$2');
  return reader.read({ ...header, text: asClock }, reference).map((f) => ({ ...f, ref: { ...f.ref, text: header.text.slice(f.at, f.at + f.ref.text.length) } }));
}

/**
 * A bare 24-hour clock stamp ("11.47", "06:12", "14h32") of a live blog whose language's date parser reads
 * no clock alone: the time of the page's day, as the stamp writes it.
 */
function clockOfDay(header: { text: string; span: Span }, publishedValue: string): { value: string; granularity: 'time'; text: string; span: Span; relative: boolean } | null {
  // ("14h32": French and Portuguese write the hour's "h" for the colon.)
  // ("Kl. 14.32", "klo 14.32", "godz. 14:32": the Nordic and Polish word for o'clock before it.)
  const m = /^(?:(?:kl|klo|godz)\.?\s?)?([01]?\d|2[0-3])[:.h]([0-5]\d)$/i.exec(header.text.trim());
  if (!m) return null;
  return { value: `${publishedValue.slice(0, 10)}T${m[1]!.padStart(2, '0')}:${m[2]}`, granularity: 'time', text: header.text.trim(), span: header.span, relative: true };
}

/** A one-line timeline entry's date header is at most this long ("14 January 2021 – "). */
const INLINE_HEADER_MAX_CHARS = 48;
/** How far a list item's text may start after its span's start (the bullet and its spaces). */
const BULLET_MAX_CHARS = 8;

/** How far before a date the words of a correction or update note are looked for. */
const NOTE_REACH = 60;

/** How many match words make a page a match report. */
const MATCH_PAGE_MIN_WORDS = 3;

function countMatches(text: string, pattern: RegExp): number {
  pattern.lastIndex = 0;
  let n = 0;
  while (pattern.exec(text) !== null) n++;
  return n;
}

/** A half or a quarter with no year written: on a match report, the game's. */
function isGamePeriod(f: Found): boolean {
  return (f.resolved.granularity === 'half' || f.resolved.granularity === 'quarter') && !/\d{4}/.test(f.ref.text);
}

/** A paragraph's opening dateline ("Hyderabad, 21 January 2025: A paper-based test ..."): the page's day, no event. */
const DATELINE_PLACE = /^\p{Lu}[\p{L}.'’ -]{1,40},\s$/u;
const DATELINE_CLOSE = /^\s?(?:\([^)]{1,30}\)\s?)?[:–—-]\s/;

function opensDateline(text: string, f: Found): boolean {
  return f.at <= 42 && DATELINE_PLACE.test(text.slice(0, f.at)) && DATELINE_CLOSE.test(text.slice(f.at + f.ref.text.length));
}

/** The day `dayValue` at a clock stamp's time ("4:37 p.m." -> "...T16:37"), or null when the clock is no time. */
function clockOn(dayValue: string, clock: RegExpExecArray): string | null {
  let hour = Number(clock[1]);
  const minute = Number(clock[2]);
  const half = clock[3]?.toLowerCase();
  if (half) {
    if (hour < 1 || hour > 12) return null;
    if (half === 'p' && hour < 12) hour += 12;
    if (half === 'a' && hour === 12) hour = 0;
  }
  if (hour > 23 || minute > 59) return null;
  return `${dayValue.slice(0, 10)}T${String(hour).padStart(2, '0')}:${clock[2]}`;
}

function isTimeStamp(text: string): boolean {
  return dateRules().timeStamp.test(text.trim());
}

/**
 * Spans of timeline headers: no prose events from the blocks that hold them (the header's date is
 * the entry's event already). Entry items keep their own prose dates ("on Monday" inside a live-blog
 * entry is an event of its own, beside the entry's time).
 */
function timelineSpans(timeline: StructuredDocument['timeline']): Span[] {
  return timeline.map((e: TimelineEntry) => e.header.span);
}

/**
 * An event's date at the precision the timeline states: a season dates its event by the year, as
 * the case format has it ("next spring" is a year event); `dates` keeps the season ('2026-SP').
 */
function eventDate(ref: DateRef): DateRef {
  return ref.granularity === 'season' ? { ...ref, value: ref.value.slice(0, 4), granularity: 'year' } : ref;
}

/** Where the text after a signpost label starts ("Why it matters: Coal still ..."), if one opens the paragraph. */
function signpostEnd(text: string): number | undefined {
  const m = /^([^:]{2,40}):\s+/.exec(text);
  return m && structureRules().signpost.test(fold(m[1]!)) ? m[0].length : undefined;
}
