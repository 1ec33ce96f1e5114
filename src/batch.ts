/**
 * Batches, runtime-neutral: `extractMany` in this thread (ordered, bounded) and `createExtractor`,
 * which remembers lines that repeat across pages of one source and removes them as 'repeated'.
 * Worker threads live behind `newsdistill/batch` (src/threads.ts), so this module imports nothing
 * Node-only.
 */
import { NewsdistillError } from './errors.js';
import { extractInternal, resolveOptions } from './extract.js';
import type { Article, ExtractOptions } from './schema.js';
import { warmUp } from './warm-up.js';

export interface BatchRecord {
  id?: string;
  text?: string;
  html?: string;
  url?: string;
  publishedAt?: string;
  /** Groups pages for cross-page memory; defaults to the url's host. */
  source?: string;
}

export type BatchInput = string | BatchRecord;

/** Codes of error records (besides NewsdistillError codes such as INPUT_TOO_LARGE). */
export type BatchErrorCode = 'INPUT_TYPE' | 'INPUT_EMPTY' | 'INPUT_TOO_LARGE' | 'OPTIONS_INVALID' | 'INTERNAL_ERROR' | (string & {});

export type BatchResult =
  | { id: string; article: Article }
  | { id: string; error: { code: BatchErrorCode; message: string } };

export interface ExtractManyOptions extends ExtractOptions {
  /**
   * Documents in flight at once. Above 1, `extractMany` from 'newsdistill/batch' runs them on worker
   * threads; the main entry's `extractMany` works in this thread and rejects it.
   */
  concurrency?: number;
  /** A reusable extractor (cross-page memory); runs in this thread. */
  extractor?: Extractor;
}

/** One document ready for extract(). */
export interface Task {
  id: string;
  text: string;
  options: ExtractOptions;
  source: string | null;
}

/** Nothing but white space: a scraper failure, whatever the source (file, NDJSON record, string). */
const isBlank = (s: string) => !/\S/.test(s);

/** Turns one input into extract() arguments, or an error record. */
export function toTask(input: unknown, index: number, base: ExtractOptions): Task | BatchResult {
  const fallbackId = String(index);
  if (typeof input === 'string') {
    return isBlank(input) ? { id: fallbackId, error: { code: 'INPUT_EMPTY', message: 'the text is empty' } } : { id: fallbackId, text: input, options: base, source: null };
  }
  if (!input || typeof input !== 'object' || Array.isArray(input)) return { id: fallbackId, error: { code: 'INPUT_TYPE', message: `record ${index} is not a string or an object` } };
  const r = input as BatchRecord & { error?: { code: string; message: string } };
  const id = typeof r.id === 'string' || typeof r.id === 'number' ? String(r.id) : fallbackId;
  // A record that already failed upstream (unreadable file, bad NDJSON line) passes through.
  if (r.error && typeof r.error === 'object') return { id, error: { code: String(r.error.code), message: String(r.error.message) } };
  const text = typeof r.html === 'string' ? r.html : r.text;
  if (typeof text !== 'string') return { id, error: { code: 'INPUT_TYPE', message: 'the record has neither a text nor an html string' } };
  if (isBlank(text)) return { id, error: { code: 'INPUT_EMPTY', message: `the record's ${typeof r.html === 'string' ? 'html' : 'text'} is empty` } };
  const options: ExtractOptions = { ...base };
  if (typeof r.html === 'string') options.format = 'html';
  if (typeof r.url === 'string') options.url = r.url;
  if (typeof r.publishedAt === 'string') options.publishedAt = r.publishedAt;
  const source = typeof r.source === 'string' ? r.source : typeof r.url === 'string' ? hostOf(r.url) : null;
  return { id, text, options, source };
}

