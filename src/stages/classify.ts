/**
 * Stage 3, classify: which lines are the article and which are page furniture, and why.
 *
 * First the rules: the catalog (what furniture says, in several languages) and signals that need
 * no vocabulary (where the densest run of prose is, runs of short unpunctuated lines, repetition,
 * and for HTML the DOM's main container). Then the region model (src/model/) reads every line's
 * shallow features beside the rules' verdict and overrules it where it is sure: it recovers article
 * text outside the chosen container and drops teasers and comments inside it. Every removed line
 * keeps a reason and a rule id; lines above the article stay 'position.before-article' for the
 * header stage.
 */
import type { DocumentState, Line, LineLabel } from '../document.js';
import { lineHints, need } from '../document.js';
import { lazy } from '../lazy.js';
import { rulesByPrefix, trigramKey, type CompiledRule, type NeedleIndex } from '../rules/boilerplate.js';
import { CAPTION_MAX_WORDS, CREDIT_LINE_MAX_WORDS, HARD_STOP_RULES, RELEASE_END_RULES, LABEL_MAX_WORDS, PHOTO_CREDIT_RULES, NOTICE_MAX_WORDS_BEFORE, NOTICE_RULES, MIN_ARTICLE_SCORE, LABEL_RUN_MIN, REGION_MODEL_MAX_LINES, REGION_MODEL_MIN_LINES, SAFETY_NET, SOCIAL_EMBED_LINE, SOCIAL_EMBED_REACH, regionWeights as W } from '../rules/signals.js';
import { countWords, endsSentence, fold, trimEndOf, trimStartOf } from '../text.js';
import { isCellRow, isDateLike, isTableRow, isWrittenDateOnly } from '../rules/shapes.js';
import { htmlRules } from '../rules/html.js';
import { structureRules } from '../rules/structure.js';
import { CONTEXT_FEATURES, REGION_FEATURES, contextRows, regionRows, type LineEvidence } from '../model/region-features.js';
import { sigmoid, treeMargin, treeMarginJoined } from '../model/trees.js';
import { regionModel, type RegionModel } from '../model/region-weights.js';
import { isEntryStamp } from '../structure/liveblog.js';

export interface LineFeatures {
  rule: CompiledRule | null;
  sentence: boolean;
  colonHeader: boolean;
  tableRow: boolean;
  /** Short, unpunctuated, not data: a menu entry, a label or a headline in a list. */
  label: boolean;
  /** "Term: a phrase about it" or "Term – a phrase" (a spec, glossary or checklist line): content, though it ends without a stop. */
  keyValue: boolean;
  /** Part of a paragraph the scraper wrapped over several lines (set from the neighbours in `classify`). */
  wrapped: boolean;
  /** Holds a date ("March 3, 2025", "2025-03-03"). */
  dateLike: boolean;
  /** Reads as source code or a shell line (brackets, operators, semicolons): part of a tutorial, not a menu. */
  code: boolean;
  /** The article's own list: bullets a line ending in a colon announces ("Services offered:"), or a fact box under a paragraph. */
  articleList: boolean;
  /** A comment thread or the page's copyright notice starts here: the article rarely goes on past it. */
  hardStop: boolean;
}

const NO_RULES: readonly number[] = [];

/** The rule a reader tool's preamble lines are removed by (they are found by position, in `read`, not by a pattern). */
const readerPreambleRule = lazy((): CompiledRule => ({ id: 'navigation.reader-preamble', lang: 'und', pattern: /^/, maxWords: Number.POSITIVE_INFINITY, reason: 'navigation' }));

/**
 * The first catalog rule the line matches. Only the rules that could match are tried: those whose
 * beginnings fit the line's first one, two or three characters, those whose needles the line
 * holds, and the few with neither; in catalog order, so the first match is the one trying every
 * rule would find, and most patterns are never run (nor compiled) on a page.
 */
export function matchRule(line: Line): CompiledRule | null {
  if (line.text === '') return null;
  const folded = withoutLeadingPictograph(fold(line.text));
  const { rules, byPrefix, anywhere, needles, rulesOfNeedle, needleIndex } = rulesByPrefix();
  const found = needlesIn(folded, needleIndex);
  // The rules this line admits besides those tried on every line: usually none or a few.
  const admitted: number[] = [];
  for (const id of found) for (const k of rulesOfNeedle[id]!) admitted.push(k);
  for (let n = 1; n <= 3 && n <= folded.length; n++) {
    for (const k of byPrefix.get(folded.slice(0, n)) ?? NO_RULES) {
      const ids = needles[k];
      if (!ids || anyFound(ids, found)) admitted.push(k);
    }
  }
  if (admitted.length > 1) admitted.sort(ascending);
  // Both lists ascend: merged, they are tried in catalog order, each rule once.
  for (let a = 0, b = 0, last = -1; a < anywhere.length || b < admitted.length; ) {
    const k = b >= admitted.length || (a < anywhere.length && anywhere[a]! < admitted[b]!) ? anywhere[a++]! : admitted[b++]!;
    if (k === last) continue;
    last = k;
    const rule = rules[k]!;
    if (line.words > rule.maxWords) continue;
    if (rule.pattern.test(folded) && (!rule.also || rule.also.for(folded).test(folded)) && !(rule.unless && rule.unless.test(folded))) return rule;
  }
  return null;
}

const ascending = (a: number, b: number): number => a - b;

/** A pictograph opening a line ("⏱ Tempo di lettura", "📷 Photo:") is decoration: rules read past it. © and ® are words here. */
const LEADING_PICTOGRAPH = /^(?:(?![©®™])[\p{Extended_Pictographic}\uFE0F\u200D])+\s*/u;

function withoutLeadingPictograph(folded: string): string {
  const c = folded.charCodeAt(0);
  // Pictographs sit above U+2000; most lines open with a letter.
  if (c < 0x2000) return folded;
  const m = LEADING_PICTOGRAPH.exec(folded);
  return m && m[0].length < folded.length ? folded.slice(m[0].length) : folded;
}

function anyFound(ids: readonly number[], found: readonly number[]): boolean {
  for (const id of ids) if (found.includes(id)) return true;
  return false;
}

/**
 * The ids of the catalog's needles `text` contains, each once, found in one pass: at each position
 * only the needles starting with its three characters are compared. One pass replaces hundreds of
 * scans. A line holds a handful of needles at most, so a list serves as the set.
 */
function needlesIn(text: string, index: NeedleIndex): number[] {
  const found: number[] = [];
  for (let at = 0; at + 3 <= text.length; at++) {
    const bucket = index.byTrigram.get(trigramKey(text, at));
    if (bucket) {
      for (const id of bucket) {
        if (text.startsWith(index.text[id]!, at) && !found.includes(id)) found.push(id);
      }
    }
  }
  return found;
}

/** Lines at least this much link text, short and unpunctuated, are teasers inside the article container. */
const LINK_SHARE = 0.65;
const LINK_LINE_MAX_WORDS = 20;
/** With the DOM, a line counts toward a menu run only if at least this much of it is link text. */
const RUN_LINK_SHARE = 0.5;

