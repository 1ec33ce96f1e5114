/**
 * Keyphrases: noun-phrase candidates ranked by a position-biased PageRank over the word
 * co-occurrence graph (PositionRank, Florescu & Caragea 2017), with TopicRank-style merging of
 * variants that share a stemmed form. Headline, dek, story labels and digest bullets weigh more.
 */
import { stemmer } from 'stemmer';
import { nlpRules } from '../rules/nlp.js';
import type { SegmentRole, TaggedContent, Term } from './tagger.js';

export interface Keyphrase {
  /** Most frequent surface form. */
  label: string;
  key: string;
  score: number;
  count: number;
  /** Words of the phrase are all proper nouns. */
  proper: boolean;
}

/** Extra weight of a word's first positions by where it appears. */
const ROLE_WEIGHT: Record<SegmentRole, number> = { headline: 3, dek: 2, label: 2, digest: 1.5, body: 1 };
const WINDOW = 3;
const DAMPING = 0.85;
const ITERATIONS = 30;
const MAX_WORDS = 4;
const LENGTH_NORM = Number(process.env.ND_LN ?? 0);
const SUBPHRASES = process.env.ND_SUB !== '0';
const DEDUPE = process.env.ND_DEDUPE ?? 'none';

const BREAK = /[,.;:!?()[\]{}"“”]|\s[-–—]\s/;

const NOT_CANDIDATE = ['Pronoun', 'Value', 'Date', 'Month', 'WeekDay', 'Determiner', 'Verb', 'Preposition', 'Adverb', 'Conjunction', 'Gerund', 'PastTense', 'PresentTense', 'Infinitive', 'Modal', 'Copula', 'QuestionWord', 'Expression', 'Negative', 'Auxiliary'];

function isCandidateWord(t: Term, prev: Term | undefined, prevCandidate: boolean): boolean {
  const tags = t.tags;
  const w = wordOf(t);
  if (w.length < 2 || !/^\p{L}[\p{L}'’-]*$/u.test(w) || nlpRules().edgeWord.test(w) || nlpRules().stopword.has(w.toLowerCase())) return false;
  // A gerund after a noun heads a compound ("battery manufacturing", "autonomous driving").
  const linked = prev !== undefined && prevCandidate && !BREAK.test(prev.post);
  if (tags.has('Gerund') && linked) return true;
  if (!(tags.has('Noun') || tags.has('Adjective'))) return false;
  if (NOT_CANDIDATE.some((tag) => tags.has(tag))) return false;
  // "-ing" adjectives before a name are verbs the tagger missed ("challenging China").
  return !(tags.has('Adjective') && /ing$/i.test(w) && !linked);
}

/** The term's word without possessive or trailing punctuation. */
export function wordOf(t: Term): string {
  return t.text.replace(/['’]s$/i, '').replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

function isTitleCase(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => /^\p{L}/u.test(w) && w.length > 3);
  return words.length >= 2 && words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length >= 0.8;
}

export const stemKey = (words: string[]) => words.map((w) => stemmer(w.toLowerCase())).join(' ');

export function rankKeyphrases(content: TaggedContent): Keyphrase[] {
  const { terms, segments } = content;
  const candidate: boolean[] = [];
  terms.forEach((t, i) => candidate.push(isCandidateWord(t, terms[i - 1], candidate[i - 1] ?? false)));
  // Title-case headlines fool the tagger ("Beijing Opposes Washington"): there a word counts only if
  // the body uses it as a noun or adjective too, or the tagger knows it as a name.
  const bodyWords = new Set(terms.filter((t, i) => candidate[i] && segments[t.segment]!.role !== 'headline').map((t) => wordOf(t).toLowerCase()));
  terms.forEach((t, i) => {
    if (!candidate[i] || segments[t.segment]!.role !== 'headline' || !isTitleCase(segments[t.segment]!.text)) return;
    const named = t.tags.has('Place') || t.tags.has('Person') || t.tags.has('Organization');
    if (!named && !bodyWords.has(wordOf(t).toLowerCase())) candidate[i] = false;
  });

  // Position-biased personalization: each occurrence adds weight / position.
  const bias = new Map<string, number>();
  const stemOf = terms.map((t, i) => (candidate[i] ? stemmer(wordOf(t).toLowerCase()) : ''));
  terms.forEach((t, i) => {
    if (!candidate[i]) return;
    const role = segments[t.segment]!.role;
    bias.set(stemOf[i]!, (bias.get(stemOf[i]!) ?? 0) + ROLE_WEIGHT[role] / (i + 1));
  });

  // Co-occurrence edges between candidate words within the window, inside a sentence.
  const edges = new Map<string, Map<string, number>>();
  const link = (a: string, b: string) => {
    if (a === b) return;
    const m = edges.get(a) ?? new Map<string, number>();
    m.set(b, (m.get(b) ?? 0) + 1);
    edges.set(a, m);
  };
  for (let i = 0; i < terms.length; i++) {
    if (!candidate[i]) continue;
    for (let j = i + 1; j < terms.length && j < i + WINDOW; j++) {
      if (terms[j]!.sentence !== terms[i]!.sentence) break;
      if (!candidate[j]) continue;
      link(stemOf[i]!, stemOf[j]!);
      link(stemOf[j]!, stemOf[i]!);
    }
  }

  const nodes = [...bias.keys()];
  const total = nodes.reduce((s, n) => s + bias.get(n)!, 0) || 1;
  const p = new Map(nodes.map((n) => [n, bias.get(n)! / total]));
  const outWeight = new Map(nodes.map((n) => [n, [...(edges.get(n)?.values() ?? [])].reduce((a, b) => a + b, 0)]));
  let score = new Map(p);
  for (let it = 0; it < ITERATIONS; it++) {
    const next = new Map<string, number>();
    for (const n of nodes) next.set(n, (1 - DAMPING) * p.get(n)!);
    for (const n of nodes) {
      const out = edges.get(n);
      const w = outWeight.get(n)!;
      if (!out || w === 0) continue;
      const share = (DAMPING * score.get(n)!) / w;
      for (const [m, c] of out) next.set(m, next.get(m)! + share * c);
    }
    score = next;
  }

  // Candidate phrases: runs of nouns and adjectives ending in a noun, inside a sentence.
  const phrases = new Map<string, { forms: Map<string, number>; score: number; count: number; proper: boolean }>();
  const flush = (run: number[]) => {
    while (run.length > 0 && !terms[run[run.length - 1]!]!.tags.has('Noun') && !terms[run[run.length - 1]!]!.tags.has('Gerund')) run.pop();
    // Evaluative adjectives are not part of what a story is about ("largest oil spill" -> "oil spill").
    while (run.length > 1 && (terms[run[0]!]!.tags.has('Superlative') || terms[run[0]!]!.tags.has('Comparative') || /(?:est|most)$/i.test(wordOf(terms[run[0]!]!)))) run.shift();
    if (run.length === 0) return;
    const tail = run.slice(-MAX_WORDS);
    for (let k = 0; k < tail.length; k++) {
      // The phrase itself and, for long runs, its head-final sub-phrases ("smart car ban" -> "car ban").
      const part = tail.slice(k);
      if (part.length > 3 && k === 0) continue;
      if (!SUBPHRASES && k > 0 && tail.length <= 3) break;
      const words = part.map((i) => wordOf(terms[i]!));
      if (part.length === 1 && nlpRules().genericNoun.has(words[0]!.toLowerCase())) continue;
      const key = stemKey(words);
      const s = part.reduce((acc, i) => acc + (score.get(stemOf[i]!) ?? 0), 0) / Math.pow(part.length, LENGTH_NORM);
      const entry = phrases.get(key) ?? { forms: new Map<string, number>(), score: 0, count: 0, proper: true };
      const form = words.join(' ');
      entry.forms.set(form, (entry.forms.get(form) ?? 0) + 1);
      entry.score = Math.max(entry.score, s);
      entry.count++;
      entry.proper = entry.proper && part.every((i) => terms[i]!.tags.has('ProperNoun'));
      phrases.set(key, entry);
    }
  };
  let run: number[] = [];
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i]!;
    const prev = terms[i - 1];
    const broken = !prev || prev.sentence !== t.sentence || prev.segment !== t.segment || BREAK.test(prev.post) || prev.tags.has('Possessive');
    if (broken && run.length) {
      flush(run);
      run = [];
    }
    if (candidate[i]) run.push(i);
    else if (run.length) {
      flush(run);
      run = [];
    }
  }
  if (run.length) flush(run);

  return [...phrases.entries()]
    .map(([key, e]) => {
      const label = [...e.forms.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
      return { label, key, score: e.score, count: e.count, proper: e.proper };
    })
    .sort((a, b) => b.score - a.score || a.key.localeCompare(b.key))
    .filter(diversify());
}

/** TopicRank-style diversity: a phrase that contains or is contained in a better one adds little. */
function diversify(): (p: { key: string }) => boolean {
  const chosen: string[][] = [];
  return (p) => {
    const words = p.key.split(' ');
    if (DEDUPE === 'none') return true;
    const clash = chosen.some((c) => {
      const inC = words.every((w) => c.includes(w));
      const cIn = c.every((w) => words.includes(w));
      if (DEDUPE === 'contained') return inC;
      if (DEDUPE === 'both') return inC || cIn;
      if (DEDUPE === 'head') return words[words.length - 1] === c[c.length - 1] && (inC || cIn);
      return false;
    });
    if (clash) return false;
    chosen.push(words);
    return true;
  };
}
