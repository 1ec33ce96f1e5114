/**
 * newsdistill [options] [paths...]: files or folders (.txt, .html, .htm, recursed), or stdin.
 *
 * Exit codes: 0 every document extracted; 1 at least one document became an error record;
 * 2 usage error (unknown option, unreadable path).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createInterface } from 'node:readline';
import { extractMany, type BatchInput } from './batch.js';
import { articleJsonSchema } from './json-schema.js';
import { createWriter, type OutputKind } from './render/output.js';
import type { ExtractOptions } from './schema.js';

const HELP = `Usage: newsdistill [options] [paths...]

Reads scraped news pages (files, folders recursed for .txt/.html/.htm, or stdin with - or no path)
and prints one Article per page as JSON.

Options:
  --input auto|text|html|ndjson  how to read inputs (ndjson: {id?, text?|html?, url?, publishedAt?} per line)
  --format auto|text|html        format passed to extract() (default auto)
  --tagger lexicon|compromise    tagger behind topics and entities (default lexicon, ~10x faster)
  --out json|ndjson|markdown|text  json for one document, ndjson for a batch (default: by count);
                                 markdown: the article as Markdown; text: the body only
  --out-dir DIR                  one file per document in DIR (.json, .md or .txt) instead of stdout
  --fields a,b,c                 keep only these Article fields
  --published-at DATE            publication date for every document
  --jobs N                       worker threads (default: number of cores)
  --no-progress                  no progress bar on stderr
  --schema                       print the JSON Schema of Article and exit
  -h, --help                     this text

Exit codes: 0 all extracted, 1 some documents failed (error records in the output), 2 usage error.`;

const EXTENSIONS = /\.(?:txt|html?|text)$/i;

function listFiles(p: string, out: string[], explicit = true): void {
  const st = fs.statSync(p);
  if (st.isDirectory()) {
    for (const name of fs.readdirSync(p).sort()) listFiles(path.join(p, name), out, false);
  } else if (st.isFile() && (explicit || EXTENSIONS.test(p))) out.push(p);
}

/** Bytes that are not text: NUL bytes or many invalid UTF-8 sequences. */
function looksBinary(buf: Buffer): boolean {
  if (buf.includes(0)) return true;
  const text = buf.toString('utf8');
  const bad = (text.match(/\uFFFD/g) ?? []).length;
  return bad > 8 && bad / Math.max(1, text.length) > 0.05;
}

type Input = BatchInput | { id: string; error: { code: string; message: string } };

async function* fromFiles(files: string[], format: string): AsyncGenerator<Input> {
  for (const file of files) {
    let buf: Buffer;
    try {
      buf = fs.readFileSync(file);
    } catch (err) {
      yield { id: file, error: { code: 'READ_FAILED', message: (err as Error).message } };
      continue;
    }
    if (buf.length === 0) yield { id: file, error: { code: 'INPUT_EMPTY', message: 'empty file' } };
    else if (looksBinary(buf)) yield { id: file, error: { code: 'INPUT_BINARY', message: 'file is not text' } };
    else {
      const text = buf.toString('utf8');
      const html = format === 'html' || (format !== 'text' && /\.html?$/i.test(file));
      yield html ? { id: file, html: text } : { id: file, text };
    }
  }
}

