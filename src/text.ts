/** Small text measures shared by the stages. */
import type { NormalizedText, Line } from './document.js';
import type { Span } from './schema.js';
import { lazy } from './lazy.js';


/** A character of a script written without spaces between words (kana, Han, Hangul): no word boundary lies beside it. */
export function isUnspacedScript(ch: string | undefined): boolean {
  if (!ch) return false;
  const c = ch.charCodeAt(0);
  return (c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af);
}

/** Word count that also works for scripts written without spaces (about two CJK characters a word). */
export function countWords(text: string): number {
  // One scan: words by spaces, and the letters of scripts written without them.
  let n = 0;
  let inWord = false;
  let cjk = 0;
  let southeast = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 0x20;
    if (!space && !inWord) n++;
    inWord = !space;
    if (c < 0x0e00) continue;
    if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af)) cjk++;
    else if (c <= 0x0eff || (c >= 0x1000 && c <= 0x109f) || (c >= 0x1780 && c <= 0x17ff)) southeast++;
  }
  if (cjk > 0) return Math.max(n, Math.ceil(cjk / 2));
  // Thai, Lao, Khmer and Burmese put spaces between phrases, not words: about five letters a word.
  return southeast > 0 ? Math.max(n, Math.ceil(southeast / SOUTHEAST_ASIAN_LETTERS_PER_WORD)) : n;
}

const SOUTHEAST_ASIAN_LETTERS_PER_WORD = 5;

/** Source span of clean range [from, to). */
export function toSourceSpan(norm: NormalizedText, from: number, to: number): Span {
  if (to <= from) return [norm.toSource[from] ?? 0, norm.toSource[from] ?? 0];
  return [norm.toSource[from]!, norm.toSource[to - 1]! + 1];
}

/** Source span of `line.text.slice(from, to)`. */
export function lineSubSpan(norm: NormalizedText, line: Line, from: number, to: number): Span {
  return toSourceSpan(norm, line.cleanStart + from, line.cleanStart + to);
}

/** Lower-case, straight quotes, single spaces: the form rules are matched against. */
const TYPOGRAPHIC = /[‘’‛′“”„″–—]/;

export function fold(text: string): string {
  let lower = text.toLowerCase();
  // Turkish "İ" lowers to "i" and a combining dot, one letter longer: fold reads it as "i" ("ANALİZ" -> "analiz").
  if (lower.length !== text.length) lower = lower.replace(/i\u0307/g, 'i');
  // Most lines have no curly quotes or dashes: skip the three replacements for them.
  if (!TYPOGRAPHIC.test(lower)) return lower;
  return lower.replace(/[‘’‛′]/g, "'").replace(/[“”„″]/g, '"').replace(/[–—]/g, '-');
}

/**
 * `text` in lower case where a case-blind pattern (/i or /iu) written in lower case may read that
 * instead, with the same matches at the same offsets; null where it may not: where lower-casing
 * changes the length ("İ"), or where lower case and case folding part for the letters such patterns
 * hold ("ſ" folds to "s", the Kelvin sign lowers to "k" but /i keeps it apart from "k"). /i costs
 * about twice the compiling, which the month-name patterns pay on a first extraction.
 */
export function lowerCased(text: string): string | null {
  const lower = text.toLowerCase();
  return lower.length === text.length && !CASE_APART.test(text) ? lower : null;
}

const CASE_APART = /[ſ\u212a]/;

/**
 * A case-blind pattern (/i, written in lower case) that reads text in lower case with a twin
 * without /i where `lowerCased` allows it: the same matches at the same offsets, at about half the
 * cost to compile, which long word lists pay on a first extraction. `exec` gives the match's offsets;
 * its text is in lower case where the twin read it.
 */
export class CaseBlindPattern {
  private readonly plain: () => RegExp;

  constructor(readonly exact: RegExp) {
    this.plain = lazy(() => new RegExp(exact.source, exact.flags.replace('i', '')));
  }

