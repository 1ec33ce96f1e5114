/**
 * Stage 6, nlp: topics, entities and figures from the article's own content. The tagger (compromise's
 * lexicon in one pass, or the full compromise pipeline) runs once, over the headline, dek and kept
 * body blocks only.
 */
import type { DocumentState, NormalizedText } from '../document.js';
import { need } from '../document.js';
import { datelinePlaces, findEntities } from '../nlp/entities.js';
import { entitiesByShape } from '../nlp/names-intl.js';
import { findFigures, letterSignsIn, writesDecimalPoint } from '../nlp/figures.js';
import { rankKeyphrases, stemKey } from '../nlp/keyphrases.js';
import { tagWithLexicon } from '../nlp/lexicon-tagger.js';
import { tagWithCompromise, type Segment, type SegmentRole } from '../nlp/tagger.js';
import type { Block, Entities, Figure, Topic } from '../schema.js';
import { asciiDigits, locateText, toSourceSpan } from '../text.js';
import { isDateLine } from '../header/lines.js';
import { nlpRules } from '../rules/nlp.js';

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

  // Figures are the content's: a headline's figure ("profit jumps 41%") is the story's, told again in
  // its body or not at all (as a date in the headline is no event), unless the page is its headline alone.
  const figureSegments = segments.some((seg) => seg.role === 'body') ? segments.filter((seg) => seg.role !== 'headline') : segments;
  state.figures = figuresOf(figureSegments, state.lang ?? null);
  // The taggers and the keyphrase model are English; elsewhere they would name function words and
  // capitalised nouns as topics and people. There, entities come from the shape of names alone
  // (src/nlp/names-intl.ts) and topics stay empty. An unknown language (no evidence) is still tried.
  const lang = state.lang ?? null;
  if (segments.length === 0) {
    state.topics = [];
    state.entities = { people: [], places: [], organizations: [] };
    return;
  }
  if (lang !== null && lang !== 'en') {
    state.warnings.push({ code: 'NLP_LANGUAGE_UNSUPPORTED', message: `topics are left empty and entities are read from the shape of names only: the article's language is '${lang}' and the taggers read English only` });
    state.topics = [];
    state.entities = keepOwnNamesInTheirPlace(entitiesByShape(segments, lang), ownNames(state), norm.source);
    return;
  }
  const content = state.options.tagger === 'compromise' ? tagWithCompromise(segments) : tagWithLexicon(segments);
  const own = ownNames(state);
  // Wire datelines ("LONDON, March 19 (Agency) -"), not the date lines that share the block kind.
  const datelines = s.blocks.filter((b) => b.kind === 'dateline' && !isDateLine(b.text)).map((b) => segmentOf(norm, b, 'body'));
  const entities = keepOwnNamesInTheirPlace(datelinePlaces(findEntities(content), datelines), own, norm.source);
  state.entities = entities;
  // Briefings and digests cover several stories: one tag per story, not five for the first one.
  const phrases = rankKeyphrases(content, { multiStory: s.stories.length + s.digest.length >= 2, limit: 2 * TOPIC_LIMIT });
  state.topics = topicsOf(phrases.filter((p) => !own.dropped.has(squash(p.label))), entities);
}

