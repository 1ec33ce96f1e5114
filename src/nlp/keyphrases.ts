/**
 * Keyphrases: noun-phrase candidates ranked by a position-biased PageRank over the word
 * co-occurrence graph (PositionRank, Florescu & Caragea 2017), with TopicRank-style merging of
 * variants that share a stemmed form. Headline, dek, story labels and digest bullets weigh more.
 */
import { stemmer } from 'stemmer';
import { PropertyPattern } from '../lazy.js';
import { nlpRules } from '../rules/nlp.js';
import { compareText, isTitleCase } from '../text.js';
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
// Tuned on the DUC-2001 development half (npm run eval:topics); each is a smooth optimum, not a spike.
const WINDOW = 6;
const DAMPING = 0.95;
const ITERATIONS = 30;
const MAX_WORDS = 4;
/** Words of the content the ranking reads (most news articles are shorter). */
const RANK_TERMS = 2500;
/** Phrase frequency enters as (1 + ln count)^FREQUENCY_WEIGHT. */
const FREQUENCY_WEIGHT = 0.5;
/** First position enters as (1 / (1 + first / length))^POSITION_WEIGHT. */
const POSITION_WEIGHT = 4;
/** News keyphrases are mostly two words: one-word and long phrases need more evidence. */
const LENGTH_PRIOR: Record<number, number> = { 1: 0.35, 2: 1 };
const LONG_PRIOR = 0.5;
/** A person named once is rarely what the story is about (the spokesman). */
const ONE_MENTION_PERSON = 0.5;

