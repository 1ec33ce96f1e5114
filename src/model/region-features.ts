/**
 * The region model's evidence: one row of numbers per line, computed once in `classify` from what
 * the rules already found (their labels, the prose region, each line's shape) and, for HTML, from
 * where the line sits in the DOM. Shallow features only (Kohlschütter et al., "Boilerplate Detection
 * using Shallow Text Features", 2010): words, punctuation, link density, text density of the block
 * and its container, and the same measured over the neighbouring lines.
 *
 * The training script (`scripts/train-region.mjs`) calls the same function, so the model sees at run
 * time exactly the numbers it was trained on (32-bit, as stored). Appending a feature means retraining.
 */
import type { Line, LineLabel } from '../document.js';
import type { LineHint } from '../html/view.js';
import type { BoilerplateReason } from '../schema.js';
import { fold } from '../text.js';
import { regionModelFunctionWords } from '../rules/language.js';

/** What `classify` knows about each line before the model runs. */
export interface LineEvidence {
  lines: Line[];
  /** The rules' labels (before the model). */
  labels: LineLabel[];
  /** The rules' line scores (prose positive, furniture negative) and their article region. */
  scores: number[];
  region: { start: number; end: number };
  sentence: boolean[];
  label: boolean[];
  colonHeader: boolean[];
  tableRow: boolean[];
  keyValue: boolean[];
  wrapped: boolean[];
  dateLike: boolean[];
  code: boolean[];
  /** Reason of the catalog rule the line matches, or null. */
  ruleReason: (BoilerplateReason | null)[];
  hardStop: boolean[];
  hints?: LineHint[];
}

const RULE_GROUPS: Record<string, number> = {
  navigation: 0, share: 1, related: 2, subscription: 3, promo: 3, paywall: 3, newsletter: 3, app: 3,
  cookie: 4, legal: 5, caption: 6, credit: 6, advertisement: 7, audio: 8, contact: 9, repeated: 10, other: 10,
};
const RULE_GROUP_COUNT = 11;

const HINT_GROUPS: Record<string, number> = {
  navigation: 0, share: 1, related: 2, subscription: 3, advertisement: 4, cookie: 5, legal: 6, caption: 7, credit: 8, other: 9,
};
const HINT_GROUP_COUNT = 10;

/** Families of the rules' own label, so the model can learn where they are right. */
function labelFamily(rule: string | undefined): number {
  if (rule === undefined) return 0;
  if (rule === 'position.before-article') return 1;
  if (rule === 'position.after-article') return 2;
  if (rule === 'position.html-outside-main') return 3;
  if (rule === 'html.link-dense' || rule === 'html.teaser-summary') return 4;
  if (rule.startsWith('html.')) return 5;
  if (rule === 'signal.label-run' || rule === 'related.list') return 6;
  if (rule === 'signal.repeated-in-page' || rule === 'memory.repeated-across-pages') return 7;
  if (rule.startsWith('signal.') || rule.startsWith('pressrelease.')) return 8;
  return 9; // a catalog rule
}
const LABEL_FAMILY_COUNT = 10;

const BLOCK_TAGS: Record<string, number> = {
  p: 0, li: 1, h1: 2, h2: 2, h3: 2, h4: 2, h5: 2, h6: 2, td: 3, th: 3, tr: 3, div: 4, section: 5, article: 5, main: 5,
  blockquote: 6, dd: 7, dt: 7, pre: 8, figcaption: 8, figure: 8,
};
const BLOCK_TAG_COUNT = 10;

