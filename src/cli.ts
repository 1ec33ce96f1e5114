/**
 * newsdistill [options] [paths...]: files or folders (.txt, .text, .html, .htm, recursed; with
 * --input ndjson, .ndjson, .jsonl, .json), or stdin.
 *
 * The command line is read in one place (`parseCommandLine`); output formats are a table of
 * writers (`WRITERS`), so a new format is one entry; what they write goes to stdout or, with
 * --out-dir, to one file per document. The library loads only once there is work, so `--help` and
 * `--version` stay instant and a missing dependency is reported, not thrown.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createInterface } from 'node:readline';
import type { BatchInput, BatchResult } from './batch.js';
import type { Article, ExtractOptions } from './schema.js';
import { toMarkdown, toText } from './render/markdown.js';
import { uniqueFileNames } from './render/output.js';

/** Exit codes, documented in --help and the README. */
export const EXIT = {
  /** Every document extracted. */
  ok: 0,
  /** At least one document became an error record. */
  documentErrors: 1,
  /** Bad command line, or nothing to read. */
  usage: 2,
  /** A dependency could not be loaded: nothing can be extracted until it is installed. */
  dependencyMissing: 3,
  /** At least one document hit an internal failure (a bug: please report it). */
  internalError: 4,
  /** The output could not be written (a full disk, an --out-dir that cannot take files). */
  outputFailed: 5,
} as const;

const HELP = `Usage: newsdistill [options] [paths...]

Reads scraped news pages (files, folders recursed for .txt/.text/.html/.htm, or stdin with - or no
path; with --input ndjson, record files .ndjson/.jsonl/.json) and prints one Article per page as JSON,
Markdown or plain text.

Options:
  --input auto|text|html|ndjson  how to read inputs (ndjson: {id?, text?|html?, url?, publishedAt?} per line)
  --format auto|text|html        format passed to extract() (default auto)
  --tagger lexicon|compromise    tagger behind topics and entities (default lexicon, ~10x faster)
  --out json|ndjson|markdown|text
                                 json: one object for one document, else one array; ndjson: one
                                 record a line (default: json for one document, ndjson otherwise);
                                 markdown: each Article as Markdown; text: each body as plain text
                                 (a batch marks each document: <!-- newsdistill: ID --> or ==> ID <==)
  --out-dir DIR                  one file per document in DIR instead of stdout, named after its
                                 input (.json, .md or .txt; -2, -3... where a name is taken)
  --fields a,b,c                 keep only these Article fields (json and ndjson)
  --published-at DATE            publication date for every document
  --timezone ZONE                IANA zone for date-times written without one (default UTC)
  --jobs N                       worker threads (default: cores, at most one per document)
  --no-progress                  no progress bar on stderr
  --schema                       print the JSON Schema of Article and exit
  -v, --version                  print the version and exit
  -h, --help                     this text

A document that cannot be read or extracted becomes {id, error: {code, message}} in the JSON
output, or a JSON line on stderr with markdown, text or --out-dir; the others go on.
Exit codes: 0 all extracted; 1 some documents are error records; 2 usage error or no input;
3 a dependency is missing; 4 an internal error in some document (please report it);
5 the output could not be written.`;

/** What a folder walk picks up: pages, or with --input ndjson, record files. */
const PAGE_FILES = /\.(?:txt|text|html?)$/i;
const NDJSON_FILES = /\.(?:ndjson|jsonl|json)$/i;
const CHOICES = {
  input: ['auto', 'text', 'html', 'ndjson'],
  format: ['auto', 'text', 'html'],
  tagger: ['lexicon', 'compromise'],
} as const;

type ErrorRecord = { id: string; error: { code: string; message: string } };
type Input = BatchInput | ErrorRecord;

// ---------------------------------------------------------------------------------------------
// Output: one writer per format. A writer only formats; where its text goes (stdout, with
// backpressure, or one file per document under --out-dir) is the run loop's business.

export interface WriterContext {
  /** The text stands alone: the input is one document (one file path, or a page on stdin), or it is one file of --out-dir. */
  single: boolean;
  /** What --fields kept (JSON formats only). */
  fields: string[] | null;
}

