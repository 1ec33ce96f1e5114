/**
 * Digest lists: summary bullets under a short header ("Key events", "IN BRIEF", "The short version",
 * "Das Wichtigste in Kürze", "En esta edición", a header never seen before). Recognised from shape
 * first: a short title-like header line, then 2-12 parallel short items near the top or the bottom of
 * the article. A header the rules name (`digestHeader`) only relaxes the shape tests.
 *
 * Bulleted lists only (an unbulleted run of short paragraphs under a title is prose). Summary
 * sentences may sit near the top or the bottom; headline-shaped items (a live blog's key events, a
 * newsletter's contents) must sit in the page header, by its date line or byline, above prose that
 * talks about them.
 *
 * Not digests: menus (items of a word or two), tables of contents (the section titles below, word for
 * word), related-article lists (headline-shaped items after the prose or not about the page), lists a
 * sentence leads into ("The plan would:"), timelines (date headers) and live-blog entry stamps.
 */
import type { Line, LineLabel } from '../document.js';
import { structureRules } from '../rules/structure.js';
import { isDateLike, isMonthOnly, isWeekdayOnly, isWrittenDateOnly } from '../rules/shapes.js';
import { endsSentence, fold, isAllCaps, trimEndOf } from '../text.js';
import type { LineFeatures } from '../stages/classify.js';
import { isEntryStamp } from './liveblog.js';
import { isDateLine, parseByline } from '../header/index.js';

export interface DigestList {
  /** Line index of the header. */
  header: number;
  /** Header text without a trailing colon: the items' `section`. */
  section: string;
  /** Line indices of the items, label bullets included. */
  items: number[];
  /** Items that are topic labels of the description item after them. */
  labels: Set<number>;
  /** A jump list under a digest's name ("In this article" / section titles): navigation, not a digest. */
  contents: boolean;
}

/** A generic (unnamed) header has at most this many words; headlines are usually longer. */
const GENERIC_HEADER_MAX_WORDS = 7;
/** A digest has 2-12 items (label + description pairs count once). */
const MIN_ITEMS = 2;
const MAX_ITEMS = 12;
/** A named header's list is cut here (the old behaviour: a long "IN BRIEF" list stays one list). */
const NAMED_MAX_ITEMS = 20;
/** The longest line a list without bullets takes as its second item or later. */
const UNBULLETED_ITEM_MAX_WORDS = 25;
/** Past this many words, such a line longer than every item above it is the paragraph after them. */
const UNBULLETED_ITEM_SHORT_WORDS = 20;
/** Items are short: no item of a generic list runs longer than this. */
const ITEM_MAX_WORDS = 45;
/** Menus have items of a word or two; a digest item says something. */
const MIN_MEDIAN_ITEM_WORDS = 4;
/** Headline-shaped items (key events, contents) say a whole thing: a median of at least this many words. */
const MIN_HEADLINE_ITEM_WORDS = 5;
/** A list reads as summary sentences when every item is a sentence of at least this many words. */
const MIN_SENTENCE_ITEM_WORDS = 5;
/** Parallel items: the longest is at most this many times the shortest (floored at 4 words). */
const LENGTH_SPREAD = 4.5;
/** Prose (sentence lines) allowed before a list near the top, or after one near the bottom, in words. */
const NEAR_EDGE_PROSE_WORDS = 120;
/** Headline-shaped items must mostly be about things the page says elsewhere. */
const SUPPORTED_SHARE = 0.5;
const STRONG_SUPPORTED_SHARE = 0.75;
const ITEM_SUPPORT = 0.5;
/** How far outside the article region (in lines) a digest may start: live blogs put it above. */
const OUTSIDE_REGION_LINES = 15;

function isHardFurniture(label: LineLabel): boolean {
  const rule = label.rule;
  return rule !== undefined && !rule.startsWith('position.') && rule !== 'signal.label-run' && rule !== 'signal.repeated-in-page' && rule !== 'text.invisible';
}