export const REGION_FEATURES: readonly string[] = [
  'words', 'chars', 'sentence', 'innerSentences', 'commasPerWord', 'colonHeader', 'tableRow', 'label', 'dateLike',
  'digitShare', 'capitalShare', 'marker', 'blankBefore', 'hardStop',
  ...Array.from({ length: RULE_GROUP_COUNT }, (_, k) => `rule${k}`),
  'baseKeep',
  ...Array.from({ length: LABEL_FAMILY_COUNT }, (_, k) => `family${k}`),
  'score', 'inRegion', 'regionDistance', 'docPosition', 'proseBefore', 'proseAfter',
  'windowScore3', 'windowSentences3', 'windowWords5', 'prevWords', 'nextWords', 'prevSentence', 'nextSentence',
  'repeats', 'longSentenceDistance', 'keptBefore', 'keptAfter',
  'functionWordShare', 'runShare', 'mainRun', 'beforeMainRun', 'afterMainRun',
  'keyValue', 'wrapped', 'windowSentences10', 'windowSentences25', 'code', 'windowCode5', 'indent', 'windowMarkers5',
  // HTML only (0 for text)
  'inMain', 'linkShare',
  ...Array.from({ length: HINT_GROUP_COUNT }, (_, k) => `hint${k}`),
  ...Array.from({ length: BLOCK_TAG_COUNT }, (_, k) => `tag${k}`),
  'heading', 'inList', 'inTable', 'inQuote', 'inArticleTag', 'inMainTag', 'positiveAncestors', 'negativeAncestors',
  'depthFromMain', 'blockChars', 'blockLinkDensity', 'parentChars', 'parentLinkDensity', 'parentParagraphs',
  'pageMainShare', 'windowInMain3', 'windowLinkShare3', 'htmlPage',
];

