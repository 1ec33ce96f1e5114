/**
 * Stage 6, nlp: topics, entities and figures from the article's own content. The tagger (compromise's
 * lexicon in one pass, or the full compromise pipeline) runs once, over the headline, dek and kept
 * body blocks only.
 */
import type { DocumentState, NormalizedText } from '../document.js';
import { need } from '../document.js';
import { findEntities } from '../nlp/entities.js';
import { findFigures } from '../nlp/figures.js';
import { rankKeyphrases, stemKey } from '../nlp/keyphrases.js';
import { tagWithLexicon } from '../nlp/lexicon-tagger.js';
import { tagWithCompromise, type Segment, type SegmentRole } from '../nlp/tagger.js';
import type { Block, Entities, Figure, Topic } from '../schema.js';
import { locateText, toSourceSpan } from '../text.js';

const TOPIC_LIMIT = 20;
const CONTENT_KINDS = new Set(['headline', 'dek', 'heading', 'paragraph', 'list-item', 'quote']);

function segmentOf(norm: NormalizedText, block: Block, role: SegmentRole): Segment {
  const cleanStart = locateText(norm, block.span, block.text);
  return { role, text: block.text, toSource: (from, to) => toSourceSpan(norm, cleanStart + from, cleanStart + to) };
}

export function nlp(state: DocumentState): void {
  const norm = need(state, 'normalized');
  const s = need(state, 'structure');
  const digestSpans = new Set(s.digest.map((d) => d.span[1]));
  const storyEnds = new Map(s.stories.map((st) => [st.span[1], st]));
  const segments: Segment[] = [];
  for (const b of s.blocks) {
    if (!CONTENT_KINDS.has(b.kind) || b.text.length === 0) continue;
    const story = storyEnds.get(b.span[1]);
    if (story && b.kind === 'paragraph') {
      // "Smart cars: China has ..." -> the label is a summary segment, the rest is body.
      const whole = segmentOf(norm, b, 'body');
      const labelEnd = b.text.indexOf(story.label) + story.label.length;
      const restStart = b.text.length - story.text.length;
      segments.push({ role: 'label', text: story.label, toSource: (from, to) => whole.toSource(labelEnd - story.label.length + from, labelEnd - story.label.length + to) });
      segments.push({ role: 'body', text: story.text, toSource: (from, to) => whole.toSource(restStart + from, restStart + to) });
      continue;
    }
    segments.push(segmentOf(norm, b, b.kind === 'headline' ? 'headline' : b.kind === 'dek' ? 'dek' : digestSpans.has(b.span[1]) ? 'digest' : 'body'));
  }

  state.figures = figuresOf(segments);
  // The taggers and the keyphrase model are English; elsewhere they would name function words and
  // capitalised nouns as topics and people. An unknown language (no evidence) is still tried.
  const lang = state.lang ?? null;
  if (lang !== null && lang !== 'en' && segments.length > 0) {
    state.warnings.push({ code: 'NLP_LANGUAGE_UNSUPPORTED', message: `topics and entities are left empty: the article's language is '${lang}' and the taggers read English only` });
  }
  if (segments.length === 0 || (lang !== null && lang !== 'en')) {
    state.topics = [];
    state.entities = { people: [], places: [], organizations: [] };
    return;
  }
  const content = state.options.tagger === 'compromise' ? tagWithCompromise(segments) : tagWithLexicon(segments);
  const entities = findEntities(content);
  state.entities = entities;
  // Briefings and digests cover several stories: one tag per story, not five for the first one.
  state.topics = topicsOf(rankKeyphrases(content, { multiStory: s.stories.length + s.digest.length >= 2, limit: 2 * TOPIC_LIMIT }), entities);
}

function figuresOf(segments: Segment[]): Figure[] {
  const seen = new Set<string>();
  const out: Figure[] = [];
  for (const seg of segments) {
    for (const f of findFigures(seg.text)) {
      const text = seg.text.slice(f.start, f.end);
      const key = text.toLowerCase().replace(/\s+/g, ' ');
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ text, kind: f.kind, value: f.value, unit: f.unit, span: seg.toSource(f.start, f.end) });
    }
  }
  return out;
}

function topicsOf(phrases: ReturnType<typeof rankKeyphrases>, entities: Entities): Topic[] {
  // Which stemmed keys are entities, and of what kind.
  const kindOf = new Map<string, Topic['kind']>();
  const entityKind = { people: 'person', places: 'place', organizations: 'organization' } as const;
  for (const k of ['people', 'places', 'organizations'] as const) {
    for (const e of entities[k]) for (const n of [e.name, ...e.aliases]) kindOf.set(stemKey(n.replace(/\./g, '').split(/\s+/)), entityKind[k]);
  }
  // A phrase cut out of a longer name ("U.S. Department" of "U.S. Department of Energy") takes the name.
  const names = (['people', 'places', 'organizations'] as const).flatMap((k) => entities[k].map((e) => ({ e, kind: entityKind[k] })));
  const seen = new Set<string>();
  const top = phrases
    .map((p) => {
      const full = p.proper && p.label.includes('.') ? names.find(({ e, kind }) => kind === 'organization' && e.name.split(/\s+/).length > p.label.split(/\s+/).length && e.name.startsWith(p.label)) : undefined;
      return full ? { ...p, label: full.e.name, key: stemKey(full.e.name.replace(/\./g, '').split(/\s+/)) } : p;
    })
    .filter((p) => !seen.has(p.key) && seen.add(p.key))
    .slice(0, TOPIC_LIMIT);
  const max = top[0]?.score || 1;
  return top.map((p) => ({
    label: p.label,
    kind: kindOf.get(p.key) ?? 'phrase',
    score: Math.round((p.score / max) * 1000) / 1000,
    count: p.count,
  }));
}
