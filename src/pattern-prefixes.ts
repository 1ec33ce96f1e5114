/**
 * What a line must start with to match a pattern anchored at its start: the boilerplate catalog
 * runs only the rules whose beginnings fit a line's first characters, so on a page most of its
 * patterns are never compiled (V8 compiles a pattern on its first use, and that, not matching, is
 * what the catalog costs a first extraction).
 *
 * A pattern is read once into items (characters, classes, groups, assertions, quantifiers) and its
 * beginnings enumerated up to `length` characters. Conservative throughout: anything this reader
 * does not know (a class by property, a dot, a negated class, a back-reference) ends the beginning
 * there, assertions are passed over, and `null` means "may start with anything". For patterns
 * without flags (the catalog's: they run on folded lines).
 */

/** A pattern with more beginnings than this is indexed by shorter ones. */
const MAX_PREFIXES = 200;

type Atom =
  | { kind: 'chars'; chars: readonly string[] }
  | { kind: 'group'; alternatives: Item[][] }
  /** A zero-width assertion (`\b`, a lookaround, `^` past the start): passed over. */
  | { kind: 'assertion' }
  /** `^` at the start of an alternative. */
  | { kind: 'start' }
  /** `$`: the line ends here. */
  | { kind: 'end' }
  /** Some character this reader does not enumerate. */
  | { kind: 'any' };

interface Item {
  atom: Atom;
  min: number;
  max: number;
}

const DIGITS = [...'0123456789'];
const ANY: Atom = { kind: 'any' };
const ASSERTION: Atom = { kind: 'assertion' };
const QUANTIFIER = /\{(\d+)(,(\d*))?\}/y;
/** Widest class range expanded character by character ("a-z"); wider ones count as any character. */
const MAX_RANGE = 64;

/**
 * The beginnings (at most `length` characters; shorter where the pattern may end or this reader
 * stops enumerating) one of which every line matching `source` starts with; null when every
 * alternative is not anchored with `^`, or there are more than MAX_PREFIXES of them.
 */
export function linePrefixes(source: string, length: number): Set<string> | null {
  const parser = { source, at: 0 };
  let alternatives: Item[][];
  try {
    alternatives = parseAlternatives(parser);
  } catch {
    return null;
  }
  if (parser.at !== source.length) return null;
  const out = new Set<string>();
  const emit = (prefix: string): boolean => {
    out.add(prefix.length > length ? prefix.slice(0, length) : prefix);
    return out.size <= MAX_PREFIXES;
  };

  const walk = (items: Item[], i: number, prefix: string, rest: (prefix: string) => boolean): boolean => {
    if (prefix.length >= length) return emit(prefix);
    if (i === items.length) return rest(prefix);
    const { atom, min, max } = items[i]!;
    return repeat(atom, min, max, prefix, (p) => walk(items, i + 1, p, rest));
  };

  const repeat = (atom: Atom, min: number, max: number, prefix: string, next: (prefix: string) => boolean): boolean => {
    if (prefix.length >= length) return emit(prefix);
    if (min === 0 && !next(prefix)) return false;
    if (max === 0) return true;
    // One more repetition; one that added nothing ends the repeats (more of them add what this one could).
    const again = (p: string): boolean => (p.length === prefix.length ? next(p) : repeat(atom, Math.max(0, min - 1), max - 1, p, next));
    switch (atom.kind) {
      case 'assertion':
      case 'start':
        return min === 0 || next(prefix);
      case 'end':
      case 'any':
        return emit(prefix);
      case 'chars':
        for (const c of atom.chars) if (!again(prefix + c)) return false;
        return true;
      case 'group':
        for (const alternative of atom.alternatives) if (!walk(alternative, 0, prefix, again)) return false;
        return true;
    }
  };

  for (const alternative of alternatives) {
    const first = alternative[0];
    if (!first || first.atom.kind !== 'start' || first.max !== 1) return null;
    if (!walk(alternative, 1, '', emit)) return null;
  }
  return out;
}

function parseAlternatives(p: { source: string; at: number }): Item[][] {
  const alternatives: Item[][] = [[]];
  while (p.at < p.source.length) {
    const c = p.source[p.at]!;
    if (c === ')') break;
    if (c === '|') {
      p.at++;
      alternatives.push([]);
      continue;
    }
    const current = alternatives[alternatives.length - 1]!;
    const atom = parseAtom(p, current.length === 0);
    const [min, max] = parseQuantifier(p);
    current.push({ atom, min, max });
  }
  return alternatives;
}

