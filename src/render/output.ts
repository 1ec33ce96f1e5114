/**
 * Where the CLI's rendered documents go: one file per document under `--out-dir` (named after the
 * input, made unique), or stdout with a marked separator before each document of a batch. Error
 * records go to stderr as JSON lines when the output is Markdown or text, so the output stays clean.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Article } from '../schema.js';
import { toMarkdown, toText } from './markdown.js';
import { trimEndOf } from '../text.js';

export type OutputKind = 'json' | 'ndjson' | 'markdown' | 'text';

export interface DocumentWriter {
  /** One extracted document; `fields` are what `--fields` kept (JSON outputs only). */
  article(id: string, article: Article, picked: Record<string, unknown>): void;
  error(id: string, error: { code: string; message: string }): void;
}

const EXTENSION: Record<OutputKind, string> = { json: '.json', ndjson: '.json', markdown: '.md', text: '.txt' };

function render(kind: OutputKind, article: Article, picked: Record<string, unknown>): string {
  if (kind === 'markdown') return toMarkdown(article);
  if (kind === 'text') return toText(article);
  return `${JSON.stringify(picked, null, kind === 'json' ? 2 : undefined)}\n`;
}

/** A file name from a document id ("pages/a.html", "records.ndjson:12", "stdin"): its base name, safe characters only. */
export function fileNameFor(id: string): string {
  const base = path.basename(id).replace(/\.(?:html?|txt|text|ndjson|jsonl?)(?=$|:)/i, '');
  const safe = trimEndOf(base.replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^[-.]+/, ''), '-.');
  return (safe || 'document').slice(0, 120);
}

export function createWriter(kind: OutputKind, outDir: string | null, batch: boolean): DocumentWriter {
  const used = new Set<string>();
  let first = true;
  if (outDir) fs.mkdirSync(outDir, { recursive: true });
  const errorLine = (id: string, error: { code: string; message: string }) => `${JSON.stringify({ id, error })}\n`;
  return {
    article(id, article, picked) {
      const body = render(kind, article, picked);
      if (outDir) {
        const name = fileNameFor(id);
        let file = `${name}${EXTENSION[kind]}`;
        for (let n = 2; used.has(file.toLowerCase()); n++) file = `${name}-${n}${EXTENSION[kind]}`;
        used.add(file.toLowerCase());
        fs.writeFileSync(path.join(outDir, file), body);
        return;
      }
      // Documents of a batch on stdout: an HTML comment (invisible once rendered) or a head line names each.
      if (batch) process.stdout.write(`${first ? '' : '\n'}${kind === 'markdown' ? `<!-- newsdistill: ${id.replace(/--+/g, '-')} -->` : `==> ${id.replace(/[\r\n]+/g, ' ')} <==`}\n${kind === 'markdown' ? '\n' : ''}`);
      first = false;
      process.stdout.write(body);
    },
    error(id, error) {
      // JSON outputs carry error records in line with the rest; rendered outputs keep them off the page.
      if (kind === 'json' || kind === 'ndjson') {
        if (outDir) fs.writeFileSync(path.join(outDir, `${fileNameFor(id)}.error.json`), errorLine(id, error));
        else process.stdout.write(errorLine(id, error));
      } else process.stderr.write(errorLine(id, error));
    },
  };
}
