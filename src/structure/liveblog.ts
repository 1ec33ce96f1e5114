/**
 * Live blogs: entries opened by a time stamp ("09:12 GMT", "2.41pm", "24m ago", "16:45 Uhr",
 * "Tue 14 Mar 2026 09.12 GMT"), then an optional author line and title line, then paragraphs. Each
 * entry becomes a section (stamp and title are headings) and a timeline entry whose items are its
 * paragraphs, so the dates stage dates them at the entry's time on the page's day.
 */
import type { Line, LineLabel, TimelineEntry } from '../document.js';
import type { Block } from '../schema.js';
import { headerRules } from '../rules/header.js';
import { structureRules } from '../rules/structure.js';
import { isDateTokens } from '../rules/shapes.js';
import { fold, trimEndOf } from '../text.js';
import type { LineFeatures } from '../stages/classify.js';

/** A page is a live blog when at least this many stamps open entries. */
const MIN_ENTRIES = 2;
/** The stamp's entry must start within this many non-blank lines (author, title, then prose). */
const ENTRY_LOOKAHEAD = 3;
/** Buttons and labels between entries have at most this many words. */
const BUTTON_MAX_WORDS = 4;
/** Consecutive stamps of one blog are at most this many non-blank lines apart. */
const MAX_ENTRY_LINES = 40;
/** A live blog's chain of stamps reaches at least this close to the article region (non-blank lines). */
const REGION_REACH = 4;
/** An unpunctuated line this long is prose cut by the scraper, not a headline. */
const ENTRY_LONG_LINE_WORDS = 20;
/** Prose starts an entry: a line of at least this many words. */
const ENTRY_PROSE_WORDS = 6;

const STAMP_OPENING = /^(?:\d|a|one|just now|vor |il y a |hace |kl|godz|ore |h\.)/;
const TICKER_OPENING = /^\s*\+{2,}\s*/;

/** "+++ 14:32 Uhr +++" without its ticker marks (the closing ones trimmed by a loop: a regex anchored at the end backtracks). */
function withoutTickerMarks(raw: string): string {
  const text = raw.replace(TICKER_OPENING, '');
  const kept = trimEndOf(text, ' \t\u00a0+');
  return text.slice(kept.length).includes('++') ? kept : text;
}

export function isEntryStamp(raw: string): boolean {
  if (raw.length <= 16 && structureRules().matchMinuteStamp.test(fold(raw).trim())) return true;
  // Every stamp has a digit but "just now" and "an hour ago": a cheap test first.
  if (raw.length > 60 || !(/\d/.test(raw) || /\b(?:ago|now)$/i.test(raw))) return false;
  // A ticker writes its stamps between crosses: "+++ 14:32 Uhr +++".
  const text = raw.includes('+') ? withoutTickerMarks(raw) : raw;
  const folded = fold(text).trim();
  const rules = structureRules();
  // Each form of the stamp pattern opens with a digit, "a(n)", "one", "just now", "vor", "il y a" or
  // "hace": other lines never run (nor, on most pages, compile) that long pattern.
  if (STAMP_OPENING.test(folded) && rules.entryStamp.test(folded)) return true;
  // A full date with a time of day, and no label ("Published ...") that makes it the page's date line.
  return /\d[:.h]\d\d/.test(folded) && !rules.stampLabel.test(folded) && isDateTokens(text);
}