const BREAK = /[,.;:!?()[\]{}"“”]|\s[-–—]\s/;

const NOT_CANDIDATE = ['Pronoun', 'Value', 'Date', 'Month', 'WeekDay', 'Determiner', 'Verb', 'Preposition', 'Adverb', 'Conjunction', 'Gerund', 'PastTense', 'PresentTense', 'Infinitive', 'Modal', 'Copula', 'QuestionWord', 'Expression', 'Negative', 'Auxiliary'];

/** Letters (with dots, apostrophes, hyphens), or a hyphenated compound with digits ("COVID-19"). */
const PHRASE_WORD_SHAPE = new PropertyPattern(/^(?:\p{L}[\p{L}.'’-]*|[\p{L}\p{N}]+-[\p{L}\p{N}-]+)$/u);
/** A dotted acronym ("U.S"), its last dot trimmed. */
const DOTTED_ACRONYM = new PropertyPattern(/^(?:\p{L}\.)+\p{L}$/u);

/** Whether a word's letters allow it in a keyphrase at all (no digits-only, edge or stop words). */
function isPhraseWord(w: string): boolean {
  return w.length >= 2 && PHRASE_WORD_SHAPE.for(w).test(w) && !nlpRules().edgeWord.test(w) && !nlpRules().stopword.has(w.toLowerCase());
}

function isCandidateWord(t: Term, w: string, phraseWord: boolean, prev: Term | undefined, prevCandidate: boolean, next: Term | undefined): boolean {
  const tags = t.tags;
  if (!phraseWord) return false;
  // A gerund after a noun heads a compound ("battery manufacturing", "autonomous driving").
  const linked = prev !== undefined && prevCandidate && !BREAK.test(prev.post);
  // An "-ing" word with an object after it is a verb ("cars entering its district", "ending a
  // detour", "covering 80% of"), not a noun or a compound's head.
  if (/ing$/i.test(w) && takesObject(t, next)) return false;
  if (tags.has('Gerund') && linked) return true;
  // "mortgage rates for ...": a plural noun the tagger read as a verb (no object follows it); "is" never is.
  if (tags.has('PresentTense') && !tags.has('Copula') && /s$/.test(w) && linked && prev?.tags.has('Noun') && next?.normal !== 'to' && (!next || next.tags.has('Preposition') || next.tags.has('Conjunction') || /[,.;:]/.test(t.post))) return true;
  // A participle between a determiner or adjective and a noun modifies it ("the crumpled airplane").
  if ((tags.has('PastTense') || tags.has('Participle')) && next?.tags.has('Noun') && !next.tags.has('Pronoun') && (prev?.tags.has('Determiner') || prev?.tags.has('Adjective'))) return true;
  if (!(tags.has('Noun') || tags.has('Adjective'))) return false;
  if (NOT_CANDIDATE.some((tag) => tags.has(tag))) return false;
  // "revenue rose 5%", "the Dow rose sharply": the verb, not the flower.
  if (prev?.tags.has('Noun') && !BREAK.test(prev.post) && nlpRules().pastTenseNoun.has(t.normal) && (!next || BREAK.test(t.post) || ['Value', 'Adverb', 'Preposition', 'Conjunction', 'Determiner'].some((tag) => next.tags.has(tag)))) return false;
  // "-ing" adjectives before a name are verbs the tagger missed ("challenging China").
  return !(tags.has('Adjective') && /ing$/i.test(w) && !linked);
}

/** The next word, in the same clause, is a determiner, a possessive or a number: an object. */
function takesObject(t: Term, next: Term | undefined): boolean {
  if (!next || BREAK.test(t.post)) return false;
  return next.tags.has('Determiner') || next.tags.has('Possessive') || next.tags.has('Value') || /^(?:its|his|her|their|our|your|my)$/.test(next.normal);
}

/** The term's word without possessive or trailing punctuation. */
const ALNUM = /[\p{L}\p{N}]/u;

/** Drops leading and trailing characters that are not letters or digits. */
function trimAlnum(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && !ALNUM.test(s[a]!)) a++;
  while (b > a && !ALNUM.test(s[b - 1]!)) b--;
  return s.slice(a, b);
}

export function wordOf(t: Term): string {
  const w = trimAlnum(t.text.replace(/['’]s$/i, ''));
  // Keep the last dot of dotted acronyms ("U.S.").
  return DOTTED_ACRONYM.for(w).test(w) ? `${w}.` : w;
}

export const stemKey = (words: string[]) => words.map((w) => stemmer(w.toLowerCase())).join(' ');

/** `limit`: how many diverse phrases to return at most (the ranking stops there). */
export function rankKeyphrases(content: TaggedContent, options: { multiStory?: boolean; limit?: number } = {}): Keyphrase[] {
  const { segments } = content;
  // News states what it is about up front: the ranking reads the first RANK_TERMS words, which
  // keeps long pages (liveblogs, transcripts) from costing more than their topics are worth.
  const terms = content.terms.length > RANK_TERMS ? content.terms.slice(0, RANK_TERMS) : content.terms;
  const candidate: boolean[] = [];
  // Words repeat: clean each distinct spelling once.
  const cleaned = new Map<string, string>();
  const word = terms.map((t) => {
    let w = cleaned.get(t.text);
    if (w === undefined) cleaned.set(t.text, (w = wordOf(t)));
    return w;
  });
  const lowerWord = word.map((w) => w.toLowerCase());
  // Words repeat: check each distinct word's letters once.
  const phraseWords = new Map<string, boolean>();
  terms.forEach((t, i) => {
    let ok = phraseWords.get(word[i]!);
    if (ok === undefined) phraseWords.set(word[i]!, (ok = isPhraseWord(word[i]!)));
    candidate.push(isCandidateWord(t, word[i]!, ok, terms[i - 1], candidate[i - 1] ?? false, terms[i + 1]));
  });
  // Title-case headlines fool the tagger ("Beijing Opposes Washington"): there a word counts only if
  // the body uses it as a noun or adjective too, or the tagger knows it as a name.
  const bodyWords = new Set<string>();
  terms.forEach((t, i) => {
    if (segments[t.segment]!.role !== 'headline' && !t.tags.has('Verb')) bodyWords.add(lowerWord[i]!);
  });
  terms.forEach((t, i) => {
    if (!candidate[i] || segments[t.segment]!.role !== 'headline' || !isTitleCase(segments[t.segment]!.text)) return;
    const named = t.tags.has('Place') || t.tags.has('Person') || t.tags.has('Organization');
    if (!named && !bodyWords.has(lowerWord[i]!)) candidate[i] = false;
  });

  // Position-biased personalization: each occurrence adds weight / position.
  const bias = new Map<string, number>();
  // Words repeat: stem each distinct one once.
  const stems = new Map<string, string>();
  const stemOf = terms.map((_, i) => {
    if (!candidate[i]) return '';
    const lower = lowerWord[i]!;
    let s = stems.get(lower);
    if (s === undefined) stems.set(lower, (s = stemmer(lower)));
    return s;
  });
  // Summary segments (headline, dek, story labels, digest bullets) are leads in their own right:
  // their words are weighed by position inside the segment, not in the page.
  const segmentFirst = new Map<number, number>();
  terms.forEach((t, i) => {
    if (!segmentFirst.has(t.segment)) segmentFirst.set(t.segment, i);
  });
  const positionOf = (i: number) => {
    const t = terms[i]!;
    return segments[t.segment]!.role === 'body' ? i : i - segmentFirst.get(t.segment)!;
  };
  terms.forEach((t, i) => {
    if (!candidate[i]) return;
    const role = segments[t.segment]!.role;
    bias.set(stemOf[i]!, (bias.get(stemOf[i]!) ?? 0) + ROLE_WEIGHT[role] / (positionOf(i) + 1));
  });

  const score = pageRank(terms, candidate, stemOf, bias);

  // Candidate phrases: runs of nouns and adjectives ending in a noun, inside a sentence.
  const phrases = new Map<string, { forms: Map<string, number>; score: number; count: number; proper: boolean; first: number; headlineOnly: boolean; person: boolean }>();
  const flush = (run: number[]) => {
    const nounLike = (i: number) => terms[i]!.tags.has('Noun') || terms[i]!.tags.has('Gerund') || terms[i]!.tags.has('PresentTense');
    while (run.length > 0 && !nounLike(run[run.length - 1]!)) run.pop();
    // Evaluative adjectives are not part of what a story is about ("largest oil spill" -> "oil spill").
    while (run.length > 1 && (terms[run[0]!]!.tags.has('Superlative') || terms[run[0]!]!.tags.has('Comparative') || /(?:est|most)$/i.test(word[run[0]!]!))) run.shift();
    if (run.length === 0) return;
    const tail = run.slice(-MAX_WORDS);
    for (let k = 0; k < tail.length; k++) {
      // The phrase itself and, for long runs, its head-final sub-phrases ("smart car ban" -> "car ban").
      const part = tail.slice(k);
      if (part.length > 3 && k === 0) continue;
      const inHeadline = segments[terms[part[0]!]!.segment]!.role === 'headline';
      // Body runs give their maximal phrase; headline runs also give sub-phrases, kept only if the body has them.
      if (!inHeadline && k > 0 && tail.length <= 3) break;
      const words = part.map((i) => word[i]!);
      if (part.length === 1 && nlpRules().genericNoun.has(words[0]!.toLowerCase())) continue;
      const key = part.map((i) => stemOf[i]!).join(' ');
      const s = part.reduce((acc, i) => acc + (score.get(stemOf[i]!) ?? 0), 0);
      const entry = phrases.get(key) ?? { forms: new Map<string, number>(), score: 0, count: 0, proper: true, first: positionOf(part[0]!), headlineOnly: true, person: false };
      entry.first = Math.min(entry.first, positionOf(part[0]!));
      if (!inHeadline) entry.headlineOnly = false;
      const form = words.join(' ');
      entry.forms.set(form, (entry.forms.get(form) ?? 0) + 1);
      entry.score = Math.max(entry.score, s);
      entry.count++;
      entry.proper = entry.proper && part.every((i) => terms[i]!.tags.has('ProperNoun'));
      entry.person = entry.person || part.some((i) => terms[i]!.tags.has('Person'));
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

  // Headline phrases count only when the body uses the same phrase (title case misleads the tagger).
  for (const [key, e] of phrases) if (e.headlineOnly) phrases.delete(key);
  return [...phrases.entries()]
    .map(([key, e]) => {
      const label = [...e.forms.entries()].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]))[0]![0];
      const freq = Math.pow(1 + Math.log(e.count), FREQUENCY_WEIGHT);
      const pos = Math.pow(1 / (1 + e.first / Math.max(1, terms.length)), POSITION_WEIGHT);
      const prior = (LENGTH_PRIOR[key.split(' ').length] ?? LONG_PRIOR) * (e.person && e.count === 1 ? ONE_MENTION_PERSON : 1);
      return { label, key, score: e.score * freq * pos * prior, count: e.count, proper: e.proper };
    })
    .sort((a, b) => b.score - a.score || compareText(a.key, b.key))
    .filter(diversify(options.multiStory ?? false, options.limit ?? Infinity));
}

/**
 * Biased PageRank over the co-occurrence graph of candidate words (edges within WINDOW words,
 * inside a sentence). Words are numbered and the graph held in arrays: this loop runs 30 times.
 */
function pageRank(terms: Term[], candidate: boolean[], stemOf: string[], bias: Map<string, number>): Map<string, number> {
  const nodes = [...bias.keys()];
  const id = new Map(nodes.map((n, k) => [n, k]));
  // Each co-occurrence is an entry in both directions; repeated pairs simply repeat (weight = count).
  const from: number[] = [];
  const to: number[] = [];
  for (let i = 0; i < terms.length; i++) {
    if (!candidate[i]) continue;
    const a = id.get(stemOf[i]!)!;
    for (let j = i + 1; j < terms.length && j < i + WINDOW; j++) {
      if (terms[j]!.sentence !== terms[i]!.sentence) break;
      if (!candidate[j]) continue;
      const b = id.get(stemOf[j]!)!;
      if (a === b) continue;
      from.push(a, b);
      to.push(b, a);
    }
  }
  const n = nodes.length;
  const total = nodes.reduce((s, k) => s + bias.get(k)!, 0) || 1;
  const p = Float64Array.from(nodes, (k) => bias.get(k)! / total);
  // Compressed adjacency (counting sort by source): targets of node k sit in [offset[k], offset[k + 1]).
  const offset = new Int32Array(n + 1);
  for (const a of from) offset[a + 1]!++;
  for (let k = 0; k < n; k++) offset[k + 1]! += offset[k]!;
  const target = new Int32Array(from.length);
  const fill = offset.slice(0, n);
  for (let e = 0; e < from.length; e++) target[fill[from[e]!]!++] = to[e]!;
  let score = Float64Array.from(p);
  let next = new Float64Array(n);
  for (let it = 0; it < ITERATIONS; it++) {
    for (let k = 0; k < n; k++) next[k] = (1 - DAMPING) * p[k]!;
    for (let k = 0; k < n; k++) {
      const degree = offset[k + 1]! - offset[k]!;
      if (degree === 0) continue;
      const share = (DAMPING * score[k]!) / degree;
      for (let e = offset[k]!; e < offset[k + 1]!; e++) next[target[e]!]! += share;
    }
    [score, next] = [next, score];
  }
  return new Map(nodes.map((k, i) => [k, score[i]!]));
}

/** TopicRank-style diversity: a phrase inside a better-ranked one ("tornado" after "tornado watches") adds little. */
function diversify(multiStory: boolean, limit: number): (p: { key: string }) => boolean {
  const chosen: string[][] = [];
  return (p) => {
    if (chosen.length >= limit) return false;
    const words = p.key.split(' ');
    // In a multi-story page, a phrase sharing a word with a better one is the same story's topic.
    if (multiStory && chosen.some((c) => c.length > 1 && words.some((w) => c.includes(w)))) return false;
    if (chosen.some((c) => words.every((w) => c.includes(w)))) return false;
    // "local battery manufacturing" after "domestic battery manufacturing": same two-word head.
    if (words.length >= 3 && chosen.some((c) => c.length >= 2 && c.slice(-2).join(' ') === words.slice(-2).join(' '))) return false;
    chosen.push(words);
    return true;
  };
}
