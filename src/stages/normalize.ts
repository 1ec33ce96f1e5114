/**
 * Stage 1, normalize: a clean copy of the text for the later stages to read, and a map back to
 * source offsets so that every span still points into the untouched input.
 */
import type { DocumentState, NormalizedText } from '../document.js';
import { lazy } from '../lazy.js';
import { MARKDOWN_EVIDENCE, MARKDOWN_MIN_LINKS, MARKDOWN_SYNTAX } from '../rules/markdown.js';

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
  let text = norm.clean;
  let map = norm.toSource;
  for (const { re, suffix } of syntaxWithIndices()) {
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

export function normalize(state: DocumentState): void {
  const norm = normalizeText(state.view ?? state.input);
  // Markdown is read as the text it marks up; HTML's text view holds none of it.
  state.normalized = state.format === 'text' && looksLikeMarkdown(norm.clean) ? unwrapMarkdown(norm) : norm;
}
