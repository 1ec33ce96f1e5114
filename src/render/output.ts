/**
 * File names for `--out-dir`: one file per document, named after its input and made unique within
 * the run, so two inputs never write over each other.
 */
import path from 'node:path';
import { trimEndOf } from '../text.js';

/** A file name from a document id ("pages/a.html", "records.ndjson:12", "stdin"): its base name, safe characters only. */
export function fileNameFor(id: string): string {
  const base = path.basename(id).replace(/\.(?:html?|txt|text|ndjson|jsonl?)(?=$|:)/i, '');
  const safe = trimEndOf(base.replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^[-.]+/, ''), '-.');
  return (safe || 'document').slice(0, 120);
}

/**
 * Names for one run's files: each id's name with `extension`, then `-2`, `-3`... where the name is
 * taken. Names are compared without case, for file systems that ignore it (macOS, Windows).
 */
export function uniqueFileNames(extension: string): (id: string) => string {
  const used = new Set<string>();
  return (id) => {
    const name = fileNameFor(id);
    let file = `${name}${extension}`;
    for (let n = 2; used.has(file.toLowerCase()); n++) file = `${name}-${n}${extension}`;
    used.add(file.toLowerCase());
    return file;
  };
}
