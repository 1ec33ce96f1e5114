/**
 * Live blogs: entries opened by a time stamp ("09:12 GMT", "2.41pm", "24m ago", "16:45 Uhr",
 * "Tue 14 Mar 2026 09.12 GMT"), then an optional author line and title line, then paragraphs. Each
 * entry becomes a section (stamp and title are headings) and a timeline entry whose items are its
 * paragraphs, so the dates stage dates them at the entry's time on the page's day.
 */
import type { Line, LineLabel, TimelineEntry } from '../document.js';
import type { Block } from '../schema.js';
import { structureRules } from '../rules/structure.js';
import { isDateTokens } from '../rules/shapes.js';
import { fold } from '../text.js';
import type { LineFeatures } from '../stages/classify.js';

/** A page is a live blog when at least this many stamps open entries. */
const MIN_ENTRIES = 2;
/** The stamp's entry must start within this many non-blank lines (author, title, then prose). */
const ENTRY_LOOKAHEAD = 3;
/** Consecutive stamps of one blog are at most this many non-blank lines apart. */
const MAX_ENTRY_LINES = 40;
/** A live blog's chain of stamps reaches at least this close to the article region (in lines). */
const REGION_REACH = 15;
/** Prose starts an entry: a line of at least this many words. */
const ENTRY_PROSE_WORDS = 6;

export function isEntryStamp(text: string): boolean {
  if (text.length > 60) return false;
  const folded = fold(text).trim();
  const rules = structureRules();
  if (rules.entryStamp.test(folded)) return true;
  // A full date with a time of day, and no label ("Published ...") that makes it the page's date line.
  return /\d[:.h]\d\d/.test(folded) && !rules.stampLabel.test(folded) && isDateTokens(text);
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
function opensEntry(lines: Line[], labels: LineLabel[], features: LineFeatures[], i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const prev = lines[k]!;
    if (prev.text === '') continue;
    const rule = labels[k]!.rule;
    const furniture = rule !== undefined && !rule.startsWith('position.') && rule !== 'signal.label-run' && rule !== 'signal.repeated-in-page';
    return furniture || features[k]!.sentence || prev.marker !== null || prev.text.endsWith(':') || isDateTokens(prev.text) || prev.words > TITLE_MAX_WORDS;
  }
  return true;
}

/**
 * Line indices of entry stamps, or none when the page is not a live blog: a chain of at least two
 * stamps, each opening prose, that reaches into the article region (short entries between share
 * buttons and ads can leave most of them outside it). Times in comment threads or teaser lists
 * are not entries (see `opensEntry`); nor are chains away from the article.
 */
export function findEntryStamps(lines: Line[], labels: LineLabel[], features: LineFeatures[], region: { start: number; end: number }): number[] {
  const candidates: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.words === 0 || line.words > 8 || line.marker || !mayBeStamp(labels[i]!) || !isEntryStamp(line.text)) continue;
    if (!opensEntry(lines, labels, features, i)) continue;
    // An entry follows: prose within a few lines (past an author line and a title).
    let seen = 0;
    for (let k = i + 1; k < lines.length && seen < ENTRY_LOOKAHEAD; k++) {
      const next = lines[k]!;
      if (next.text === '') continue;
      seen++;
      if (isEntryStamp(next.text)) break;
      if ((labels[k]!.keep || labels[k]!.rule?.startsWith('position.')) && next.words >= ENTRY_PROSE_WORDS) {
        candidates.push(i);
        break;
      }
    }
  }
  // Chains of stamps close to each other; the live blog is the longest chain that reaches the article.
  let best: number[] = [];
  let chain: number[] = [];
  const close = () => {
    const reaches = chain.some((i) => i >= region.start - REGION_REACH && i < region.end + REGION_REACH);
    if (reaches && chain.length > best.length) best = chain;
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
