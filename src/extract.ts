/**
 * `extract()`: input checks, options, the pipeline, and the last-resort guard that turns an
 * internal failure on odd text into a warning instead of an exception.
 */
import type { DocumentState, ResolvedOptions } from './document.js';
import { NewsdistillError } from './errors.js';
import { runStages } from './pipeline.js';
import type { Article, ExtractOptions } from './schema.js';
import { assembleArticle } from './stages/assemble.js';

export const DEFAULT_MAX_INPUT_BYTES = 5 * 1024 * 1024;

function resolveOptions(options: ExtractOptions | undefined): ResolvedOptions & { maxInputBytes: number } {
  if (options !== undefined && (options === null || typeof options !== 'object')) {
    throw new NewsdistillError('OPTIONS_INVALID', 'options must be an object');
  }
  const o = options ?? {};
  const format = o.format ?? 'auto';
  if (!['auto', 'text', 'html'].includes(format)) throw new NewsdistillError('OPTIONS_INVALID', `unknown format '${String(format)}'`);
  let publishedAt: Date | null = null;
  if (o.publishedAt !== undefined && o.publishedAt !== null) {
    const d = o.publishedAt instanceof Date ? o.publishedAt : new Date(String(o.publishedAt));
    if (Number.isNaN(d.getTime())) throw new NewsdistillError('OPTIONS_INVALID', `publishedAt is not a date: '${String(o.publishedAt)}'`);
    publishedAt = d;
  }
  const tagger = o.tagger ?? 'lexicon';
  if (tagger !== 'lexicon' && tagger !== 'compromise') throw new NewsdistillError('OPTIONS_INVALID', `unknown tagger '${String(tagger)}'`);
  const maxInputBytes = o.maxInputBytes ?? DEFAULT_MAX_INPUT_BYTES;
  return { format, publishedAt, publishedAtText: typeof o.publishedAt === 'string' ? o.publishedAt : null, url: typeof o.url === 'string' ? o.url : null, timezone: o.timezone ?? 'UTC', tagger, maxInputBytes };
}

/** UTF-8 length without allocating a buffer for the common (ASCII-ish) case. */
function utf8Length(s: string, limit: number): number {
  if (s.length * 3 <= limit) return s.length; // cannot exceed the limit
  return Buffer.byteLength(s, 'utf8');
}

export function newState(input: string, options: ResolvedOptions): DocumentState {
  return { input, options, format: 'text', warnings: [], metadata: null };
}

/** Extracts one Article from raw scraped text or HTML. Synchronous; never throws on a string. */
export function extract(input: string, options?: ExtractOptions): Article {
  return run(input, options);
}

/** Extension points for batch extractors (cross-page memory); not part of the public API. */
export interface ExtractHooks {
  /** Lines a caller knows to be furniture of this page's source. */
  repeated?: (text: string) => boolean;
}

export function extractInternal(input: string, options?: ExtractOptions, hooks?: ExtractHooks): Article {
  return run(input, options, undefined, hooks);
}

/** `extract` with the milliseconds spent in each pipeline stage, for benchmarks and profiling. */
export function extractWithTimings(input: string, options?: ExtractOptions): { article: Article; timings: Record<string, number> } {
  const timings: Record<string, number> = {};
  const article = run(input, options, (name, ms) => (timings[name] = (timings[name] ?? 0) + ms));
  return { article, timings };
}

function run(input: string, options: ExtractOptions | undefined, onStage?: (name: string, ms: number) => void, hooks?: ExtractHooks): Article {
  if (typeof input !== 'string') {
    throw new NewsdistillError('INPUT_TYPE', `extract() takes a string, got ${input === null ? 'null' : typeof input}`);
  }
  const resolved = resolveOptions(options);
  const bytes = utf8Length(input, resolved.maxInputBytes);
  if (bytes > resolved.maxInputBytes) {
    throw new NewsdistillError('INPUT_TOO_LARGE', `input is ${bytes} bytes; the limit is ${resolved.maxInputBytes} (option maxInputBytes)`);
  }
  const state = newState(input, resolved);
  state.hooks = hooks;
  try {
    runStages(state, onStage);
    return assembleArticle(state);
  } catch (err) {
    // A bug must not take an ingestion pipeline down: the page comes back whole, with a warning.
    return fallbackArticle(input, state, err);
  }
}

function fallbackArticle(input: string, state: DocumentState, err: unknown): Article {
  const text = state.view ?? input;
  const start = text.length - text.trimStart().length;
  const end = text.trimEnd().length;
  const blocks = end > start ? [{ kind: 'paragraph' as const, text: text.slice(start, end), span: [start, end] as [number, number], section: null }] : [];
  return {
    schemaVersion: 1,
    headline: null,
    kicker: null,
    dek: null,
    byline: [],
    lang: null,
    publishedAt: null,
    body: blocks[0]?.text ?? '',
    blocks,
    stories: [],
    digest: [],
    dates: [],
    events: [],
    topics: [],
    entities: { people: [], places: [], organizations: [] },
    figures: [],
    boilerplate: [],
    warnings: [...state.warnings, { code: 'INTERNAL_ERROR', message: `extraction failed (${(err as Error)?.message ?? String(err)}); the text is returned unprocessed` }],
    source: { format: state.format, text },
  };
}
