/**
 * Stage 1, normalize: a clean copy of the text for the later stages to read, and a map back to
 * source offsets so that every span still points into the untouched input.
 */
import type { DocumentState, NormalizedText } from '../document.js';
import { lazy } from '../lazy.js';
import { MARKDOWN_EVIDENCE, MARKDOWN_MIN_LINKS, MARKDOWN_SYNTAX } from '../rules/markdown.js';
import { LINK_REFERENCES, WRAP } from '../rules/wrapping.js';

const enum Code {
  LF = 0x0a,
  CR = 0x0d,
  TAB = 0x09,
  SPACE = 0x20,
}

/** Spaces that are not U+0020 but read as one. */
function isOddSpace(c: number): boolean {
  return c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0x1680;
}

/**
 * Characters with no visible width that split words in matching if kept: zero-width space, the
 * direction marks, word joiner, BOM, soft hyphen. The zero-width non-joiner and joiner stay: they are
 * spelling in Persian, Kurdish and the Indic scripts ("پارس‌موتور") and in emoji sequences.
 */
function isInvisible(c: number): boolean {
  return c === 0x200b || c === 0x200e || c === 0x200f || c === 0x2060 || c === 0xfeff || c === 0x00ad || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

function isControl(c: number): boolean {
  return (c < 0x20 && c !== Code.LF && c !== Code.CR && c !== Code.TAB) || (c >= 0x7f && c <= 0x9f);
}

/** Characters normalization changes; text without any is its own clean copy. */
const NEEDS_WORK = /[\r\t\u00a0\u1680\u2000-\u200f\u202a-\u202f\u205f\u2060-\u2069\u3000\ufeff\u00ad\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ud800-\udfff]/;

export function normalizeText(source: string): NormalizedText {
  if (!NEEDS_WORK.test(source)) {
    // Fast path: plain text keeps its offsets as they are.
    const map = new Uint32Array(source.length + 1);
    for (let i = 0; i <= source.length; i++) map[i] = i;
    return { source, clean: source, toSource: map };
  }
  const out: string[] = [];
  const map = new Uint32Array(source.length + 1);
  let n = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    let ch: string | null;
    if (c === Code.CR) {
      ch = '\n';
      if (source.charCodeAt(i + 1) === Code.LF) {
        map[n] = i;
        out.push(ch);
        n++;
        i++;
        continue;
      }
    } else if (c === Code.LF) ch = '\n';
    else if (c === Code.TAB || isOddSpace(c)) ch = ' ';
    else if (isInvisible(c) || isControl(c)) ch = null;
    else if (c >= 0xd800 && c <= 0xdbff) {
      const next = source.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        // Keep a valid pair as one unit of two code units.
        map[n] = i;
        map[n + 1] = i + 1;
        out.push(source[i]! + source[i + 1]!);
        n += 2;
        i++;
        continue;
      }
      ch = '\uFFFD';
    } else if (c >= 0xdc00 && c <= 0xdfff) ch = '\uFFFD';
    else ch = source[i]!;
    if (ch === null) continue;
    map[n] = i;
    out.push(ch);
    n++;
  }
  map[n] = source.length;
  return { source, clean: out.join(''), toSource: map.subarray(0, n + 1) };
}

/** Whether plain text is a scraper's Markdown: links with targets, or headings with bold or links. */
export function looksLikeMarkdown(text: string): boolean {
  if (!text.includes('](') && !text.includes('**')) return false;
  const count = (re: RegExp) => text.match(re)?.length ?? 0;
  const links = count(MARKDOWN_EVIDENCE.link);
  if (links >= MARKDOWN_MIN_LINKS) return true;
  return count(MARKDOWN_EVIDENCE.heading) >= 1 && (links >= 1 || count(MARKDOWN_EVIDENCE.bold) >= 1);
}

/** The syntax patterns with match indices, compiled once on first use. */
const syntaxWithIndices = lazy(() => MARKDOWN_SYNTAX.map(({ pattern, suffix }) => ({ re: new RegExp(pattern.source, pattern.flags + 'd'), suffix })));

/**
 * The clean text with Markdown's syntax dropped and its words kept, the map composed so that each
 * kept character still points at its source offset. Lines keep their source spans (segment trims
 * only spaces), so the dropped marks stay covered by the line they sat on.
 */
export function unwrapMarkdown(norm: NormalizedText): NormalizedText {
  return dropSyntax(norm, syntaxWithIndices());
}

/**
 * The clean text without what the patterns match (but their last group, and a suffix after it),
 * the map composed so that each kept character still points at its source offset.
 */
function dropSyntax(norm: NormalizedText, syntax: readonly { re: RegExp; suffix?: string }[]): NormalizedText {
  let text = norm.clean;
  let map = norm.toSource;
  for (const { re, suffix } of syntax) {
    re.lastIndex = 0;
    const parts: string[] = [];
    const next: number[] = [];
    let last = 0;
    const keep = (from: number, to: number) => {
      parts.push(text.slice(from, to));
      for (let k = from; k < to; k++) next.push(map[k]!);
    };
    for (let m = re.exec(text); m; m = re.exec(text)) {
      keep(last, m.index);
      // The kept group is the last one (a leading indent, when captured, goes with the syntax).
      const group = m.length > 1 ? m.indices?.[m.length - 1] : undefined;
      if (group) keep(group[0], group[1]);
      last = m.index + m[0].length;
      if (suffix) {
        parts.push(suffix);
        for (let k = 0; k < suffix.length; k++) next.push(map[last - 1]!);
      }
      if (m[0].length === 0) re.lastIndex++;
    }
    if (last === 0) continue;
    keep(last, text.length);
    next.push(map[text.length]!);
    text = parts.join('');
    map = Uint32Array.from(next);
  }
  return { source: norm.source, clean: text, toSource: map };
}