function parseAtom(p: { source: string; at: number }, first: boolean): Atom {
  const s = p.source;
  const c = s[p.at++]!;
  switch (c) {
    case '^':
      return first ? { kind: 'start' } : ASSERTION;
    case '$':
      return { kind: 'end' };
    case '.':
      return ANY;
    case '[':
      return parseClass(p);
    case '\\':
      return parseEscape(p);
    case '(': {
      let lookaround = false;
      if (s[p.at] === '?') {
        const head = s.slice(p.at, p.at + 3);
        lookaround = head.startsWith('?=') || head.startsWith('?!') || head === '?<=' || head === '?<!';
        if (head.startsWith('?:') || head.startsWith('?=') || head.startsWith('?!')) p.at += 2;
        else if (head === '?<=' || head === '?<!') p.at += 3;
        else if (head.startsWith('?<')) p.at = s.indexOf('>', p.at) + 1; // a named group
        else throw new Error('unknown group');
      }
      const alternatives = parseAlternatives(p);
      if (s[p.at++] !== ')') throw new Error('unclosed group');
      return lookaround ? ASSERTION : { kind: 'group', alternatives };
    }
    default:
      return { kind: 'chars', chars: [c] };
  }
}

/** After a backslash, outside a class. */
function parseEscape(p: { source: string; at: number }): Atom {
  const e = p.source[p.at++];
  if (e === undefined) throw new Error('trailing backslash');
  if (e === 'b' || e === 'B') return ASSERTION;
  if (e === 'd') return { kind: 'chars', chars: DIGITS };
  const decoded = decodeEscape(p, e);
  return decoded === null ? ANY : { kind: 'chars', chars: [decoded] };
}

/** The character an escape stands for (`\.`, `\n`, `\x41`, `\u00e9`), or null for classes and the rest. */
function decodeEscape(p: { source: string; at: number }, e: string): string | null {
  if (/[^A-Za-z0-9]/.test(e)) return e;
  const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', f: '\f', v: '\v' };
  if (simple[e]) return simple[e];
  const hex = e === 'x' ? 2 : e === 'u' ? 4 : 0;
  if (hex && /^[0-9a-fA-F]+$/.test(p.source.slice(p.at, p.at + hex)) && p.at + hex <= p.source.length) {
    const ch = String.fromCharCode(parseInt(p.source.slice(p.at, p.at + hex), 16));
    p.at += hex;
    return ch;
  }
  return null;
}

/** After '[': the class's characters, or any character for a negated or unenumerable class. */
function parseClass(p: { source: string; at: number }): Atom {
  const s = p.source;
  const negated = s[p.at] === '^';
  if (negated) p.at++;
  const chars: string[] = [];
  let known = !negated;
  let previous: string | null = null;
  // (In JavaScript a ']' right after '[' closes the class: '[]' matches nothing, '[^]' anything.)
  while (p.at < s.length && s[p.at] !== ']') {
    let c: string | null = s[p.at++]!;
    if (c === '\\') {
      const e = s[p.at++]!;
      if (e === 'd') {
        chars.push(...DIGITS);
        previous = null;
        continue;
      }
      c = e === 'b' ? '\b' : decodeEscape(p, e);
    }
    if (c === null) {
      known = false;
      previous = null;
      continue;
    }
    if (c === '-' && previous !== null && p.at < s.length && s[p.at] !== ']') {
      let to: string | null = s[p.at++]!;
      if (to === '\\') to = decodeEscape(p, s[p.at++]!);
      if (to === null || to.charCodeAt(0) - previous.charCodeAt(0) > MAX_RANGE) known = false;
      else for (let x = previous.charCodeAt(0) + 1; x <= to.charCodeAt(0); x++) chars.push(String.fromCharCode(x));
      previous = null;
      continue;
    }
    chars.push(c);
    previous = c;
  }
  if (s[p.at++] !== ']') throw new Error('unclosed class');
  return known ? { kind: 'chars', chars: [...new Set(chars)] } : ANY;
}