/** A stamp with the entry's title after it on the same line ("14:05 GMT – Union rules out new talks"). */
export function isStampedTitle(text: string, words: number): boolean {
  const first = text.charCodeAt(0);
  if (first < 48 || first > 57) return false; // starts with a digit
  const m = structureRules().entryStampPrefix.exec(text);
  return m !== null && words <= TITLE_MAX_WORDS + 3 && !/[.!]["'”’)]*$/.test(text) && /[:.h]\d\d/.test(m[0]);
}

/** Stamps may be labelled as furniture ("24m ago" reads like a teaser's age); entries say otherwise. */
function mayBeStamp(label: LineLabel): boolean {
  const rule = label.rule;
  return label.keep || rule === 'navigation.time-ago' || rule === 'navigation.iso-timestamp' || rule === 'caption.gallery' || rule?.startsWith('position.') === true || rule === 'signal.label-run' || rule === 'signal.repeated-in-page';
}

/**
 * A stamp opens an entry after the previous entry's end (its prose, its share buttons, an ad) or
 * after the key events. A headline or an author's name just above it makes it the age of a teaser in
 * a list of other articles ("Seraphim's latest accelerator ..." / "Jane Doe" / "9 hours ago").
 */
function opensEntry(lines: Line[], labels: LineLabel[], features: LineFeatures[], i: number, shortLineCounts: Map<string, number>): boolean {
  let skippedAuthor = false;
  for (let k = i - 1; k >= 0; k--) {
    const prev = lines[k]!;
    if (prev.text === '') continue;
    const rule = labels[k]!.rule;
    // The entry's author may stand above its stamp: look past one name line.
    const unlabelled = labels[k]!.keep || rule?.startsWith('position.') === true || rule === 'signal.label-run';
    if (!skippedAuthor && unlabelled && isEntryAuthor(prev.text, prev.words)) {
      skippedAuthor = true;
      continue;
    }
    const furniture = rule !== undefined && !rule.startsWith('position.') && rule !== 'signal.label-run' && rule !== 'signal.repeated-in-page';
    // Per-entry buttons no rule knows ("Reuse this content") repeat under every entry.
    const repeatedButton = prev.words <= BUTTON_MAX_WORDS && !/\d/.test(prev.text) && (shortLineCounts.get(fold(prev.text)) ?? 0) >= 2;
    const timeLine = prev.words <= 6 && /\d[:.h]\d\d/.test(prev.text);
    // A key-events bullet may end just above the first stamp; "Sharon says" above a time is a comment.
    const keyEvent = prev.marker !== null && prev.words >= BUTTON_MAX_WORDS;
    // The page's own publication line ("Published 4 March 2026, 09:05") over its byline: the first entry opens under the header.
    const dateline = prev.words <= DATELINE_MAX_WORDS && /\d/.test(prev.text) && (headerRules().publishedLabel.test(fold(prev.text)) || headerRules().updatedLabel.test(fold(prev.text)));
    return furniture || repeatedButton || timeLine || keyEvent || dateline || features[k]!.sentence || prev.text.endsWith(':') || isDateTokens(prev.text) || prev.words > TITLE_MAX_WORDS;
  }
  return true;
}

const DATELINE_MAX_WORDS = 12;

/**
 * Line indices of entry stamps, or none when the page is not a live blog: a chain of at least two
 * stamps, each opening prose, that reaches into the article region (short entries between share
 * buttons and ads can leave most of them outside it). Times in comment threads or teaser lists
 * are not entries (see `opensEntry`); nor are chains away from the article.
 */
export function findEntryStamps(lines: Line[], labels: LineLabel[], features: LineFeatures[], region: { start: number; end: number }): number[] {
  const candidates: number[] = [];
  let shortLineCounts: Map<string, number> | null = null;
  // Past a comments header, times stamp comments.
  const comments = labels.findIndex((l, i) => i >= region.start && l.rule === 'navigation.comments');
  const end = comments >= 0 ? comments : lines.length;
  for (let i = 0; i < end; i++) {
    const line = lines[i]!;
    if (line.words === 0 || line.marker || !mayBeStamp(labels[i]!) || !(isEntryStamp(line.text) || isStampedTitle(line.text, line.words))) continue;
    shortLineCounts ??= countShortLines(lines);
    if (!opensEntry(lines, labels, features, i, shortLineCounts)) continue;
    // An entry follows: prose within a few lines (past an author line and a title).
    let seen = 0;
    for (let k = i + 1; k < lines.length && seen < ENTRY_LOOKAHEAD; k++) {
      const next = lines[k]!;
      if (next.text === '') continue;
      seen++;
      if (isEntryStamp(next.text) || isStampedTitle(next.text, next.words)) break;
      // Prose, not a teaser's headline: a sentence, or a long line.
      const prose = features[k]!.sentence ? next.words >= ENTRY_PROSE_WORDS : next.words >= ENTRY_LONG_LINE_WORDS;
      if ((labels[k]!.keep || labels[k]!.rule?.startsWith('position.')) && prose) {
        candidates.push(i);
        break;
      }
    }
  }
  // Chains of stamps close to each other; the live blog is the longest chain that reaches the article.
  let best: number[] = [];
  let chain: number[] = [];
  const close = () => {
    const reaches = chain.some((i) => (i >= region.start && i < region.end) || (i < region.start && nonBlankBetween(lines, i, region.start) <= REGION_REACH) || (i >= region.end && nonBlankBetween(lines, region.end, i) <= REGION_REACH));
    // Entries make the article: a chain that only starts past its end is a comment thread.
    if (reaches && chain[0]! < region.end && chain.length > best.length) best = chain;
  };
  for (const i of candidates) {
    if (chain.length > 0 && nonBlankBetween(lines, chain[chain.length - 1]!, i) > MAX_ENTRY_LINES) {
      close();
      chain = [];
    }
    chain.push(i);
  }
  close();
  return best.length >= MIN_ENTRIES ? best : [];
}

/**
 * Buttons no rule knows that close each entry ("Reuse this content" above every stamp): furniture,
 * once the page is a live blog.
 */
export function markEntryButtons(lines: Line[], labels: LineLabel[], stamps: number[]): void {
  const above = new Map<string, number[]>();
  for (const stamp of stamps) {
    let k = stamp - 1;
    while (k >= 0 && lines[k]!.text === '') k--;
    if (k < 0 || !labels[k]!.keep || lines[k]!.words > BUTTON_MAX_WORDS || /[.!?]$/.test(lines[k]!.text)) continue;
    const key = fold(lines[k]!.text);
    above.set(key, [...(above.get(key) ?? []), k]);
  }
  for (const indices of above.values()) {
    if (indices.length < MIN_ENTRIES) continue;
    for (const k of indices) labels[k] = { keep: false, reason: 'share', rule: 'share.entry-button' };
  }
}

/** How often each short line (a button, a label) occurs on the page, by folded text. */
function countShortLines(lines: Line[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const line of lines) if (line.words > 0 && line.words <= BUTTON_MAX_WORDS) counts.set(fold(line.text), (counts.get(fold(line.text)) ?? 0) + 1);
  return counts;
}

function nonBlankBetween(lines: Line[], from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) if (lines[k]!.text !== '') n++;
  return n;
}

