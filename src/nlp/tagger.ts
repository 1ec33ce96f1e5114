/**
 * One compromise pass over the kept content (`tagger: 'compromise'`). compromise loads only for
 * this tagger (its import costs 120-300 ms), and sees only content: headline, dek and body blocks,
 * never boilerplate.
 */
import { dependencyMissing } from '../errors.js';
import { optionalDependency } from '../lazy.js';
import type { Span } from '../schema.js';

type Compromise = typeof import('compromise').default;

/**
 * `warmUp({ tagger: 'compromise' })` imports it (a dynamic import bundlers split off); in Node a
 * first use without it requires compromise's CommonJS build, which loads about twice as fast as
 * its ESM source tree. Anywhere it cannot load, extract() throws DEPENDENCY_MISSING.
 */
export const compromise = optionalDependency<Compromise>(
  'compromise',
  () => import('compromise'),
  (mod) => ((mod as { default?: Compromise }).default ?? mod) as Compromise,
  dependencyMissing,
);

export type SegmentRole = 'headline' | 'dek' | 'label' | 'digest' | 'body';

export interface Segment {
  role: SegmentRole;
  text: string;
  /** Maps an offset inside `text` to a source span. */
  toSource: (from: number, to: number) => Span;
}

export interface Term {
  text: string;
  /** Lower-case form without punctuation. */
  normal: string;
  tags: ReadonlySet<string>;
  /** Index of the term in the whole content (reading order). */
  index: number;
  sentence: number;
  segment: number;
  /** Offset inside the segment's text. */
  start: number;
  end: number;
  /** Punctuation or space that follows the term in the text. */
  post: string;
}

export interface EntityMatch {
  text: string;
  segment: number;
  start: number;
  end: number;
}

export interface TaggedContent {
  segments: Segment[];
  terms: Term[];
  people: EntityMatch[];
  places: EntityMatch[];
  organizations: EntityMatch[];
}

interface OffsetJson {
  text: string;
  offset: { start: number; length: number };
  terms?: { text: string; normal?: string; tags: string[]; post: string; offset: { start: number; length: number } }[];
}

/** The full compromise pipeline: its tokenizer, lexicon, pre- and post-tagger, and its entity matchers. */
export function tagWithCompromise(segments: Segment[]): TaggedContent {
  // Segments are joined with a blank line and closed with a full stop so no sentence spans two.
  const starts: number[] = [];
  let joined = '';
  for (const seg of segments) {
    starts.push(joined.length);
    joined += seg.text;
    joined += /[.!?:;]["'”’)]*$/.test(seg.text) ? '\n\n' : '.\n\n';
  }
  const locate = (offset: number): { segment: number; start: number } => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { segment: lo, start: offset - starts[lo]! };
  };
  const nlp = compromise.get();
  const doc = nlp(joined);
  const terms: Term[] = [];
  const sentences = doc.json({ offset: true, terms: { offset: true } }) as OffsetJson[];
  sentences.forEach((s, sentence) => {
    for (const t of s.terms ?? []) {
      const at = locate(t.offset.start);
      if (at.start >= segments[at.segment]!.text.length) continue; // the full stop we added
      terms.push({
        text: t.text,
        normal: (t.normal ?? t.text).toLowerCase(),
        tags: new Set(t.tags),
        index: terms.length,
        sentence,
        segment: at.segment,
        start: at.start,
        end: Math.min(at.start + t.offset.length, segments[at.segment]!.text.length),
        post: t.post,
      });
    }
  });
  mergeHyphenated(terms);
  const matches = (view: { json: (o: object) => unknown }): EntityMatch[] =>
    (view.json({ offset: true }) as OffsetJson[]).map((m) => {
      const at = locate(m.offset.start);
      const seg = segments[at.segment]!;
      return { text: m.text, segment: at.segment, start: at.start, end: Math.min(at.start + m.offset.length, seg.text.length) };
    });
  return {
    segments,
    terms,
    people: matches(doc.people()),
    places: matches(doc.places()),
    organizations: matches(doc.organizations()),
  };
}

/**
 * compromise splits "hurricane-force" and "100-meter" into two terms; keyphrases need them whole.
 * A hyphenated compound modifies or names a thing, so it is tagged as a noun-or-adjective.
 */
function mergeHyphenated(terms: Term[]): void {
  for (let i = terms.length - 2; i >= 0; i--) {
    const a = terms[i]!;
    const b = terms[i + 1]!;
    if (a.post !== '-' || a.segment !== b.segment || !b.tags.has('Hyphenated') || b.start !== a.end + 1) continue;
    const tags = new Set<string>(['Noun', 'Adjective', 'Hyphenated']);
    if (a.tags.has('ProperNoun') && b.tags.has('ProperNoun')) tags.add('ProperNoun');
    terms.splice(i, 2, { ...a, text: `${a.text}-${b.text}`, normal: `${a.normal}-${b.normal}`, tags, end: b.end, post: b.post });
  }
  terms.forEach((t, k) => (t.index = k));
}