  test(text: string): boolean {
    const lower = lowerCased(text);
    return lower !== null ? this.plain().test(lower) : this.exact.test(text);
  }

  exec(text: string): RegExpExecArray | null {
    const lower = lowerCased(text);
    return lower !== null ? this.plain().exec(lower) : this.exact.exec(text);
  }
}

/**
 * Whether a line reads as a sentence (ends in sentence punctuation, maybe inside quotes or brackets:
 * also the danda of the Indian scripts, the Urdu, Khmer, Burmese, Armenian and Ethiopic full stops and
 * the Arabic question mark). Thai and Lao end a sentence with a space, so a line of prose in them,
 * long enough to hold one, ends one.
 */
export function endsSentence(text: string): boolean {
  if (/[.!?。！？…।॥۔؟។။։።]["'”’)\]]*$/.test(text)) return true;
  // (Most lines hold no Thai or Lao: a look at the last letter spares them the rest.)
  if (text.length < UNPUNCTUATED_SENTENCE_MIN_CHARS) return false;
  const last = text.charCodeAt(text.length - 1);
  if (!((last >= 0x0e01 && last <= 0x0ecd) || (last >= 0x30 && last <= 0x39) || last === 0x29 || last === 0x5d || last === 0x22 || last === 0x27 || last === 0x201d || last === 0x2019)) return false;
  return /[\u0e01-\u0e4e\u0e81-\u0ecd\d]["'”’)\]]*$/.test(text) && (text.match(THAI_LAO_LETTERS)?.length ?? 0) >= UNPUNCTUATED_SENTENCE_MIN_LETTERS;
}

/** Characters, and Thai or Lao letters among them, a line needs to hold a sentence in those scripts. */
const UNPUNCTUATED_SENTENCE_MIN_CHARS = 40;
const UNPUNCTUATED_SENTENCE_MIN_LETTERS = 20;
const THAI_LAO_LETTERS = /[\u0e01-\u0e4e\u0e81-\u0ecd]/g;

/** Clean offset of the first clean character at or after source offset `sourceOffset`. */
export function cleanOffsetAt(norm: NormalizedText, sourceOffset: number): number {
  const map = norm.toSource;
  let lo = 0;
  let hi = map.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (map[mid]! < sourceOffset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Clean offset where `text` (a record's text) starts inside its source span. */
export function locateText(norm: NormalizedText, span: Span, text: string): number {
  const from = cleanOffsetAt(norm, span[0]);
  const at = norm.clean.indexOf(text, from);
  return at >= 0 ? at : from;
}

/** Strips trailing characters of `set` without a regex (linear on any input). */
export function trimStartOf(text: string, set: string): string {
  let start = 0;
  while (start < text.length && set.includes(text[start]!)) start++;
  return text.slice(start);
}

/** The run of letters (and apostrophes) that ends `text`: a loop, where a regex anchored at the end backtracks. */
export function trailingWord(text: string): string {
  let start = text.length;
  while (start > 0 && WORD_CHAR.test(text[start - 1]!)) start--;
  return text.slice(start);
}
const WORD_CHAR = /^[\p{L}'’]$/u;

export function trimEndOf(text: string, set: string): string {
  let end = text.length;
  while (end > 0 && set.includes(text[end - 1]!)) end--;
  return text.slice(0, end);
}

/** Splits on separator words/characters and trims each part; linear, no backtracking. */
export function splitList(text: string, separators: RegExp): string[] {
  return text
    .split(separators)
    .map((p) => p.trim())
    .filter(Boolean);
}

/**
 * Most longer words capitalized ("Beijing Opposes Washington Plan"): capitals there say nothing about
 * names. `share` of the words longer than three letters, and at least `minWords` of them.
 */
export function isTitleCase(text: string, share = 0.8, minWords = 2): boolean {
  // A scan instead of split-and-filter: this runs on every segment the tagger reads.
  let words = 0;
  let capitals = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    while (i < n && isSpaceAt(text, i)) i++;
    const start = i;
    while (i < n && !isSpaceAt(text, i)) i++;
    if (i - start <= 3) continue;
    const first = text[start]!;
    if (!LETTER.test(first)) continue;
    words++;
    if (UPPER.test(first)) capitals++;
  }
  return words >= minWords && capitals / words >= share;
}

const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;
const SPACE = /\s/;

function isSpaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return SPACE.test(text[i]!);
}

/** Whether a line with letters has them all in capitals ("EXPLAINER", "KEY EVENTS"). */
export function isAllCaps(text: string): boolean {
  // A script without case (Han, Hangul, Arabic) is not capitals: it needs a capital letter.
  return /\p{Lu}/u.test(text) && text === text.toUpperCase();
}

/**
 * Scrapers glue inline elements together ("By Jane DoePublished: March 3", "ByJane Doe"): a space
 * goes back where a lower-case run of three letters meets a capitalised word (or a word in capitals
 * before a number: "Mental HealthDECEMBER 22, 2022"), and after a byline
 * word glued to a name, and between a year and the reading time glued to it ("Mar 27, 20255 mins").
 * `at[i]` is the original offset of character i (one extra entry for the end).
 */
export function deglue(text: string): { text: string; at: number[] } | null {
  // The look-ahead goes first: a capital before a small letter is rare, so most positions fail
  // at once instead of after reading three letters back (2.6x faster on real lines, same matches).
  const GLUE = /(?=\p{Lu}\p{Ll})(?<=\p{Ll}{3}|\d{4})|(?=\p{Lu}{3,10}\.? \d)(?<=\p{Ll}{3})|^(?:[Bb]y|[Vv]on|[Pp]ar|[Pp]or)(?=\p{Lu}\p{Ll})|(?=\d{1,3} ?min)(?<=(?<!\d)(?:19|20)\d\d)/gu;
  if (!GLUE.test(text)) return null;
  GLUE.lastIndex = 0;
  let out = '';
  const at: number[] = [];
  let from = 0;
  for (const m of text.matchAll(GLUE)) {
    const cut = m.index + m[0].length;
    for (let k = from; k < cut; k++) at.push(k);
    out += text.slice(from, cut) + ' ';
    at.push(cut);
    from = cut;
  }
  for (let k = from; k <= text.length; k++) at.push(k);
  out += text.slice(from);
  return { text: out, at };
}

/**
 * Code-unit order, for ties in rankings: the same on every machine (`localeCompare` follows the
 * process's default locale, and its first call builds an ICU collator).
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Digits other scripts write (full-width "２０２５", Arabic-Indic "٢٠٢٥", Persian "۲۰۲۵", Devanagari
 * "२०२५", Bengali, Gurmukhi, Gujarati, Oriya, Tamil, Telugu, Kannada, Malayalam, Thai "๒๕๖๘", Lao,
 * Burmese, Khmer): each script's zero, its nine digits following it.
 */
const DIGIT_ZEROS = [0xff10, 0x0660, 0x06f0, 0x0966, 0x09e6, 0x0a66, 0x0ae6, 0x0b66, 0x0be6, 0x0c66, 0x0ce6, 0x0d66, 0x0e50, 0x0ed0, 0x1040, 0x17e0];
const OTHER_DIGITS_SOURCE = `[${DIGIT_ZEROS.map((z) => `\\u${z.toString(16).padStart(4, '0')}-\\u${(z + 9).toString(16).padStart(4, '0')}`).join('')}]`;
const otherDigits = lazy(() => ({ one: new RegExp(OTHER_DIGITS_SOURCE), all: new RegExp(OTHER_DIGITS_SOURCE, 'g') }));

/** `text` with those digits as ASCII ones, one for one (offsets stay), for the date and figure readers. */
export function asciiDigits(text: string): string {
  if (!otherDigits().one.test(text)) return text;
  return text.replace(otherDigits().all, (d) => {
    const c = d.charCodeAt(0);
    return String(c - DIGIT_ZEROS.find((z) => c >= z && c <= z + 9)!);
  });
}
