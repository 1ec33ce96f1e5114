/**
 * Stage 1, normalize: a clean copy of the text for the later stages to read, and a map back to
 * source offsets so that every span still points into the untouched input.
 */
import type { DocumentState, NormalizedText } from '../document.js';

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

/** Characters with no visible width that split words in matching if kept: ZW*, word joiner, BOM, soft hyphen. */
function isInvisible(c: number): boolean {
  return (c >= 0x200b && c <= 0x200f) || c === 0x2060 || c === 0xfeff || c === 0x00ad || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
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

export function normalize(state: DocumentState): void {
  state.normalized = normalizeText(state.view ?? state.input);
}