export interface Writer {
  start?(): string;
  /** One extracted document; `index` counts what this writer has already formatted. */
  document(id: string, article: Article, index: number): string;
  /**
   * One error record. Formats without it (Markdown, text) keep error records off the page: they
   * go to stderr as JSON lines, as they do under --out-dir.
   */
  error?(rec: ErrorRecord, index: number): string;
  end?(count: number): string;
}

export interface OutputFormat {
  /** The extension of its files under --out-dir. */
  extension: string;
  writer(ctx: WriterContext): Writer;
}

export const WRITERS: Record<string, OutputFormat> = {
  // One document: its object. Several: one JSON array, streamed, so any JSON parser reads it.
  json: {
    extension: '.json',
    writer: ({ single, fields }) =>
      single
        ? {
            document: (id, article) => `${JSON.stringify(pick(article, fields), null, 2)}\n`,
            error: (rec) => `${JSON.stringify(rec, null, 2)}\n`,
          }
        : {
            start: () => '[',
            document: (id, article, i) => `${i ? ',' : ''}\n${JSON.stringify({ id, ...pick(article, fields) })}`,
            error: (rec, i) => `${i ? ',' : ''}\n${JSON.stringify(rec)}`,
            end: (count) => (count ? '\n]\n' : ']\n'),
          },
  },
  ndjson: {
    extension: '.json',
    writer: ({ fields }) => ({
      document: (id, article) => `${JSON.stringify({ id, ...pick(article, fields) })}\n`,
      error: (rec) => `${JSON.stringify(rec)}\n`,
    }),
  },
  // A batch on stdout names each document: an HTML comment (invisible once rendered; it cannot hold "--").
  markdown: { extension: '.md', writer: rendered(toMarkdown, (id) => `<!-- newsdistill: ${oneLine(id).replace(/-{2,}/g, '-')} -->\n\n`) },
  // ... or a head line as `head` and `tail` print over several files.
  text: { extension: '.txt', writer: rendered(toText, (id) => `==> ${oneLine(id)} <==\n`) },
};

/** A rendered format: the document alone, or in a batch under a mark naming it, a blank line between documents. */
function rendered(render: (article: Article) => string, mark: (id: string) => string): OutputFormat['writer'] {
  return ({ single }) => ({ document: (id, article, i) => (single ? render(article) : `${i ? '\n' : ''}${mark(id)}${render(article)}`) });
}

function oneLine(text: string): string {
  return text.replace(/[\r\n]+/g, ' ');
}

// ---------------------------------------------------------------------------------------------
// The command line, read in one place.

export interface RunConfig {
  input: (typeof CHOICES.input)[number];
  out: string | null;
  outDir: string | null;
  fields: string[] | null;
  jobs: number | null;
  progress: boolean;
  paths: string[];
  options: ExtractOptions;
}

export type Command = { kind: 'help' } | { kind: 'version' } | { kind: 'schema' } | { kind: 'usage'; message: string } | { kind: 'run'; config: RunConfig };

function choice<K extends keyof typeof CHOICES>(flag: K, value: string): (typeof CHOICES)[K][number] | string {
  return (CHOICES[flag] as readonly string[]).includes(value) ? value : `--${flag} must be one of ${CHOICES[flag].join(', ')} (got '${value}')`;
}