/** A name compared without case, spaces or punctuation: "The Verge" = "theverge". */
function squash(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * The page's own names: its authors (the byline) and its outlet (the site name it states, the
 * main label of its URL's host). `dropped` collects those found only in credits and promos.
 */
function ownNames(state: DocumentState): { names: Set<string>; dropped: Set<string> } {
  const names = new Set<string>();
  for (const n of state.structure?.byline ?? []) {
    names.add(squash(n));
    // "Jane Doe" is also "Doe" in a bio ("Doe covers transport").
    const last = n.trim().split(/\s+/).pop();
    if (last && last.length >= 4 && last !== n.trim()) names.add(squash(last));
  }
  const site = state.metadata?.page?.siteName;
  if (site) names.add(squash(site));
  const host = state.options.url ? /^[a-z]+:\/\/(?:www\d?\.)?([^/:]+)/i.exec(state.options.url)?.[1] : undefined;
  const label = host?.split('.').sort((a, b) => b.length - a.length)[0];
  if (label && label.length >= 4) names.add(squash(label));
  names.delete('');
  return { names, dropped: new Set() };
}

/** Where a credit, a bio or a promo names the page's own people and outlet. */
const CREDIT_CONTEXT = /(?<![\wÀ-ɏ])(?:is an? |is the |writes |covers |reported|contributed|reporting by|editing by|written by|photo|©|copyright|follow (?:her|him|them)|email|subscribe|newsletter|sign up|download|our app|all rights reserved)/i;

/**
 * The page's authors and outlet are not entities of the article unless its content names them: a
 * name kept needs one mention in a sentence that is not a credit, bio or promo line.
 */
function keepOwnNamesInTheirPlace(entities: Entities, own: { names: Set<string>; dropped: Set<string> }, source: string): Entities {
  if (own.names.size === 0) return entities;
  const inContent = (e: Entities['people'][number]) =>
    e.spans.some(([a, b]) => {
      const lineStart = source.lastIndexOf('\n', a) + 1;
      const lineEnd = source.indexOf('\n', b);
      const line = source.slice(lineStart, lineEnd < 0 ? source.length : lineEnd);
      // A line that opens with the name ("Jane Doe is a reporter ...") or reads as a credit is not content.
      return a - lineStart > 2 && !CREDIT_CONTEXT.test(line);
    });
  const keep = (list: Entities['people']) =>
    list.filter((e) => {
      const mine = [e.name, ...e.aliases].some((n) => own.names.has(squash(n)));
      if (!mine || inContent(e)) return true;
      for (const n of [e.name, ...e.aliases]) own.dropped.add(squash(n));
      return false;
    });
  return { people: keep(entities.people), places: entities.places, organizations: keep(entities.organizations) };
}

const DOT_BETWEEN_DIGITS = /(?<=\d)[・٫](?=\d)/g;

function figuresOf(segments: Segment[], lang: string | null): Figure[] {
  const seen = new Set<string>();
  const out: Figure[] = [];
  const texts = segments.map((seg) => seg.text);
  const writesPoint = writesDecimalPoint(texts);
  const letterSigns = letterSignsIn(texts, lang, writesPoint);
  for (const seg of segments) {
    // (Full-width and Arabic-Indic digits read as ASCII ones, one for one; the figure keeps its text as written.)
    // ("３・２％": Japanese writes a middle dot for the decimal point.)
    for (const f of findFigures(asciiDigits(seg.text).replace(DOT_BETWEEN_DIGITS, '.'), lang, writesPoint, letterSigns)) {
      const text = f.text ?? seg.text.slice(f.start, f.end);
      const key = text.toLowerCase().replace(/\s+/g, ' ');
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ text, kind: f.kind, value: f.value, unit: f.unit, span: seg.toSource(f.start, f.end) });
    }
  }
  return out;
}

function topicsOf(phrases: ReturnType<typeof rankKeyphrases>, entities: Entities): Topic[] {
  const rules = nlpRules();
  // Which stemmed keys are entities, and of what kind.
  const kindOf = new Map<string, Topic['kind']>();
  const entityKind = { people: 'person', places: 'place', organizations: 'organization' } as const;
  for (const k of ['people', 'places', 'organizations'] as const) {
    for (const e of entities[k]) for (const n of [e.name, ...e.aliases]) kindOf.set(stemKey(n.replace(/\./g, '').split(/\s+/)), entityKind[k]);
  }
  // A phrase cut out of a longer name ("U.S. Department" of "U.S. Department of Energy", "Technologies
  // Inc" of "Kestrel Water Technologies Inc") takes the name, where the name occurs as often as the
  // phrase (so every occurrence of the phrase is in it).
  const names = (['people', 'places', 'organizations'] as const).flatMap((k) => entities[k].map((e) => ({ e, kind: entityKind[k] })));
  const seen = new Set<string>();
  const top = phrases
    .filter((p) => !rules.unitPhrase.test(p.label) && !rules.greetingPhrase.test(p.label))
    .map((p) => {
      const full = names.find(({ e, kind }) => kind === 'organization' && e.count >= p.count && e.name !== p.label && ` ${e.name} `.includes(` ${p.label} `));
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
