/**
 * The per-document state that flows through the pipeline. Each stage fills its own part; nothing
 * here outlives one `extract()` call.
 */
import type {
  Block, Boilerplate, BoilerplateReason, DateRef, DigestItem, Entities, ArticleEvent, Figure, Page,
  PublishedAt, Span, Story, Topic, Warning,
} from './schema.js';

export interface ResolvedOptions {
  format: 'auto' | 'text' | 'html';
  publishedAt: Date | null;
  /** `publishedAt` as the caller wrote it, when a string: its calendar day and offset are kept. */
  publishedAtText?: string | null;
  url: string | null;
  timezone: string;
  tagger: 'lexicon' | 'compromise';
}

/** The input after `normalize`: a cleaned copy plus the way back to source offsets. */
export interface NormalizedText {
  /** Source text as handed to the pipeline (`source.text`). */
  source: string;
  /** LF line breaks, plain spaces, no zero-width characters or control codes. */
  clean: string;
  /** `toSource[i]` is the source offset of clean character i; one extra entry for the end. */
  toSource: Uint32Array;
}

export type BulletMarker = 'dash' | 'bullet' | 'star' | 'number' | null;

export interface Line {
  index: number;
  /** Clean text without the bullet marker, trimmed. */
  text: string;
  /** Clean offset where `text` starts. */
  cleanStart: number;
  /** Source span of the whole line (marker included), trimmed of whitespace. */
  span: Span;
  marker: BulletMarker;
  /** Level of a Markdown heading ("# Title" is 1, "## Section" 2), its hashes not in `text`; 0 for none. */
  heading: number;
  indent: number;
  blankBefore: boolean;
  words: number;
}

export interface LineLabel {
  keep: boolean;
  reason?: BoilerplateReason;
  rule?: string;
}

/** Metadata found outside the text view (HTML `<head>`, JSON-LD). */
export interface PageMetadata {
  headline: string | null;
  byline: string[];
  publishedAt: string | null;
  keywords: string[];
  /** The declared language (`<html lang>`, `og:locale`, JSON-LD `inLanguage`), as written. */
  lang: string | null;
  /** What the page says about itself beyond the article's own header, as written (`Article.page`). */
  page: PageDeclared;
  /** JSON-LD `articleBody` as written: a paywalled page may show a teaser and state the whole text here. */
  articleBody: string | null;
}

/** Page-level metadata as the HTML states it; each null or empty when the page is silent. */
export interface PageDeclared {
  siteName: string | null;
  description: string | null;
  image: string | null;
  canonicalUrl: string | null;
  /** Last modification as written (ISO 8601 in practice). */
  modifiedAt: string | null;
  section: string | null;
  tags: string[];
  /** JSON-LD `@type` values of the page's objects (the main entity's first) and `og:type`: evidence for `page.type`. */
  ldTypes: string[];
  ogType: string | null;
  /** Distinct article-typed JSON-LD objects (a section front lists its teasers as NewsArticle items). */
  ldArticles: number;
  /** Items of the largest JSON-LD ItemList. */
  ldListItems: number;
  /** `<article>` elements in the page (teaser cards on a listing). */
  articleElements: number;
}

export interface StructuredDocument {
  /** The publication date the page header states (src/header/), or null. */
  publishedAt: PublishedAt | null;
  headline: string | null;
  kicker: string | null;
  dek: string | null;
  byline: string[];
  blocks: Block[];
  boilerplate: Boilerplate[];
  stories: Story[];
  digest: DigestItem[];
  /** Timeline entries: a date header (or "As of" header) and the block(s) it dates. */
  timeline: TimelineEntry[];
  /** Indices into `blocks` of the headline block, if any. */
  headlineSpan: Span | null;
}

export interface TimelineEntry {
  header: { text: string; span: Span };
  qualifier: 'as-of' | null;
  items: { text: string; span: Span }[];
}

export interface DocumentState {
  input: string;
  options: ResolvedOptions;
  format: 'text' | 'html';
  warnings: Warning[];
  metadata: PageMetadata | null;
  /** Text input only: where a reader tool's preamble ("Title:", "URL Source:", "Markdown Content:") ends in the input, or undefined. */
  preambleEnd?: number;
  /** Set by batch extractors: lines known to repeat across pages of this source. */
  hooks?: { repeated?: (text: string) => boolean };
  /** The text the stages read and spans index: the input itself, or the text view of an HTML page. */
  view?: string;
  /** HTML only: what the DOM says about each line of the view (same order as `lines`). */
  htmlHints?: import('./html/view.js').LineHint[];
  normalized?: NormalizedText;
  lines?: Line[];
  /** Per-line evidence from `classify`, read again by `structure`. */
  features?: import('./stages/classify.js').LineFeatures[];
  /** The article's line range [start, end) as `classify` found it. */
  region?: { start: number; end: number };
  labels?: LineLabel[];
  /** BCP 47 primary subtag of the article's language, or null when nothing tells. */
  lang?: string | null;
  structure?: StructuredDocument;
  publishedAt?: PublishedAt | null;
  dates?: DateRef[];
  events?: ArticleEvent[];
  page?: Page;
  topics?: Topic[];
  entities?: Entities;
  figures?: Figure[];
}

/** Reads a field a previous stage must have filled; a missing one is a pipeline-order bug. */
/**
 * The DOM's hints for the page's lines, or undefined for text input. Hints align with lines one to
 * one; if they ever do not, the text alone decides.
 */
export function lineHints(state: DocumentState, lines: readonly unknown[]): NonNullable<DocumentState['htmlHints']> | undefined {
  return state.htmlHints && state.htmlHints.length === lines.length ? state.htmlHints : undefined;
}

export function need<K extends keyof DocumentState>(state: DocumentState, key: K): NonNullable<DocumentState[K]> {
  const value = state[key];
  if (value === undefined || value === null) throw new Error(`pipeline order: '${String(key)}' is not ready`);
  return value as NonNullable<DocumentState[K]>;
}