export function parseCommandLine(argv: string[]): Command {
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
        timezone: { type: 'string' },
        jobs: { type: 'string' },
        'no-progress': { type: 'boolean', default: false },
        schema: { type: 'boolean', default: false },
        version: { type: 'boolean', short: 'v', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (err) {
    // parseArgs names the flag; drop its advice about positionals, which does not apply here.
    return { kind: 'usage', message: (err as Error).message.split('. To specify a positional')[0]! };
  }
  const v = args.values;
  if (v.help) return { kind: 'help' };
  if (v.version) return { kind: 'version' };
  if (v.schema) return { kind: 'schema' };
  const problems: string[] = [];
  const input = choice('input', v.input!);
  const format = choice('format', v.format!);
  const tagger = choice('tagger', v.tagger!);
  for (const [flag, value] of [['input', input], ['format', format], ['tagger', tagger]] as const) {
    if (!(CHOICES[flag] as readonly string[]).includes(value)) problems.push(value);
  }
  if (v.out !== undefined && !(v.out in WRITERS)) problems.push(`--out must be one of ${Object.keys(WRITERS).join(', ')} (got '${v.out}')`);
  let jobs: number | null = null;
  if (v.jobs !== undefined) {
    jobs = /^\d+$/.test(v.jobs) ? Number(v.jobs) : NaN;
    if (!(jobs >= 1)) problems.push(`--jobs takes a positive whole number (got '${v.jobs}')`);
  }
  const fields = v.fields === undefined ? null : v.fields.split(',').map((f) => f.trim()).filter(Boolean);
  if (fields?.length === 0) problems.push('--fields takes a comma-separated list of Article fields');
  else if (fields && (v.out === 'markdown' || v.out === 'text')) problems.push(`--fields applies to --out json and ndjson only (got --out ${v.out})`);
  if (v['out-dir'] === '') problems.push('--out-dir takes a folder');
  if (problems.length) return { kind: 'usage', message: problems.join('\n') };
  const options: ExtractOptions = { format: input === 'text' || input === 'html' ? input : (format as ExtractOptions['format']), tagger: tagger as ExtractOptions['tagger'] };
  if (v['published-at'] !== undefined) options.publishedAt = v['published-at'];
  if (v.timezone !== undefined) options.timezone = v.timezone;
  return {
    kind: 'run',
    config: { input: input as RunConfig['input'], out: v.out ?? null, outDir: v['out-dir'] ?? null, fields, jobs, progress: !v['no-progress'], paths: args.positionals, options },
  };
}

/** The flag behind an extract() option, for usage messages. */
const FLAG_OF: Record<string, string> = { publishedAt: '--published-at', timezone: '--timezone', format: '--format', tagger: '--tagger' };

// ---------------------------------------------------------------------------------------------
// Inputs.

/** "ENOENT: no such file or directory, stat 'x'" -> "no such file or directory (ENOENT)". */
function describeFsError(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  if (e.code === 'ELOOP') return 'a loop of symbolic links (ELOOP)';
  const reason = /^[A-Z]+: ([^,]+)/.exec(e.message ?? '')?.[1] ?? e.message ?? String(err);
  return e.code ? `${reason} (${e.code})` : reason;
}

/**
 * Files under the given paths, in order (folders sorted and recursed), each real path once, so
 * links into a folder already read and link loops end; what cannot be read becomes a READ_FAILED
 * record in its place.
 */
export function listInputs(paths: string[], wanted: RegExp = PAGE_FILES): (string | ErrorRecord)[] {
  const out: (string | ErrorRecord)[] = [];
  const seen = new Set<string>();
  const visit = (p: string, explicit: boolean) => {
    let st: fs.Stats;
    let real: string;
    try {
      st = fs.statSync(p);
      real = fs.realpathSync(p);
    } catch (err) {
      // A path that does not resolve (missing, a dangling link, a link loop) is reported where it stands.
      const dangling = (err as NodeJS.ErrnoException).code === 'ENOENT' && isLink(p);
      out.push({ id: p, error: { code: 'READ_FAILED', message: dangling ? 'a symbolic link to nothing (ENOENT)' : describeFsError(err) } });
      return;
    }
    if (seen.has(real)) return;
    seen.add(real);
    if (st.isDirectory()) {
      let names: string[];
      try {
        names = fs.readdirSync(p).sort();
      } catch (err) {
        out.push({ id: p, error: { code: 'READ_FAILED', message: describeFsError(err) } });
        return;
      }
      for (const name of names) visit(path.join(p, name), false);
    } else if (explicit || (st.isFile() && wanted.test(p))) out.push(p);
  };
  for (const p of paths) visit(p, true);
  return out;
}

function isLink(p: string): boolean {
  try {
    return fs.lstatSync(p).isSymbolicLink();
  } catch {
    return false;
  }
}

/** Bytes that are not text: NUL bytes or many invalid UTF-8 sequences. */
function looksBinary(buf: Buffer): boolean {
  if (buf.includes(0)) return true;
  const text = buf.toString('utf8');
  const bad = (text.match(/\uFFFD/g) ?? []).length;
  return bad > 8 && bad / Math.max(1, text.length) > 0.05;
}

/** One document from bytes: text or HTML, or an error record for binary content. */
function fromBytes(id: string, buf: Buffer, format: string, htmlByName: boolean): Input {
  if (looksBinary(buf)) return { id, error: { code: 'INPUT_BINARY', message: 'the file is not text' } };
  const text = buf.toString('utf8');
  const html = format === 'html' || (format === 'auto' && htmlByName);
  return html ? { id, html: text } : { id, text };
}

async function* fromFiles(entries: (string | ErrorRecord)[], format: string): AsyncGenerator<Input> {
  for (const entry of entries) {
    if (typeof entry !== 'string') {
      yield entry;
      continue;
    }
    let buf: Buffer;
    try {
      buf = fs.readFileSync(entry);
    } catch (err) {
      yield { id: entry, error: { code: 'READ_FAILED', message: describeFsError(err) } };
      continue;
    }
    yield fromBytes(entry, buf, format, /\.html?$/i.test(entry));
  }
}

/** NDJSON: one record a line, each a JSON object; anything else is an NDJSON_INVALID record. */
async function* fromNdjson(stream: NodeJS.ReadableStream, name: string): AsyncGenerator<Input> {
  const rl = createInterface({ input: stream, crlfDelay: Infinity });
  let n = 0;
  for await (const line of rl) {
    n++;
    if (!line.trim()) continue; // a blank line is not a record
    const id = `${name}:${n}`;
    let rec: unknown;
    try {
      rec = JSON.parse(line);
    } catch (err) {
      yield { id, error: { code: 'NDJSON_INVALID', message: `line ${n} is not JSON (${(err as Error).message})` } };
      continue;
    }
    if (rec === null || typeof rec !== 'object' || Array.isArray(rec)) {
      yield { id, error: { code: 'NDJSON_INVALID', message: `line ${n} is ${rec === null ? 'null' : Array.isArray(rec) ? 'an array' : `a ${typeof rec}`}, not a record object` } };
      continue;
    }
    const r = rec as Record<string, unknown>;
    yield { ...r, id: typeof r.id === 'string' || typeof r.id === 'number' ? String(r.id) : id } as BatchInput;
  }
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

function pick(article: Article, fields: string[] | null): Record<string, unknown> {
  const all = article as unknown as Record<string, unknown>;
  if (!fields) return all;
  return Object.fromEntries(fields.filter((f) => f in all).map((f) => [f, all[f]]));
}

// ---------------------------------------------------------------------------------------------
// Destinations: stdout through the writer, or one file per document under --out-dir.

type Stop = 'reader-gone' | 'failed' | null;

interface Destination {
  /** Set once nothing more can be written: the reader went away (quiet), or a write failed (said on stderr). */
  readonly stop: Stop;
  start(): Promise<void>;
  result(r: BatchResult): Promise<void>;
  end(): Promise<void>;
}

/** Error records a format keeps off its page, as JSON lines a pipeline can still read. */
function errorToStderr(rec: ErrorRecord): void {
  process.stderr.write(`${JSON.stringify(rec)}\n`);
}

/** stdout: waits for 'drain', and a reader that goes away (EPIPE: `| head`) ends the run quietly. */
class StdoutDestination implements Destination {
  stop: Stop = null;
  private written = 0;
  private readonly gone: Promise<void>;

  constructor(
    private readonly writer: Writer,
    private readonly stream: NodeJS.WriteStream,
  ) {
    this.gone = new Promise((resolve) => {
      stream.on('error', (err: NodeJS.ErrnoException) => {
        resolve();
        if (this.stop) return;
        this.stop = err.code === 'EPIPE' ? 'reader-gone' : 'failed';
        if (this.stop === 'failed') process.stderr.write(`newsdistill: cannot write the output (${describeFsError(err)})\n`);
      });
    });
  }

  start(): Promise<void> {
    return this.write(this.writer.start?.() ?? '');
  }

  async result(r: BatchResult): Promise<void> {
    if (!('error' in r)) return this.write(this.writer.document(r.id, r.article, this.written++));
    if (this.writer.error) return this.write(this.writer.error({ id: r.id, error: r.error }, this.written++));
    errorToStderr({ id: r.id, error: r.error });
  }

  async end(): Promise<void> {
    await this.write(this.writer.end?.(this.written) ?? '');
    // stdout to a file writes synchronously and reports a failure (a full disk) on a later tick:
    // wait one turn so it is known before the exit code is.
    await new Promise((resolve) => setImmediate(resolve));
  }

  private async write(chunk: string): Promise<void> {
    if (this.stop || !chunk) return;
    if (!this.stream.write(chunk)) await Promise.race([new Promise((r) => this.stream.once('drain', r)), this.gone]);
  }
}

/** --out-dir: each document as it reads alone, in a file named after its input; error records on stderr. */
class FolderDestination implements Destination {
  stop: Stop = null;
  private readonly writer: Writer;
  private readonly fileFor: (id: string) => string;

  constructor(
    private readonly dir: string,
    format: OutputFormat,
    fields: string[] | null,
  ) {
    this.writer = format.writer({ single: true, fields });
    this.fileFor = uniqueFileNames(format.extension);
  }

  async start(): Promise<void> {}

  async result(r: BatchResult): Promise<void> {
    if ('error' in r) return errorToStderr({ id: r.id, error: r.error });
    const file = path.join(this.dir, this.fileFor(r.id));
    try {
      await fs.promises.writeFile(file, this.writer.document(r.id, r.article, 0));
    } catch (err) {
      // A full disk or a folder gone mid-run fails every later file too: stop, and say so.
      this.stop = 'failed';
      process.stderr.write(`newsdistill: cannot write '${file}' (${describeFsError(err)})\n`);
    }
  }

  async end(): Promise<void> {}
}

function usage(message: string): number {
  process.stderr.write(`${message.split('\n').map((line) => `newsdistill: ${line}`).join('\n')}\nTry 'newsdistill --help'.\n`);
  return EXIT.usage;
}

function version(): string {
  try {
    return (JSON.parse(fs.readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

/** The library, loaded once there is work; a missing dependency is reported by name, not thrown. */
async function loadLibrary() {
  try {
    const [{ extractMany }, { resolveOptions }, { ArticleSchema }] = await Promise.all([import('./threads.js'), import('./extract.js'), import('./schema.js')]);
    return { extractMany, resolveOptions, ArticleSchema };
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (e.code !== 'ERR_MODULE_NOT_FOUND' && e.code !== 'MODULE_NOT_FOUND') throw err;
    return /(?:package|module) '([^']+)'/i.exec(e.message)?.[1] ?? e.message;
  }
}

function dependencyMissing(message: string): number {
  process.stderr.write(`newsdistill: ${message}\nReinstall newsdistill's dependencies (npm install) and run again.\n`);
  return EXIT.dependencyMissing;
}

export async function main(argv: string[]): Promise<number> {
  const command = parseCommandLine(argv);
  switch (command.kind) {
    case 'usage':
      return usage(command.message);
    case 'help':
      process.stdout.write(`${HELP}\n`);
      return EXIT.ok;
    case 'version':
      process.stdout.write(`${version()}\n`);
      return EXIT.ok;
    case 'schema': {
      const { articleJsonSchema } = await import('./json-schema.js');
      process.stdout.write(`${JSON.stringify(articleJsonSchema(), null, 2)}\n`);
      return EXIT.ok;
    }
  }
  const config = command.config;
  const lib = await loadLibrary();
  if (typeof lib === 'string') return dependencyMissing(`the dependency '${lib}' could not be loaded`);
  if (config.fields) {
    const known = Object.keys(lib.ArticleSchema.shape);
    const unknown = config.fields.filter((f) => !known.includes(f));
    if (unknown.length) return usage(`--fields: unknown field${unknown.length > 1 ? 's' : ''} ${unknown.map((f) => `'${f}'`).join(', ')} (fields: ${known.join(', ')})`);
  }
  try {
    lib.resolveOptions(config.options);
  } catch (err) {
    const message = (err as Error).message.replace(/^option '(\w+)'/, (_, name: string) => FLAG_OF[name] ?? `--${name}`);
    return usage(message);
  }

  // Inputs, read lazily so a long batch never sits in memory.
  let inputs: AsyncGenerator<Input> | Input[];
  let total: number | null = null;
  let single = false;
  const stdin = config.paths.length === 0 || (config.paths.length === 1 && config.paths[0] === '-');
  if (stdin) {
    if (process.stdin.isTTY) return usage('no input: give files or folders, or pipe a page (or NDJSON with --input ndjson) on stdin');
    if (config.input === 'ndjson') inputs = fromNdjson(process.stdin, 'stdin');
    else {
      const page = fromBytes('stdin', await readAll(process.stdin), config.input === 'auto' ? String(config.options.format) : config.input, false);
      inputs = [page];
      total = 1;
      single = true;
    }
  } else {
    const ndjson = config.input === 'ndjson';
    const entries = listInputs(config.paths, ndjson ? NDJSON_FILES : PAGE_FILES);
    if (entries.length === 0) return usage(`no input documents under ${config.paths.map((p) => `'${p}'`).join(', ')} (folders are searched for ${ndjson ? '.ndjson, .jsonl and .json' : '.txt, .text, .html and .htm'} files)`);
    if (ndjson) {
      inputs = (async function* () {
        for (const e of entries) {
          if (typeof e !== 'string') yield e;
          else {
            // A file that fails while being read ends with a READ_FAILED record after its good lines.
            try {
              yield* fromNdjson(fs.createReadStream(e), e);
            } catch (err) {
              yield { id: e, error: { code: 'READ_FAILED', message: describeFsError(err) } };
            }
          }
        }
      })();
    } else {
      inputs = fromFiles(entries, config.input === 'auto' ? String(config.options.format) : config.input);
      total = entries.length;
      single = entries.length === 1 && config.paths.length === 1 && typeof entries[0] === 'string' && entries[0] === config.paths[0];
    }
  }

  const cores = os.availableParallelism?.() ?? os.cpus().length;
  const jobs = Math.max(1, Math.min(config.jobs ?? cores, total ?? Infinity));
  // A file of --out-dir holds one document, so JSON is the Article itself, as for one input.
  const format = WRITERS[config.out ?? (single || config.outDir ? 'json' : 'ndjson')]!;
  let destination: Destination;
  if (config.outDir) {
    try {
      fs.mkdirSync(config.outDir, { recursive: true });
    } catch (err) {
      return usage(`--out-dir: cannot create '${config.outDir}' (${describeFsError(err)})`);
    }
    destination = new FolderDestination(config.outDir, format, config.fields);
  } else destination = new StdoutDestination(format.writer({ single, fields: config.fields }), process.stdout);
  const progress = config.progress && process.stderr.isTTY && !single ? await makeProgress(total) : null;
  let failed = 0;
  let internal = 0;
  let count = 0;
  try {
    await destination.start();
    for await (const r of lib.extractMany(inputs as AsyncIterable<BatchInput>, { ...config.options, concurrency: jobs })) {
      if (destination.stop) break;
      progress?.update(++count);
      await destination.result(r);
      if ('error' in r) {
        failed++;
        if (r.error.code === 'INTERNAL_ERROR') internal++;
      } else if (r.article.warnings.some((w) => w.code === 'INTERNAL_ERROR')) internal++;
    }
  } catch (err) {
    progress?.stop();
    if ((err as { code?: unknown }).code === 'DEPENDENCY_MISSING') return dependencyMissing((err as Error).message);
    throw err;
  }
  progress?.stop();
  await destination.end();
  if (destination.stop) {
    // Nothing more can be written: stop reading too, so the process ends. A reader that stopped
    // reading (`| head`) is not an error.
    process.stdin.destroy();
    return destination.stop === 'failed' ? EXIT.outputFailed : EXIT.ok;
  }
  return internal > 0 ? EXIT.internalError : failed > 0 ? EXIT.documentErrors : EXIT.ok;
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
