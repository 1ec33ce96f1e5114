/**
 * Stage 2, segment: one record per line of the clean text, with its bullet marker, indent and a
 * source span trimmed of whitespace. Scraped pages put one block per line, so lines are the unit.
 */
import type { BulletMarker, DocumentState, Line, NormalizedText } from '../document.js';
import { need } from '../document.js';
import { countWords } from '../text.js';
import { lazy } from '../lazy.js';
import { MONTH_NAMES } from '../rules/header.js';

/** "- x", "• x", "* x", "1. x", "2) x": marker, then at least one space. */
const BULLET = /^([-•*·▪►◦‣])\s+|^(\d{1,3})[.)]\s+(?=\S)/;
/** A section break drawn with three or more of one mark ("* * *", "***", "---", "___"). */
const THEMATIC_BREAK = /^([-*_])(?:\s*\1){2,}$/;
/** "# Title", "## Section": a Markdown heading (pipelines hand over Markdown as text too). */
const ATX_HEADING = /^(#{1,6})[ \t]+(?=\S)/;

/** Month names of every language the header reads: "9. September 2025" opens a date, not a numbered item. */
const monthWords = lazy(() => new Set(Object.values(MONTH_NAMES).flatMap((names) => names.flatMap((v) => v.split(' ')))));

/**
 * A day-first date where a numbered item would start: "9. September 2025", "3. Mai 2024, 10:12", "1. 4. 2025".
 * A number follows the month, so "1. May we suggest ..." stays a numbered item.
 */
function opensWithDate(number: string, after: string): boolean {
  if (Number(number) > 31) return false;
  // "1. 4. 2025 18:20": the Czech and Slovak spaced numeric date.
  if (/^(?:0?[1-9]|1[0-2])\.\s?\d{4}(?!\d)/.test(after)) return true;
  const word = /^(\p{L}+)\.?\s+\d/u.exec(after);
  return word !== null && monthWords().has(word[1]!.toLowerCase());
}

function markerKind(symbol: string | undefined, number: string | undefined): BulletMarker {
  if (number !== undefined) return 'number';
  if (symbol === '-') return 'dash';
  if (symbol === '*') return 'star';
  return 'bullet';
}

function isSpace(c: number): boolean {
  // Matches JS \s for the characters scraped text holds.
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0xfeff || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0x85;
}

export function segmentLines(norm: NormalizedText): Line[] {
  const { clean, source, toSource } = norm;
  const lines: Line[] = [];
  let cleanStart = 0;
  let sourceStart = 0;
  let blankBefore = false;
  while (cleanStart <= clean.length) {
    let cleanEnd = clean.indexOf('\n', cleanStart);
    if (cleanEnd < 0) cleanEnd = clean.length;
    const sourceEnd = cleanEnd < clean.length ? toSource[cleanEnd]! : source.length;
    let s = sourceStart;
    let e = sourceEnd;
    while (s < e && isSpace(source.charCodeAt(s))) s++;
    while (e > s && isSpace(source.charCodeAt(e - 1))) e--;
    const raw = clean.slice(cleanStart, cleanEnd);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (s < e) {
      // A thematic break ("* * *", "---") is no bullet: the line stays whole, for the catalog to remove.
      let m = THEMATIC_BREAK.test(trimmed) ? null : (BULLET.exec(trimmed) ?? ATX_HEADING.exec(trimmed));
      if (m && m[2] !== undefined && m[0][m[2].length] === '.' && opensWithDate(m[2], trimmed.slice(m[0].length))) m = null;
      const atx = m !== null && m[0].startsWith('#');
      const body = m ? trimmed.slice(m[0].length) : trimmed;
      const text = body.trimEnd();
      lines.push({
        index: lines.length,
        text,
        cleanStart: cleanStart + lead + (m ? m[0].length : 0),
        span: [s, e],
        marker: m && !atx ? markerKind(m[1], m[2]) : null,
        heading: atx ? m![1]!.length : 0,
        indent: lead,
        blankBefore,
        words: countWords(text),
      });
      blankBefore = false;
    } else blankBefore = true;
    if (cleanEnd >= clean.length) break;
    cleanStart = cleanEnd + 1;
    sourceStart = sourceEnd + 1;
  }
  markSetextHeadings(lines);
  return lines;
}

/** A Markdown underline: "=====" under a top-level heading, "-----" under a second-level one. */
const SETEXT_UNDERLINE = /^(?:={3,}|-{3,})$/;
/** A setext heading is a title, not a paragraph: at most this many words. */
const SETEXT_MAX_WORDS = 20;

/** "Title" over "=====" (Markdown's other heading syntax): the line above the underline is the heading. */
function markSetextHeadings(lines: Line[]): void {
  for (let i = 1; i < lines.length; i++) {
    const under = lines[i]!;
    const title = lines[i - 1]!;
    if (under.blankBefore || !SETEXT_UNDERLINE.test(under.text)) continue;
    if (title.marker !== null || title.heading !== 0 || title.words === 0 || title.words > SETEXT_MAX_WORDS || SETEXT_UNDERLINE.test(title.text)) continue;
    title.heading = under.text[0] === '=' ? 1 : 2;
  }
}

export function segment(state: DocumentState): void {
  state.lines = segmentLines(need(state, 'normalized'));
}