function parseQuantifier(p: { source: string; at: number }): [number, number] {
  const c = p.source[p.at];
  let range: [number, number];
  if (c === '?') range = [0, 1];
  else if (c === '*') range = [0, Infinity];
  else if (c === '+') range = [1, Infinity];
  else if (c === '{') {
    QUANTIFIER.lastIndex = p.at;
    const m = QUANTIFIER.exec(p.source);
    if (!m) return [1, 1];
    const min = Number(m[1]);
    range = [min, m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3])];
    p.at += m[0].length - 1;
  } else return [1, 1];
  p.at++;
  if (p.source[p.at] === '?') p.at++;
  return range;
}

/** The longest beginnings indexed. */
export const PREFIX_LENGTH = 3;

/**
 * The table `src/rules/boilerplate-prefixes.ts` holds: rule id -> [its pattern's source length,
 * then its beginnings], for the rules anchored at the start; the longest beginnings that stay
 * under MAX_PREFIXES.
 */
export function catalogPrefixes(rules: readonly { id: string; pattern: RegExp }[]): Record<string, (number | string)[]> {
  const table: Record<string, (number | string)[]> = {};
  for (const { id, pattern } of rules) {
    if (pattern.flags !== '') continue;
    for (let length = PREFIX_LENGTH; length >= 1; length--) {
      const prefixes = linePrefixes(pattern.source, length);
      if (!prefixes) continue;
      if (!prefixes.has('')) table[id] = [pattern.source.length, ...[...prefixes].sort()];
      break;
    }
  }
  return table;
}

/** Shortest needle worth a substring test; a pattern whose best needles are shorter gets none. */
const MIN_NEEDLE = 3;
/** A pattern needing more needles than this is tried on every line its beginnings allow. */
const MAX_NEEDLES = 40;

/**
 * Strings at least one of which every text matching `source` contains: a line holding none of them
 * cannot match, so the pattern is neither run nor compiled for it. Conservative like `linePrefixes`:
 * only runs of plain characters count, and groups whose every alternative has needles; null when no
 * choice gives needles of MIN_NEEDLE characters or more (or more than MAX_NEEDLES of them).
 */
export function requiredLiterals(source: string): string[] | null {
  const parser = { source, at: 0 };
  try {
    const alternatives = parseAlternatives(parser);
    if (parser.at !== source.length) return null;
    const needles = unionOf(alternatives);
    return needles ? [...needles].sort() : null;
  } catch {
    return null;
  }
}

/** Needles for a choice: each alternative must have its own, and the choice takes them all. */
function unionOf(alternatives: Item[][]): Set<string> | null {
  const out = new Set<string>();
  for (const alternative of alternatives) {
    const own = needlesOf(alternative);
    if (!own) return null;
    for (const needle of own) out.add(needle);
    if (out.size > MAX_NEEDLES) return null;
  }
  return out;
}

/**
 * The best needles of one sequence: its longest run of required plain characters (zero-width
 * assertions do not break a run: the characters either side are adjacent in the text), or a required
 * group's, whichever has the longest shortest needle.
 */
function needlesOf(items: Item[]): Set<string> | null {
  let best: Set<string> | null = null;
  let bestScore = MIN_NEEDLE - 1;
  const offer = (candidate: Set<string> | null) => {
    if (!candidate || candidate.size === 0) return;
    const score = Math.min(...[...candidate].map((n) => n.length));
    if (score > bestScore || (score === bestScore && best && candidate.size < best.size)) {
      best = candidate;
      bestScore = score;
    }
  };
  let run = '';
  for (const { atom, min, max } of items) {
    const zeroWidth = atom.kind === 'assertion' || atom.kind === 'start' || atom.kind === 'end';
    if (zeroWidth) continue;
    if (atom.kind === 'chars' && atom.chars.length === 1 && min >= 1) {
      run += atom.chars[0]!.repeat(Math.min(min, 8));
      if (max === min) continue;
    }
    offer(new Set([run]));
    run = '';
    if (atom.kind === 'group' && min >= 1) offer(unionOf(atom.alternatives));
  }
  offer(new Set([run]));
  return best;
}

/**
 * The table of needles `src/rules/boilerplate-prefixes.ts` holds: rule id -> [its pattern's source
 * length, then its needles], for the catalog's patterns that have them.
 */
export function catalogNeedles(rules: readonly { id: string; pattern: RegExp }[]): Record<string, (number | string)[]> {
  const table: Record<string, (number | string)[]> = {};
  for (const { id, pattern } of rules) {
    if (pattern.flags !== '') continue;
    const needles = requiredLiterals(pattern.source);
    if (needles) table[id] = [pattern.source.length, ...needles];
  }
  return table;
}
