/**
 * `extract()`: input checks, options, the pipeline, and the last-resort guard that turns an
 * internal failure on odd text into a warning instead of an exception.
 */
import type { DocumentState, ResolvedOptions } from './document.js';
import { NewsdistillError } from './errors.js';
import { compromise } from './nlp/tagger.js';
import { runStages } from './pipeline.js';
import { ExtractOptionsSchema, type Article, type ExtractOptions } from './schema.js';
import { assembleArticle, emptyPage } from './stages/assemble.js';

export const DEFAULT_MAX_INPUT_BYTES = 5 * 1024 * 1024;

/** A short, safe rendering of a rejected value for error messages. */
function shown(value: unknown): string {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'an invalid Date' : value.toISOString();
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (value === null || typeof value !== 'object') return String(value);
  return Array.isArray(value) ? 'an array' : 'an object';
}

/** Options checked against `ExtractOptionsSchema` (the one source of truth), defaults filled in. */
export function resolveOptions(options: unknown): ResolvedOptions & { maxInputBytes: number } {
  if (options !== undefined && (options === null || typeof options !== 'object' || Array.isArray(options))) {
    throw new NewsdistillError('OPTIONS_INVALID', `options must be an object, got ${shown(options)}`);
  }
  if (options === undefined) return { format: 'auto', publishedAt: null, publishedAtText: null, url: null, timezone: 'UTC', tagger: 'lexicon', maxInputBytes: DEFAULT_MAX_INPUT_BYTES };
  const parsed = ExtractOptionsSchema.safeParse(options);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    if (issue.code === 'unrecognized_keys') {
      throw new NewsdistillError('OPTIONS_INVALID', `unknown option ${issue.keys.map((k) => `'${k}'`).join(', ')}; known: ${Object.keys(ExtractOptionsSchema.shape).join(', ')}`);
    }
    const name = String(issue.path[0]);
    const message = issue.message.replace(/^Invalid input: /, '').replace(/^Invalid option: /, '');
    throw new NewsdistillError('OPTIONS_INVALID', `option '${name}': ${message} (got ${shown((options as Record<string, unknown>)[name])})`);
  }
  const o = parsed.data;
  const publishedAt = o.publishedAt === undefined ? null : o.publishedAt instanceof Date ? o.publishedAt : new Date(o.publishedAt);
  return {
    format: o.format ?? 'auto',
    publishedAt,
    publishedAtText: typeof o.publishedAt === 'string' ? o.publishedAt : null,
    url: o.url ?? null,
    timezone: o.timezone ?? 'UTC',
    tagger: o.tagger ?? 'lexicon',
    maxInputBytes: o.maxInputBytes ?? DEFAULT_MAX_INPUT_BYTES,
  };
}

/** UTF-8 length, counted without Buffer (the core runs outside Node) and without allocating. */
function utf8Length(s: string, limit: number): number {
  if (s.length * 3 <= limit) return s.length; // cannot exceed the limit
  let bytes = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4; // a surrogate pair is one 4-byte character
      i++;
    } else bytes += 3;
  }
  return bytes;
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
  // The full tagger's dependency, before any work: a missing module is an error, not odd input.
  if (resolved.tagger === 'compromise') compromise.get();
  const state = newState(input, resolved);
  state.hooks = hooks;
  try {
    runStages(state, onStage);
    return assembleArticle(state);
  } catch (err) {
    // Our own typed errors (a dependency that cannot load) are never hidden behind a warning.
    if (err instanceof NewsdistillError) throw err;
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
    page: emptyPage(),
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