function hostOf(url: string): string | null {
  const m = /^[a-z][a-z0-9+.-]*:\/\/([^/?#:]+)/i.exec(url);
  return m ? m[1]!.toLowerCase() : null;
}

/**
 * A failed document as a record. A dependency that cannot load is not one document's fault: it is
 * rethrown, so a batch stops instead of failing every record the same way.
 */
export function errorRecord(id: string, err: unknown): BatchResult {
  if (err instanceof NewsdistillError) {
    if (err.code === 'DEPENDENCY_MISSING') throw err;
    return { id, error: { code: err.code, message: err.message } };
  }
  return { id, error: { code: 'INTERNAL_ERROR', message: String((err as Error)?.message ?? err) } };
}

export async function* iterate<T>(inputs: Iterable<T> | AsyncIterable<T>): AsyncGenerator<T> {
  for await (const x of inputs as AsyncIterable<T>) yield x;
}

/** Extracts one task in this thread, with the extractor's memory when there is one. */
export function runTask(task: Task, extractor: Extractor | undefined): BatchResult {
  try {
    const article = extractor ? extractor.extract(task.text, { ...task.options, source: task.source ?? undefined }) : extractInternal(task.text, task.options);
    return { id: task.id, article };
  } catch (err) {
    return errorRecord(task.id, err);
  }
}

/** The batch's own options: checked once, before the first document, so a typo fails fast. */
export function splitBatchOptions(options: ExtractManyOptions): { concurrency: number; extractor: Extractor | undefined; base: ExtractOptions } {
  const { concurrency = 1, extractor, ...base } = options ?? {};
  if (!Number.isInteger(concurrency) || concurrency < 1) throw new NewsdistillError('OPTIONS_INVALID', `option 'concurrency': expected a positive integer (got ${String(concurrency)})`);
  resolveOptions(base);
  return { concurrency, extractor, base };
}

/** In this thread: results in input order, one at a time, so memory stays bounded on any stream. */
export async function* extractInThread(inputs: Iterable<BatchInput> | AsyncIterable<BatchInput>, base: ExtractOptions, extractor?: Extractor): AsyncGenerator<BatchResult> {
  let index = 0;
  for await (const input of iterate(inputs)) {
    const task = toTask(input, index++, base);
    yield 'error' in task || 'article' in task ? task : runTask(task, extractor);
  }
}

/**
 * Extracts a stream of documents in this thread; results come back in input order, errors as
 * records. For worker threads, use `extractMany` from 'newsdistill/batch'.
 */
export async function* extractMany(inputs: Iterable<BatchInput> | AsyncIterable<BatchInput>, options: ExtractManyOptions = {}): AsyncGenerator<BatchResult> {
  const { concurrency, extractor, base } = splitBatchOptions(options);
  if (concurrency > 1) throw new NewsdistillError('OPTIONS_INVALID', "option 'concurrency': worker threads need `import { extractMany } from 'newsdistill/batch'`; this entry works in one thread");
  yield* extractInThread(inputs, base, extractor);
}

export interface MemoryOptions {
  /** Pages of a source a line must already have appeared on to count as furniture. Default 3. */
  minPages?: number;
  /** Sources remembered (least recently used dropped first). Default 200. */
  maxSources?: number;
  /** Distinct lines remembered per source. Default 5,000. */
  maxLinesPerSource?: number;
  /** Only lines up to this many words are remembered (furniture is short). Default 25. */
  maxWords?: number;
}

export interface Extractor {
  extract(input: string, options?: ExtractOptions & { source?: string }): Article;
  /** Loads and builds what extraction needs (see `warmUp`), so the first page is served at full speed. */
  ready(options?: ExtractOptions): Promise<void>;
}

/**
 * A reusable extractor that learns lines repeating across pages of the same source (the url's
 * host, or `source`) and removes them once seen on `minPages` earlier pages. State lives in the
 * extractor, never in the module; the same document order gives the same output.
 */
export function createExtractor(config: { memory?: MemoryOptions | boolean } = {}): Extractor {
  const m = config.memory === false ? null : { minPages: 3, maxSources: 200, maxLinesPerSource: 5000, maxWords: 25, ...(typeof config.memory === 'object' ? config.memory : {}) };
  const sources = new Map<string, Map<string, number>>();
  const keyOf = (line: string) => line.toLowerCase().replace(/\s+/g, ' ').trim();
  return {
    ready: warmUp,
    extract(input, options = {}) {
      const { source: explicit, ...rest } = options;
      const source = explicit ?? (rest.url ? hostOf(rest.url) : null);
      if (!m || !source) return extractInternal(input, rest);
      let lines = sources.get(source);
      if (lines) {
        sources.delete(source); // LRU: move to the newest position
        sources.set(source, lines);
      } else {
        lines = new Map();
        sources.set(source, lines);
        if (sources.size > m.maxSources) sources.delete(sources.keys().next().value!);
      }
      const known = lines;
      const repeated = (text: string) => (known.get(keyOf(text)) ?? 0) >= m.minPages;
      const article = extractInternal(input, rest, { repeated });
      // Remember this page's short lines, once each.
      const seen = new Set<string>();
      for (const rec of [...article.blocks, ...article.boilerplate]) {
        const words = rec.text.split(/\s+/).length;
        const key = keyOf(rec.text);
        if (words > m.maxWords || !key || seen.has(key)) continue;
        seen.add(key);
        const count = (known.get(key) ?? 0) + 1;
        known.delete(key); // most recently seen last, for the bound below
        known.set(key, count);
      }
      // Bounded per source: forget the lines seen longest ago.
      while (known.size > m.maxLinesPerSource) known.delete(known.keys().next().value!);
      return article;
    },
  };
}
