// JavaScript's \b knows only ASCII word characters, with or without the u flag: "publié\b" never
// matches before a space, nor "\bétiquettes" after one. Rules name words in many languages, so a
// group of alternatives next to \b must not hold one that ends (or starts) with another letter;
// such a group takes (?![\wÀ-ɏ]) or (?<![\wÀ-ɏ]) instead.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = path.join(__dirname, '..', 'src');
const GENERATED = new Set(['tagger-data.ts', 'boilerplate-prefixes.ts']);

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sourceFiles(path.join(dir, e.name)) : e.name.endsWith('.ts') && !GENERATED.has(e.name) ? [path.join(dir, e.name)] : []));
}

/** Every group of a pattern source: where it opens and closes, and its top-level alternatives. */
function groupsOf(src: string): { open: number; close: number; alternatives: string[] }[] {
  const out: { open: number; close: number; alternatives: string[] }[] = [];
  const stack: { open: number; bars: number[] }[] = [];
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (c === '[') {
      i++;
      while (i < src.length && src[i] !== ']') i += src[i] === '\\' ? 2 : 1;
    } else if (c === '(') stack.push({ open: i, bars: [] });
    else if (c === '|' && stack.length) stack[stack.length - 1]!.bars.push(i);
    else if (c === ')' && stack.length) {
      const g = stack.pop()!;
      const cuts = [g.open, ...g.bars, i];
      out.push({ open: g.open, close: i, alternatives: cuts.slice(0, -1).map((at, k) => src.slice(at + 1, cuts[k + 1])) });
    }
  }
  return out;
}

const NON_ASCII_END = /[^\x00-\x7f]\??$/;
const NON_ASCII_START = /^(?:\?:)?[^\x00-\x7f]/;
const LITERAL = /\/((?:[^/\n\\[]|\\.|\[(?:[^\]\\]|\\.)*\])+)\/[dgimsuyv]*/g;

function boundaryFaults(text: string): string[] {
  const faults: string[] = [];
  for (const m of text.matchAll(LITERAL)) {
    const src = m[1]!;
    if (!src.includes('\\b')) continue;
    for (const g of groupsOf(src)) {
      const after = src.slice(g.close + 1, g.close + 3) === '\\b' ? g.alternatives.filter((a) => NON_ASCII_END.test(a)) : [];
      const before = src.slice(g.open - 2, g.open) === '\\b' ? g.alternatives.filter((a) => NON_ASCII_START.test(a)) : [];
      for (const a of [...after, ...before]) faults.push(a.replace(/^\?:/, ''));
    }
  }
  return faults;
}

describe('word boundaries around words in other scripts', () => {
  it('finds the fault it looks for', () => {
    expect(boundaryFaults(String.raw`const p = /\b(?:published|publié)\b/;`)).toEqual(['publié']);
    expect(boundaryFaults(String.raw`const p = /\b(?:étiquettes|tags)/;`)).toEqual(['étiquettes']);
    expect(boundaryFaults(String.raw`const p = /\b(?:published|publié)(?![\wÀ-ɏ])/;`)).toEqual([]);
  });

  it('leaves no rule in src/ with a non-ASCII letter next to \\b', () => {
    const faults = sourceFiles(SRC).flatMap((f) => boundaryFaults(fs.readFileSync(f, 'utf8')).map((a) => `${path.relative(SRC, f)}: ${a}`));
    expect(faults).toEqual([]);
  });
});
