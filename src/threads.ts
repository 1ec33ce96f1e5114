/**
 * 'newsdistill/batch': `extractMany` on worker threads (Node). Results come back in input order,
 * errors as records, with at most two documents per thread read ahead of the consumer.
 *
 * Workers start only when a second document is waiting (one document never pays for a pool), and
 * where they cannot run (Deno, whose worker_threads do not run the pool; a runtime without
 * worker_threads; a worker that cannot start) the same documents are extracted in this thread.
 */
import { dependencyMissing, NewsdistillError } from './errors.js';
import { extractInThread, iterate, splitBatchOptions, toTask, type BatchInput, type BatchResult, type ExtractManyOptions } from './batch.js';
import type { ExtractOptions } from './schema.js';
import type { WorkerReply } from './worker.js';

export { createExtractor, type BatchErrorCode, type BatchInput, type BatchRecord, type BatchResult, type ExtractManyOptions, type Extractor, type MemoryOptions } from './batch.js';
export { warmUp } from './warm-up.js';
export { NewsdistillError, type NewsdistillErrorCode } from './errors.js';

/** How long a new worker may take to load the library and answer before the pool is given up. */
const START_TIMEOUT_MS = 30_000;

interface Pool {
  run(task: { text: string; options: ExtractOptions } | { ping: true }): Promise<WorkerReply>;
  destroy(): Promise<void>;
}

/** A started pool, or null where workers are unavailable. A worker missing a module is an error. */
async function startPool(threads: number): Promise<Pool | null> {
  if ('Deno' in globalThis) return null;
  let pool: Pool;
  try {
    const { Tinypool } = await import('tinypool');
    pool = new Tinypool({ filename: new URL('./worker.js', import.meta.url).href, minThreads: 1, maxThreads: threads }) as unknown as Pool;
  } catch {
    return null;
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), START_TIMEOUT_MS);
    (timer as { unref?: () => void }).unref?.();
  });
  try {
    const answer = await Promise.race([pool.run({ ping: true }), timeout]);
    if (answer === 'timeout' || !('pong' in answer)) throw new Error('the worker did not answer');
    return pool;
  } catch (err) {
    void pool.destroy().catch(() => undefined);
    const code = (err as { code?: unknown })?.code;
    if (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') throw dependencyMissing(/'([^']+)'/.exec((err as Error).message)?.[1] ?? 'unknown', err);
    return null;
  } finally {
    clearTimeout(timer);
  }
}

/** The items already read, then the rest of the iterator. */
async function* prepend<T>(items: T[], rest: AsyncIterator<T>): AsyncGenerator<T> {
  yield* items;
  try {
    for (let r = await rest.next(); !r.done; r = await rest.next()) yield r.value;
  } finally {
    await rest.return?.();
  }
}

/**
 * Extracts a stream of documents, on `concurrency` worker threads when it is above 1 and more than
 * one document comes; in input order, errors as records.
 */
export async function* extractMany(inputs: Iterable<BatchInput> | AsyncIterable<BatchInput>, options: ExtractManyOptions = {}): AsyncGenerator<BatchResult> {
  const { concurrency, extractor, base } = splitBatchOptions(options);
  if (concurrency <= 1 || extractor) {
    yield* extractInThread(inputs, base, extractor);
    return;
  }
  // Look at most two documents ahead: a single document is extracted here, without a pool.
  const source = iterate(inputs);
  const head: BatchInput[] = [];
  for (let r; head.length < 2 && !(r = await source.next()).done; ) head.push(r.value);
  const all = prepend(head, source);
  const pool = head.length > 1 ? await startPool(concurrency) : null;
  if (!pool) {
    yield* extractInThread(all, base);
    return;
  }
  try {
    // Each slot settles to a record or to the error that stops the batch; it never rejects, so a
    // failure behind the one being awaited cannot surface as an unhandled rejection.
    const window: Promise<BatchResult | NewsdistillError>[] = [];
    const next = async () => {
      const r = await window.shift()!;
      if (r instanceof NewsdistillError) throw r;
      return r;
    };
    let index = 0;
    for await (const input of all) {
      const task = toTask(input, index++, base);
      if ('error' in task || 'article' in task) window.push(Promise.resolve(task));
      else {
        const { id } = task;
        window.push(pool.run({ text: task.text, options: task.options }).then((r) => fromWorker(id, r), (err) => fromWorker(id, { error: { code: 'INTERNAL_ERROR', message: `the worker failed: ${String((err as Error)?.message ?? err)}` } })));
      }
      // Backpressure: never more than two documents per thread ahead of the consumer.
      if (window.length >= concurrency * 2) yield await next();
    }
    while (window.length) yield await next();
  } finally {
    await pool.destroy();
  }
}

function fromWorker(id: string, reply: WorkerReply): BatchResult | NewsdistillError {
  if ('article' in reply) return { id, article: reply.article };
  if ('error' in reply) {
    if (reply.error.code === 'DEPENDENCY_MISSING') return new NewsdistillError('DEPENDENCY_MISSING', reply.error.message);
    return { id, error: reply.error };
  }
  return { id, error: { code: 'INTERNAL_ERROR', message: 'the worker gave no result' } };
}