/** Rules that end a live blog's last entry: the page moves on to other articles, comments or menus. */
const END_OF_ENTRIES = /^(?:related\.|navigation\.(?:popular|comments|liveblog-ui|skip)|legal\.)/;
/** An entry's title line has at most this many words. */
const TITLE_MAX_WORDS = 14;

/**
 * Entries the article region left out (short entries between share buttons and ads read like
 * furniture to classify): their prose, title and author lines are kept. Returns the line range the
 * article's body then covers.
 */
export function extendToEntries(lines: Line[], labels: LineLabel[], stamps: number[], region: { start: number; end: number }): { start: number; end: number } {
  let start = region.start;
  let end = region.end;
  const stampSet = new Set(stamps);
  for (const stamp of stamps) {
    // An author's name just above the stamp belongs to the entry.
    const above = stamp - 1;
    if (above >= 0 && labels[above]!.rule?.startsWith('position.') && isEntryAuthor(lines[above]!.text, lines[above]!.words)) {
      labels[above] = { keep: true };
      start = Math.min(start, above);
    }
    if (stamp >= region.start && stamp < region.end - 1) continue;
    start = Math.min(start, stamp);
    end = Math.max(end, stamp + 1);
    for (let k = stamp + 1; k < lines.length && !stampSet.has(k); k++) {
      if (k >= region.start && k < region.end) break; // the rest of the entry is in the article already
      const line = lines[k]!;
      if (line.text === '') continue;
      const rule = labels[k]!.rule;
      if (rule !== undefined && END_OF_ENTRIES.test(rule)) break;
      if (labels[k]!.keep || !rule?.startsWith('position.')) continue; // furniture inside the entry (share buttons)
      const prose = line.words >= ENTRY_PROSE_WORDS && /[.!?]["'”’)]*$/.test(line.text);
      // A title or author line: short, with the entry's prose within the next few lines.
      const heads = !prose && line.words <= TITLE_MAX_WORDS && lines.slice(k + 1, k + 1 + ENTRY_LOOKAHEAD).some((l) => l.words >= ENTRY_PROSE_WORDS);
      if (!prose && !heads) break;
      labels[k] = { keep: true };
      end = Math.max(end, k + 1);
    }
  }
  return { start, end };
}

/** A title line under a stamp (and author): short, not a sentence, with the entry's prose after it. */
export function isEntryTitle(line: Line, next: Line | null): boolean {
  return line.words > 0 && line.words <= TITLE_MAX_WORDS && !line.marker && !/[.!]["'”’)]*$/.test(line.text) && next !== null && next.words >= ENTRY_PROSE_WORDS;
}

/** A bare person's name on its own line under a stamp: the entry's author. */
export function isEntryAuthor(text: string, words: number): boolean {
  if (words < 2 || words > 4 || /[.:!?,;\d]/.test(text)) return false;
  return /^\p{Lu}[\p{L}'’-]+(?:\s(?:\p{Lu}[\p{L}'’.-]*|de|da|van|von|der|la|le|del|bin|al))+$/u.test(text);
}

/**
 * The timeline entries of a live blog: each stamp dates the paragraphs up to the next stamp (titles
 * and author lines are not events).
 */
export function liveEntries(stamps: number[], blockAt: Map<number, Block>, end: number): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  const stampSet = new Set(stamps);
  let current: TimelineEntry | null = null;
  for (const i of [...blockAt.keys()].sort((a, b) => a - b)) {
    if (i >= end) break;
    const block = blockAt.get(i)!;
    if (stampSet.has(i)) {
      current = { header: { text: block.text, span: block.span }, qualifier: null, items: [] };
      entries.push(current);
    } else if (current && (block.kind === 'paragraph' || block.kind === 'quote' || block.kind === 'list-item')) {
      current.items.push({ text: block.text, span: block.span });
    }
  }
  return entries.filter((e) => e.items.length > 0);
}
