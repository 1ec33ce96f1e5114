/**
 * Batches: `extractMany` (ordered, bounded, optionally on worker threads) and `createExtractor`,
 * which remembers lines that repeat across pages of one source and removes them as 'repeated'.
 */
import { NewsdistillError } from './errors.js';
import { extractInternal } from './extract.js';
import type { Article, ExtractOptions } from './schema.js';

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

export type BatchResult =
  | { id: string; article: Article }
  | { id: string; error: { code: string; message: string } };

export interface ExtractManyOptions extends ExtractOptions {
  /** Documents in flight at once; above 1, worker threads do the work. Default 1. */
  concurrency?: number;
  /** A reusable extractor (cross-page memory); runs in this thread. */
  extractor?: Extractor;
}

/** Turns one input into extract() arguments, or an error record. */
export function toTask(input: unknown, index: number, base: ExtractOptions): { id: string; text: string; options: ExtractOptions; source: string | null } | BatchResult {
  const fallbackId = String(index);
  if (typeof input === 'string') return { id: fallbackId, text: input, options: base, source: null };
  if (!input || typeof input !== 'object') return { id: fallbackId, error: { code: 'INPUT_TYPE', message: `record ${index} is not a string or an object` } };
  const r = input as BatchRecord & { error?: { code: string; message: string } };
  const id = typeof r.id === 'string' || typeof r.id === 'number' ? String(r.id) : fallbackId;
  // A record that already failed upstream (unreadable file, bad NDJSON line) passes through.
  if (r.error && typeof r.error === 'object') return { id, error: { code: String(r.error.code), message: String(r.error.message) } };
  const text = typeof r.html === 'string' ? r.html : r.text;
  if (typeof text !== 'string') return { id, error: { code: 'INPUT_TYPE', message: 'record has neither a text nor an html string' } };
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

export function errorRecord(id: string, err: unknown): BatchResult {
  if (err instanceof NewsdistillError) return { id, error: { code: err.code, message: err.message } };
  const e = err as { code?: unknown; message?: unknown };
  return { id, error: { code: typeof e?.code === 'string' ? e.code : 'INTERNAL', message: String(e?.message ?? err) } };
}

async function* iterate<T>(inputs: Iterable<T> | AsyncIterable<T>): AsyncGenerator<T> {
  for await (const x of inputs as AsyncIterable<T>) yield x;
}

/**
 * Extracts a stream of documents; results come back in input order. At most `concurrency` * 2
 * documents are read ahead of the consumer, so memory stays bounded whatever the stream's length.
 */
export async function* extractMany(inputs: Iterable<BatchInput> | AsyncIterable<BatchInput>, options: ExtractManyOptions = {}): AsyncGenerator<BatchResult> {
  const { concurrency = 1, extractor, ...base } = options;
  if (concurrency <= 1 || extractor) {
    let index = 0;
    for await (const input of iterate(inputs)) {
      const task = toTask(input, index++, base);
      if ('error' in task || 'article' in task) {
        yield task;
        continue;
      }
      try {
        const article = extractor ? extractor.extract(task.text, { ...task.options, source: task.source ?? undefined }) : extractInternal(task.text, task.options);
        yield { id: task.id, article };
      } catch (err) {
        yield errorRecord(task.id, err);
      }
    }
    return;
  }
  const { Tinypool } = await import('tinypool');
  const pool = new Tinypool({ filename: new URL('./worker.js', import.meta.url).href, minThreads: concurrency, maxThreads: concurrency });
  try {
    const window: Promise<BatchResult>[] = [];
    let index = 0;
    for await (const input of iterate(inputs)) {
      const task = toTask(input, index++, base);
      if ('error' in task || 'article' in task) window.push(Promise.resolve(task));
      else {
        const { id } = task;
        window.push(
          (pool.run({ text: task.text, options: task.options }) as Promise<{ article?: Article; error?: { code: string; message: string } }>).then(
            (r) => (r.error ? { id, error: r.error } : { id, article: r.article! }),
            (err) => errorRecord(id, err),
          ),
        );
      }
      // Backpressure: never more than two documents per thread ahead of the consumer.
      if (window.length >= concurrency * 2) yield await window.shift()!;
    }
    while (window.length) yield await window.shift()!;
  } finally {
    await pool.destroy();
  }
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
