/** Worker-thread entry for 'newsdistill/batch' and the CLI: one document in, an Article or an error out. */
import { NewsdistillError } from './errors.js';
import { extract } from './extract.js';
import type { Article, ExtractOptions } from './schema.js';

export type WorkerReply = { article: Article } | { error: { code: string; message: string } } | { pong: true };

export default function work(task: { text: string; options: ExtractOptions } | { ping: true }): WorkerReply {
  // The pool's first task: proves the worker loaded the library before documents are sent to it.
  if ('ping' in task) return { pong: true };
  try {
    return { article: extract(task.text, task.options) };
  } catch (err) {
    if (err instanceof NewsdistillError) return { error: { code: err.code, message: err.message } };
    return { error: { code: 'INTERNAL_ERROR', message: String((err as Error)?.message ?? err) } };
  }
}
