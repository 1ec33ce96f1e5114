/**
 * Features of header candidates: the lines that may be the headline, the byline lines, and the
 * dates that may be the publication date. Cheap, computed once per candidate, and mostly
 * language-neutral (position, shape, repetition in the body and the URL, markup hints); the
 * vocabulary of `src/rules/header.ts` adds evidence where a language has it. The weights that turn
 * them into scores are learned (scripts/train-header.mjs) and live in `src/header/weights.ts`.
 *
 * Each feature list is the contract between this module, the trainer and the weights: a weight is
 * looked up by the feature's name, so adding a feature never shifts the others.
 */
import type { DocumentState, Line, LineLabel, PageMetadata } from '../document.js';
import { lineHints } from '../document.js';
import type { LineFeatures } from '../stages/classify.js';
import type { LineHint } from '../html/view.js';
import { HEADER_FLAG } from '../html/view.js';
import { headerRules } from '../rules/header.js';
import { nlpRules } from '../rules/nlp.js';
import { pageRules } from '../rules/page.js';
import { isDataRow, isDateLike, isDateTokens, shapes } from '../rules/shapes.js';
import { numericDateOrder, textReadsDayFirst } from '../dates/api.js';
import { lazy, PropertyPattern } from '../lazy.js';
import { personNames } from '../nlp/names.js';
import { intlGivenNames } from '../rules/given-names.js';
import { deglue, endsSentence, fold, isAllCaps, isUnspacedScript } from '../text.js';
import { cjkNames, leadCreditOf, readByline, signatureNames, type BylineReading } from './byline.js';
import { findHeaderDates, isWeekday, urlDate, weekdayIndex, weekdayOf, type HeaderDate } from './dates.js';

export const HEADLINE_FEATURES = [
  'pos.before', 'pos.after', 'pos.at', 'pos.near', 'pos.page', 'pos.first',
  'len.words', 'len.short', 'len.title', 'len.long',
  'end.period', 'end.qe', 'end.colon', 'sep.site', 'sep.crumb',
  'case.title', 'case.caps', 'chars.digit', 'shape.date', 'shape.marker', 'blank.before', 'blank.after',
  'cls.rule', 'cls.nav', 'cls.sentence', 'cls.keep', 'cls.label',
  'slug.hit', 'slug.cover', 'body.overlap', 'page.repeat', 'meta.sim', 'meta.exact',
  'html.h1', 'html.h2', 'html.title', 'html.header', 'html.main', 'html.link', 'html.h1first',
  'next.byline', 'next.name', 'next.date', 'prev.date', 'next.prose', 'prev.label', 'furniture',
  'h1.slug', 'title.slug', 'self.byline', 'repeat.count', 'prev.same', 'contains.other', 'contained.in',
  'slug.best', 'body.best', 'dist.date', 'dist.byline', 'prose.after',
  'prev.titleish', 'next.titleish', 'words.vs.next', 'words.vs.prev', 'after.prose', 'self.person',
] as const;

export const BYLINE_FEATURES = [
  'bias', 'rel.after', 'rel.before', 'rel.next', 'rel.near',
  'prefix', 'prefix.strong', 'names.count', 'names.whole', 'len.words', 'len.long',
  'date', 'reading', 'relative', 'role', 'case.title', 'end.sentence', 'chars.digit',
  'html.author', 'html.date', 'html.h', 'meta.author', 'body.names',
  'cls.rule', 'cls.credit', 'cls.nav', 'blank.before', 'shape.marker', 'page.repeat', 'pos.region',
  'slug.names', 'furniture', 'names.single', 'src.meta', 'meta.intext', 'meta.count',
  'prev.bylabel', 'near.date', 'words.2to3', 'names.words', 'none', 'none.meta', 'none.prefixed', 'none.count',
  'name.given', 'name.surname', 'pos.bottom', 'pos.far', 'list.peers', 'list.item', 'bio.below',
] as const;

export const DATE_FEATURES = [
  'none', 'none.count', 'none.url', 'none.meta',
  'src.line', 'src.meta', 'src.url',
  'label.pub', 'label.upd', 'rel.after', 'rel.before', 'rel.near', 'rel.byline',
  'line.byline', 'line.dateonly', 'line.words', 'time',
  'agree.url', 'agree.meta', 'agree.line',
  'order.first', 'order.earliest', 'order.latest', 'count',
  'html.date', 'cls.rule', 'cls.nav', 'shape.marker', 'pos.region', 'relative.line',
  'src.metamod', 'agree.metamod', 'none.metamod', 'label.none', 'weekday.agree', 'weekday.any', 'none.weekday',
  'html.main', 'cls.keep', 'label.print',
] as const;

export type HeadlineFeature = (typeof HEADLINE_FEATURES)[number];
export type BylineFeature = (typeof BYLINE_FEATURES)[number];
export type DateFeature = (typeof DATE_FEATURES)[number];

/** How many lines above the article's first line may hold the headline. */
const HEADLINE_BEFORE = 80;
/** How many lines into the article the headline may sit (the region may start at a dek). */
const HEADLINE_AFTER = 30;
/** An author box or sign-off sits within this many lines of the article's end. */
const BOTTOM_BEFORE = 12;
const BOTTOM_AFTER = 25;
/** Lines either side of a byline that may hold another one: a list of articles names an author each. */
const PEER_REACH = 6;
/** Byline and date lines sit this close to the headline. */
const META_BEFORE = 8;
const META_AFTER = 35;
/** A line outside the headline window spelling this share of the slug's words (of at least this many) is a candidate; at most SLUG_LINES of them. */
const SLUG_LINE_COVER = 0.8;
const SLUG_LINE_MIN_WORDS = 2;
const SLUG_LINES = 3;
const NON_ASCII = /[^\x00-\x7f]/;
/** Words of the article read to tell whether a line's words recur in it. */
const BODY_SAMPLE_WORDS = 600;
/** English-speaking countries that write dates day first. */
const DAY_FIRST_TLD = /\.(?:uk|au|nz|ie|in|za|ng|ke|sg|pk|my|ph|gh|na|zw|ug|tz|lk|bd|jm|mt)(?::\d+)?$/i;
/** URL words that say nothing about the page (file names, templates, ids). */
const SLUG_STOP = new Set(['www', 'html', 'htm', 'php', 'asp', 'aspx', 'jsp', 'shtml', 'index', 'article', 'articles', 'story', 'stories', 'news', 'post', 'posts', 'blog', 'amp', 'com', 'org', 'net', 'the', 'and', 'for', 'with', 'from']);

export interface HeaderContext {
  lines: Line[];
  labels: LineLabel[];
  features: LineFeatures[];
  hints: LineHint[] | undefined;
  metadata: PageMetadata | null;
  /** First line of the article region (or of the page's prose when the region is empty). */
  start: number;
  regionEnd: number;
  slug: Set<string>;
  /** The page's host name without "www." ("example.co.uk"), lower-cased; '' without a URL. */
  host: string;
  bodyWords: Set<string>;
  /** Weekdays (0 = Monday) the article's prose names: news dates its events by weekday. */
  bodyWeekdays: Set<number>;
  repeats: Map<string, number>;
  dayFirst: boolean;
  /** Dotted dates ("09.10.2024") read day-first, unless the page's own dates show month-first ("11.24.2025"). */
  dottedDayFirst: boolean;
  urlDay: string | null;
  metaDay: string | null;
  metaModifiedDay: string | null;
  metaAuthors: string[];
  /** The page's language (BCP 47 primary tag), or null. */
  lang: string | null;
  /** Memo of per-line readings shared by the three candidate sets. */
  memo: Map<number, LineReading>;
}

/** Share of the names whose first word is a known given name, and of those ending in a known surname. */
function nameEvidence(names: string[]): { given: number; surname: number } {
  if (names.length === 0) return { given: 0, surname: 0 };
  const { given, surnames } = personNames();
  const intlGiven = intlGivenNames();
  let g = 0;
  let s = 0;
  for (const n of names) {
    const words = n.toLowerCase().replace(/[.,]/g, '').split(/\s+/);
    if (given.has(words[0]!) || intlGiven.has(words[0]!)) g++;
    if (words.length > 1 && surnames.has(words[words.length - 1]!)) s++;
  }
  return { given: g / names.length, surname: s / names.length };
}

/** What separates word tokens (a property class: see PropertyPattern). */
const TOKEN_GAP = new PropertyPattern(/[^\p{L}\p{N}]+/u);
const NOT_LETTERS = new PropertyPattern(/[^\p{L}]+/u);
const MARKS = new PropertyPattern(/\p{M}/gu);

/** Folded word tokens without diacritics: "Grünen-Spitze" -> ["grunen", "spitze"]. */
export function tokens(text: string): string[] {
  return fold(text)
    .normalize('NFD')
    .replace(MARKS.for(text), '')
    .split(TOKEN_GAP.for(text))
    .filter((w) => w.length > 0);
}