const INNER_SENTENCE = /[.!?]["'”’)]?\s+["'“‘(]?\p{Lu}/gu;
const log1p = Math.log1p;

/** Feature rows, line by line, in one flat array (`REGION_FEATURES.length` numbers a line). */
export function regionRows(ev: LineEvidence): Float32Array {
  const { lines, labels, scores, region, hints } = ev;
  const n = lines.length;
  const F = REGION_FEATURES.length;
  const rows = new Float32Array(n * F);
  if (n === 0) return rows;

  // Page-wide running measures, each in one pass.
  const positive = scores.map((s) => Math.max(0, s));
  const prefix = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) prefix[i + 1] = prefix[i]! + positive[i]!;
  const total = prefix[n]! || 1;
  const keptWords = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) keptWords[i + 1] = keptWords[i]! + (labels[i]!.keep ? lines[i]!.words : 0);
  const keptTotal = keptWords[n]! || 1;
  const counts = new Map<string, number>();
  const keys = lines.map((l) => (l.words <= 20 ? fold(l.text) : ''));
  for (const k of keys) if (k) counts.set(k, (counts.get(k) ?? 0) + 1);
  // Distance to the nearest long sentence line, both ways.
  const LONG = 15;
  const CAP = 20;
  const nearLong = new Float64Array(n).fill(CAP);
  for (let i = 0, last = -CAP; i < n; i++) {
    if (ev.sentence[i] && lines[i]!.words >= LONG) last = i;
    nearLong[i] = Math.min(CAP, i - last);
  }
  for (let i = n - 1, next = n + CAP; i >= 0; i--) {
    if (ev.sentence[i] && lines[i]!.words >= LONG) next = i;
    nearLong[i] = Math.min(nearLong[i]!, next - i);
  }
  const runs = proseRuns(ev);
  const sentencesBefore = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) sentencesBefore[i + 1] = sentencesBefore[i]! + (ev.sentence[i] || ev.wrapped[i] ? 1 : 0);
  const sentenceShare = (i: number, r: number) => {
    const a = Math.max(0, i - r);
    const b = Math.min(n, i + r + 1);
    return (sentencesBefore[b]! - sentencesBefore[a]!) / (b - a);
  };
  const fw = regionModelFunctionWords();
  let mainChars = 0;
  let allChars = 0;
  let mainDepthSum = 0;
  let mainLines = 0;
  if (hints) {
    for (let i = 0; i < n; i++) {
      allChars += lines[i]!.text.length;
      if (!hints[i]!.inMain) continue;
      mainChars += lines[i]!.text.length;
      mainDepthSum += hints[i]!.dom.depth;
      mainLines++;
    }
  }
  const mainDepth = mainLines ? mainDepthSum / mainLines : 0;
  // Window means by prefix sums: each window costs two lookups, whatever its width.
  const prefixOf = (f: (k: number) => number): Float64Array => {
    const p = new Float64Array(n + 1);
    for (let k = 0; k < n; k++) p[k + 1] = p[k]! + f(k);
    return p;
  };
  const windowMean = (p: Float64Array, i: number, r: number): number => {
    const a = Math.max(0, i - r);
    const b = Math.min(n, i + r + 1);
    return (p[b]! - p[a]!) / (b - a);
  };
  const clippedScores = prefixOf((k) => Math.max(-10, Math.min(30, scores[k]!)));
  const sentences = prefixOf((k) => (ev.sentence[k] ? 1 : 0));
  const wordsAround = prefixOf((k) => lines[k]!.words);
  const codeAround = prefixOf((k) => (ev.code[k] ? 1 : 0));
  const markersAround = prefixOf((k) => (lines[k]!.marker ? 1 : 0));
  const inMainAround = hints ? prefixOf((k) => (hints[k]!.inMain ? 1 : 0)) : null;
  const linksAround = hints ? prefixOf((k) => hints[k]!.linkShare) : null;

  for (let i = 0; i < n; i++) {
    const line = lines[i]!;
    const text = line.text;
    const o = i * F;
    let j = o;
    const put = (v: number) => {
      rows[j++] = v;
    };
    const words = line.words;
    let digits = 0;
    let commas = 0;
    let capitals = 0;
    let wordCount = 0;
    let atWordStart = true;
    for (let k = 0; k < text.length; k++) {
      const c = text.charCodeAt(k);
      if (c === 32) {
        atWordStart = true;
        continue;
      }
      if (atWordStart) {
        wordCount++;
        if ((c >= 65 && c <= 90) || (c > 127 && text[k] !== text[k]!.toLowerCase())) capitals++;
        atWordStart = false;
      }
      if (c >= 48 && c <= 57) digits++;
      else if (c === 44 || c === 0xff0c || c === 0x3001) commas++;
    }
    put(log1p(words));
    put(log1p(text.length));
    put(ev.sentence[i] ? 1 : 0);
    put(Math.min(10, words >= 8 ? (text.match(INNER_SENTENCE)?.length ?? 0) : 0));
    put(words ? commas / words : 0);
    put(ev.colonHeader[i] ? 1 : 0);
    put(ev.tableRow[i] ? 1 : 0);
    put(ev.label[i] ? 1 : 0);
    put(ev.dateLike[i] ? 1 : 0);
    put(text.length ? digits / text.length : 0);
    put(wordCount ? capitals / wordCount : 0);
    put(line.marker ? 1 : 0);
    put(line.blankBefore ? 1 : 0);
    put(ev.hardStop[i] ? 1 : 0);
    const rg = ev.ruleReason[i] ? RULE_GROUPS[ev.ruleReason[i]!] ?? 10 : -1;
    for (let k = 0; k < RULE_GROUP_COUNT; k++) put(rg === k ? 1 : 0);
    const label = labels[i]!;
    put(label.keep ? 1 : 0);
    const fam = labelFamily(label.keep ? undefined : label.rule);
    for (let k = 0; k < LABEL_FAMILY_COUNT; k++) put(fam === k ? 1 : 0);
    put(Math.max(-30, Math.min(80, scores[i]!)));
    const inRegion = i >= region.start && i < region.end;
    put(inRegion ? 1 : 0);
    put(inRegion ? 0 : Math.min(1, (i < region.start ? region.start - i : i - region.end + 1) / 50) * (i < region.start ? -1 : 1));
    put(i / n);
    put(prefix[i]! / total);
    put((total - prefix[i + 1]!) / total);
    put(windowMean(clippedScores, i, 3));
    put(windowMean(sentences, i, 3));
    put(log1p(windowMean(wordsAround, i, 5)));
    put(i > 0 ? log1p(lines[i - 1]!.words) : 0);
    put(i + 1 < n ? log1p(lines[i + 1]!.words) : 0);
    put(i > 0 && ev.sentence[i - 1] ? 1 : 0);
    put(i + 1 < n && ev.sentence[i + 1] ? 1 : 0);
    put(keys[i] ? Math.min(5, counts.get(keys[i]!)! - 1) : 0);
    put(nearLong[i]!);
    put(keptWords[i]! / keptTotal);
    put((keptTotal - keptWords[i + 1]!) / keptTotal);
    put(functionWordShare(text, fw));
    const run = runs.id[i]!;
    put(run >= 0 ? runs.words[run]! / runs.total : 0);
    put(run >= 0 && run === runs.main ? 1 : 0);
    put(runs.main >= 0 && i < runs.start[runs.main]! ? log1p(runs.start[runs.main]! - i) : 0);
    put(runs.main >= 0 && i >= runs.end[runs.main]! ? log1p(i - runs.end[runs.main]! + 1) : 0);
    put(ev.keyValue[i] ? 1 : 0);
    put(ev.wrapped[i] ? 1 : 0);
    put(sentenceShare(i, 10));
    put(sentenceShare(i, 25));
    put(ev.code[i] ? 1 : 0);
    put(windowMean(codeAround, i, 5));
    put(Math.min(16, line.indent) / 4);
    put(windowMean(markersAround, i, 5));
    const h = hints?.[i];
    if (!h) {
      // Text input: the DOM features stay 0.
      continue;
    }
    const d = h.dom;
    put(h.inMain ? 1 : 0);
    put(h.linkShare);
    const hg = h.reason ? HINT_GROUPS[h.reason] ?? 9 : -1;
    for (let k = 0; k < HINT_GROUP_COUNT; k++) put(hg === k ? 1 : 0);
    const tg = BLOCK_TAGS[d.block] ?? 9;
    for (let k = 0; k < BLOCK_TAG_COUNT; k++) put(tg === k ? 1 : 0);
    put(d.heading);
    put(d.inList ? 1 : 0);
    put(d.inTable ? 1 : 0);
    put(d.inQuote ? 1 : 0);
    put(d.inArticleTag ? 1 : 0);
    put(d.inMainTag ? 1 : 0);
    put(Math.min(5, d.positiveAncestors));
    put(Math.min(5, d.negativeAncestors));
    put(mainLines ? Math.max(-20, Math.min(20, d.depth - mainDepth)) : 0);
    put(log1p(d.blockChars));
    put(d.blockChars ? d.blockLinkChars / d.blockChars : 0);
    put(log1p(d.parentChars));
    put(d.parentChars ? d.parentLinkChars / d.parentChars : 0);
    put(log1p(d.parentParagraphs));
    put(allChars ? mainChars / allChars : 0);
    put(windowMean(inMainAround!, i, 3));
    put(windowMean(linksAround!, i, 3));
    put(1);
  }
  return rows;
}