function headerKey(text: string): string {
  return trimEndOf(fold(text), ':?').trim();
}

export function isNamedDigestHeader(text: string): boolean {
  return structureRules().digestHeader.test(headerKey(text));
}

/** "Good morning from Buenos Aires. Today's headlines:": a header that closes a greeting's line, or null. */
function closingDigestHeader(text: string): string | null {
  const tail = text.trimEnd().endsWith(':') ? /[.!?]\s+([^.!?]{3,60})$/.exec(text.trimEnd()) : null;
  return tail !== null && isNamedDigestHeader(tail[1]!) ? tail[1]! : null;
}

/** A line that could head a list: short, title-like, not a sentence and not a lead-in clause. */
function isGenericHeader(line: Line, label: LineLabel, f: LineFeatures): boolean {
  if (line.words === 0 || line.words > GENERIC_HEADER_MAX_WORDS || isHardFurniture(label) || f.tableRow) return false;
  const text = line.text;
  if (/[.!;,]["'”’)]*$/.test(text) || /[.!?]\s/.test(text)) return false;
  // A date over bullets ("Venerdì 4 aprile" / "- Ore 18.30 – ...") heads a timeline's entry, not a digest.
  if (isDateLike(text) || isWrittenDateOnly(text) || isEntryStamp(text) || /^\d+$/.test(text)) return false;
  // A bulleted header is one only when it stands out from its items: capitals or a colon.
  if (line.marker && !isAllCaps(text) && !text.endsWith(':')) return false;
  if (text.endsWith(':') && (structureRules().leadInEnd.test(fold(text.slice(0, -1)).trim()) || structureRules().leadInStart.test(fold(text)))) return false;
  return true;
}

/** Typed dashes the segmenter does not take for bullets ("– item"): a list marker all the same. */
const TYPED_DASH = /^[–—]\s/;

/** The line's bullet marker, counting a typed dash as one. */
export function markerOf(line: Line): Line['marker'] {
  return line.marker ?? (TYPED_DASH.test(line.text) ? 'dash' : null);
}

/** An item's text without a typed dash. */
export function itemText(text: string): string {
  return text.replace(TYPED_DASH, '');
}

/** The items under `head`: lines with the first item's marker, up to the list's end. */
function collectItems(lines: Line[], labels: LineLabel[], features: LineFeatures[], head: number, max: number, headingLevel: (i: number) => number, named = false): number[] {
  const items: number[] = [];
  let marker: Line['marker'] | undefined;
  for (let k = head + 1; k < lines.length && items.length <= max; k++) {
    const line = lines[k]!;
    if (line.text === '') continue;
    if (marker === undefined) marker = markerOf(line);
    // Bulleted lists may have blank lines between items; unbulleted ones end at a blank line.
    if (line.blankBefore && items.length > 0 && marker === null) break;
    if (markerOf(line) !== marker) break;
    // A live blog's key events bullet each event's time stamp ("- 12m ago" / "- Fire crosses Route 9"):
    // the stamps are structure between the items.
    if (marker !== null && isEntryStamp(line.text)) continue;
    // Under a header that names a digest, a bullet the region model dropped is still one of its items.
    if (isHardFurniture(labels[k]!) && !(named && labels[k]!.rule === 'model.not-article')) break;
    if (isTimelineHeaderLike(line) || isInlineTimeline(line.text) || isEntryStamp(line.text) || line.words > 80) break;
    // A short title over a date header ("How we got here" / "April:") heads the timeline, not this list.
    const following = nextLine(lines, k);
    if (following && line.words <= TIMELINE_TITLE_MAX_WORDS && !/[.!?]$/.test(line.text) && isTimelineHeaderLike(following)) break;
    // A list's own header ("Summary") starts the next list, unless it is bulleted like the items:
    // then it is one of them (a table of contents ending in "- Summary").
    if (isNamedDigestHeader(line.text) && (marker === null || markerOf(line) !== marker)) break;
    // A page's title or a section's (<h1>, <h2>, "# ", "## ") is never an item of the list above it.
    const level = headingLevel(k);
    if (level === 1 || level === 2) break;
    if (line.words <= 8 && isAllCaps(line.text)) break; // the next section's header
    if (marker === null && features[k]!.sentence && line.words > 40) break;
    // Summary lines the scraper wrote without their bullets are short: the article's first
    // paragraph, longer, ends them ("In short:" / two lines / "Tasmania's regulator has ordered ...").
    if (marker === null && items.length > 0 && (line.words > UNBULLETED_ITEM_MAX_WORDS || (line.words > UNBULLETED_ITEM_SHORT_WORDS && items.every((i) => lines[i]!.words < line.words)))) break;
    // A short question between such lines ("What's next?") heads the ones under it, and is none of them.
    if (marker === null && items.length > 0 && line.words <= 4 && line.text.endsWith('?')) continue;
    items.push(k);
  }
  return items;
}

/** A timeline's own title ("How we got here", "Timeline") has at most this many words. */
const TIMELINE_TITLE_MAX_WORDS = 6;

/** "June 24, 2024:", "As of 2022:", a date-only line: timeline structure, never a digest item. */
function isTimelineHeaderLike(line: Line): boolean {
  const text = line.text;
  if (isWrittenDateOnly(text.replace(/:$/, '')) || (text.endsWith(':') && (isMonthOnly(text.slice(0, -1)) || isWeekdayOnly(text.slice(0, -1))))) return true;
  return text.endsWith(':') && line.words <= 10 && structureRules().asOfHeader.test(fold(text));
}

/** "June 2023: The government proposes ...": a timeline entry on one line. */
function isInlineTimeline(text: string): boolean {
  const colon = text.indexOf(': ');
  return colon >= 3 && colon <= 40 && isWrittenDateOnly(text.slice(0, colon));
}

/** Whether `text` names most of the content words of `label`. */
function mentions(text: string, label: string): boolean {
  const words = fold(label).match(/[\p{L}\p{N}]{3,}/gu) ?? [];
  if (words.length === 0) return false;
  const hay = fold(text);
  // Compare word stems loosely ("rates" / "rate") by their first four letters.
  return words.filter((w) => hay.includes(w.slice(0, 4))).length / words.length >= 0.6;
}

/** A short topic label bullet followed by the description bullet it introduces. */
function isPairLabel(line: Line, next: Line | undefined): boolean {
  if (!next || line.words > 6 || endsSentence(line.text) || line.text.endsWith(':')) return false;
  if (mentions(next.text, line.text)) return true;
  // "The vote" / "MPs approved the bill by 312 votes to 244.": a label, then a sentence several times longer.
  return line.words <= 4 && endsSentence(next.text) && next.words >= Math.max(8, line.words * 3);
}

function contentStems(text: string): string[] {
  const stop = structureRules().supportStopwords;
  return (fold(text).match(/[\p{L}]{4,}/gu) ?? []).filter((w) => !stop.has(w)).map((w) => w.slice(0, 4));
}

interface PageContext {
  lines: Line[];
  labels: LineLabel[];
  features: LineFeatures[];
  region: { start: number; end: number };
  /** Stems (first four letters) of content words of the article's prose; built on first need. */
  stems: Map<string, number> | null;
  /** Prefix sums of prose words by line; built on first need. */
  prose: Uint32Array | null;
}

/** Stems of the page's prose and section titles: what the page itself tells (menus and lists aside). */
function pageStems(ctx: PageContext): Map<string, number> {
  if (ctx.stems) return ctx.stems;
  const stems = new Map<string, number>();
  const from = Math.max(0, ctx.region.start - OUTSIDE_REGION_LINES);
  const to = Math.min(ctx.lines.length, ctx.region.end + OUTSIDE_REGION_LINES);
  for (let i = from; i < to; i++) {
    const line = ctx.lines[i]!;
    if (isHardFurniture(ctx.labels[i]!) || markerOf(line) !== null || (!ctx.features[i]!.sentence && !isSectionTitle(ctx.lines, i))) continue;
    for (const s of contentStems(line.text)) stems.set(s, (stems.get(s) ?? 0) + 1);
  }
  ctx.stems = stems;
  return stems;
}

/** A short title line with prose right under it (a live-blog entry title, a newsletter section). */
function isSectionTitle(lines: Line[], i: number): boolean {
  const next = lines[i + 1];
  return lines[i]!.words <= 14 && next !== undefined && !next.marker && next.words >= 12;
}

/** How many of the items the page talks about in its prose: most of an item's content words occur there. */
function supportedItems(ctx: PageContext, items: number[]): number {
  const stems = pageStems(ctx);
  return items.filter((k) => {
    const own = contentStems(ctx.lines[k]!.text);
    return own.length > 0 && own.filter((s) => stems.has(s)).length / own.length >= ITEM_SUPPORT;
  }).length;
}

/** Words of prose (sentence lines of the article) in [from, to), from prefix sums built once a page. */
function proseWords(ctx: PageContext, from: number, to: number): number {
  if (!ctx.prose) {
    const sums = new Uint32Array(ctx.lines.length + 1);
    for (let i = 0; i < ctx.lines.length; i++) {
      const line = ctx.lines[i]!;
      const inArticle = i >= ctx.region.start && i < ctx.region.end;
      sums[i + 1] = sums[i]! + (inArticle && ctx.labels[i]!.keep && ctx.features[i]!.sentence && line.words >= 8 && !line.marker ? line.words : 0);
    }
    ctx.prose = sums;
  }
  const a = Math.max(0, Math.min(from, ctx.lines.length));
  const b = Math.max(a, Math.min(to, ctx.lines.length));
  return ctx.prose[b]! - ctx.prose[a]!;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** The shape tests for a list under a header no rule names. */
function looksLikeDigest(ctx: PageContext, head: number, items: number[], labels: Set<number>): boolean {
  const { lines } = ctx;
  const descriptions = items.filter((k) => !labels.has(k));
  if (descriptions.length < MIN_ITEMS || descriptions.length > MAX_ITEMS) return false;
  const last = items[items.length - 1]!;
  if (last < ctx.region.start - OUTSIDE_REGION_LINES || head >= ctx.region.end + 5) return false;
  // Unbulleted short paragraphs under a title are a section of prose (a Q&A answer, a lead), not a list.
  if (markerOf(lines[items[0]!]!) === null) return false;
  const words = descriptions.map((k) => lines[k]!.words);
  const longest = Math.max(...words);
  if (longest > ITEM_MAX_WORDS || longest > LENGTH_SPREAD * Math.max(4, Math.min(...words))) return false;
  // Menus, forms and teaser lists: "Scores | Statistics", "Your name:*", "... 1/14/2008, 4:02 p.m.".
  if (descriptions.some((k) => / \| |[:*]$/.test(lines[k]!.text))) return false;
  if (descriptions.filter((k) => isDateLike(lines[k]!.text)).length * 2 > descriptions.length) return false;
  const sentences = descriptions.filter((k) => endsSentence(lines[k]!.text) && lines[k]!.words >= MIN_SENTENCE_ITEM_WORDS).length;
  const headlineShaped = sentences < descriptions.length;
  const nearTop = proseWords(ctx, 0, head) <= NEAR_EDGE_PROSE_WORDS;
  const nearBottom = proseWords(ctx, last + 1, lines.length) <= NEAR_EDGE_PROSE_WORDS;
  if (!nearTop && !nearBottom) return false;
  // A list that headlines things the page does not talk about is a list of other articles.
  // Very short items are a menu; items that are the section titles below, word for word, a table of contents.
  if (median(words) < MIN_MEDIAN_ITEM_WORDS) return false;
  if (descriptions.filter((k) => reappearsBelow(ctx, k, last)).length * 2 >= descriptions.length) return false;
  // Sentences at the foot of the page sum it up only where the prose above tells them too: a reading
  // list of other people's pieces ("Links I liked") is no summary.
  if (!headlineShaped && !nearTop && supportedItems(ctx, descriptions) < SUPPORTED_SHARE * descriptions.length) return false;
  if (headlineShaped) {
    // Headline-shaped items after the prose are related articles, and menus of them sit anywhere; a live
    // blog's key events or a newsletter's contents sit under the page's date line or byline, above the
    // prose that goes on to tell them. Teaser menus have shorter items.
    if (!nearTop || proseWords(ctx, last + 1, lines.length) === 0 || !(underPageMeta(lines, ctx.labels, head) || overPageMeta(lines, last))) return false;
    // Fragments of four words ("Line closed until Monday") must be about the page almost all of them.
    const share = median(words) >= MIN_HEADLINE_ITEM_WORDS ? SUPPORTED_SHARE : STRONG_SUPPORTED_SHARE;
    return supportedItems(ctx, descriptions) >= Math.max(MIN_ITEMS, share * descriptions.length);
  }
  return true;
}

/** How far above a header the page's date line or byline may be, in non-blank lines. */
const META_LOOKBACK = 6;

/** Whether the page's date line or byline comes right after the list (a summary under the headline). */
function overPageMeta(lines: Line[], last: number): boolean {
  const next = nextLine(lines, last);
  return next !== undefined && next.words <= 16 && (isDateLine(next.text) || parseByline(next.text) !== null);
}

/** Whether the page's date line or byline sits a few lines above `head` (the list is in the page header). */
function underPageMeta(lines: Line[], labels: LineLabel[], head: number): boolean {
  for (let k = head - 1, seen = 0; k >= 0 && seen < META_LOOKBACK; k--) {
    const line = lines[k]!;
    if (line.text === '') continue;
    seen++;
    if (isHardFurniture(labels[k]!) && !labels[k]!.rule?.startsWith('newsletter.') && !labels[k]!.rule?.startsWith('promo.')) continue;
    if (line.words <= 16 && (isDateLine(line.text) || parseByline(line.text) !== null)) return true;
  }
  return false;
}

/**
 * A jump list under a named header ("In this article" / "Our top picks" / "How we tested"): short
 * titles, none a sentence, or the section titles below word for word. A digest says things.
 */
function isContents(ctx: PageContext, items: number[]): boolean {
  const { lines } = ctx;
  if (items.some((k) => endsSentence(lines[k]!.text))) return false;
  if (median(items.map((k) => lines[k]!.words)) < MIN_MEDIAN_ITEM_WORDS) return true;
  return items.filter((k) => reappearsBelow(ctx, k, items[items.length - 1]!)).length * 2 >= items.length;
}

/** A short contents item that is a section title below the list ("Markets" ... "2. Markets"). */
function reappearsBelow(ctx: PageContext, item: number, after: number): boolean {
  const key = headerKey(ctx.lines[item]!.text);
  for (let i = after + 1; i < ctx.region.end; i++) if (ctx.lines[i]!.words <= 8 && headerKey(ctx.lines[i]!.text) === key) return true;
  return false;
}

/**
 * Every digest list on the page. Lines of a list are kept even where classify took them for a menu
 * (short lines in a row) or for lines outside the article (live blogs put key events above it).
 */
export function findDigestLists(lines: Line[], labels: LineLabel[], features: LineFeatures[], region: { start: number; end: number }, headingLevel: (i: number) => number = (i) => lines[i]!.heading): DigestList[] {
  const ctx: PageContext = { lines, labels, features, region, stems: null, prose: null };
  const lists: DigestList[] = [];
  for (let i = 0; i < lines.length; i++) {
    const head = lines[i]!;
    if (head.words === 0 || head.words > GENERIC_HEADER_MAX_WORDS + 1) continue;
    const closing = closingDigestHeader(head.text);
    const named = (head.words <= 6 && isNamedDigestHeader(head.text)) || closing !== null;
    // A header no rule names heads bullets: look at the next line before anything costlier. A
    // page's working list ("Instructions", "Breaking changes") is no digest.
    if (!named && (markerOf(nextLine(lines, i) ?? head) === null || !isGenericHeader(head, labels[i]!, features[i]!) || structureRules().procedureHeader.test(headerKey(head.text)))) continue;
    // A sentence that leads into the lists under it ("Here are the closures reported as of 6:45 a.m.:" /
    // "School boards" / its bullets) makes the header a group of its list, not a digest's.
    // So are the groups after it ("Colleges", "City services"), past the lists above them.
    if (!named && ledInGroup(lines, i)) continue;
    const items = collectItems(lines, labels, features, i, named ? NAMED_MAX_ITEMS : MAX_ITEMS * 2, headingLevel, named);
    if (items.length < MIN_ITEMS) continue;
    // A live blog's entry titled so ("7:02 a.m. ET" / "What we know so far" / its paragraphs) is an
    // entry, not a summary list: without bullets, its lines are the entry's text.
    const above = i > 0 && !head.blankBefore ? lines[i - 1]! : undefined;
    if (named && markerOf(lines[items[0]!]!) === null && above !== undefined && above.words <= ENTRY_STAMP_MAX_WORDS && isEntryStamp(above.text)) continue;
    // A list whose items open with their dates ("June 2019 – The council approves ...") is a timeline.
    if (items.filter((k) => opensWithDate(lines[k]!.text)).length * 2 >= items.length) continue;
    // A label over the piece's own header ("NEWS IN BRIEF" / its headline / "By Wire Staff" / its date)
    // is its kicker: a byline or a date line among the first unbulleted lines under it makes no digest.
    if (named && markerOf(lines[items[0]!]!) === null && items.slice(0, LABEL_HEADER_LINES).some((k) => isHeaderMeta(lines[k]!))) continue;
    const pairLabels = new Set<number>();
    items.forEach((k, n) => {
      const next = items[n + 1];
      if (next !== undefined && !pairLabels.has(items[n - 1] ?? -1) && isPairLabel(lines[k]!, lines[next])) pairLabels.add(k);
    });
    if (!named && !looksLikeDigest(ctx, i, items, pairLabels)) continue;
    lists.push({ header: i, section: (closing ?? head.text).replace(/:$/, '').trim(), items, labels: pairLabels, contents: named && !structureRules().summaryHeader.test(headerKey(head.text)) && isContents(ctx, items) });
    i = items[items.length - 1]!;
  }
  return lists;
}

/** "June 2019 – ...", "14 January 2021: ...": an item that opens with its date, as a timeline's do. */
function opensWithDate(text: string): boolean {
  const m = DATE_OPENER.exec(text);
  return m !== null && isWrittenDateOnly(m[1]!.trim());
}
const DATE_OPENER = /^([^:–—]{3,40}?)(?::\s|\s[–—-]\s)/;

/** How many lines under a label its piece's byline or date line may come (headline, byline, date). */
const LABEL_HEADER_LINES = 3;

/** "By Equator Wire Staff": a credit line in the byline's place. */
const STAFF_BYLINE = /^(?:By|BY)\s+\p{Lu}/u;

function isHeaderMeta(line: Line): boolean {
  // ("By Wire Staff" names no one, so parseByline reads no byline there.)
  return line.words <= 16 && (isDateLine(line.text) || parseByline(line.text) !== null || STAFF_BYLINE.test(line.text));
}

/** A live blog's entry stamp ("7:02 a.m. ET") is a few words. */
const ENTRY_STAMP_MAX_WORDS = 4;

function nextLine(lines: Line[], i: number): Line | undefined {
  for (let k = i + 1; k < lines.length; k++) if (lines[k]!.text !== '') return lines[k];
  return undefined;
}

/** How far back, in lines, the sentence leading into a run of grouped lists may stand. */
const GROUPED_LISTS_LOOKBACK = 40;

/** Whether the header at `i` heads one group of lists a sentence leads into: "Here are the closures ...:" / "School boards" / bullets / "Colleges" / bullets. */
function ledInGroup(lines: Line[], i: number): boolean {
  const leadIn = (line: Line) => line.words >= LEAD_IN_LONG_WORDS && line.text.endsWith(':');
  let k = i - 1;
  while (k >= 0 && lines[k]!.words === 0) k--;
  if (k < 0) return false;
  if (leadIn(lines[k]!)) return true;
  // Or the bullets of the group above, its header, and so on up to the sentence.
  if (!lines[k]!.marker) return false;
  for (let n = 0; k >= 0 && n < GROUPED_LISTS_LOOKBACK; k--, n++) {
    const line = lines[k]!;
    if (line.words === 0 || line.marker) continue;
    if (leadIn(line)) return true;
    if (line.words > GENERIC_HEADER_MAX_WORDS) return false;
  }
  return false;
}

/** A lead-in line ("Passengers are advised to:") has at least this many words. */
const LEAD_IN_MIN_WORDS = 3;
/** A colon line this long reads as a sentence leading in, whatever its last word. */
const LEAD_IN_LONG_WORDS = 6;

/**
 * Bullets a sentence of the article leads into ("Passengers are advised to:" then short bullets) are
 * the article's own list, though short unpunctuated lines in a row read like a menu to classify.
 */
export function keepLedInLists(lines: Line[], labels: LineLabel[]): void {
  for (let i = 0; i + 1 < lines.length; i++) {
    const lead = lines[i]!;
    if (!labels[i]!.keep || lead.marker || lead.words < LEAD_IN_MIN_WORDS || !lead.text.endsWith(':')) continue;
    if (lead.words < LEAD_IN_LONG_WORDS && !structureRules().leadInEnd.test(fold(lead.text.slice(0, -1)).trim())) continue;
    const marker = lines[i + 1]!.marker;
    if (marker === null) continue;
    for (let k = i + 1; k < lines.length && lines[k]!.marker === marker && labels[k]!.rule === 'signal.label-run'; k++) labels[k] = { keep: true };
  }
}

/** A schedule item: a clock time or "Noon" and a dash, then what happens ("10 a.m. — Seed swap at the library"). */
const SCHEDULE_ITEM = /^(?:\d{1,2}(?:[:.]\d\d)?\s?(?:a\.m\.|p\.m\.|am|pm)?|noon|midnight)\s?[-–—:]\s?\S+(?:\s\S+){2,}/i;
const SCHEDULE_MIN_ITEMS = 2;

/**
 * A schedule the article ends with ("Today's events" / "- 10 a.m. — Seed swap at the library"):
 * its header and timed items are content the region may have left below it, as a menu's short
 * lines. Only right under kept prose, and only where furniture rules by position took them.
 */
export function keepScheduleLists(lines: Line[], labels: LineLabel[]): void {
  const rules = structureRules();
  for (let i = 1; i + 1 < lines.length; i++) {
    const head = lines[i]!;
    if (head.words === 0 || head.words > 5 || !rules.scheduleHeader.test(fold(head.text).replace(/:$/, '').trim())) continue;
    let prev = i - 1;
    while (prev > 0 && lines[prev]!.text === '') prev--;
    if (!labels[prev]!.keep) continue;
    const items: number[] = [];
    for (let k = i + 1; k < lines.length && lines[k]!.marker && SCHEDULE_ITEM.test(lines[k]!.text.trim()); k++) items.push(k);
    if (items.length < SCHEDULE_MIN_ITEMS) continue;
    const byPosition = (k: number) => labels[k]!.keep || labels[k]!.rule?.startsWith('position.') === true || labels[k]!.rule === 'signal.label-run';
    if (![i, ...items].every(byPosition)) continue;
    for (const k of [i, ...items]) labels[k] = { keep: true };
  }
}