/** Word-bag F1 of two texts' tokens. */
export function tokenF1(a: string[], b: string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const bag = new Map<string, number>();
  for (const w of b) bag.set(w, (bag.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of a) {
    const n = bag.get(w);
    if (n) {
      common++;
      bag.set(w, n - 1);
    }
  }
  if (common === 0) return 0;
  const p = common / a.length;
  const r = common / b.length;
  return (2 * p * r) / (p + r);
}

function slugTokens(url: string | null): Set<string> {
  if (!url) return new Set();
  let path = url.replace(/^[a-z]+:\/\/[^/]+/i, '');
  const query = path.search(/[?#]/);
  if (query >= 0) path = path.slice(0, query);
  try {
    path = decodeURIComponent(path);
  } catch {
    // A malformed escape leaves the path as written.
  }
  return new Set(tokens(path).filter((w) => w.length >= 2 && !/^\d+$/.test(w) && !SLUG_STOP.has(w)));
}

/** After its names and a separator, the line holds only a role of up to three words ending in a role word. */
function isRoleByline(text: string, names: readonly string[]): boolean {
  if (names.length === 0) return false;
  const last = names[names.length - 1]!;
  const end = text.lastIndexOf(last);
  if (end < 0) return false;
  const after = text.slice(end + last.length);
  if (!ROLE_SEPARATOR.test(after)) return false;
  const words = after.replace(ROLE_SEPARATOR_ALL, ' ').trim().split(/\s+/).filter(Boolean);
  return words.length > 0 && words.length <= 3 && headerRules().role.test(words[words.length - 1]!);
}
const ROLE_SEPARATOR = /^\s*[|,·•/–—-]/;
const ROLE_SEPARATOR_ALL = /[|,·•/–—-]/g;

/** A paywall or subscription badge ("Subscribers only", "Réservé aux abonnés", "Plus"): a short line a catalog rule took for either. */
export function isPaywallBadge(label: LineLabel, words: number): boolean {
  return (label.reason === 'paywall' || label.reason === 'subscription') && words <= PAYWALL_BADGE_MAX_WORDS;
}
const PAYWALL_BADGE_MAX_WORDS = 4;

/** Four or more words holding digits, half the line's words or more. */
function isFigureRow(text: string): boolean {
  const words = text.split(/\s+/);
  let digits = 0;
  for (const w of words) if (/\d/.test(w)) digits++;
  return digits >= FIGURE_ROW_MIN && digits * 2 >= words.length;
}
const FIGURE_ROW_MIN = 4;

/** Whether the line's last word is a role: `isRoleByline` needs it, and this costs no byline reading. */
function endsWithRole(text: string): boolean {
  const words = text.replace(ROLE_SEPARATOR_ALL, ' ').trim().split(/\s+/);
  return headerRules().role.test(words[words.length - 1]!);
}

function hostOf(url: string | null): string {
  const host = url ? /^[a-z]+:\/\/([^/:?#]+)/i.exec(url)?.[1] : undefined;
  return host ? host.toLowerCase().replace(/^www\./, '') : '';
}

/** The host written inside a part of the line with other words, not as a part of its own. */
function namesHostInWords(text: string, host: string): boolean {
  const lower = text.toLowerCase();
  if (!lower.includes(host)) return false;
  return lower.split(TRAIL_PART).some((part) => part.includes(host) && part.trim() !== host);
}
const TRAIL_PART = /\s[|:>»·•\-–—]\s|\s?[|>»]\s?/;

/**
 * How "03/04/2024" reads: the language, the URL's country, or the page's other dates and spelling.
 * Dotted dates are day-first wherever the page's own numeric dates do not show month-first.
 */
function numericOrder(lang: string | null, url: string | null, lines: Line[]): { dayFirst: boolean; dottedDayFirst: boolean } {
  if (lang && lang !== 'en') return { dayFirst: true, dottedDayFirst: true };
  const host = url ? /^[a-z]+:\/\/([^/]+)/i.exec(url)?.[1] : undefined;
  if (host !== undefined && DAY_FIRST_TLD.test(host)) return { dayFirst: true, dottedDayFirst: true };
  let text = '';
  for (const line of lines) {
    text += line.text + '\n';
    if (text.length > DAY_FIRST_SAMPLE) break;
  }
  const shown = numericDateOrder(text);
  return { dayFirst: shown !== null ? shown === 'day' : textReadsDayFirst(text), dottedDayFirst: shown !== 'month' };
}

/** Characters of the page read for day-first evidence. */
const DAY_FIRST_SAMPLE = 20000;

function firstProseLine(lines: Line[], features: LineFeatures[]): number {
  for (let i = 0; i < lines.length; i++) if (lines[i]!.words >= 15 && features[i]!.sentence) return i;
  return 0;
}

function metadataDay(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(raw.trim());
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  const found = findHeaderDates(raw, false);
  return found[0]?.day ?? null;
}

export function headerContext(state: DocumentState): HeaderContext {
  const lines = state.lines!;
  const labels = state.labels!;
  const features = state.features!;
  const region = state.region!;
  const hints = lineHints(state, lines);
  const start = region.end > region.start ? region.start : firstProseLine(lines, features);
  const regionEnd = region.end > region.start ? region.end : lines.length;
  const bodyWords = new Set<string>();
  let taken = 0;
  for (let i = start; i < regionEnd && taken < BODY_SAMPLE_WORDS; i++) {
    if (!labels[i]!.keep || lines[i]!.words < 8) continue;
    for (const w of tokens(lines[i]!.text)) {
      taken++;
      if (w.length >= 3) bodyWords.add(w);
    }
  }
  const bodyWeekdays = new Set<number>();
  const weekdayOfWord = weekdayIndex();
  for (let i = start, seen = 0; i < regionEnd && seen < BODY_SAMPLE_WORDS * 2; i++) {
    if (!labels[i]!.keep || lines[i]!.words < 8) continue;
    seen += lines[i]!.words;
    for (const w of fold(lines[i]!.text).split(NOT_LETTERS.for(lines[i]!.text))) {
      const k = w.length >= 5 ? weekdayOfWord.get(w) : undefined;
      if (k !== undefined) bodyWeekdays.add(k);
    }
  }
  const repeats = new Map<string, number>();
  for (const line of lines) {
    if (line.words === 0 || line.words > 30) continue;
    const key = fold(line.text);
    repeats.set(key, (repeats.get(key) ?? 0) + 1);
  }
  const url = state.options.url;
  const metadata = state.metadata;
  return {
    lines,
    labels,
    features,
    hints,
    metadata,
    start,
    regionEnd,
    slug: slugTokens(url),
    host: hostOf(url),
    bodyWords,
    bodyWeekdays,
    repeats,
    ...numericOrder(state.lang ?? null, url, lines),
    urlDay: urlDate(url),
    metaDay: metadataDay(metadata?.publishedAt),
    metaModifiedDay: metadataDay(metadata?.page?.modifiedAt),
    metaAuthors: (metadata?.byline ?? []).filter((n) => n.length >= 3),
    lang: state.lang ?? null,
    memo: new Map(),
  };
}

/** The longest line read as a byline: "Posted on <date> by <name> - 5 Comments on <the headline>" runs to 24 words. */
const BYLINE_MAX_WORDS = 24;

/**
 * The title line over `i` where `i` is two sentences ending in a full stop: a standfirst under its
 * title (no headline of 1,471 labelled pages is two sentences; an opinion page's may be, over its
 * dek); -1 otherwise.
 */
export function titleOverStandfirst(ctx: HeaderContext, i: number): number {
  const text = ctx.lines[i]!.text;
  if (!FULL_STOP_END.test(text) || !SENTENCE_JOINT.for(text).test(text)) return -1;
  const prev = prevLine(ctx, i);
  return prev >= 0 && titleish(ctx, prev) ? prev : -1;
}

const FULL_STOP_END = /\.["'”’)]*$/;
const SENTENCE_JOINT = new PropertyPattern(/\p{Ll}\. \p{Lu}/u);

/**
 * A line read as a byline and for dates, each read on first use: most lines near the header are
 * asked only one of the two (a byline reading costs a date search of its own).
 */
class LineReading {
  private bylineRead: BylineReading | null | undefined;
  private statedRead: BylineReading | null | undefined;
  private datesRead: HeaderDate[] | undefined;
  constructor(
    private readonly ctx: HeaderContext,
    private readonly line: Line,
  ) {}
  get byline(): BylineReading | null {
    if (this.bylineRead === undefined) this.bylineRead = this.line.words <= BYLINE_MAX_WORDS ? readByline(this.line.text) : null;
    return this.bylineRead;
  }
  /** The byline if a byline word states it (`prefixed`), else null: cheaper than `byline` where only that is asked. */
  get statedByline(): BylineReading | null {
    if (this.bylineRead !== undefined) return this.bylineRead?.prefixed ? this.bylineRead : null;
    if (this.statedRead === undefined) this.statedRead = this.line.words <= BYLINE_MAX_WORDS ? readByline(this.line.text, true) : null;
    return this.statedRead;
  }
  get dates(): HeaderDate[] {
    if (this.datesRead === undefined) this.datesRead = this.line.text.length <= 200 ? findHeaderDates(this.line.text, this.ctx.dayFirst, this.ctx.dottedDayFirst) : [];
    return this.datesRead;
  }
}

function reading(ctx: HeaderContext, i: number): LineReading {
  let r = ctx.memo.get(i);
  if (!r) {
    r = new LineReading(ctx, ctx.lines[i]!);
    ctx.memo.set(i, r);
  }
  return r;
}

/** A line that could be a title or a standfirst: 4-40 words, not a byline or date line, not a list item. */
function titleish(ctx: HeaderContext, i: number): boolean {
  const line = ctx.lines[i]!;
  if (line.words < 4 || line.words > 40 || line.marker) return false;
  const r = reading(ctx, i);
  return !r.statedByline && r.dates.length === 0;
}

function capitalisedShare(text: string): number {
  const words = text.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length === 0) return 0;
  let n = 0;
  for (const w of words) if (/^\P{L}*\p{Lu}/u.test(w)) n++;
  return n / words.length;
}

function digitShare(text: string): number {
  let d = 0;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c >= 48 && c <= 57) d++;
  }
  return text.length ? d / text.length : 0;
}

function share(words: string[], set: Set<string>): number {
  if (words.length === 0 || set.size === 0) return 0;
  let n = 0;
  for (const w of words) if (set.has(w)) n++;
  return n / words.length;
}

const has = (hint: LineHint | undefined, flag: number) => (hint && (hint.header & flag) !== 0 ? 1 : 0);

function nextLine(ctx: HeaderContext, i: number): number {
  for (let k = i + 1; k < ctx.lines.length; k++) if (ctx.lines[k]!.text !== '') return k;
  return -1;
}

/**
 * Whether a line says `text` again: the same words, or a breadcrumb trail that ends with them
 * ("Blog/Startup insights/Comparison of SDLC models: ...", then that title).
 */
function statesAgain(previous: string, text: string): boolean {
  if (previous === text) return true;
  if (previous.length <= text.length || !previous.endsWith(text)) return false;
  return TRAIL_END.test(previous.slice(0, previous.length - text.length));
}
/** A breadcrumb separator ending what comes before the trail's last entry. */
const TRAIL_END = /(?:[/>›»|]|\s[-–—])\s*$/;

/** A role alone on the next line ("Jane Doe" / "Content Editor"), as an author box writes it. */
function photographerBelow(ctx: HeaderContext, i: number): boolean {
  const next = nextLine(ctx, i);
  return next >= 0 && ctx.lines[next]!.words <= 2 && headerRules().photographerRole.test(fold(ctx.lines[next]!.text).replace(/[:.]$/, ''));
}

function roleBelow(ctx: HeaderContext, i: number): boolean {
  const next = nextLine(ctx, i);
  return next >= 0 && ctx.lines[next]!.words <= 4 && headerRules().role.test(fold(ctx.lines[next]!.text));
}

/** A role line is this short ("Senior Staff Writer", "Product Marketing Lead"). */
const ROLE_LINE_MAX_WORDS = 4;

/** The line above `i` is a bare name of two or three words ("Maren Okafor"), read as such. */
function underBareName(ctx: HeaderContext, i: number): boolean {
  const prev = prevLine(ctx, i);
  // (Not a list item: "- Photo Sales" over a headline is a menu's last entry.)
  if (prev < 0 || ctx.lines[prev]!.words < 2 || ctx.lines[prev]!.words > 3 || ctx.lines[prev]!.marker) return false;
  const byline = reading(ctx, prev).byline;
  return !!byline && !byline.prefixed && byline.names.length === 1 && byline.names[0] === ctx.lines[prev]!.text.trim();
}

/** Words of a bio's opening in which the author's name stands ("(Editor) – Albert comes from ..."). */
const BIO_NAME_WITHIN = 8;
const BIO_MIN_WORDS = 8;

/**
 * An author box: a bare name over a paragraph that opens with it ("Lauren Vetter" / "Lauren Vetter
 * is a growth-focused marketer ..."): the page names its author there, whatever the model reads.
 */
function bioBelow(ctx: HeaderContext, i: number): boolean {
  const next = nextLine(ctx, i);
  if (next < 0 || ctx.lines[next]!.words < BIO_MIN_WORDS || !ctx.features[next]!.sentence) return false;
  const text = ctx.lines[i]!.text.trim();
  // A person's name: a given name the name lists know ("Related Program" over its blurb is none).
  if (nameEvidence([text]).given === 0) return false;
  const name = text.split(/\s+/);
  const opening = new Set(ctx.lines[next]!.text.split(/\s+/, BIO_NAME_WITHIN).map((w) => w.replace(/[^\p{L}'’-]/gu, '')));
  return opening.has(name[0]!) || opening.has(name[name.length - 1]!);
}

function underBylineLabel(ctx: HeaderContext, i: number): boolean {
  const prev = prevLine(ctx, i);
  const isLabel = (k: number) => ctx.lines[k]!.words <= 3 && headerRules().bylineLabel.test(fold(ctx.lines[k]!.text));
  return prev >= 0 && isLabel(prev) && !isLabel(i);
}

export function prevLine(ctx: HeaderContext, i: number): number {
  for (let k = i - 1; k >= 0; k--) if (ctx.lines[k]!.text !== '') return k;
  return -1;
}

export interface Candidate<F extends string> {
  line: number;
  x: Record<F, number>;
}

/** Lines that may be the headline, with their features. */
/** How many " | " borders a line has: a table's rows share their count. */
function cellBorders(text: string): number {
  return text.includes(' | ') ? text.split(' | ').length - 1 : 0;
}
const TABLE_ROW_MIN_BORDERS = 2;

export function headlineCandidates(ctx: HeaderContext): Candidate<HeadlineFeature>[] {
  const { lines, labels, features, hints } = ctx;
  const n = lines.length;
  const from = Math.max(0, ctx.start - HEADLINE_BEFORE);
  const to = Math.min(n, ctx.start + HEADLINE_AFTER + 1);
  // The article's first paragraph of prose, or a live blog's first entry stamp: a page that opens
  // with either has no headline line.
  let firstProse = to;
  const stamp = shapes().timeStamp;
  for (let i = ctx.start; i < to; i++) {
    if ((lines[i]!.words >= 15 && features[i]!.sentence && labels[i]!.keep) || (lines[i]!.words <= 4 && stamp.test(lines[i]!.text))) {
      firstProse = i;
      break;
    }
  }
  // The first entry stamp may sit above the region the classifier drew: the page opens with it.
  for (let i = 0; i < ctx.start; i++) {
    if (!labels[i]!.keep || lines[i]!.text === '') continue;
    if (lines[i]!.words <= 4 && stamp.test(lines[i]!.text)) firstProse = i;
    break;
  }
  const metaTokens = ctx.metadata?.headline ? tokens(ctx.metadata.headline) : [];
  const metaFolded = ctx.metadata?.headline ? fold(ctx.metadata.headline) : null;
  const rules = headerRules();
  let firstH1 = -1;
  const picked: number[] = [];
  for (let i = from; i < to; i++) picked.push(i);
  if (hints) {
    // A page's <h1> anywhere is a candidate, however far the region sits from it.
    for (let i = 0, h1s = 0; i < n && h1s < 3; i++) {
      if (!has(hints[i], HEADER_FLAG.h1)) continue;
      if (firstH1 < 0) firstH1 = i;
      h1s++;
      if (i < from || i >= to) picked.push(i);
    }
  }
  // A line anywhere that spells out the URL's slug ("/blog/video-production-process/") is a
  // candidate too, as an <h1> is: the region may have been drawn around the wrong block.
  if (ctx.slug.size >= SLUG_LINE_MIN_WORDS) {
    const slug = [...ctx.slug];
    for (let i = 0, found = 0; i < n && found < SLUG_LINES; i++) {
      if (i >= from && i < to) continue;
      const line = lines[i]!;
      if (line.words < 2 || line.words > 25 || labels[i]!.reason === 'caption') continue;
      // Most lines share no word with the slug: a substring test first (ASCII lines), tokens after.
      if (!NON_ASCII.test(line.text)) {
        const lower = line.text.toLowerCase();
        if (slug.filter((w) => lower.includes(w)).length < slug.length * SLUG_LINE_COVER) continue;
      }
      if (share(slug, new Set(tokens(line.text))) < SLUG_LINE_COVER) continue;
      found++;
      if (!picked.includes(i)) picked.push(i);
    }
    picked.sort((a, b) => a - b);
  }
  const out: Candidate<HeadlineFeature>[] = [];
  for (const i of picked) {
    const line = lines[i]!;
    const text = line.text;
    // Prose is never a headline: a long sentence (1 headline in 700 has 15 words and a full stop), or a page's only line.
    if (text === '' || line.words > 40 || text.length > 300 || (features[i]!.sentence && line.words > 25)) continue;
    // A caption (a figcaption, a caption class, a photo credit) describes a picture, not the story;
    // a paywall badge ("Subscribers only", "Réservé aux abonnés") marks it.
    if (labels[i]!.reason === 'caption' || isPaywallBadge(labels[i]!, line.words)) continue;
    // A row of a table written out as text ("Model | Best for | Price" over rows of as many cells) is data.
    const cells = cellBorders(text);
    if (cells >= TABLE_ROW_MIN_BORDERS && ((i + 1 < n && cellBorders(lines[i + 1]!.text) === cells) || (i > 0 && cellBorders(lines[i - 1]!.text) === cells))) continue;
    // A row of figures ("Motor Size 850W 450W 900W 350W", a spec table the scraper wrote out as
    // words) is data: no headline of 1,471 labelled pages has four words with digits making half its words.
    if (isFigureRow(text)) continue;
    // A publication line ("Posted on May 2, 2025 by ...") is never the title.
    const opening = fold(text).split(' ', 3).join(' ');
    if ((rules.publishedLabel.test(opening) || rules.updatedLabel.test(opening)) && reading(ctx, i).dates.length > 0) continue;
    if (line.words >= 15 && /[.。]["'”’)]*$/.test(text) && !text.endsWith('...')) continue;
    if (n === 1) continue;
    // Names and then their role ("Aditi Menon | Columnist", "Jane Doe, Staff Writer") are a byline, never the title.
    if (line.words <= 10 && endsWithRole(text) && isRoleByline(text, reading(ctx, i).byline?.names ?? [])) continue;
    // A role under a bare name ("Maren Okafor" / "Product Marketing Lead") is the author's title, not the page's.
    if (line.words <= ROLE_LINE_MAX_WORDS && endsWithRole(text) && underBareName(ctx, i)) continue;
    // A review's info box ("Cast: ...") and a reviewer's credit ("Reviewed by Jane Doe") are no title.
    if (line.words <= 12 && (rules.reviewInfoLabel.test(fold(text)) || rules.notNameLabel.exec(fold(text))?.index === 0)) continue;
    // A byline word and a full name after it ("By Jane Doe", "Contributions from: Ryan White") credit a writer.
    if (line.words <= 8 && isStatedByline(reading(ctx, i).statedByline)) continue;
    // A line naming the site's own address among its words ("Los Focos de elDiario.es") is a
    // masthead or a promo: no headline of 1,471 labelled pages names its host. The address as a
    // part of its own ("TheStar.com | Sports | Headline") is a title trail, read as such.
    if (ctx.host.includes('.') && namesHostInWords(text, ctx.host)) continue;
    const words = tokens(text);
    const next = nextLine(ctx, i);
    const prev = prevLine(ctx, i);
    const nextReading = next >= 0 ? reading(ctx, next) : null;
    const hint = hints?.[i];
    const slugHit = share(words, ctx.slug);
    // A Markdown "# Title" is an <h1>, "## Section" an <h2>.
    const h1 = has(hint, HEADER_FLAG.h1) || (line.heading === 1 ? 1 : 0);
    const titleClass = has(hint, HEADER_FLAG.title);
    const x: Record<HeadlineFeature, number> = {
      'pos.before': Math.log1p(Math.max(0, ctx.start - i)) / 4,
      'pos.after': Math.log1p(Math.max(0, i - ctx.start)) / 3,
      'pos.at': i === ctx.start ? 1 : 0,
      'pos.near': ctx.start - i >= 1 && ctx.start - i <= 3 ? 1 : 0,
      'pos.page': i / Math.max(1, n),
      'pos.first': i === 0 ? 1 : 0,
      'len.words': Math.log1p(line.words) / 3,
      'len.short': line.words <= 2 ? 1 : 0,
      'len.title': line.words >= 4 && line.words <= 20 ? 1 : 0,
      'len.long': line.words > 25 ? 1 : 0,
      'end.period': /[.。]["'”’)」』]*$/.test(text) ? 1 : 0,
      'end.qe': /[?!？！]["'”’)」』]*$/.test(text) ? 1 : 0,
      'end.colon': text.endsWith(':') ? 1 : 0,
      'sep.site': /\s(?:[|–—-]|::)\s/.test(text) ? 1 : 0,
      'sep.crumb': pageRules().crumbSeparator.test(text) ? 1 : 0,
      'case.title': capitalisedShare(text),
      'case.caps': isAllCaps(text) ? 1 : 0,
      'chars.digit': digitShare(text),
      'shape.date': isDateLike(text) ? 1 : 0,
      'shape.marker': line.marker ? 1 : 0,
      'blank.before': line.blankBefore ? 1 : 0,
      'blank.after': next >= 0 && lines[next]!.blankBefore ? 1 : 0,
      'cls.rule': features[i]!.rule ? 1 : 0,
      'cls.nav': labels[i]!.reason === 'navigation' || labels[i]!.reason === 'related' ? 1 : 0,
      'cls.sentence': features[i]!.sentence ? 1 : 0,
      'cls.keep': labels[i]!.keep ? 1 : 0,
      'cls.label': features[i]!.label ? 1 : 0,
      'slug.hit': slugHit,
      'slug.cover': ctx.slug.size ? share([...ctx.slug], new Set(words)) : 0,
      'body.overlap': share(words.filter((w) => w.length >= 3), ctx.bodyWords),
      'page.repeat': (ctx.repeats.get(fold(text)) ?? 0) >= 2 ? 1 : 0,
      'meta.sim': tokenF1(words, metaTokens),
      'meta.exact': metaFolded !== null && fold(text) === metaFolded ? 1 : 0,
      'html.h1': h1,
      'html.h2': has(hint, HEADER_FLAG.h2) || (line.heading >= 2 ? 1 : 0),
      'html.title': titleClass,
      'html.header': has(hint, HEADER_FLAG.header),
      'html.main': hint?.inMain ? 1 : 0,
      'html.link': hint?.linkShare ?? 0,
      'html.h1first': i === firstH1 ? 1 : 0,
      'next.byline': nextReading?.statedByline ? 1 : 0,
      'next.name': nextReading && lines[next]!.words <= 4 && nextReading.byline && !nextReading.byline.prefixed ? 1 : 0,
      'next.date': nextReading && nextReading.dates.length > 0 ? 1 : 0,
      'prev.date': prev >= 0 && reading(ctx, prev).dates.length > 0 ? 1 : 0,
      'next.prose': next >= 0 && lines[next]!.words >= 15 && features[next]!.sentence ? 1 : 0,
      'prev.label': prev >= 0 && features[prev]!.label && lines[prev]!.words <= 3 ? 1 : 0,
      furniture: rules.headerFurniture.test(fold(text)) ? 1 : 0,
      'h1.slug': h1 * slugHit,
      'title.slug': titleClass * slugHit,
      // Filled in by relativeHeadlineFeatures.
      'self.byline': 0,
      'repeat.count': 0,
      'prev.same': 0,
      'contains.other': 0,
      'contained.in': 0,
      'slug.best': 0,
      'body.best': 0,
      'dist.date': 0,
      'dist.byline': 0,
      'prose.after': 0,
      'prev.titleish': prev >= 0 && titleish(ctx, prev) ? 1 : 0,
      'next.titleish': next >= 0 && titleish(ctx, next) ? 1 : 0,
      'words.vs.next': next >= 0 ? Math.sign(line.words - lines[next]!.words) : 0,
      'words.vs.prev': prev >= 0 ? Math.sign(line.words - lines[prev]!.words) : 0,
      'after.prose': 0,
      'self.person': line.words <= 4 ? nameEvidence([text]).given : 0,
    };
    out.push({ line: i, x });
  }
  if (!out.some((c) => c.line < firstProse)) return [];
  for (const c of out) c.x['after.prose'] = c.line > firstProse ? 1 : 0;
  relativeHeadlineFeatures(ctx, out);
  return out;
}

/** Features that compare a candidate with the others of its page and with the lines around it. */
function relativeHeadlineFeatures(ctx: HeaderContext, out: Candidate<HeadlineFeature>[]): void {
  const { lines, features } = ctx;
  let bestSlug = 0;
  let bestBody = 0;
  for (const c of out) {
    bestSlug = Math.max(bestSlug, c.x['slug.hit']);
    bestBody = Math.max(bestBody, c.x['body.overlap']);
  }
  const folded = out.map((c) => (lines[c.line]!.words >= 3 ? fold(lines[c.line]!.text) : ''));
  // Nearest date and byline lines, and prose, around each candidate.
  const NEAR = 6;
  for (let k = 0; k < out.length; k++) {
    const c = out[k]!;
    const i = c.line;
    const f = folded[k]!;
    let contains = 0;
    let contained = 0;
    if (f.length >= 12) {
      for (let j = 0; j < out.length; j++) {
        const g = folded[j]!;
        if (j === k || g.length < 12 || g === f) continue;
        if (f.includes(g)) contains = 1;
        else if (g.includes(f)) contained = 1;
      }
    }
    let distDate = NEAR + 1;
    let distByline = NEAR + 1;
    let prose = 0;
    for (let d = 1; d <= NEAR; d++) {
      for (const j of [i - d, i + d]) {
        if (j < 0 || j >= lines.length || lines[j]!.text === '') continue;
        const r = reading(ctx, j);
        if (distDate > NEAR && r.dates.length > 0) distDate = d;
        if (distByline > NEAR && r.statedByline) distByline = d;
        if (j > i && !prose && lines[j]!.words >= 15 && features[j]!.sentence) prose = 1;
      }
    }
    const prev = prevLine(ctx, i);
    c.x['self.byline'] = lines[i]!.words <= 8 && reading(ctx, i).byline ? 1 : 0;
    c.x['repeat.count'] = Math.log1p(ctx.repeats.get(fold(lines[i]!.text)) ?? 0) / 2;
    c.x['prev.same'] = prev >= 0 && statesAgain(fold(lines[prev]!.text), fold(lines[i]!.text)) ? 1 : 0;
    c.x['contains.other'] = contains;
    c.x['contained.in'] = contained;
    c.x['slug.best'] = bestSlug > 0 && c.x['slug.hit'] === bestSlug ? 1 : 0;
    c.x['body.best'] = bestBody > 0 && c.x['body.overlap'] === bestBody ? 1 : 0;
    c.x['dist.date'] = distDate / (NEAR + 1);
    c.x['dist.byline'] = distByline / (NEAR + 1);
    c.x['prose.after'] = prose;
  }
}

/** A date on one of the `reach` lines above or below line i. */
/** A short line that is only a reading time or a time stamp ("11 min read", "2 hours ago"): header furniture beside a byline. */
function isStamp(text: string): boolean {
  const rules = headerRules();
  // It opens with its number: "DIVE DEEPER (7 MIN)" is a button.
  return text.length <= 30 && /^[\s\-–•·]*\d/.test(text) && (rules.readingTime.test(text) || rules.relativeStamp.test(text));
}

function nearDate(ctx: HeaderContext, i: number, reach: number): boolean {
  for (let d = 1; d <= reach; d++) {
    for (const j of [i - d, i + d]) if (j >= 0 && j < ctx.lines.length && ctx.lines[j]!.text !== '' && (reading(ctx, j).dates.length > 0 || isStamp(ctx.lines[j]!.text))) return true;
  }
  return false;
}

/**
 * Bylines may sit a paragraph lower than the rest of the header: under a standfirst and a photo
 * caption, or after the first paragraph of a page that opens with a summary.
 */
export const BYLINE_ZONE_PROSE = 3;

/**
 * Where the header zone under the headline ends: at the `proseLines`-th line of prose (15 words or
 * more, a sentence, kept; by default the second, since a dek may be one long line).
 */
export function headerZoneEnd(ctx: HeaderContext, headline: number, proseLines = 2): number {
  const { lines, labels, features } = ctx;
  let seen = 0;
  let last = '';
  for (let k = Math.max(0, headline + 1); k < lines.length; k++) {
    if (!labels[k]!.keep || lines[k]!.words < 15 || !features[k]!.sentence) continue;
    // A standfirst the scraper wrote twice (its meta description above it) is one line of prose.
    if (lines[k]!.text === last) continue;
    last = lines[k]!.text;
    if (++seen === proseLines) return k;
  }
  return lines.length;
}

export interface BylineCandidate extends Candidate<BylineFeature> {
  reading: BylineReading;
  /** The names are the whole line, save letters after them ("Jane Doe, MD, FACP"): an author box's name line. */
  whole?: boolean;
}

/** A name of one word ("Madonna", "admin"); a CJK name is written as one ("홍길동", "张伟") and is whole. */
const isSingleWordName = (n: string) => !n.includes(' ') && !(n.length >= 2 && isUnspacedScript(n[0]));

/**
 * Lines near the headline that name people, with their features: from a few lines above the
 * headline down to `zoneEnd` (where the body's prose has begun), the foot of the article, and
 * elsewhere only lines that state their author.
 */
export function bylineCandidates(ctx: HeaderContext, headline: number, zoneEnd = ctx.lines.length): BylineCandidate[] {
  const { lines, labels, features, hints } = ctx;
  const anchor = headline >= 0 ? headline : ctx.start;
  const from = Math.max(0, anchor - META_BEFORE);
  const window = Math.min(lines.length, anchor + META_AFTER + 1);
  const rules = headerRules();
  const metaAuthors = ctx.metaAuthors.map((a) => fold(a));
  const out: BylineCandidate[] = [];
  // Around the headline, and at the article's end, where an author box or a sign-off names the writer.
  const bottomFrom = Math.max(window, ctx.regionEnd - BOTTOM_BEFORE);
  const bottomTo = Math.min(lines.length, ctx.regionEnd + BOTTOM_AFTER);
  const indices: number[] = [];
  for (let i = from; i < window; i++) indices.push(i);
  for (let i = bottomFrom; i < bottomTo; i++) indices.push(i);
  // Elsewhere on the page, and under the headline past `zoneEnd`, only a line that states its author
  // ("Written by Jane Doe" in an author box under the comments, "By Jane Doe" under a long
  // standfirst). The model never saw such lines: they stand only where it finds no byline
  // (src/header/decide.ts), and they do not count among the model's candidates.
  // ("By learning from the examples set by millennials, ..." opens a sentence, and names nobody.)
  const stated = lines.map((line, i) => line.words > 0 && line.words <= BYLINE_MAX_WORDS && statesAuthor(line.text) && reading(ctx, i).byline !== null);
  // A name under a byline word on its own line ("Author" / "Jane Doe"), as in an author box.
  const bio = lines.map((line, i) => line.words >= 2 && line.words <= 4 && bioBelow(ctx, i));
  const labelled = lines.map((line, i) => line.words >= 2 && line.words <= 4 && (underBylineLabel(ctx, i) || bio[i]!));
  for (let i = 0; i < lines.length; i++) if (labelled[i]) stated[i] = true;
  const outside = (i: number) => i < from || (i >= window && i < bottomFrom) || i >= bottomTo;
  for (let i = 0; i < lines.length; i++) if (stated[i] && outside(i)) indices.push(i);
  indices.sort((a, b) => a - b);
  const past = (i: number) => i >= zoneEnd && i < window;
  // Lines under the headline past the zone count among the candidates (as the model was trained),
  // but the model never chooses them.
  const dropped = new Set<number>();
  for (const i of indices) {
    if (i === headline) continue;
    const line = lines[i]!;
    // A row of table cells is data ("1 | Kyle Busch | 5040"), never a byline.
    if (line.text === '' || line.words > BYLINE_MAX_WORDS || hints?.[i]?.tableRow || isDataRow(line.text)) continue;
    const r = reading(ctx, i);
    if (!r.byline || (outside(i) && !labelled[i] && (!r.byline.strong || r.byline.inner))) continue;
    const credit = leadCreditOf(line.text.trimStart());
    if (credit && line.text.trimStart().length - credit.end > CREDIT_LEAD_REST) continue;
    const text = line.text;
    const folded = fold(text);
    const hint = hints?.[i];
    const nameWords = r.byline.names.join(' ').split(/\s+/).length;
    const prev = prevLine(ctx, i);
    const evidence = nameEvidence(r.byline.names);
    const prevLabel = prev >= 0 && rules.bylineLabel.test(fold(lines[prev]!.text));
    if (prev >= 0 && !r.byline.prefixed && rules.distributorLabel.test(fold(lines[prev]!.text))) continue;
    // A bare capitalised line is a byline candidate only with some evidence of a person: a known
    // name, a date or a time stamp ("1 day ago") on or beside it, a byline label above it, a role
    // on the line ("| Guest Columnists"), markup that says author, or the page's authors.
    if (!r.byline.prefixed && r.dates.length === 0 && !rules.relativeStamp.test(text) && evidence.given === 0 && evidence.surname === 0 && !prevLabel && !nearDate(ctx, i, 2) && !has(hint, HEADER_FLAG.author) && !metaAuthors.some((a) => folded.includes(a)) && !rules.role.test(folded) && !roleBelow(ctx, i)) continue;
    // A name over its photographer's role is the picture's credit.
    if (!r.byline.prefixed && photographerBelow(ctx, i)) continue;
    // A role under a bare name ("Maren Okafor" / "Product Marketing Lead") is that author's title, no second author.
    if (!r.byline.prefixed && line.words <= ROLE_LINE_MAX_WORDS && endsWithRole(text) && underBareName(ctx, i)) continue;
    const nameTokens = tokens(r.byline.names.join(' '));
    const x: Record<BylineFeature, number> = {
      bias: 1,
      'rel.after': Math.log1p(Math.max(0, i - anchor)) / 2,
      'rel.before': Math.log1p(Math.max(0, anchor - i)) / 2,
      'rel.next': i === anchor + 1 ? 1 : 0,
      'rel.near': i - anchor >= 1 && i - anchor <= 4 ? 1 : 0,
      prefix: r.byline.prefixed ? 1 : 0,
      'prefix.strong': r.byline.strong ? 1 : 0,
      'names.count': Math.min(3, r.byline.names.length) / 3,
      'names.whole': !r.byline.prefixed && nameWords === line.words ? 1 : 0,
      'len.words': Math.log1p(line.words) / 3,
      'len.long': line.words > 12 ? 1 : 0,
      date: r.dates.length > 0 ? 1 : 0,
      reading: rules.readingTime.test(text) ? 1 : 0,
      relative: rules.relativeStamp.test(text) ? 1 : 0,
      role: rules.role.test(text) ? 1 : 0,
      'case.title': capitalisedShare(text),
      'end.sentence': endsSentence(text) ? 1 : 0,
      'chars.digit': digitShare(text),
      'html.author': has(hint, HEADER_FLAG.author),
      'html.date': has(hint, HEADER_FLAG.date),
      'html.h': has(hint, HEADER_FLAG.h1 | HEADER_FLAG.h2),
      'meta.author': metaAuthors.some((a) => folded.includes(a)) ? 1 : 0,
      'body.names': share(nameTokens, ctx.bodyWords),
      'cls.rule': features[i]!.rule ? 1 : 0,
      'cls.credit': labels[i]!.reason === 'credit' || labels[i]!.reason === 'caption' ? 1 : 0,
      'cls.nav': labels[i]!.reason === 'navigation' || labels[i]!.reason === 'related' ? 1 : 0,
      'blank.before': line.blankBefore ? 1 : 0,
      'shape.marker': line.marker ? 1 : 0,
      'page.repeat': (ctx.repeats.get(folded) ?? 0) >= 2 ? 1 : 0,
      'pos.region': i >= ctx.start ? 1 : 0,
      'slug.names': share(nameTokens, ctx.slug),
      furniture: rules.headerFurniture.test(folded) ? 1 : 0,
      'names.single': r.byline.names.every(isSingleWordName) ? 1 : 0,
      'prev.bylabel': prev >= 0 && rules.bylineLabel.test(fold(lines[prev]!.text)) ? 1 : 0,
      'name.given': evidence.given,
      'name.surname': evidence.surname,
      'pos.bottom': i >= bottomFrom && i < bottomTo ? 1 : 0,
      'pos.far': outside(i) || (past(i) && stated[i] && (r.byline.strong || labelled[i]) && !r.byline.inner) ? 1 : 0,
      'list.peers': Math.min(3, peers(stated, i)) / 3,
      'list.item': inListItem(lines, i) ? 1 : 0,
      'bio.below': bio[i] ? 1 : 0,
      'near.date': nearDate(ctx, i, 2) ? 1 : 0,
      'words.2to3': line.words >= 2 && line.words <= 3 ? 1 : 0,
      'names.words': Math.min(1, nameWords / Math.max(1, line.words)),
      'src.meta': 0,
      'meta.intext': 0,
      'meta.count': 0,
      none: 0,
      'none.meta': 0,
      'none.prefixed': 0,
      'none.count': 0,
    };
    // ... save the article's foot: a short article's sign-off ("Автор: Ірина Ковальчук" under the
    // last paragraph) sits inside the headline's window, and is the foot's all the same.
    const foot = i >= Math.max(zoneEnd, ctx.regionEnd - BOTTOM_BEFORE) && i < bottomTo && r.byline.prefixed && !r.byline.inner && statesAuthor(text);
    if (foot) x['pos.bottom'] = 1;
    else if (past(i) && x['pos.far'] === 0) dropped.add(i);
    const credentials = line.text.split(/\s+/).filter((w) => rules.postNominal.test(w)).length;
    out.push({ line: i, x, reading: r.byline, whole: !r.byline.prefixed && (nameWords === line.words || (credentials > 0 && nameWords + credentials === line.words)) });
  }
  if (ctx.metaAuthors.length > 0) {
    // The page's stated authors, as one more candidate: they win where the text names nobody better.
    const x = {} as Record<BylineFeature, number>;
    for (const f of BYLINE_FEATURES) x[f] = 0;
    const inText = out.some((c) => !outside(c.line) && metaAuthors.some((a) => fold(ctx.lines[c.line]!.text).includes(a)));
    x.bias = 1;
    x['src.meta'] = 1;
    x['meta.intext'] = inText ? 1 : 0;
    x['meta.count'] = Math.min(3, ctx.metaAuthors.length) / 3;
    x['names.single'] = ctx.metaAuthors.every((n) => isSingleWordName(n.trim())) ? 1 : 0;
    const evidence = nameEvidence(ctx.metaAuthors);
    x['name.given'] = evidence.given;
    x['name.surname'] = evidence.surname;
    x['body.names'] = share(tokens(ctx.metaAuthors.join(' ')), ctx.bodyWords);
    x['slug.names'] = share(tokens(ctx.metaAuthors.join(' ')), ctx.slug);
    out.push({ line: BYLINE_SOURCE.metadata, x, reading: { names: ctx.metaAuthors, prefixed: false, strong: false } });
  }
  // The option of no byline: a page may name nobody.
  const none = {} as Record<BylineFeature, number>;
  for (const f of BYLINE_FEATURES) none[f] = 0;
  none.none = 1;
  none['none.meta'] = ctx.metaAuthors.length > 0 ? 1 : 0;
  const seen = out.filter((c) => c.line < 0 || !outside(c.line));
  none['none.prefixed'] = seen.some((c) => c.reading.prefixed) ? 1 : 0;
  none['none.count'] = Math.log1p(seen.length) / 3;
  out.push({ line: BYLINE_SOURCE.none, x: none, reading: { names: [], prefixed: false, strong: false } });
  return dropped.size > 0 ? out.filter((c) => !dropped.has(c.line)) : out;
}

export const BYLINE_SOURCE = { metadata: -1, none: -3 } as const;

function isStatedByline(byline: BylineReading | null): boolean {
  return !!byline && byline.prefixed && !byline.inner && byline.names.some((n) => n.includes(' '));
}

/** A line that opens with a byline word of any language ("By", "Written by", "Von", "Par"). */
function statesAuthor(text: string): boolean {
  // CJK bylines state their author by a role word, before or after the names ("记者 张伟", "홍길동 기자").
  return headerRules().strongBylinePrefix.test(fold(text.slice(0, 40)).replace(/^[\s\-–—·•|:]+/, '')) || cjkNames(text) !== null;
}

/** A bullet, or a line indented under one of the lines just above ("- Title" / "  By Jane Doe"): a list's item. */
function inListItem(lines: readonly Line[], i: number): boolean {
  if (lines[i]!.marker) return true;
  const indent = lines[i]!.indent;
  for (let k = i - 1; k >= Math.max(0, i - 4) && indent > 0; k--) if (lines[k]!.marker && lines[k]!.indent < indent) return true;
  return false;
}

/** Other lines within PEER_REACH of line i that state an author. */
function peers(stated: readonly boolean[], i: number): number {
  let n = 0;
  for (let k = Math.max(0, i - PEER_REACH); k <= Math.min(stated.length - 1, i + PEER_REACH); k++) if (k !== i && stated[k]) n++;
  return n;
}

/** `line` is the line of the date, or a `DATE_SOURCE` for dates from elsewhere. */
/** How far from the page's end a copyright line is read for its holder. */
const COPYRIGHT_FROM_END = 40;
/** A holder's name as a copyright line writes it: two or three capitalised words. */
const HOLDER_NAME = new PropertyPattern(/^\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’.-]*){1,2}$/u);

/**
 * The person a personal page's copyright line names ("© 2025 Toby Hede. All rights reserved."), as
 * its author where the page has no byline: a name of two or three words that opens with a given name.
 */
export function copyrightHolder(ctx: HeaderContext): string | null {
  const { lines } = ctx;
  for (let i = lines.length - 1; i >= Math.max(0, lines.length - COPYRIGHT_FROM_END); i--) {
    const text = lines[i]!.text;
    if (lines[i]!.words > 10 || !/©|\(c\)|copyright/i.test(text)) continue;
    // Peeled piece by piece (the sign, the word, the years, the reservation): one pattern for all of
    // it would backtrack.
    let rest = text.trim();
    for (let k = 0; k < 3; k++) rest = rest.replace(/^(?:©|\(c\)|copyright)/i, '').trimStart();
    rest = rest.replace(/^\d{4}(?:[-–]\d{4})?,?/, '').trim();
    rest = rest.replace(/all rights reserved\.?$/i, '').trim().replace(/[.,]$/, '').trim();
    rest = rest.replace(/,?\s\d{4}$/, '').replace(/[.,]$/, '').replace(/\s+/g, ' ');
    if (!HOLDER_NAME.for(rest).test(rest)) continue;
    const name = rest;
    // "© 2025 Logan University", "Ava Community Energy": an organization holds the rights, not an author.
    if (nameEvidence([name]).given === 1 && !headerRules().role.test(fold(name)) && name.search(nlpRules().orgHeadAll) < 0) return name;
  }
  return null;
}

/**
 * The reporters a wire credit opening the article's first paragraph names ("(서울=연합뉴스) 홍길동
 * 기자 = ...", "〔記者陳怡君／新北報導〕..."), where the header names nobody. The paragraph stays
 * the body's: the credit is its first words, not a line of its own (`bylineCandidates` skips it).
 */
export function leadCredit(ctx: HeaderContext, headline: number, zoneEnd: number): string[] {
  for (let i = headline >= 0 ? headline + 1 : ctx.start; i < Math.min(zoneEnd, ctx.lines.length); i++) {
    const credit = leadCreditOf(ctx.lines[i]!.text.trimStart());
    if (credit) return credit.names;
  }
  return [];
}

/** How many lines past the article's last paragraph a closing signature may sit (a blank line between). */
const SIGNATURE_GAP = 2;

/**
 * The reporters who sign the article's end, where the press of the page's language does so
 * (`signsAtEnd`): the line just under the last paragraph of the article's prose, names alone.
 * Its line index and names, or null.
 */
export function closingSignature(ctx: HeaderContext): { line: number; names: string[] } | null {
  if (!ctx.lang || !headerRules().signsAtEnd.has(ctx.lang)) return null;
  const { lines, labels, features } = ctx;
  let last = -1;
  for (let i = Math.min(ctx.regionEnd, lines.length) - 1; i >= ctx.start; i--) {
    if (labels[i]!.keep && lines[i]!.words >= 12 && features[i]!.sentence) {
      last = i;
      break;
    }
  }
  if (last < 0) return null;
  for (let i = last + 1; i < Math.min(lines.length, last + 1 + SIGNATURE_GAP + 1); i++) {
    const line = lines[i]!;
    if (line.text === '') continue;
    if (line.words < 2 || line.words > 12 || /[\d.!?:]$/.test(line.text.trim())) return null;
    const names = signatureNames(line.text);
    return names ? { line: i, names } : null;
  }
  return null;
}

/** A credit with more than this many characters after it opens a paragraph: the line is prose, not a byline. */
const CREDIT_LEAD_REST = 12;

/** The longest line read as a stated publication ("Published on: 15 August 2025 by Jane Doe"). */
const STATED_DATE_MAX_WORDS = 12;

/**
 * A day the page states as its publication below the header, where the header has none: a line
 * opening with a publication label ("Published March 9, 2026", "Posted on: 15 August 2025"), or a
 * date under such a label alone on its line (an author box's "Published" / "August 30, 2024").
 * Only one day may be so stated: teasers and comments state many.
 */
export function statedPublicationDate(ctx: HeaderContext, headline: number): DateCandidate | null {
  const { lines, labels } = ctx;
  const rules = headerRules();
  const opensWith = (text: string, label: { test(s: string): boolean }) => label.test(fold(text).split(' ', 3).join(' '));
  let found: DateCandidate | null = null;
  for (let i = Math.max(0, headline); i < lines.length; i++) {
    const line = lines[i]!;
    // (A line without a digit states no day: most lines of a page end here.)
    if (line.words === 0 || line.marker || !/\d/.test(line.text)) continue;
    const reason = labels[i]!.reason;
    if (reason === 'related') continue;
    const stated = opensWith(line.text, rules.publishedLabel) && !opensWith(line.text, rules.updatedLabel);
    // The label speaks for the date right after it, however long the line runs on ("Posted on
    // November 25, 2024December 3, 2024 in Health, Nutrition, ...": the second day is the update's).
    const labelled = stated ? statedFirst(ctx, line.text) : null;
    if (!labelled && line.words > STATED_DATE_MAX_WORDS) continue;
    const dates = labelled ? [labelled] : reading(ctx, i).dates;
    if (dates.length !== 1) continue;
    const prev = prevLine(ctx, i);
    const labelAbove = prev >= 0 && lines[prev]!.words <= 3 && opensWith(lines[prev]!.text, rules.publishedLabel) && !/\d/.test(lines[prev]!.text);
    if (!stated && !(labelAbove && isDateTokens(line.text.slice(0, dates[0]!.end)))) continue;
    const date = dates[0]!;
    if (found && found.day !== date.day) return null;
    found ??= { line: i, x: emptyDateFeatures(), day: date.day, time: date.time, start: date.start, end: date.end };
  }
  return found;
}

/** How far after "originally published" its date may start ("originally published in print on "). */
const ORIGINAL_DATE_CHARS = 30;

/**
 * The first publication the article states in its own words ("This article was originally
 * published on 26 Sep 2019 but has been regularly updated"), anywhere from the headline to the
 * article's end: the date right after the words. Only one day may be so stated.
 */
export function originalPublicationDate(ctx: HeaderContext, headline: number): DateCandidate | null {
  const { lines, labels } = ctx;
  const rules = headerRules();
  let found: DateCandidate | null = null;
  for (let i = Math.max(0, headline); i < Math.min(lines.length, ctx.regionEnd + BOTTOM_AFTER); i++) {
    const line = lines[i]!;
    if (line.words === 0 || !/\d/.test(line.text) || labels[i]!.reason === 'related') continue;
    const said = rules.originallyPublished.exec(line.text);
    if (!said) continue;
    const from = said.index + said[0].length;
    const date = findHeaderDates(line.text.slice(from, from + ORIGINAL_DATE_CHARS + 40), ctx.dayFirst, ctx.dottedDayFirst)[0];
    if (!date || date.start > ORIGINAL_DATE_CHARS || !date.day) continue;
    if (found && found.day !== date.day) return null;
    found ??= { line: i, x: emptyDateFeatures(), day: date.day, time: date.time, start: from + date.start, end: from + date.end };
  }
  return found;
}

/**
 * The day on the line under a byline signed past the header (an author box at the article's end:
 * "Written by Jane Doe" / "April 8, 2024"), a line of date words alone; the header's window never
 * reaches it, and the box states the day its author published.
 */
export function dateUnderByline(ctx: HeaderContext, bylineLines: readonly number[], zoneEnd: number): DateCandidate | null {
  for (const b of bylineLines) {
    if (b < zoneEnd) continue;
    const next = b + 1 < ctx.lines.length && ctx.lines[b + 1]!.text !== '' ? b + 1 : -1;
    if (next < 0 || !isDateTokens(ctx.lines[next]!.text)) continue;
    const dates = reading(ctx, next).dates;
    if (dates.length === 1) return { line: next, x: emptyDateFeatures(), day: dates[0]!.day, time: dates[0]!.time, start: dates[0]!.start, end: dates[0]!.end };
  }
  return null;
}

/** How far into its line a labelled date may start ("Published on: "). */
const STATED_LABEL_CHARS = 20;

/** The date right after a publication label opening the line, or null. */
function statedFirst(ctx: HeaderContext, text: string): HeaderDate | null {
  const first = findHeaderDates(text.slice(0, STATED_LABEL_CHARS + 40), ctx.dayFirst, ctx.dottedDayFirst)[0];
  return first && first.start <= STATED_LABEL_CHARS ? first : null;
}

/** How many lines under the headline a relative stamp ("Published: 2 hours ago") may sit. */
const RELATIVE_STAMP_LINES = 4;
/** "2 hours ago", "3 days ago", "vor 3 Stunden": the count and the unit of a header's relative stamp ("Vandaag, 09:14": none, the day itself). */
const STAMP_AGO = /\b(?:(\d+|an?|one)\s?(s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?)\s+ago|vor\s+(\d+|einer?)\s+(sekunden|minuten?|stunden?|tag(?:en)?))\b|^(?:today|vandaag|heute|hoy|oggi|hoje|idag|i dag|сегодня|сьогодні|dzisiaj|dziś|dnes|(yesterday|gisteren|gestern|hier|ayer|ieri|ontem|igår|i går|вчера|учора|wczoraj|včera)),?\s(?:at\s|um\s|om\s|kl\.?\s|à\s|a las\s|alle\s|às\s|в\s|о\s|o\s)?\d{1,2}[:.]\d{2}\b/i;
const DAY_MS = 86_400_000;

/**
 * A relative stamp under the headline ("Published: 2 hours ago") dated by the page's own masthead
 * ("Fri 16 Jan 2026" over its menus, the day the page was served): that day, less the days the stamp
 * counts. Only where the masthead shows one day, the only date above the headline.
 */
export function mastheadRelativeDate(ctx: HeaderContext, headline: number): (DateCandidate & { stampLine: number }) | null {
  if (headline < 0) return null;
  const { lines } = ctx;
  let ago: RegExpExecArray | null = null;
  let stampLine = -1;
  for (let i = headline + 1; i < Math.min(lines.length, headline + 1 + RELATIVE_STAMP_LINES) && !ago; i++) {
    if (lines[i]!.words <= 8) ago = STAMP_AGO.exec(lines[i]!.text);
    if (ago) stampLine = i;
  }
  if (!ago) return null;
  let found: DateCandidate | null = null;
  for (let i = 0; i < headline; i++) {
    const dates = lines[i]!.words > 0 && lines[i]!.words <= 6 ? reading(ctx, i).dates : [];
    if (dates.length === 0) continue;
    if (found || dates.length > 1 || !(isDateTokens(lines[i]!.text) || weekdayAndDate(lines[i]!.text, dates[0]!))) return null;
    found = { line: i, x: emptyDateFeatures(), day: dates[0]!.day, time: null, start: dates[0]!.start, end: dates[0]!.end };
  }
  if (!found) return null;
  const unit = (ago[2] ?? ago[4] ?? '').toLowerCase();
  const count = /^\d+$/.test(ago[1] ?? ago[3] ?? '') ? Number(ago[1] ?? ago[3]) : 1;
  // "вчера в 18:05", "yesterday at 6:05 pm": the day before the masthead's.
  const days = ago[5] ? 1 : /^(?:d|days?|tag|tagen)$/.test(unit) ? count : 0;
  const day = new Date(Date.parse(`${found.day}T00:00:00Z`) - days * DAY_MS).toISOString().slice(0, 10);
  return { ...found, day, stampLine };
}

/** A line of a date and, at most, its weekday in any language of `WEEKDAY_NAMES` ("woensdag 11 maart 2026"). */
function weekdayAndDate(text: string, date: HeaderDate): boolean {
  const rest = (text.slice(0, date.start) + ' ' + text.slice(date.end)).split(/[\s,.|·–-]+/).filter(Boolean);
  return rest.length <= 1 && rest.every((w) => isWeekday(w));
}

export interface DateCandidate extends Candidate<DateFeature> {
  /** The day, or null for the option of no date. */
  day: string | null;
  time: string | null;
  /** Offsets of the date inside its line. */
  start: number;
  end: number;
}

/**
 * Whether the story's weekdays fit the day: it names the day's own weekday ("said on Wednesday") or
 * the day before (a story written the evening after). 1 for a fit, 0 without weekdays.
 */
function weekdayNear(ctx: HeaderContext, day: string): number {
  if (ctx.bodyWeekdays.size === 0) return 0;
  const k = weekdayOf(day);
  return ctx.bodyWeekdays.has(k) || ctx.bodyWeekdays.has((k + 6) % 7) ? 1 : 0;
}

export const DATE_SOURCE = { metadata: -1, url: -2, none: -3, metadataModified: -4 } as const;

function emptyDateFeatures(): Record<DateFeature, number> {
  const x = {} as Record<DateFeature, number>;
  for (const f of DATE_FEATURES) x[f] = 0;
  return x;
}

/**
 * Boilerplate whose dates belong to an offer or a form, never to the article. Advertising is not
 * among them: an affiliate disclosure closes many a blog's date line ("Published: Mar 8, 2024 ·
 * This post may contain affiliate links"), and an ad label carries no date of its own.
 */
const OFFER_REASONS: ReadonlySet<string> = new Set(['promo', 'subscription', 'paywall', 'newsletter', 'cookie']);
/** A caption (or a caption closed by its credit) this long describes its picture; a shorter one may be a credit line with the page's date. */
const CAPTION_SENTENCE_WORDS = 8;

/** Dates near the headline, the metadata's and the URL's, and the option of none. */
/** A year, then what joins the two ends of a span (a dash, or "to" and its kin), right before a date. */
const SPAN_START = /\b(\d{4})\s*(?:[-–—~]|to|until|bis|au|a|al|tot)\s*$/i;
const SPAN_LOOKBACK = 16;
const LIFE_SPAN_MIN_YEARS = 2;

export function dateCandidates(ctx: HeaderContext, headline: number, bylineLines: readonly number[]): DateCandidate[] {
  const { lines, labels, features, hints } = ctx;
  const anchor = headline >= 0 ? headline : ctx.start;
  const from = Math.max(0, anchor - META_BEFORE);
  const to = Math.min(lines.length, anchor + META_AFTER + 1);
  const rules = headerRules();
  let found: { line: number; date: HeaderDate; caption: boolean }[] = [];
  for (let i = from; i < to; i++) {
    // A date ending in a colon heads what follows (a timeline entry), it does not date the page;
    // a dated item of a list outside the article's container (related stories, a sidebar) dates that item.
    if (lines[i]!.text === '' || lines[i]!.words > 40 || lines[i]!.text.endsWith(':')) continue;
    if (lines[i]!.marker && hints && !hints[i]!.inMain && !labels[i]!.keep) continue;
    // An offer's or a sign-up's date is its deadline ("Redeem by 12.31.23"), not the page's.
    const rule = features[i]!.rule;
    if (rule && OFFER_REASONS.has(rule.reason)) continue;
    const caption = (rule?.reason === 'caption' || rule?.reason === 'credit') && lines[i]!.words >= CAPTION_SENTENCE_WORDS;
    for (const date of reading(ctx, i).dates) {
      // The end of a span of years ("March 2, 1941 - April 19, 2026", an obituary's life) dates no page.
      const start = SPAN_START.exec(lines[i]!.text.slice(Math.max(0, date.start - SPAN_LOOKBACK), date.start));
      if (start && Number(date.day.slice(0, 4)) - Number(start[1]) >= LIFE_SPAN_MIN_YEARS) continue;
      found.push({ line: i, date, caption });
    }
  }
  // A caption's sentence dates its picture ("Workers stack rice sacks on Monday (15/9/2025). SITE/NAME")
  // where a date line of the header states another day; without one, or on the same day, it may
  // attest the page's ("From the broadcast of 15.04.2024. Picture: ...").
  const lineDays = new Set(found.filter((f) => !f.caption && lines[f.line]!.words < CAPTION_SENTENCE_WORDS).map((f) => f.date.day));
  if (lineDays.size > 0) found = found.filter((f) => !f.caption || lineDays.has(f.date.day));
  const days = found.map((f) => f.date.day);
  const distinct = new Set(days);
  const sorted = [...distinct].sort();
  const out: DateCandidate[] = [];
  const nearestByline = (i: number) => bylineLines.some((b) => Math.abs(b - i) <= 1);
  found.forEach(({ line: i, date }, k) => {
    const line = lines[i]!;
    const text = line.text;
    // A label glued to the date before it ("December 22, 2022Updated: January 2, 2026") still labels its own.
    const ahead = text.slice(0, date.start);
    const before = deglue(ahead)?.text ?? ahead;
    const x = emptyDateFeatures();
    const pub = rules.publishedLabel.exec(before);
    const upd = rules.updatedLabel.exec(before);
    x['src.line'] = 1;
    // The nearer label before the date speaks for it: "Published 3 May | Updated 4 May".
    x['label.pub'] = pub && (!upd || pub.index > upd.index) ? 1 : 0;
    x['label.upd'] = upd && (!pub || upd.index > pub.index) ? 1 : 0;
    x['label.print'] = rules.printEdition.test(before) ? 1 : 0;
    x['rel.after'] = Math.log1p(Math.max(0, i - anchor)) / 2;
    x['rel.before'] = Math.log1p(Math.max(0, anchor - i)) / 2;
    x['rel.near'] = Math.abs(i - anchor) <= 4 ? 1 : 0;
    x['rel.byline'] = nearestByline(i) ? 1 : 0;
    x['line.byline'] = bylineLines.includes(i) ? 1 : 0;
    x['line.dateonly'] = isDateTokens(text) || text.length - (date.end - date.start) < 12 ? 1 : 0;
    x['line.words'] = Math.log1p(line.words) / 3;
    x.time = date.time ? 1 : 0;
    x['agree.url'] = ctx.urlDay === date.day ? 1 : 0;
    x['agree.meta'] = ctx.metaDay === date.day ? 1 : 0;
    x['agree.line'] = days.filter((d) => d === date.day).length >= 2 ? 1 : 0;
    x['order.first'] = k === 0 ? 1 : 0;
    x['order.earliest'] = date.day === sorted[0] && distinct.size > 1 ? 1 : 0;
    x['order.latest'] = date.day === sorted[sorted.length - 1] && distinct.size > 1 ? 1 : 0;
    x.count = Math.log1p(distinct.size) / 2;
    x['html.date'] = has(hints?.[i], HEADER_FLAG.date);
    x['html.main'] = hints?.[i]?.inMain ? 1 : 0;
    x['cls.keep'] = labels[i]!.keep ? 1 : 0;
    x['cls.rule'] = features[i]!.rule ? 1 : 0;
    x['cls.nav'] = labels[i]!.reason === 'navigation' || labels[i]!.reason === 'related' ? 1 : 0;
    x['shape.marker'] = line.marker ? 1 : 0;
    x['pos.region'] = i >= ctx.start ? 1 : 0;
    x['relative.line'] = rules.relativeStamp.test(text) ? 1 : 0;
    x['label.none'] = !pub && !upd ? 1 : 0;
    x['weekday.agree'] = weekdayNear(ctx, date.day);
    x['weekday.any'] = ctx.bodyWeekdays.size > 0 ? 1 : 0;
    x['agree.metamod'] = ctx.metaModifiedDay === date.day ? 1 : 0;
    out.push({ line: i, x, day: date.day, time: date.time, start: date.start, end: date.end });
  });
  if (ctx.metaDay) {
    const x = emptyDateFeatures();
    x['src.meta'] = 1;
    x['agree.url'] = ctx.urlDay === ctx.metaDay ? 1 : 0;
    x['agree.line'] = distinct.has(ctx.metaDay) ? 1 : 0;
    x['agree.metamod'] = ctx.metaModifiedDay === ctx.metaDay ? 1 : 0;
    x.count = Math.log1p(distinct.size) / 2;
    out.push({ line: DATE_SOURCE.metadata, x, day: ctx.metaDay, time: null, start: 0, end: 0 });
  }
  if (ctx.metaModifiedDay && ctx.metaModifiedDay !== ctx.metaDay) {
    const x = emptyDateFeatures();
    x['src.metamod'] = 1;
    x['agree.url'] = ctx.urlDay === ctx.metaModifiedDay ? 1 : 0;
    x['agree.line'] = distinct.has(ctx.metaModifiedDay) ? 1 : 0;
    x.count = Math.log1p(distinct.size) / 2;
    out.push({ line: DATE_SOURCE.metadataModified, x, day: ctx.metaModifiedDay, time: null, start: 0, end: 0 });
  }
  if (ctx.urlDay) {
    const x = emptyDateFeatures();
    x['src.url'] = 1;
    x['agree.meta'] = ctx.metaDay === ctx.urlDay ? 1 : 0;
    x['agree.line'] = distinct.has(ctx.urlDay) ? 1 : 0;
    x.count = Math.log1p(distinct.size) / 2;
    out.push({ line: DATE_SOURCE.url, x, day: ctx.urlDay, time: null, start: 0, end: 0 });
  }
  const none = emptyDateFeatures();
  none.none = 1;
  none['none.count'] = Math.log1p(distinct.size) / 2;
  none['none.url'] = ctx.urlDay ? 1 : 0;
  none['none.meta'] = ctx.metaDay ? 1 : 0;
  none['none.metamod'] = ctx.metaModifiedDay ? 1 : 0;
  none['none.weekday'] = ctx.bodyWeekdays.size > 0 ? 1 : 0;
  for (const c of out) if (c.day && c.line < 0) c.x['weekday.agree'] = weekdayNear(ctx, c.day);
  out.push({ line: DATE_SOURCE.none, x: none, day: null, time: null, start: 0, end: 0 });
  return out;
}