/** Share of a line's words that are function words of some language (jusText's stopword density). */
function functionWordShare(text: string, fw: ReadonlyMap<string, string[]>): number {
  let words = 0;
  let hits = 0;
  let start = -1;
  const lower = text.toLowerCase();
  for (let k = 0; k <= lower.length; k++) {
    const c = k < lower.length ? lower.charCodeAt(k) : 32;
    const boundary = c === 32 || c === 44 || c === 46 || c === 58 || c === 59 || c === 33 || c === 63 || c === 34 || c === 40 || c === 41;
    if (!boundary) {
      if (start < 0) start = k;
      continue;
    }
    if (start < 0) continue;
    words++;
    if (fw.has(lower.slice(start, k))) hits++;
    start = -1;
  }
  return words ? hits / words : 0;
}

/** Lines of prose: sentences of some length, or long lines a scraper cut. */
const RUN_SENTENCE_WORDS = 8;
const RUN_LONG_WORDS = 20;
/** Prose lines this close (in lines) belong to one run; the lines between them too. */
const RUN_GAP = 3;

/** Runs of prose lines: each line's run (-1 for none), each run's words and extent, the largest. */
function proseRuns(ev: LineEvidence): { id: Int32Array; words: number[]; start: number[]; end: number[]; main: number; total: number } {
  const n = ev.lines.length;
  const id = new Int32Array(n).fill(-1);
  const words: number[] = [];
  const start: number[] = [];
  const end: number[] = [];
  let last = -Infinity;
  for (let i = 0; i < n; i++) {
    const w = ev.lines[i]!.words;
    const prose = ((ev.sentence[i] || ev.wrapped[i]) && w >= RUN_SENTENCE_WORDS) || w >= RUN_LONG_WORDS;
    if (!prose) continue;
    if (i - last > RUN_GAP) {
      words.push(0);
      start.push(i);
      end.push(i + 1);
    } else for (let k = last + 1; k < i; k++) id[k] = words.length - 1;
    const r = words.length - 1;
    id[i] = r;
    words[r]! += w;
    end[r] = i + 1;
    last = i;
  }
  let main = -1;
  let total = 0;
  for (let r = 0; r < words.length; r++) {
    total += words[r]!;
    if (main < 0 || words[r]! > words[main]!) main = r;
  }
  return { id, words, start, end, main, total: total || 1 };
}

