/** Worker-thread entry for extractMany and the CLI: one document in, an Article or an error out. */
import { errorRecord } from './batch.js';
import { extract } from './extract.js';
import type { ExtractOptions } from './schema.js';

export default function work(task: { text: string; options: ExtractOptions }) {
  try {
    return { article: extract(task.text, task.options) };
  } catch (err) {
    const r = errorRecord('', err);
    return 'error' in r ? { error: r.error } : { error: { code: 'INTERNAL', message: 'unknown failure' } };
  }
}