export function lineFeatures(line: Line): LineFeatures {
  const rule = matchRule(line);
  const sentence = endsSentence(line.text) || (line.words >= 12 && /[.!?]["'”’)]?\s+["'“‘(]?\p{Lu}/u.test(line.text));
  const colonHeader = line.text.endsWith(':') && line.words <= 12;
  const tableRow = isTableRow(line.text);
  const dateLike = isDateLike(line.text);
  const keyValue = !sentence && !colonHeader && line.words >= KEY_VALUE_MIN_WORDS && KEY_VALUE.test(line.text) && !dateLike;
  const code = !sentence && isCodeLike(line.text);
  const label = !sentence && !colonHeader && !tableRow && !keyValue && !code && line.words <= LABEL_MAX_WORDS && !dateLike;
  return { rule, sentence, colonHeader, tableRow, label, keyValue, wrapped: false, dateLike, code, articleList: false, hardStop: endsPage(line, rule) };
}

/**
 * A hard-stop rule ends the article; a notice rule only where the notice heads its line ("© 2025 The
 * Gazette", "Gazette © 2025"): after a caption ("Harbour at dawn, 2019 © Ana Ruiz") it is a picture's
 * credit, and deep in a sentence it is prose about copyright.
 */
function endsPage(line: Line, rule: CompiledRule | null): boolean {
  if (!rule || !HARD_STOP_RULES.has(rule.id)) return false;
  if (!NOTICE_RULES.has(rule.id)) return true;
  const folded = fold(line.text);
  // The sign where there is one ("(© 2008 ..."), else where the rule read the notice.
  const sign = folded.indexOf('©');
  const at = sign >= 0 ? sign : folded.search(rule.pattern);
  return at >= 0 && countWords(folded.slice(0, at)) <= NOTICE_MAX_WORDS_BEFORE;
}

/** "Reply" under an embedded post, beside its "Copy link" and "Read 86 replies": the post's button, no end of the article. */
function freeEmbedButtons(lines: Line[], features: LineFeatures[]): void {
  for (let i = 0; i < lines.length; i++) {
    if (!features[i]!.hardStop || features[i]!.rule?.id !== 'navigation.comments' || lines[i]!.words > 3) continue;
    let beside = 0;
    for (let k = Math.max(0, i - SOCIAL_EMBED_REACH); k <= Math.min(lines.length - 1, i + SOCIAL_EMBED_REACH); k++) if (k !== i && SOCIAL_EMBED_LINE.test(lines[k]!.text.trim())) beside++;
    if (beside >= 2) features[i] = { ...features[i]!, hardStop: false };
  }
}

/**
 * A bare clock time ("16:48") reads as an audio player's duration, but a chain of them, each over
 * an entry's text and in time order (newest first or oldest first), is a live blog's entry stamps:
 * they go back to the article for the live-blog reading. A player's durations pass 23:59 or stand
 * alone; a programme's times run in order too, but each heads a line of text all the same.
 */
function freeEntryStamps(lines: Line[], features: LineFeatures[]): void {
  const stamps: { line: number; minutes: number }[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (features[i]!.rule?.id !== 'audio.duration') continue;
    const m = CLOCK_TIME.exec(lines[i]!.text.trim());
    if (!m) continue;
    // The entry's title or text on the next line with words.
    let next = i + 1;
    while (next < lines.length && lines[next]!.text === '') next++;
    if (next >= lines.length || lines[next]!.words < ENTRY_MIN_WORDS || features[next]!.rule !== null) continue;
    stamps.push({ line: i, minutes: Number(m[1]) * 60 + Number(m[2]) });
  }
  if (stamps.length < ENTRY_STAMPS_MIN) return;
  const falling = stamps.every((s, k) => k === 0 || s.minutes <= stamps[k - 1]!.minutes);
  const rising = stamps.every((s, k) => k === 0 || s.minutes >= stamps[k - 1]!.minutes);
  if (!falling && !rising) return;
  for (const s of stamps) features[s.line] = { ...features[s.line]!, rule: null };
}
const CLOCK_TIME = /^([01]?\d|2[0-3]):([0-5]\d)$/;
/** Stamps a chain needs, and the words of the entry line under each. */
const ENTRY_STAMPS_MIN = 3;
const ENTRY_MIN_WORDS = 2;

/** Characters that are rare in prose and menus and common in code. */
const CODE_CHARS = new Set([...'{}[]();=<>_$\\`']);
const CODE_MIN_SHARE = 0.1;
const CODE_MIN_LENGTH = 6;

/** Source code, a query or a shell line: a tenth or more of its characters are code punctuation. */
export function isCodeLike(text: string): boolean {
  if (text.length < CODE_MIN_LENGTH) return false;
  let symbols = 0;
  let visible = 0;
  for (let k = 0; k < text.length; k++) {
    const c = text[k]!;
    if (c === ' ') continue;
    visible++;
    if (CODE_CHARS.has(c)) symbols++;
  }
  return symbols >= 2 && symbols >= visible * CODE_MIN_SHARE;
}

// The term ends at a colon, or at a spaced en or em dash ("Book the band – confirm the set list").
const KEY_VALUE = /^(?:[^:]{2,40}:|[^:–—]{2,40}\s[–—])\s+\S/;
const KEY_VALUE_MIN_WORDS = 5;
/** A line wrapped into the next: no end punctuation, and the next line goes on in lower case. */
const OPEN_END = /[.!?:;。！？…]["'”’)\]]*$/;
const LOWER_START = /^\p{Ll}/u;
const WRAP_MIN_WORDS = 5;

/** Rows of a table flattened to text ("Cell | Cell | Cell"), one line each: this many in a row at least. */
const TABLE_RUN_MIN_ROWS = 3;
const TABLE_MIN_SEPARATORS = 2;

/**
 * A run of lines with the same number of " | " cell borders is a table, whatever its cells hold; one
 * such line alone may be a breadcrumb trail or a menu. (HTML knows its tables from the markup.)
 */
function markTableRuns(lines: Line[], features: LineFeatures[], html: boolean): void {
  if (html) return;
  const separators = lines.map((l) => (l.text.includes(' | ') ? l.text.split(' | ').length - 1 : 0));
  for (let i = 0; i < lines.length; ) {
    let j = i + 1;
    if (separators[i]! >= TABLE_MIN_SEPARATORS) while (j < lines.length && separators[j] === separators[i]) j++;
    if (j - i >= TABLE_RUN_MIN_ROWS) {
      const notForRows = htmlRules().notForTableRows;
      for (let k = i; k < j; k++) {
        const f = features[k]!;
        const freed = f.rule !== null && notForRows.has(f.rule.id);
        features[k] = { ...f, tableRow: true, label: false, rule: freed ? null : f.rule, hardStop: f.hardStop && !freed };
      }
    }
    i = j;
  }
}

/** A code block: this many lines of code at least, and this share of its lines. */
const CODE_RUN_MIN_LINES = 3;
const CODE_RUN_MIN_SHARE = 0.25;
/** Punctuation that only code writes (a breadcrumb's '>' or a menu's '|' is not among it). */
const STRONG_CODE = /[{};=]/;
const CALL_OPEN = /\w\(/;

/** Code punctuation, or a call ("f(x)"): an opening bracket after a word and a closing one later. */
function isStrongCode(text: string): boolean {
  if (STRONG_CODE.test(text)) return true;
  // Two searches, not /\w\(.*\)/: that pattern backtracks quadratically on a long line of "a(a(a(".
  const open = text.search(CALL_OPEN);
  return open >= 0 && text.indexOf(')', open + 2) >= 0;
}

/**
 * A scraped code block is lines of code among short lines of it ("}", "return (", "gemini"): between
 * two paragraphs of prose, a run whose lines are largely code is code throughout, neutral for the
 * region, never a menu. (HTML knows its code blocks from <pre>.)
 */
export function markCodeRuns(lines: Line[], features: LineFeatures[], html: boolean): void {
  if (html) return;
  for (let i = 0; i < lines.length; ) {
    if (features[i]!.sentence || features[i]!.wrapped || lines[i]!.text === '') {
      i++;
      continue;
    }
    let j = i;
    let nonEmpty = 0;
    let code = 0;
    while (j < lines.length && !features[j]!.sentence && !features[j]!.wrapped) {
      if (lines[j]!.text !== '') {
        nonEmpty++;
        if (isStrongCode(lines[j]!.text)) code++;
      }
      j++;
    }
    if (code >= CODE_RUN_MIN_LINES && code >= nonEmpty * CODE_RUN_MIN_SHARE) {
      for (let k = i; k < j; k++) {
        const f = features[k]!;
        if (lines[k]!.text !== '' && !f.rule) features[k] = { ...f, code: true, label: false };
      }
    }
    i = j;
  }
}

/**
 * A line that ends in a colon and the bullets straight under it: a list the text announces
 * ("Services offered:", "You will need:"), the article's own, not a menu, however short its items.
 */
function markLedLists(lines: Line[], features: LineFeatures[], html: boolean): void {
  if (html) return;
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!lines[i]!.text.endsWith(':') || features[i]!.rule) continue;
    let k = i + 1;
    while (k < lines.length && lines[k]!.marker && !lines[k]!.blankBefore && !features[k]!.rule && !features[k]!.sentence) k++;
    if (k > i + 1 && articleGoesOn(lines, features, k)) {
      for (let j = i + 1; j < k; j++) features[j] = { ...features[j]!, articleList: true, label: false };
    }
    i = k - 1;
  }
}

/** A block of "Term: value" lines, this many at least, one under the other. */
const SPEC_RUN_MIN = 3;
const SPEC_LINE = /^[^:]{2,40}:\s+\S/;

/**
 * A block of short "Term: value" lines ("Location: Lisbon", "Capacity: 2,400", "Opened: 1998") under a
 * paragraph is a fact box of the entry that paragraph describes: neutral for the region, never a menu.
 */
function markSpecRuns(lines: Line[], features: LineFeatures[], html: boolean): void {
  if (html) return;
  // Not a dated line: "Writer: ... Date: ... Time: ..." under a story is its credits, not facts.
  const spec = (k: number) => SPEC_LINE.test(lines[k]!.text) && !features[k]!.rule && !features[k]!.sentence && !features[k]!.dateLike && lines[k]!.words <= LABEL_MAX_WORDS;
  for (let i = 0; i < lines.length; i++) {
    if (!spec(i)) continue;
    let k = i + 1;
    while (k < lines.length && spec(k) && !lines[k]!.blankBefore) k++;
    if (k - i >= SPEC_RUN_MIN && proseJustBefore(lines, features, i)) for (let j = i; j < k; j++) features[j] = { ...features[j]!, articleList: true, label: false };
    i = k - 1;
  }
}

/** A paragraph among the two lines above: the fact box belongs to the entry that paragraph describes. */
function proseJustBefore(lines: Line[], features: LineFeatures[], at: number): boolean {
  for (let k = at - 1, seen = 0; k >= 0 && seen < 2; k--) {
    if (lines[k]!.text === '') continue;
    seen++;
    if (isProse(lines[k]!, features[k]!) && !features[k]!.rule) return true;
  }
  return false;
}

/** Lines looked at after a list for the article going on. */
const GOES_ON_LINES = 3;

/** Within the next few lines: a paragraph, or another line announcing more (the next "Term:" of an entry). */
function articleGoesOn(lines: Line[], features: LineFeatures[], from: number): boolean {
  for (let k = from, seen = 0; k < lines.length && seen < GOES_ON_LINES; k++) {
    const line = lines[k]!;
    if (line.text === '') continue;
    seen++;
    const f = features[k]!;
    if (f.rule) return false;
    if (line.text.endsWith(':') || ((f.sentence || f.wrapped) && line.words >= PROSE_MIN_WORDS)) return true;
  }
  return false;
}

/** Hard-wrapped paragraphs: both lines of every wrap join one paragraph and are prose, not labels. */
function markWrapped(lines: Line[], features: LineFeatures[]): void {
  for (let i = 0; i + 1 < lines.length; i++) {
    const a = lines[i]!;
    const b = lines[i + 1]!;
    if (a.words < WRAP_MIN_WORDS || b.blankBefore || b.marker || OPEN_END.test(a.text) || !LOWER_START.test(b.text)) continue;
    for (const k of [i, i + 1]) if (!features[k]!.wrapped) features[k] = { ...features[k]!, wrapped: true, label: false };
  }
}

function score(line: Line, f: LineFeatures): number {
  if (line.text === '') return 0;
  if (f.rule) return f.hardStop ? W.hardStop : W.ruleHit;
  const w = line.words;
  if (f.wrapped) return Math.min(w, W.longCap);
  if (f.keyValue) return W.keyValue;
  if (f.code) return W.code;
  if (f.articleList) return W.articleList;
  if (f.sentence) {
    if (w >= W.longWords) return Math.min(w, W.longCap);
    if (w >= W.mediumWords) return w * W.mediumPerWord;
    return W.shortSentence;
  }
  if (f.colonHeader) return W.colonHeader;
  if (f.tableRow) return W.tableRow;
  if (w >= W.unpunctuatedLongWords) return w * W.unpunctuatedPerWord;
  return line.marker ? W.shortBullet : W.shortLabel;
}

/** The stretch of lines with the best total score (Kadane); [start, end) in line indices. */
export function bestRegion(scores: number[], limit = scores.length): { start: number; end: number; sum: number } {
  let best = -Infinity;
  let bestStart = 0;
  let bestEnd = 0;
  let sum = 0;
  let start = 0;
  for (let i = 0; i < limit; i++) {
    if (sum <= 0) {
      sum = 0;
      start = i;
    }
    sum += scores[i]!;
    if (sum > best) {
      best = sum;
      bestStart = start;
      bestEnd = i + 1;
    }
  }
  if (best <= 0) return { start: 0, end: 0, sum: 0 };
  return { start: bestStart, end: bestEnd, sum: best };
}

/**
 * The article region. A comment thread or a copyright footer inside the best stretch ends the
 * article there, provided enough prose comes before it (comments can outweigh a short post).
 */
export function findRegion(scores: number[], features: LineFeatures[], lines?: Line[]): { start: number; end: number } {
  const whole = bestRegion(scores);
  for (let i = whole.start; i < whole.end; i++) {
    if (!features[i]!.hardStop) continue;
    // A copyright line under an embedded video, with the story's paragraphs going on under it, ends nothing.
    if (lines && NOTICE_RULES.has(features[i]!.rule?.id ?? '') && proseAfter(lines, features, i, whole.end) >= PROSE_AFTER_NOTICE) continue;
    const before = bestRegion(scores, i);
    if (before.sum >= MIN_ARTICLE_SCORE) return { start: before.start, end: before.end };
    break;
  }
  return { start: whole.start, end: whole.end };
}

/** Paragraphs of prose under a copyright line that make it an embed's credit, not the page's end. */
const PROSE_AFTER_NOTICE = 2;
const PROSE_LINE_MIN_WORDS = 15;

/** The paragraphs of prose right under line `from`, one after another (a teaser's title or a menu ends them). */
function proseAfter(lines: Line[], features: LineFeatures[], from: number, to: number): number {
  let n = 0;
  for (let k = from + 1; k < to && k < lines.length; k++) {
    if (lines[k]!.text === '') continue;
    if (features[k]!.rule || !features[k]!.sentence || lines[k]!.words < PROSE_LINE_MIN_WORDS) break;
    n++;
  }
  return n;
}

/** A heading as its contents entry names it: without the anchor mark ('#', '¶') or numbering around it. */
function entryKey(text: string): string {
  const folded = fold(text);
  // Trimmed by hand: a regex anchored at the end rescans long runs of symbols from every start.
  let from = 0;
  let to = folded.length;
  while (from < to && !LETTER_OR_DIGIT.test(folded[from]!)) from++;
  while (to > from && !LETTER_OR_DIGIT.test(folded[to - 1]!)) to--;
  return folded.slice(from, to);
}
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** A table of contents: at least this many entries, each a short line that heads a section further down. */
const CONTENTS_MIN_ENTRIES = 3;
const CONTENTS_ENTRY_MAX_WORDS = 14;
/** Sentences between the first and the last section heading: the sections hold prose, not a repeated menu. */
const CONTENTS_MIN_SENTENCES = 2;

/**
 * The last section a table of contents announces, as [heading, end): a run of short lines near the
 * top that come back, in the same order, as headings further down with content between each two
 * (a menu repeated in the footer comes back as one block). Null when the page has none.
 */
export function lastContentsSection(lines: Line[], features: LineFeatures[], scores: number[], region: { start: number; end: number }): { heading: number; end: number } | null {
  const at = new Map<string, number[]>();
  lines.forEach((line, i) => {
    if (line.words === 0 || line.words > CONTENTS_ENTRY_MAX_WORDS) return;
    const key = entryKey(line.text);
    const list = at.get(key);
    if (list) list.push(i);
    else at.set(key, [i]);
  });
  let last = -1;
  for (let s = 0; s < lines.length; s++) {
    const occurrences: number[] = [];
    let k = s;
    let tocEnd = s;
    for (; k < lines.length; k++) {
      if (lines[k]!.text === '') continue;
      const previous = occurrences.length ? occurrences[occurrences.length - 1]! : k;
      // An entry is on the page twice, in the contents and over its section: a line that recurs more is furniture.
      const seen = lines[k]!.words <= CONTENTS_ENTRY_MAX_WORDS && !features[k]!.rule ? at.get(entryKey(lines[k]!.text)) : undefined;
      const later = seen?.length === 2 && seen[0] === k ? seen[1]! : undefined;
      if (later === undefined || later <= previous) break;
      occurrences.push(later);
      tocEnd = k;
    }
    if (occurrences.length < CONTENTS_MIN_ENTRIES || occurrences[0]! <= tocEnd) continue;
    const first = occurrences[0]!;
    const final = occurrences[occurrences.length - 1]!;
    let sentences = 0;
    for (let i = first; i < final; i++) if (features[i]!.sentence) sentences++;
    const spread = occurrences.every((o, n) => n === 0 || lines.slice(occurrences[n - 1]! + 1, o).some((l) => l.text !== ''));
    // The article already holds the first section.
    const opens = first >= region.start && first < region.end;
    if (spread && opens && sentences >= CONTENTS_MIN_SENTENCES) last = Math.max(last, final);
    s = Math.max(s, tocEnd);
  }
  if (last < 0) return null;
  // The last section runs while it adds prose, as the region itself does.
  let sum = 0;
  let best = -Infinity;
  let end = last + 1;
  for (let i = last; i < lines.length; i++) {
    if (features[i]!.hardStop) break;
    sum += scores[i]!;
    if (sum > best) {
      best = sum;
      end = i + 1;
    }
  }
  return { heading: last, end };
}

/** The article goes on at least to the end of the last section its table of contents announces. */
function extendToContents(lines: Line[], features: LineFeatures[], scores: number[], region: { start: number; end: number }): { start: number; end: number } {
  if (region.end <= region.start) return region;
  const section = lastContentsSection(lines, features, scores, region);
  if (!section || section.heading < region.start || section.end <= region.end) return region;
  return { start: region.start, end: section.end };
}

/** What the rules decide on their own: labels, the prose region, and the evidence behind them. */
export interface RuleClassification {
  features: LineFeatures[];
  scores: number[];
  region: { start: number; end: number };
  labels: LineLabel[];
  hints?: NonNullable<DocumentState['htmlHints']>;
}

export function classifyByRules(state: DocumentState): RuleClassification {
  const lines = need(state, 'lines');
  const hints = lineHints(state, lines);
  const preambleEnd = state.preambleEnd ?? -1;
  const features = lines.map((line, i) => {
    const f = lineFeatures(line);
    // A reader tool's preamble ("Title:", "URL Source:") is the page's metadata, read in `read`.
    if (line.span[1] <= preambleEnd) return { ...f, rule: readerPreambleRule(), label: true, sentence: false };
    return hints?.[i]!.tableRow && f.rule && htmlRules().notForTableRows.has(f.rule.id) ? { ...f, rule: null, hardStop: false } : f;
  });
  markWrapped(lines, features);
  freeEmbedButtons(lines, features);
  freeEntryStamps(lines, features);
  markTableRuns(lines, features, hints !== undefined);
  markCodeRuns(lines, features, hints !== undefined);
  markLedLists(lines, features, hints !== undefined);
  markSpecRuns(lines, features, hints !== undefined);
  const scores = lines.map((line, i) => score(line, features[i]!));
  const domRegion = hints ? cutAtHardStop(regionFromDom(hints), scores, features, hints) : null;
  const region = domRegion ?? extendToContents(lines, features, scores, findRegion(scores, features, lines));
  const labels: LineLabel[] = lines.map((line, i) => {
    const hint = hints?.[i];
    if (hint && domRegion && !hint.inMain) return { keep: false, reason: hint.reason ?? 'navigation', rule: hint.rule ?? 'position.html-outside-main' };
    if (hint && hint.reason && hint.inMain) return { keep: false, reason: hint.reason, rule: hint.rule ?? 'html.region' };
    const f = features[i]!;
    // A link written out as its address inside the article is a reference the article gives, not a teaser.
    const citedLink = hint?.inMain === true && hint.linkShare >= LINK_SHARE && f.rule?.id === 'navigation.url';
    // Inside the article, a line that is nearly all link text and not a sentence is a teaser or menu entry.
    if (hint && hint.inMain && !citedLink && hint.linkShare >= LINK_SHARE && !f.sentence && line.words <= LINK_LINE_MAX_WORDS) return { keep: false, reason: 'related', rule: 'html.link-dense' };
    if (line.text === '') return { keep: false, reason: 'other', rule: 'text.invisible' };
    if (f.rule && !citedLink) return { keep: false, reason: f.rule.reason, rule: f.rule.id };
    if (i < region.start) return { keep: false, reason: 'navigation', rule: 'position.before-article' };
    if (i >= region.end) return { keep: false, reason: f.label ? 'navigation' : 'other', rule: 'position.after-article' };
    return { keep: true };
  });
  markLabelRuns(lines, features, labels, region, hints);
  markRepeats(lines, labels, hints);
  markRemembered(state, lines, labels);
  markSandwiches(lines, labels);
  if (hints) markTeaserDeks(lines, labels, hints);
  markAboutSections(lines, labels, region);
  return { features, scores, region, labels, hints };
}

/** Lines the caller's cross-page memory knows as this source's furniture. */
function markRemembered(state: DocumentState, lines: Line[], labels: LineLabel[]): void {
  const repeated = state.hooks?.repeated;
  if (!repeated) return;
  lines.forEach((line, i) => {
    if (labels[i]!.keep && line.text && repeated(line.text)) labels[i] = { keep: false, reason: 'repeated', rule: 'memory.repeated-across-pages' };
  });
}

/** The evidence rows the region model reads, from the rules' own classification. */
export function evidenceOf(lines: Line[], base: RuleClassification): LineEvidence {
  const { features, scores, region, labels, hints } = base;
  return {
    lines, labels, scores, region, hints,
    sentence: features.map((f) => f.sentence),
    label: features.map((f) => f.label),
    colonHeader: features.map((f) => f.colonHeader),
    tableRow: features.map((f) => f.tableRow),
    keyValue: features.map((f) => f.keyValue),
    wrapped: features.map((f) => f.wrapped),
    dateLike: features.map((f) => f.dateLike),
    code: features.map((f) => f.code),
    ruleReason: features.map((f) => f.rule?.reason ?? null),
    hardStop: features.map((f) => f.hardStop),
  };
}

export function classify(state: DocumentState): void {
  const lines = need(state, 'lines');
  const base = classifyByRules(state);
  // A handful of lines (a snippet, a body extracted before) gives the model no page to read: the rules decide.
  const model = lines.length >= REGION_MODEL_MIN_LINES && lines.length <= REGION_MODEL_MAX_LINES ? regionModel(base.hints ? 'html' : 'text') : null;
  const { labels, region } = model ? applyRegionModel(lines, base, model) : base;
  // The cross-page memory is the caller's own evidence: it stands whatever the model reads.
  markRemembered(state, lines, labels);
  markCaptionsAboveCredits(lines, base.features, labels);
  markPullQuotes(lines, labels);
  state.features = base.features;
  state.region = region;
  state.labels = labels;
}

/**
 * The model's reading of every line: article text or not. Lines it keeps are kept; lines it drops
 * keep the rule that named them, or are placed before, inside or after the article. The region runs
 * from the first kept line to the last, so the header stage finds the headline above it as before.
 */
function applyRegionModel(lines: Line[], base: RuleClassification, model: RegionModel): { labels: LineLabel[]; region: { start: number; end: number } } {
  const rows = regionRows(evidenceOf(lines, base));
  const width = REGION_FEATURES.length;
  const first = new Float64Array(lines.length);
  for (let i = 0; i < lines.length; i++) first[i] = sigmoid(treeMargin(model.line, rows, i, width));
  // The second pass reads each line's first-pass probability beside its neighbours'.
  const context = model.context;
  const around = context ? contextRows(first, lines) : null;
  const { drop, add, addRule } = model.thresholds;
  const keep = lines.map((line, i) => {
    if (line.text === '') return false;
    const p = context && around ? sigmoid(treeMarginJoined(context, rows, width, around, CONTEXT_FEATURES.length, i)) : first[i]!;
    // The model overrules the rules only when it is sure enough: more so against a catalog rule.
    // A line a structural rule took (the list under "Lesen Sie auch") counts as one a catalog rule took.
    // So does a press release's "About Acme" and the company profile under it (the next line names the issuer).
    const ruled = base.features[i]!.rule !== null || base.labels[i]!.rule === 'related.list' || base.labels[i]!.rule === 'pressrelease.about';
    return base.labels[i]!.keep ? p >= drop : p >= (ruled ? addRule : add);
  });
  let start = keep.indexOf(true);
  if (start < 0 || holdsTooLittleProse(lines, base, keep)) return { labels: base.labels, region: base.region };
  // The header zone (short lines around a standfirst, above the article's paragraphs) is the header
  // stage's to read: bylines and datelines there are not body, but that stage must see them where the
  // rules put them. It ends at the second paragraph, or HEADER_ZONE_LINES lines into the article.
  let zoneEnd = start;
  for (let prose = 0; zoneEnd < lines.length; zoneEnd++) {
    if (keep[zoneEnd] && isProse(lines[zoneEnd]!, base.features[zoneEnd]!) && ++prose === 2) break;
  }
  zoneEnd = Math.min(zoneEnd, start + HEADER_ZONE_LINES);
  for (let i = Math.min(start, base.region.start); i < zoneEnd; i++) {
    if (!keep[i] && base.labels[i]!.keep && lines[i]!.words <= HEADER_LINE_MAX_WORDS) keep[i] = true;
  }
  start = keep.indexOf(true);
  const end = keep.lastIndexOf(true) + 1;
  keepLeadLines(lines, base, keep, start, end);
  keepLeadUnderPicture(lines, base, keep, start);
  keepAnnouncedTables(lines, base, keep);
  keepTableOpeningArticle(lines, base, keep, start);
  keepProseUnderStamps(lines, base, keep, start, end);
  keepClosingParagraph(lines, base, keep);
  keepTimelineHeaders(lines, base, keep, start, end);
  keepBareTimeline(lines, base, keep);
  keepRecipeCard(lines, base, keep);
  keepTrailingCalendar(lines, base, keep);
  endAtReleaseEnd(base, keep);
  start = keep.indexOf(true);
  const labels = lines.map((line, i): LineLabel => {
    if (keep[i]) return { keep: true };
    const was = base.labels[i]!;
    const f = base.features[i]!;
    if (line.text === '') return was;
    if (i < start) return was.rule && !was.rule.startsWith('position.') ? was : { keep: false, reason: 'navigation', rule: 'position.before-article' };
    if (i >= end) return was.rule && !was.rule.startsWith('position.') ? was : { keep: false, reason: f.label ? 'navigation' : 'other', rule: 'position.after-article' };
    if (!was.keep && was.rule && !was.rule.startsWith('position.')) return was;
    return { keep: false, reason: f.label || (base.hints?.[i]?.linkShare ?? 0) >= RUN_LINK_SHARE ? 'navigation' : 'other', rule: 'model.not-article' };
  });
  return { labels, region: { start, end } };
}

/** A line no catalog rule took, which the rules kept or only placed outside the article: the model's to give back. */
function isOpenLine(base: RuleClassification, k: number): boolean {
  return base.features[k]!.rule === null && (base.labels[k]!.keep || base.labels[k]!.rule?.startsWith('position.') === true);
}

/** How many lines (a data table, its source line, a section title) may stand between the article and its calendar. */
const CALENDAR_GAP_LINES = 14;
/** A calendar has at least this many dated entries. */
const CALENDAR_MIN_ENTRIES = 2;

/**
 * A calendar closing a wrap or a briefing under its own title ("What to watch" / "- Wednesday, Oct.
 * 14:" / "- U.S. consumer prices for September." / ...), past a table or a source line under the
 * article's last paragraph: the article's days ahead, though the model reads dates alone and short
 * lines as a widget's. Only dated headers each over an entry count, at least two of them.
 */
function keepTrailingCalendar(lines: Line[], base: RuleClassification, keep: boolean[]): void {
  const last = keep.lastIndexOf(true);
  if (last < 0) return;
  const open = (k: number) => isOpenLine(base, k);
  const isDateHeader = (k: number) => k < lines.length && open(k) && lines[k]!.text.endsWith(':') && lines[k]!.words <= TIMELINE_HEADER_MAX_WORDS && base.features[k]!.dateLike;
  const isEntry = (k: number) => k < lines.length && open(k) && !lines[k]!.text.endsWith(':') && lines[k]!.words >= 2;
  const next = (k: number) => nextWithText(lines, k);
  for (let k = next(last), seen = 0; k < lines.length && seen < CALENDAR_GAP_LINES; k = next(k), seen++) {
    const f = base.features[k]!;
    if (isDateHeader(next(k)) && open(k) && !f.sentence && lines[k]!.words <= HEADER_LINE_MAX_WORDS) {
      const taken: number[] = [k];
      let p = next(k);
      let entries = 0;
      while (isDateHeader(p) && isEntry(next(p))) {
        taken.push(p, next(p));
        entries++;
        p = next(next(p));
      }
      if (entries >= CALENDAR_MIN_ENTRIES) for (const t of taken) keep[t] = true;
      return;
    }
    // Between the article and its calendar: a table, its source line, a short title; nothing else.
    if (!(f.tableRow || f.rule?.reason === 'credit' || (open(k) && !f.sentence && lines[k]!.words <= HEADER_LINE_MAX_WORDS))) return;
  }
}

/** How far under the article's last kept line a recipe card may begin, and how many lines its ingredients may run. */
const RECIPE_CARD_REACH = 120;
const RECIPE_INGREDIENTS_MAX_LINES = 60;

/**
 * A recipe card under the story of the dish ("Ingredients" / its lines / "Instructions" / the steps /
 * "Notes"): the article's, though its short lines read as a widget's to the model. The card runs
 * from the ingredients header through the steps and notes, to the first line that is neither.
 */
function keepRecipeCard(lines: Line[], base: RuleClassification, keep: boolean[]): void {
  const first = keep.indexOf(true);
  const last = keep.lastIndexOf(true);
  if (first < 0) return;
  const rules = structureRules();
  const open = (k: number) => isOpenLine(base, k);
  const folded = (k: number) => fold(lines[k]!.text).trim();
  const to = Math.min(lines.length, last + RECIPE_CARD_REACH);
  let ingredients = -1;
  // (The model may have kept the steps alone, below the ingredients.)
  for (let i = Math.max(0, first - RECIPE_INGREDIENTS_MAX_LINES); i < to && ingredients < 0; i++) if (!keep[i] && open(i) && rules.recipeIngredients.test(folded(i))) ingredients = i;
  if (ingredients < 0) return;
  let method = -1;
  for (let i = ingredients + 1; i < Math.min(lines.length, ingredients + RECIPE_INGREDIENTS_MAX_LINES) && method < 0; i++) if (open(i) && rules.recipeMethod.test(folded(i))) method = i;
  if (method < 0) return;
  for (let k = ingredients; k <= method; k++) if (lines[k]!.text !== '' && open(k)) keep[k] = true;
  for (let k = nextWithText(lines, method); k < lines.length; k = nextWithText(lines, k)) {
    if (!open(k)) break;
    if (base.features[k]!.sentence || rules.recipeNotes.test(folded(k))) keep[k] = true;
    else break;
  }
}

/** The longest date header of a timeline ("- June 24, 2024:", "Tuesday, 3 March:"). */
const TIMELINE_HEADER_MAX_WORDS = 6;

/**
 * A timeline's date header ending in a colon, which the rules kept, over an entry the model keeps:
 * the article's, as its entry is (the model, reading a date alone, may drop one header of many).
 */
function keepTimelineHeaders(lines: Line[], base: RuleClassification, keep: boolean[], start: number, end: number): void {
  for (let i = start; i < end; i++) {
    const line = lines[i]!;
    if (keep[i] || !base.labels[i]!.keep || line.words > TIMELINE_HEADER_MAX_WORDS || !line.text.endsWith(':') || !base.features[i]!.dateLike) continue;
    let k = i + 1;
    while (k < end && lines[k]!.text === '') k++;
    if (k < end && keep[k]) keep[i] = true;
  }
}

/** The longest bare date line of a chronology ("15 April 2014", "Tuesday, 3 March 2025"). */
const BARE_DATE_MAX_WORDS = 6;

/**
 * A chronology written as bare date lines, each over its event ("15 April 2014" / "The federal
 * government confirms the site."): once a pair follows the article's kept text, the pairs after it
 * are the article's too, though a date alone and a short line read as a widget's to the model.
 */
function keepBareTimeline(lines: Line[], base: RuleClassification, keep: boolean[]): void {
  const next = (from: number) => nextWithText(lines, from);
  const open = (k: number) => base.labels[k]!.keep || base.labels[k]!.rule?.startsWith('position.') === true;
  const isBareDate = (k: number) => lines[k]!.words <= BARE_DATE_MAX_WORDS && !lines[k]!.text.endsWith(':') && /\d{4}/.test(lines[k]!.text) && isWrittenDateOnly(lines[k]!.text);
  let lastKept = -1;
  for (let i = 0; i < lines.length; i++) {
    if (keep[i]) {
      lastKept = i;
      continue;
    }
    if (lastKept < 0 || next(lastKept) !== i || !isBareDate(i) || !open(i)) continue;
    const entry = next(i);
    if (entry >= lines.length || !open(entry) || base.features[entry]!.rule !== null || !base.features[entry]!.sentence || isBareDate(entry)) continue;
    keep[i] = true;
    keep[entry] = true;
    lastKept = entry;
    i = entry;
  }
}

/**
 * The article's last paragraph, between the last kept line and the page's furniture (share
 * buttons, a comments header): the model reads it as the furniture's first line. Sentences the
 * rules kept (a few at most), with nothing but a catalog rule's line or the page's end after them,
 * close the article.
 */
/**
 * A press release ends at its "Ends" (or "###", "-30-") and its notes to editors begin there: what
 * follows is the press office's, however much it reads like prose ("2. The study began in 2004 ...").
 */
function endAtReleaseEnd(base: RuleClassification, keep: boolean[]): void {
  const first = keep.indexOf(true);
  if (first < 0) return;
  const stop = base.features.findIndex((f, i) => i > first && f.rule !== null && RELEASE_END_RULES.has(f.rule.id));
  if (stop < 0) return;
  for (let i = stop; i < keep.length; i++) keep[i] = false;
}

function keepClosingParagraph(lines: Line[], base: RuleClassification, keep: boolean[]): void {
  const last = keep.lastIndexOf(true);
  if (last < 0) return;
  const next = (from: number) => nextWithText(lines, from);
  const k = next(last);
  if (k >= lines.length) return;
  // A table the article kept (a results table) does not end it: the prose paragraphs right under
  // it are more of the article, not the page's furniture.
  if ((base.features[last]!.tableRow && !base.features[last]!.dateLike) || isCellRow(lines[last]!.text)) {
    let p = k;
    for (; p < lines.length && isClosingProse(lines[p]!, base, p); p = next(p)) keep[p] = true;
    if (p > k) return;
  }
  // A box set into the article (a newsletter sign-up, an advert) does not end it either: the prose
  // under a short run of such lines that goes on about the article's own names is more of it.
  const resume = pastInsertedBox(lines, base, k, next);
  // (The last paragraphs under the box, with the page's furniture right under them, are the
  // article's end even where they name nothing the article named: "L'inauguration est prévue le
  // vendredi 7 novembre.")
  let runEnd = resume;
  for (let n = 0; runEnd >= 0 && runEnd < lines.length && n < CLOSING_RUN_MAX && isClosingProse(lines[runEnd]!, base, runEnd, true); n++) runEnd = next(runEnd);
  const closing = resume >= 0 && runEnd > resume && runEnd < lines.length && base.features[runEnd]!.rule !== null;
  if (resume >= 0 && (continuesArticle(lines, keep, resume) || closing)) {
    for (let p = resume; p < lines.length && isClosingProse(lines[p]!, base, p, true); p = next(p)) keep[p] = true;
    return;
  }
  // A timeline's last entry under its kept date header ("- June 30, 2023:" / "- The club signed ...").
  const dated = lines[last]!.text.endsWith(':') && base.features[k]!.dateLike === false && base.features[last]!.dateLike;
  // The last paragraphs (a few, under a picture's caption the model kept), each a sentence the rules kept.
  const run: number[] = [];
  let p = k;
  for (; p < lines.length && run.length < CLOSING_RUN_MAX; p = next(p)) {
    const f = base.features[p]!;
    if (!base.labels[p]!.keep || f.rule !== null || !f.sentence || (lines[p]!.words < PROSE_MIN_WORDS && !(p === k && dated))) break;
    run.push(p);
  }
  if (run.length === 0 || (p < lines.length && base.features[p]!.rule === null)) return;
  for (const q of run) keep[q] = true;
}

/** At most this many paragraphs close an article under a box set into it. */
const CLOSING_RUN_MAX = 3;

/** What a box set into an article says of itself: a sign-up, an offer, an advert. */
const INSERTED_BOX_REASONS = new Set(['newsletter', 'subscription', 'advertisement', 'promo', 'app', 'audio', 'related']);
/** At most this many lines make such a box (its pitch, a field, a button, the advert label after it). */
const INSERTED_BOX_MAX_LINES = 5;
/** Its lines without a rule of their own are short: a form field ("Your email"), a button. */
const INSERTED_BOX_FIELD_WORDS = 6;

/**
 * Where the article's prose resumes under a box set into it, from line `from`: a run of at most
 * INSERTED_BOX_MAX_LINES lines, one of them a sign-up, offer or advert by the catalog and the rest
 * of them such lines or short fields, then a paragraph of prose; -1 when there is no such box.
 */
function pastInsertedBox(lines: Line[], base: RuleClassification, from: number, next: (i: number) => number): number {
  let boxed = false;
  let k = from;
  for (let n = 0; n < INSERTED_BOX_MAX_LINES && k < lines.length; n++, k = next(k)) {
    // A comment thread or the page's notice ends the article: no box runs past one.
    if (base.features[k]!.hardStop) return -1;
    const label = base.labels[k]!;
    if (!label.keep && label.reason && INSERTED_BOX_REASONS.has(label.reason) && !label.rule?.startsWith('position.')) boxed = true;
    else if (lines[k]!.words > INSERTED_BOX_FIELD_WORDS || base.features[k]!.sentence) break;
  }
  return boxed && k < lines.length && isClosingProse(lines[k]!, base, k, true) ? k : -1;
}

/** Of a paragraph's longer words, the share an article's continuation repeats from the article above. */
const CONTINUATION_SHARED_WORDS = 0.3;
const CONTINUATION_WORD = /\p{L}{5,}/gu;

/**
 * Whether the paragraph at `i` goes on with the article kept above it: it repeats enough of the
 * article's longer words, one of them a name the article writes capitalised inside a sentence. The
 * page's own prose under a box (a newsletter's pitch, a comments policy, a disclaimer) names none.
 */
function continuesArticle(lines: Line[], keep: boolean[], i: number): boolean {
  const article = new Set<string>();
  const names = new Set<string>();
  for (let k = 0; k < i; k++) {
    if (!keep[k]) continue;
    const text = lines[k]!.text;
    for (const w of text.matchAll(CONTINUATION_WORD)) {
      const lower = w[0].toLowerCase();
      article.add(lower);
      if (w[0] !== lower && w.index! > 0 && !/[.!?:"“„«–-]\s*$/.test(text.slice(0, w.index))) names.add(lower);
    }
  }
  const words = new Set([...lines[i]!.text.matchAll(CONTINUATION_WORD)].map((w) => w[0].toLowerCase()));
  let shared = 0;
  let named = false;
  for (const w of words) {
    if (!article.has(w)) continue;
    shared++;
    if (names.has(w)) named = true;
  }
  return named && words.size > 0 && shared >= words.size * CONTINUATION_SHARED_WORDS;
}

/** `pastRegion`: a paragraph the rules' own region left out (it ended at the box) may count. */
function isClosingProse(line: Line, base: RuleClassification, i: number, pastRegion = false): boolean {
  const f = base.features[i]!;
  const label = base.labels[i]!;
  // Under a box the paragraph's words tie it to the article (continuesArticle): a short one may count.
  return (label.keep || (pastRegion && label.rule?.startsWith('position.') === true)) && f.rule === null && f.sentence && !f.tableRow && line.words >= (pastRegion ? PROSE_MIN_WORDS : TABLE_TAIL_PROSE_WORDS);
}

/**
 * Inside the article, a paragraph the rules kept under a kept live-blog stamp and its title ("+++
 * 13:45 Uhr +++" / "Land sagt Soforthilfe zu") is that entry's text: the model reads an entry
 * between share buttons and an advert as more of them.
 */
function keepProseUnderStamps(lines: Line[], base: RuleClassification, keep: boolean[], start: number, end: number): void {
  // A live blog has a chain of stamps; one date line with its time ("March 26, 2025 at 6:12 p.m.") heads an article.
  let stamps = 0;
  for (let i = start; i < end && stamps < 2; i++) if (keep[i] && lines[i]!.words <= 8 && isEntryStamp(lines[i]!.text)) stamps++;
  if (stamps < 2) return;
  for (let i = start + 1; i < end; i++) {
    if (keep[i] || !base.labels[i]!.keep || !isProse(lines[i]!, base.features[i]!)) continue;
    for (let k = i - 1, seen = 0; k >= start && seen < 2; k--) {
      if (lines[k]!.text === '') continue;
      seen++;
      if (!keep[k]) break;
      if (isEntryStamp(lines[k]!.text)) {
        keep[i] = true;
        break;
      }
    }
  }
}

/** Short lines that lead a kept paragraph: at most this many above it. */
const LEAD_CHAIN_MAX = 2;

/**
 * Inside the article, a short line the rules kept that leads a kept paragraph (a subheading, a live
 * blog's time stamp and entry title) belongs to that paragraph. The model reads lines beside an advert
 * or a share bar as more of it; structure says otherwise.
 */
function keepLeadLines(lines: Line[], base: RuleClassification, keep: boolean[], start: number, end: number): void {
  let chain = 0;
  let leadsProse = false;
  for (let i = end - 1; i >= 0; i--) {
    // Above the article only the page's own subheadings ("## 09:12 GMT" in Markdown) that run straight
    // into it: the headline, byline and date lines there are the header stage's.
    if (i < start && !(lines[i]!.heading >= 2 && (base.labels[i]!.keep || base.labels[i]!.rule === 'position.before-article'))) break;
    const line = lines[i]!;
    if (line.text === '') continue;
    const f = base.features[i]!;
    const short = !f.sentence && line.words <= HEADER_LINE_MAX_WORDS;
    if (keep[i]) {
      // A kept title above the paragraph still leads it: its time stamp may sit above it.
      if (isProse(line, f)) {
        chain = 0;
        leadsProse = true;
      } else leadsProse = leadsProse && short && ++chain <= LEAD_CHAIN_MAX;
      continue;
    }
    if (leadsProse && chain < LEAD_CHAIN_MAX && (base.labels[i]!.keep || i < start) && !f.rule && short) {
      keep[i] = true;
      chain++;
      continue;
    }
    leadsProse = false;
  }
}

/** The next line with text after `from` (lines.length where none is). */
function nextWithText(lines: Line[], from: number): number {
  let k = from + 1;
  while (k < lines.length && lines[k]!.text === '') k++;
  return k;
}

/** The last line with text before `from` (-1 where none is). */
function prevWithText(lines: Line[], from: number): number {
  let k = from - 1;
  while (k >= 0 && lines[k]!.text === '') k--;
  return k;
}

/** The shortest paragraph read as the article's lead under its picture. */
const LEAD_UNDER_PICTURE_MIN_WORDS = 12;

/**
 * The article's first paragraph under the picture's caption, just above the paragraphs the model
 * kept ("Päivitetty 14.2." / caption / lead / body): the caption between it and the header makes it
 * look like the header's, but a caption heads the article's text, not the page's furniture.
 */
function keepLeadUnderPicture(lines: Line[], base: RuleClassification, keep: boolean[], start: number): void {
  if (start <= 0) return;
  const lead = prevWithText(lines, start);
  if (lead < 0 || keep[lead]) return;
  const f = base.features[lead]!;
  if (f.rule !== null || !isProse(lines[lead]!, f) || lines[lead]!.words < LEAD_UNDER_PICTURE_MIN_WORDS) return;
  if (!(base.labels[lead]!.keep || base.labels[lead]!.rule === 'position.before-article')) return;
  const above = prevWithText(lines, lead);
  const reason = above >= 0 ? base.features[above]!.rule?.reason : undefined;
  if (reason === 'caption' || reason === 'credit') keep[lead] = true;
}

/**
 * A table the article announces ("Division One: top four" over "Pos | Team | P | Pts" rows) is the
 * article's, though its rows score nothing as prose and the model reads them as a widget's: the
 * kept title line right above the rows carries them.
 */
function keepAnnouncedTables(lines: Line[], base: RuleClassification, keep: boolean[]): void {
  for (let i = 0; i < lines.length; i++) {
    if (!keep[i] || base.features[i]!.sentence || lines[i]!.words > HEADER_LINE_MAX_WORDS || lines[i]!.words === 0) continue;
    let j = i + 1;
    while (j < lines.length && lines[j]!.text === '') j++;
    if (j >= lines.length || keep[j] || !base.features[j]!.tableRow) continue;
    for (; j < lines.length && base.features[j]!.tableRow && base.features[j]!.rule === null; j++) keep[j] = true;
    i = j - 1;
  }
}

/**
 * A table that opens the article ("How they compare" / "Model | Best for | Price" / its rows), right
 * above the first line the model kept: the article's, as a table under a kept title is. Its rows read
 * as a widget's to the model where no kept line announces them.
 */
function keepTableOpeningArticle(lines: Line[], base: RuleClassification, keep: boolean[], start: number): void {
  if (start <= 0) return;
  const open = (k: number) => isOpenLine(base, k);
  let k = prevWithText(lines, start);
  const rows: number[] = [];
  while (k >= 0 && base.features[k]!.tableRow && open(k)) {
    rows.push(k);
    k = prevWithText(lines, k);
  }
  if (rows.length < TABLE_OPENING_MIN_ROWS) return;
  for (const r of rows) keep[r] = true;
  if (k >= 0 && open(k) && !base.features[k]!.sentence && lines[k]!.words <= HEADER_LINE_MAX_WORDS) keep[k] = true;
}
const TABLE_OPENING_MIN_ROWS = 3;

/** A header line is at most this long; the article's first paragraph is longer prose. */
const HEADER_LINE_MAX_WORDS = 12;
const HEADER_ZONE_LINES = 8;
const PROSE_MIN_WORDS = 8;
/** How long a paragraph under an article's table must be to continue the article (a full sentence of prose). */
const TABLE_TAIL_PROSE_WORDS = 15;

function isProse(line: Line, f: LineFeatures): boolean {
  return (f.sentence || f.wrapped) && line.words >= PROSE_MIN_WORDS;
}

/**
 * The safety net (after trafilatura's fallback): when the model keeps a small share of the page's
 * prose and the rules' region holds far more, the model has most likely locked onto the wrong block.
 */
function holdsTooLittleProse(lines: Line[], base: RuleClassification, keep: boolean[]): boolean {
  let all = 0;
  let kept = 0;
  let byRules = 0;
  for (let i = 0; i < lines.length; i++) {
    const words = lines[i]!.words;
    if (words < SAFETY_NET.proseWords || !base.features[i]!.sentence) continue;
    all += words;
    if (keep[i]) kept += words;
    if (base.labels[i]!.keep) byRules += words;
  }
  return all > 0 && kept < all * SAFETY_NET.minShare && byRules >= kept * SAFETY_NET.rulesFactor;
}

/** A comment marker that is mostly link text links to the thread. */
const THREAD_LINK_SHARE = 0.5;

/** A comment thread inside the DOM's main content still ends the article. */
function cutAtHardStop(region: { start: number; end: number } | null, scores: number[], features: LineFeatures[], hints: NonNullable<DocumentState['htmlHints']>): { start: number; end: number } | null {
  if (!region) return null;
  let prose = 0;
  for (let i = region.start; i < region.end; i++) {
    const rule = features[i]!.rule;
    // "Report" or "Reply" in a share bar or an embedded post is that widget's button, not a comment thread.
    const inOtherWidget = hints[i]!.reason !== null && hints[i]!.reason !== 'navigation';
    // "124 Comments" as a link (in a share bar under the first paragraph) leads to the thread; it does not open it.
    const linkToThread = hints[i]!.linkShare >= THREAD_LINK_SHARE;
    if (rule && rule.id.startsWith('navigation.comment') && !inOtherWidget && !linkToThread && prose >= MIN_ARTICLE_SCORE) return { start: region.start, end: i };
    prose += Math.max(0, scores[i]!);
  }
  return region;
}

/** The DOM's main content as a line range, or null when the page had none. */
function regionFromDom(hints: NonNullable<DocumentState['htmlHints']>): { start: number; end: number } | null {
  let start = -1;
  let end = -1;
  hints.forEach((h, i) => {
    if (!h.inMain) return;
    if (start < 0) start = i;
    end = i + 1;
  });
  return start < 0 ? null : { start, end };
}

/** Inside the article, runs of short unpunctuated lines are menus or lists of other headlines. */
/** A line ending in a colon with at least this many words is a sentence leading in, not a label. */
const LEAD_IN_MIN_WORDS = 8;

function markLabelRuns(lines: Line[], features: LineFeatures[], labels: LineLabel[], region: { start: number; end: number }, hints?: DocumentState['htmlHints']): void {
  // With the DOM, a menu or headline list is made of links; short unlinked lines are the article's own lists.
  const counts = (i: number) => !hints || hints[i]!.linkShare >= RUN_LINK_SHARE;
  let runStart = -1;
  const close = (end: number) => {
    // Short lines with numbers are data (scores, fixtures), not menus.
    const dataLines = runStart < 0 ? 0 : lines.slice(runStart, end).filter((l) => /\d/.test(l.text) && l.words <= 8).length;
    if (runStart >= 0 && end - runStart >= LABEL_RUN_MIN && dataLines * 2 < end - runStart) {
      const afterRelated = runStart > 0 && labels[runStart - 1]?.rule?.startsWith('related.');
      for (let k = runStart; k < end; k++) labels[k] = { keep: false, reason: afterRelated ? 'related' : 'navigation', rule: 'signal.label-run' };
    }
    runStart = -1;
  };
  for (let i = region.start; i < region.end; i++) {
    // A long line ending in a colon leads into what follows ("Mark Dunleavy has posted this from the rest centre:"): no menu entry.
    const leadIn = lines[i]!.words >= LEAD_IN_MIN_WORDS && lines[i]!.text.endsWith(':');
    const isLabel = labels[i]!.keep && features[i]!.label && counts(i) && !leadIn;
    if (isLabel && runStart < 0) runStart = i;
    else if (!isLabel) close(i);
  }
  close(region.end);
  // A "Related"/"Read more" header inside the article takes the headline list under it, and the
  // one-sentence summaries between the headlines when it alternates headline, summary, headline.
  // A question teaser ("What's in your tap water? Look up your town's results") ends without a full stop.
  const isTeaserHeadline = (k: number) => features[k]!.label || ((features[k]!.keyValue || /\?(?:\s|$)/.test(lines[k]!.text)) && lines[k]!.words <= TEASER_HEADLINE_MAX_WORDS && !/[.!]["'”’)]*$/.test(lines[k]!.text));
  // The header may be what ended the region ("RELATED STORIES" set into the article): the list under it is still its.
  const open = (k: number) => labels[k]!.keep || labels[k]!.rule === 'position.after-article';
  const isBadge = (k: number) => labels[k]!.rule?.startsWith('paywall.badge') === true && lines[k]!.words <= 2;
  for (let i = region.start; i <= region.end && i < lines.length; i++) {
    // The header in any language ("related.header-de": "Lesen Sie auch"), or a most-read list's.
    if (!labels[i]!.rule?.startsWith('related.header') && labels[i]!.rule !== 'navigation.popular') continue;
    const taken: number[] = [];
    let headlines = 0;
    let afterHeadline = false;
    // The list may run past the region's first reckoning, which a header like this one ends.
    for (let k = i + 1; k < lines.length && (open(k) || isBadge(k)); k++) {
      const f = features[k]!;
      // A paywall badge over a teaser ("PREMIUM") is the teaser's.
      if (isBadge(k)) continue;
      // A bulleted list ends with its bullets: the line after them is the article going on.
      if (taken.length > 0 && !lines[k]!.marker && taken.every((t) => lines[t]!.marker)) break;
      // A teaser headline may lead with its topic ("Kita-Gebühren: Eltern protestieren vor dem Rathaus");
      // right under the header, a line that ends without a stop is one whatever its sentences
      // ("Nájmy v Praze znovu rostou. Za dvoupokojový byt zaplatíte přes 20 tisíc").
      if (isTeaserHeadline(k) || (taken.length === 0 && lines[k]!.words <= FIRST_TEASER_MAX_WORDS && !/[.!:;…]["'”’)]*$/.test(lines[k]!.text))) {
        headlines++;
        afterHeadline = true;
      } else if (afterHeadline && f.sentence && lines[k]!.words <= TEASER_DEK_MAX_WORDS) afterHeadline = false;
      else break;
      taken.push(k);
    }
    let summaries = taken.length - headlines;
    // One sentence after the last headline is the article going on, not a teaser's summary.
    if (summaries === 1 && taken.length > 0 && !isTeaserHeadline(taken[taken.length - 1]!)) {
      taken.pop();
      summaries = 0;
    }
    if (summaries > 0 && headlines < 2) taken.splice(taken.findIndex((k) => !features[k]!.label));
    for (const k of taken) labels[k] = { keep: false, reason: 'related', rule: 'related.list' };
  }
}

/** Lines that recur on the page: share bars above and below, a headline repeated in teasers. */
const REPEAT_MAX_WORDS = 20;

function markRepeats(lines: Line[], labels: LineLabel[], hints?: DocumentState['htmlHints']): void {
  const seen = new Map<string, number>();
  // With the DOM, unlinked lines that recur only inside the article are its own (table and plan rows).
  const furnitureLike = (i: number) => !hints || !hints[i]!.inMain || hints[i]!.linkShare >= RUN_LINK_SHARE;
  const outside = new Set<string>();
  lines.forEach((line, i) => {
    if (line.words === 0 || line.words > REPEAT_MAX_WORDS || isDateLike(line.text)) return;
    const key = fold(line.text);
    seen.set(key, (seen.get(key) ?? 0) + 1);
    if (furnitureLike(i)) outside.add(key);
  });
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!labels[i]!.keep || line.words > REPEAT_MAX_WORDS || line.text.endsWith(':')) continue;
    const key = fold(line.text);
    if ((seen.get(key) ?? 0) >= 3 && outside.has(key)) labels[i] = { keep: false, reason: 'repeated', rule: 'signal.repeated-in-page' };
  }
}

/** Offer boxes: a short line held between two lines of the same offer (signup box description). */
const BOX_REASONS = new Set(['newsletter', 'subscription', 'promo', 'paywall', 'app']);
const SANDWICH_MAX_WORDS = 20;
const CONSENT_MAX_WORDS = 80;
/** Sponsor lines that hold their whole pitch: a newsletter's own items may stand between two of them. */
const SELF_CONTAINED_PITCHES: ReadonlySet<string> = new Set(['promo.sponsor-pitch-line', 'promo.message-from', 'promo.funder-disclosure']);

function markSandwiches(lines: Line[], labels: LineLabel[]): void {
  for (let i = 1; i + 1 < lines.length; i++) {
    const before = labels[i - 1]!;
    const after = labels[i + 1]!;
    if (labels[i]!.keep && before.rule === 'promo.sponsored' && lines[i]!.words <= 40 && !lines[i]!.blankBefore) {
      labels[i] = { keep: false, reason: 'promo', rule: 'signal.sponsor-box' };
      continue;
    }
    // A consent box's text between its title and its buttons, in whatever language: the box says what it is.
    if (labels[i]!.keep && before.reason === 'cookie' && after.reason === 'cookie' && lines[i]!.words <= CONSENT_MAX_WORDS) {
      labels[i] = { keep: false, reason: 'cookie', rule: 'signal.inside-consent-box' };
      continue;
    }
    if (!labels[i]!.keep || lines[i]!.words > SANDWICH_MAX_WORDS) continue;
    if (before.reason && after.reason && BOX_REASONS.has(before.reason) && BOX_REASONS.has(after.reason) && before.rule !== undefined && !before.rule.startsWith('position.')
      && !SELF_CONTAINED_PITCHES.has(before.rule) && !SELF_CONTAINED_PITCHES.has(after.rule ?? '')) {
      labels[i] = { keep: false, reason: before.reason, rule: 'signal.inside-offer-box' };
    }
  }
}

/**
 * A short line right above a picture's credit ("Parents hold signs outside the office." then
 * "(Photo: Ana Ruiz / Gazette)") is the picture's caption, not a paragraph: the scraper wrote the
 * figure's caption and credit on lines of their own.
 */
function markCaptionsAboveCredits(lines: Line[], features: LineFeatures[], labels: LineLabel[]): void {
  for (let i = 1; i < lines.length; i++) {
    const credit = labels[i]!.rule;
    if (credit === undefined || !PHOTO_CREDIT_RULES.has(credit) || lines[i]!.words > CREDIT_LINE_MAX_WORDS || lines[i]!.blankBefore || !namesCredit(lines[i]!.text)) continue;
    const k = i - 1;
    const above = lines[k]!;
    if (!labels[k]!.keep || above.words === 0 || above.words > CAPTION_MAX_WORDS || features[k]!.colonHeader || /[:"“„«]$|^["“„«]/.test(above.text)) continue;
    // A list's item is no caption: a gallery's link ("PHOTOS: Flooding across the county") may close the list.
    if (above.marker) continue;
    // Under a table's rows it is the table's footnote ("Turnout: 34.1%" over "Source: Electoral Commission").
    if (k > 0 && !above.blankBefore && !/[.!?]["'”’)]*$/.test(above.text) && (features[k - 1]!.tableRow || isCellRow(lines[k - 1]!.text))) continue;
    labels[k] = { keep: false, reason: 'caption', rule: 'signal.caption-above-credit' };
  }
}

/** Small words a credit's names may hold ("Ana de la Cruz", "Museum of the Coast"). */
const NAME_PARTICLES = new Set(['de', 'la', 'del', 'van', 'von', 'der', 'den', 'da', 'di', 'du', 'le', 'of', 'the', 'for', 'via', 'and', 'und', 'et', 'y', 'e']);

/**
 * A credit names who made the picture ("Photo: Rosa Delgado / The Courier", "Foto: dpa"); a gallery's
 * title after the same label ("Photos: A life on the coast") reads as a phrase, in lower case.
 */
function namesCredit(text: string): boolean {
  const colon = text.indexOf(':');
  const rest = colon >= 0 ? text.slice(colon + 1) : text.replace(/^\(?\S+\s+(?:by|courtesy of)\s+/i, '');
  const lower = rest.split(/[\s/|()]+/).filter((w) => /^\p{Ll}/u.test(w) && !NAME_PARTICLES.has(w));
  return lower.length <= 1;
}

/** Quotation marks that open or close a pull quote. */
const QUOTE_OPEN = '"“”„«»‘’\'';
const QUOTE_CLOSE = '"“”„«»‘’\'.';
const PULL_QUOTE_MAX_WORDS = 40;

/**
 * A quotation on a line of its own that a longer paragraph of the article states word for word is a
 * pull quote: the page repeats the sentence as decoration.
 */
function markPullQuotes(lines: Line[], labels: LineLabel[]): void {
  const kept: number[] = [];
  for (let i = 0; i < lines.length; i++) if (labels[i]!.keep && lines[i]!.words > 0) kept.push(i);
  // Each paragraph is folded once, and only on a page that has a quotation on a line of its own.
  const folded = new Map<number, string>();
  const foldedAt = (k: number) => folded.get(k) ?? folded.set(k, fold(lines[k]!.text)).get(k)!;
  for (const i of kept) {
    const line = lines[i]!;
    if (line.words > PULL_QUOTE_MAX_WORDS || !/^["“„«‘]/.test(line.text)) continue;
    const quote = fold(trimEndOf(trimStartOf(line.text, QUOTE_OPEN), QUOTE_CLOSE));
    if (quote.length < 20) continue;
    if (!kept.some((k) => k !== i && lines[k]!.words > line.words && foldedAt(k).includes(quote))) continue;
    labels[i] = { keep: false, reason: 'repeated', rule: 'signal.pull-quote' };
    // Its attribution under it goes with it: "— Tamsin Rhode, Orchard Row resident".
    const next = i + 1;
    if (next < lines.length && labels[next]!.keep && lines[next]!.words <= PULL_QUOTE_ATTRIBUTION_MAX_WORDS && /^[—–-]\s?\p{Lu}/u.test(lines[next]!.text)) {
      labels[next] = { keep: false, reason: 'repeated', rule: 'signal.pull-quote' };
    }
  }
}

/** "— Jane Doe, resident": the words of a pull quote's attribution line. */
const PULL_QUOTE_ATTRIBUTION_MAX_WORDS = 12;

/** Teaser lists in the article container: linked headline, unlinked summary, linked headline, ... */
const TEASER_DEK_MAX_WORDS = 30;
/** A teaser headline under a related header, topic and all. */
const TEASER_HEADLINE_MAX_WORDS = 15;
/** A headline right under a related header may run longer: nothing but its missing full stop is asked of it. */
const FIRST_TEASER_MAX_WORDS = 20;

function markTeaserDeks(lines: Line[], labels: LineLabel[], hints: NonNullable<DocumentState['htmlHints']>): void {
  const teaser = (i: number) => labels[i]?.rule === 'html.link-dense';
  const endOfMain = (i: number) => i >= lines.length || !hints[i]!.inMain;
  const dek = (i: number) => labels[i]!.keep && lines[i]!.words <= TEASER_DEK_MAX_WORDS && teaser(i - 1) && (teaser(i + 1) || endOfMain(i + 1));
  const deks = new Set<number>();
  for (let i = 1; i < lines.length; i++) if (dek(i)) deks.add(i);
  // One summary between two links can be a paragraph between two promos; a list repeats the pattern.
  for (const i of deks) if (deks.has(i - 2) || deks.has(i + 2)) labels[i] = { keep: false, reason: 'related', rule: 'html.teaser-summary' };
}

/**
 * Press-release tails: an "About <Company>" header and the boilerplate paragraph under it, which
 * names the issuer ("Founded in 1988, Fundy Shore Seafoods is ..."); a heading the next line does
 * not name ("About Carvel" over the town's story) is the article's own.
 */
function markAboutSections(lines: Line[], labels: LineLabel[], region: { start: number; end: number }): void {
  for (let i = region.start; i < region.end; i++) {
    const line = lines[i]!;
    const heading = line.text.trim();
    if (!labels[i]!.keep || line.words > 6 || !ABOUT_ISSUER.test(heading) || (endsSentence(heading) && !COMPANY_SUFFIX_END.test(heading))) continue;
    const issuer = heading.split(/\s+/)[1]!;
    if (i + 1 >= region.end || !lines[i + 1]!.text.split(/[\s,;:()]+/).includes(issuer)) continue;
    labels[i] = { keep: false, reason: 'other', rule: 'pressrelease.about' };
    for (let k = i + 1; k < region.end && k <= i + 3; k++) {
      if (!labels[k]!.keep) break;
      labels[k] = { keep: false, reason: 'other', rule: 'pressrelease.about' };
      if (lines[k + 1]?.blankBefore) break;
    }
  }
}
const ABOUT_ISSUER = /^About\s+\p{Lu}/u;
/** "About Fundy Shore Seafoods Ltd.": the full stop of a company's suffix ends no sentence. */
const COMPANY_SUFFIX_END = /\s(?:Ltd|Inc|Corp|Co|LLC|PLC|plc|S\.A|N\.V|AG|GmbH|Pty)\.?$/u;