/**
 * The second pass: each line's first-pass probability beside its neighbours' (an article is a run of
 * lines; a stray paragraph among teasers is not). Appended to the line's own row.
 */
export const CONTEXT_FEATURES: readonly string[] = [
  'p', 'pPrev1', 'pNext1', 'pPrev2', 'pNext2', 'pMean3', 'pMean8', 'pMean20', 'pWordMean8',
  'pMaxBefore', 'pMaxAfter', 'keptMassBefore', 'keptMassAfter', 'keptDistanceBefore', 'keptDistanceAfter',
];

/**
 * The CONTEXT_FEATURES of every line (`CONTEXT_FEATURES.length` numbers a line), from the first
 * pass's probabilities `p`. The second pass reads a line's REGION_FEATURES row followed by this one.
 */
export function contextRows(p: ArrayLike<number>, lines: Line[]): Float32Array {
  const n = lines.length;
  const W = CONTEXT_FEATURES.length;
  const out = new Float32Array(n * W);
  if (n === 0) return out;
  const sumP = new Float64Array(n + 1);
  const sumWP = new Float64Array(n + 1);
  const sumW = new Float64Array(n + 1);
  const kept = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) {
    const w = lines[i]!.words + 1;
    sumP[i + 1] = sumP[i]! + p[i]!;
    sumWP[i + 1] = sumWP[i]! + w * p[i]!;
    sumW[i + 1] = sumW[i]! + w;
    kept[i + 1] = kept[i]! + (p[i]! >= 0.5 ? w : 0);
  }
  const keptTotal = kept[n]! || 1;
  const maxBefore = new Float64Array(n);
  const maxAfter = new Float64Array(n);
  const distBefore = new Float64Array(n);
  const distAfter = new Float64Array(n);
  const CAP = 30;
  for (let i = 0, m = 0, last = -CAP; i < n; i++) {
    maxBefore[i] = m;
    distBefore[i] = Math.min(CAP, i - last);
    m = Math.max(m, p[i]!);
    if (p[i]! >= 0.5) last = i;
  }
  for (let i = n - 1, m = 0, next = n + CAP; i >= 0; i--) {
    maxAfter[i] = m;
    distAfter[i] = Math.min(CAP, next - i);
    m = Math.max(m, p[i]!);
    if (p[i]! >= 0.5) next = i;
  }
  const mean = (s: Float64Array, i: number, r: number) => {
    const a = Math.max(0, i - r);
    const b = Math.min(n, i + r + 1);
    return (s[b]! - s[a]!) / (b - a);
  };
  const at = (k: number) => (k >= 0 && k < n ? p[k]! : 0);
  for (let i = 0; i < n; i++) {
    let j = i * W;
    out[j++] = p[i]!;
    out[j++] = at(i - 1);
    out[j++] = at(i + 1);
    out[j++] = at(i - 2);
    out[j++] = at(i + 2);
    out[j++] = mean(sumP, i, 3);
    out[j++] = mean(sumP, i, 8);
    out[j++] = mean(sumP, i, 20);
    const a = Math.max(0, i - 8);
    const b = Math.min(n, i + 9);
    out[j++] = (sumWP[b]! - sumWP[a]!) / (sumW[b]! - sumW[a]!);
    out[j++] = maxBefore[i]!;
    out[j++] = maxAfter[i]!;
    out[j++] = kept[i]! / keptTotal;
    out[j++] = (keptTotal - kept[i + 1]!) / keptTotal;
    out[j++] = distBefore[i]!;
    out[j++] = distAfter[i]!;
  }
  return out;
}