async function* fromNdjson(stream: NodeJS.ReadableStream, name: string): AsyncGenerator<Input> {
  const rl = createInterface({ input: stream, crlfDelay: Infinity });
  let n = 0;
  for await (const line of rl) {
    n++;
    if (!line.trim()) continue;
    try {
      const rec = JSON.parse(line) as Record<string, unknown>;
      yield { ...rec, id: typeof rec.id === 'string' || typeof rec.id === 'number' ? String(rec.id) : `${name}:${n}` } as BatchInput;
    } catch (err) {
      yield { id: `${name}:${n}`, error: { code: 'NDJSON_INVALID', message: (err as Error).message } };
    }
  }
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function pick(article: Record<string, unknown>, fields: string[] | null): Record<string, unknown> {
  if (!fields) return article;
  return Object.fromEntries(fields.filter((f) => f in article).map((f) => [f, article[f]]));
}

export async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        input: { type: 'string', default: 'auto' },
        format: { type: 'string', default: 'auto' },
        tagger: { type: 'string', default: 'lexicon' },
        out: { type: 'string' },
        'out-dir': { type: 'string' },
        fields: { type: 'string' },
        'published-at': { type: 'string' },
        jobs: { type: 'string' },
        'no-progress': { type: 'boolean', default: false },
        schema: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n\n${HELP}\n`);
    return 2;
  }
  const v = args.values;
  if (v.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  if (v.schema) {
    process.stdout.write(`${JSON.stringify(articleJsonSchema(), null, 2)}\n`);
    return 0;
  }
  if (!['auto', 'text', 'html', 'ndjson'].includes(v.input!) || !['auto', 'text', 'html'].includes(v.format!) || (v.out && !['json', 'ndjson', 'markdown', 'text'].includes(v.out)) || !['lexicon', 'compromise'].includes(v.tagger!)) {
    process.stderr.write(`invalid --input, --format, --tagger or --out\n\n${HELP}\n`);
    return 2;
  }
  const jobs = v.jobs ? Number(v.jobs) : (os.availableParallelism?.() ?? os.cpus().length);
  if (!Number.isInteger(jobs) || jobs < 1) {
    process.stderr.write('--jobs takes a positive integer\n');
    return 2;
  }
  const fields = v.fields ? v.fields.split(',').map((f) => f.trim()).filter(Boolean) : null;
  const base: ExtractOptions = { format: v.input === 'text' || v.input === 'html' ? v.input : (v.format as ExtractOptions['format']) };
  if (v['published-at']) base.publishedAt = v['published-at'];
  base.tagger = v.tagger as ExtractOptions['tagger'];

  // Inputs, read lazily so a long batch never sits in memory.
  const paths = args.positionals;
  let inputs: AsyncGenerator<Input>;
  let total: number | null = null;
  if (paths.length === 0 || (paths.length === 1 && paths[0] === '-')) {
    if (v.input === 'ndjson') inputs = fromNdjson(process.stdin, 'stdin');
    else {
      const text = await readStdin();
      inputs = (async function* () {
        yield v.input === 'html' ? { id: 'stdin', html: text } : { id: 'stdin', text };
      })();
      total = 1;
    }
  } else {
    const files: string[] = [];
    try {
      for (const p of paths) listFiles(p, files);
    } catch (err) {
      process.stderr.write(`${(err as Error).message}\n`);
      return 2;
    }
    if (v.input === 'ndjson') {
      inputs = (async function* () {
        for (const f of files) yield* fromNdjson(fs.createReadStream(f), f);
      })();
    } else {
      inputs = fromFiles(files, v.input === 'auto' ? v.format! : v.input!);
      total = files.length;
    }
  }

  const ndjson = v.out ? v.out === 'ndjson' : total !== 1;
  const progress = !v['no-progress'] && process.stderr.isTTY && total !== 1 ? await makeProgress(total) : null;
  let failed = 0;
  let done = 0;
  const concurrency = total === 1 ? 1 : jobs;
  // Markdown, text and --out-dir go through a writer (src/render/output.ts); JSON to stdout stays here.
  const rendered = v.out === 'markdown' || v.out === 'text';
  const writer = rendered || v['out-dir'] ? createWriter((v.out ?? (ndjson ? 'ndjson' : 'json')) as OutputKind, v['out-dir'] ?? null, total !== 1) : null;
  for await (const r of extractMany(passErrors(inputs), { ...base, concurrency })) {
    done++;
    progress?.update(done);
    if ('error' in r) failed++;
    if (writer) {
      if ('error' in r) writer.error(r.id, r.error);
      else writer.article(r.id, r.article, pick(r.article as unknown as Record<string, unknown>, fields));
      continue;
    }
    const record = 'error' in r ? { id: r.id, error: r.error } : ndjson ? { id: r.id, ...pick(r.article as unknown as Record<string, unknown>, fields) } : pick(r.article as unknown as Record<string, unknown>, fields);
    process.stdout.write(ndjson ? `${JSON.stringify(record)}\n` : `${JSON.stringify(record, null, 2)}\n`);
  }
  progress?.stop();
  return failed > 0 ? 1 : 0;
}

/** Read failures travel through extractMany as records it passes on untouched. */
async function* passErrors(inputs: AsyncGenerator<Input>): AsyncGenerator<BatchInput> {
  for await (const x of inputs) yield x as BatchInput;
}

async function makeProgress(total: number | null): Promise<{ update(n: number): void; stop(): void }> {
  const { default: cliProgress } = await import('cli-progress');
  const bar = new cliProgress.SingleBar(
    { format: total ? '{bar} {value}/{total} docs | {rate} docs/s | ETA {eta}s' : '{value} docs | {rate} docs/s', stream: process.stderr, hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  const t0 = Date.now();
  bar.start(total ?? 0, 0, { rate: '0.0' });
  return {
    update: (n) => bar.update(n, { rate: (n / Math.max(0.001, (Date.now() - t0) / 1000)).toFixed(1) }),
    stop: () => bar.stop(),
  };
}