/** A list item or heading starts its own line however the line before it ends. */
const OWN_LINE_START = /^(?:[-•*·▪►◦‣+]\s|\d{1,3}[.)]\s|#{1,6}\s|>)/;

interface WrapLine {
  /** Offset of the line's newline in the clean text (the text's length for the last line). */
  end: number;
  /** Length with the indent, without trailing spaces: what a wrapper measured. */
  width: number;
  /** Length of the first word, or 0 for a blank line. */
  firstWord: number;
  breakable: boolean;
  ownLineStart: boolean;
}

function wrapLines(text: string): WrapLine[] {
  const lines: WrapLine[] = [];
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end).trimEnd();
    const body = line.trimStart();
    const spacesNeeded = Math.max(WRAP.minSpaces, Math.floor(body.length / WRAP.charsPerSpace));
    let spaces = 0;
    for (let k = 0; k < body.length && spaces < spacesNeeded; k++) if (body.charCodeAt(k) === 0x20) spaces++;
    const gap = body.indexOf(' ');
    const firstWord = body.length === 0 ? 0 : gap < 0 ? body.length : gap;
    lines.push({ end, width: line.length, firstWord, breakable: spaces >= spacesNeeded, ownLineStart: firstWord > WRAP.maxFirstWord || OWN_LINE_START.test(body) });
    start = end + 1;
  }
  return lines;
}

/**
 * The wrap width of hard-wrapped text, or 0 when the text is not wrapped. A pair of lines is broken
 * at width W when the first fits (width <= W) and the next one's first word would not have (width
 * + 1 + word > W, give or take the slack); the width chosen has the most broken pairs, less the breakable lines longer
 * than it, which a wrapper at that width could not have left.
 */
function wrapWidth(lines: readonly WrapLine[]): number {
  const span = WRAP.maxWidth - WRAP.minWidth + 1;
  const broken = new Int32Array(span + 1); // difference array over widths
  const longer = new Int32Array(span + 1); // breakable lines of each width, the last slot for wider ones
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.breakable) continue;
    if (line.width > WRAP.maxWidth) longer[span]!++;
    else if (line.width >= WRAP.minWidth) longer[line.width - WRAP.minWidth]!++;
    const next = lines[i + 1];
    if (!next || next.firstWord === 0 || next.ownLineStart) continue;
    // Broken at every W with width <= W < width + 1 + firstWord.
    const from = Math.max(line.width, WRAP.minWidth);
    const to = Math.min(line.width + next.firstWord + WRAP.slack, WRAP.maxWidth);
    if (from > to) continue;
    broken[from - WRAP.minWidth]!++;
    broken[to - WRAP.minWidth + 1]!--;
  }
  let bestWidth = 0;
  let bestScore = 0;
  let bestBroken = 0;
  let run = 0;
  // Lines longer than W, counted from the top down.
  const overlong = new Int32Array(span);
  let acc = longer[span]!;
  for (let k = span - 1; k >= 0; k--) {
    overlong[k] = acc;
    acc += longer[k]!;
  }
  for (let k = 0; k < span; k++) {
    run += broken[k]!;
    const score = run - WRAP.brokenPerOverlong * overlong[k]!;
    if (score > bestScore) {
      bestScore = score;
      bestWidth = k + WRAP.minWidth;
      bestBroken = run;
    }
  }
  if (bestBroken < WRAP.minBrokenPairs) return 0;
  let nearWidth = 0;
  for (const line of lines) if (line.breakable && line.width >= WRAP.nearWidth * bestWidth && line.width <= bestWidth) nearWidth++;
  return bestBroken >= WRAP.minBrokenShare * nearWidth ? bestWidth : 0;
}

/**
 * Hard-wrapped text with each paragraph on one line again: a broken line's newline becomes a space
 * in the clean copy, whose map still points it at the newline, so spans stay exact.
 */
export function joinWrappedLines(norm: NormalizedText): NormalizedText {
  const lines = wrapLines(norm.clean);
  const width = wrapWidth(lines);
  if (width === 0) return norm;
  const chars = norm.clean.split('');
  let joined = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i]!;
    const next = lines[i + 1]!;
    if (!line.breakable || line.width > width || next.firstWord === 0 || next.ownLineStart) continue;
    if (line.width + 1 + next.firstWord + WRAP.slack <= width) continue;
    chars[line.end] = ' ';
    joined++;
  }
  return joined === 0 ? norm : { source: norm.source, clean: chars.join(''), toSource: norm.toSource };
}

/** Link marks with match indices, compiled once on first use. */
const linkMarkSyntax = lazy(() => [{ re: new RegExp(LINK_REFERENCES.mark.source, LINK_REFERENCES.mark.flags + 'd') }]);

/** A text browser's dump ("[16]Marisa Okafor" over a "References" list) without its link numbers. */
export function dropLinkMarks(norm: NormalizedText): NormalizedText {
  if (!LINK_REFERENCES.heading.test(norm.clean)) return norm;
  const count = (re: RegExp) => norm.clean.match(re)?.length ?? 0;
  if (count(LINK_REFERENCES.entry) < LINK_REFERENCES.minMarks) return norm;
  return count(LINK_REFERENCES.mark) >= LINK_REFERENCES.minMarks ? dropSyntax(norm, linkMarkSyntax()) : norm;
}

export function normalize(state: DocumentState): void {
  let norm = normalizeText(state.view ?? state.input);
  if (state.format === 'text') norm = dropLinkMarks(joinWrappedLines(norm));
  // Markdown is read as the text it marks up; HTML's text view holds none of it.
  state.normalized = state.format === 'text' && looksLikeMarkdown(norm.clean) ? unwrapMarkdown(norm) : norm;
}
