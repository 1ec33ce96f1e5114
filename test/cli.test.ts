// The built CLI (npm test builds first): batches, NDJSON, exit codes, and the JSON Schema.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';

const bin = fileURLToPathSafe(new URL('../dist/bin.js', import.meta.url));
function fileURLToPathSafe(u: URL): string {
  return decodeURIComponent(u.pathname);
}
const run = (args: string[], input?: string) => spawnSync(process.execPath, [bin, ...args], { input, encoding: 'utf8', timeout: 60_000 });

describe('cli', () => {
  it('turns a mixed batch into one record per input, in order, on two workers', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nd-'));
    fs.copyFileSync(new URL('../fixtures/cases/a03_wire_nairobi_dateline.txt', import.meta.url), path.join(dir, '1.txt'));
    fs.writeFileSync(path.join(dir, '2.html'), '<html><body><article><h1>Council passes budget</h1><p>The council approved the budget on Monday after a long debate about road repairs across the city.</p><p>Officials said twenty new buses would join the fleet by next summer to ease crowding.</p></article></body></html>');
    fs.writeFileSync(path.join(dir, '3.txt'), '');
    fs.writeFileSync(path.join(dir, '4.txt'), Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 7919) % 256)));
    const r = run(['--out', 'ndjson', '--jobs', '2', '--no-progress', dir]);
    expect(r.status).toBe(1); // some documents failed
    const records = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(records.map((x) => path.basename(x.id))).toEqual(['1.txt', '2.html', '3.txt', '4.txt']);
    expect(records[0].headline).toMatch(/Kenya/);
    expect(records[1].source.format).toBe('html');
    expect(records[2].error.code).toBe('INPUT_EMPTY');
    expect(records[3].error.code).toBe('INPUT_BINARY');
  });

  it('reads NDJSON records from stdin and keeps only the asked fields', () => {
    const input = [JSON.stringify({ id: 'a', text: 'Harbour reopens after storm\nThe harbour reopened on Monday after a storm closed it for three days, officials said.' }), 'not json'].join('\n');
    const r = run(['--input', 'ndjson', '--fields', 'headline,body'], input);
    const [a, b] = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(Object.keys(a).sort()).toEqual(['body', 'headline', 'id']);
    expect(b.error.code).toBe('NDJSON_INVALID');
    expect(r.status).toBe(1);
  });

  it('prints the main job for one file as JSON and exits 0', () => {
    const r = run(['fixtures/cases/b03_clean_island_ferry.txt']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).headline).toMatch(/Tangier Island ferry/);
  });

  it('rejects unknown options with exit code 2', () => {
    expect(run(['--bogus']).status).toBe(2);
  });

  it('--schema validates every Article produced from the fixtures', () => {
    const schema = JSON.parse(run(['--schema']).stdout);
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    const validate = ajv.compile(schema);
    const dir = new URL('../fixtures/cases/', import.meta.url);
    for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.txt'))) {
      const article = JSON.parse(JSON.stringify(extract(fs.readFileSync(new URL(f, dir), 'utf8'))));
      expect(validate(article), `${f}: ${JSON.stringify(validate.errors?.slice(0, 2))}`).toBe(true);
    }
  });
});

describe('cli: rough edges', () => {
  const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'nd-cli-'));
  const ferry = new URL('../fixtures/cases/b03_clean_island_ferry.txt', import.meta.url);
  const records = (stdout: string) => stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));

  it('turns a missing file into a READ_FAILED record and still extracts the good files', () => {
    const dir = tmp();
    fs.copyFileSync(ferry, path.join(dir, 'good.txt'));
    const missing = path.join(dir, 'missing.txt');
    const r = run(['--no-progress', missing, path.join(dir, 'good.txt')]);
    expect(r.status).toBe(1);
    const [a, b] = records(r.stdout);
    expect(a).toEqual({ id: missing, error: { code: 'READ_FAILED', message: expect.stringContaining('ENOENT') } });
    expect(b.headline).toMatch(/Tangier Island ferry/);
    expect(r.stderr).toBe('');
  });

  it('reports dangling links and link loops in a folder as records, and follows each real path once', () => {
    const dir = tmp();
    fs.mkdirSync(path.join(dir, 'sub'));
    fs.copyFileSync(ferry, path.join(dir, 'a.txt'));
    fs.symlinkSync(path.join(dir, 'nowhere.txt'), path.join(dir, 'dangling.txt'));
    fs.symlinkSync(path.join(dir, 'loop2'), path.join(dir, 'loop1'));
    fs.symlinkSync(path.join(dir, 'loop1'), path.join(dir, 'loop2'));
    fs.symlinkSync(dir, path.join(dir, 'sub', 'up')); // a folder loop
    fs.symlinkSync(path.join(dir, 'a.txt'), path.join(dir, 'sub', 'same.txt')); // the same file again
    const r = run(['--no-progress', '--fields', 'headline', dir]);
    expect(r.status).toBe(1);
    const out = records(r.stdout);
    expect(out.map((x) => [path.relative(dir, x.id), x.error?.code ?? 'ok'])).toEqual([
      ['a.txt', 'ok'],
      ['dangling.txt', 'READ_FAILED'],
      ['loop1', 'READ_FAILED'],
      ['loop2', 'READ_FAILED'],
    ]);
    expect(out[1].error.message).toMatch(/symbolic link/);
    expect(out[2].error.message).toMatch(/loop/);
  });

  it('an empty input set is a usage message with exit 2', () => {
    const dir = tmp();
    fs.writeFileSync(path.join(dir, 'notes.pdf'), 'not a page');
    const r = run([dir]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/no input documents/);
  });

  it('names each bad flag value in one line, without the whole help', () => {
    const r = run(['--format', 'xml', '--jobs', 'two', 'x.txt']);
    expect(r.status).toBe(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toEqual([
      "newsdistill: --format must be one of auto, text, html (got 'xml')",
      "newsdistill: --jobs takes a positive whole number (got 'two')",
      "Try 'newsdistill --help'.",
    ]);
    expect(run(['--timezone', 'Mars/Olympus', ferry.pathname]).stderr).toMatch(/^newsdistill: --timezone: not an IANA time zone \(got "Mars\/Olympus"\)/);
    expect(run(['--fields', 'headline,headlin', ferry.pathname]).stderr).toMatch(/unknown field 'headlin'/);
  });

  it('prints its version', () => {
    const r = run(['--version']);
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(JSON.parse(fs.readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version);
  });

  it('--out json over several documents is one JSON array; over one file, the Article', () => {
    const dir = tmp();
    fs.copyFileSync(ferry, path.join(dir, 'a.txt'));
    fs.writeFileSync(path.join(dir, 'b.txt'), '');
    const many = run(['--out', 'json', '--fields', 'headline', '--no-progress', dir]);
    const parsed = JSON.parse(many.stdout);
    expect(parsed).toHaveLength(2);
    expect(parsed[0].headline).toMatch(/Tangier/);
    expect(parsed[1].error.code).toBe('INPUT_EMPTY');
    const one = JSON.parse(run(['--out', 'json', path.join(dir, 'a.txt')]).stdout);
    expect(one.headline).toMatch(/Tangier/);
    expect(JSON.parse(run(['--out', 'json', '--input', 'ndjson'], '').stdout)).toEqual([]);
  });

  it('ends quietly when the reader goes away (EPIPE)', () => {
    const r = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" "${bin}" --no-progress --jobs 1 fixtures/cases | head -1 > /dev/null`], { encoding: 'utf8', timeout: 60_000 });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('NDJSON lines that are not objects are NDJSON_INVALID with our own message; empty text is INPUT_EMPTY everywhere', () => {
    const dir = tmp();
    fs.writeFileSync(path.join(dir, 'empty.txt'), '');
    fs.writeFileSync(path.join(dir, 'blank.txt'), ' \n\t\n');
    const input = ['null', '42', '"a page"', '[]', '{"id":"e","text":""}', '{"id":"h","html":"   "}'].join('\n');
    const r = run(['--input', 'ndjson'], input);
    const out = records(r.stdout);
    expect(out.map((x) => x.error.code)).toEqual(['NDJSON_INVALID', 'NDJSON_INVALID', 'NDJSON_INVALID', 'NDJSON_INVALID', 'INPUT_EMPTY', 'INPUT_EMPTY']);
    expect(out[0].error.message).toBe('line 1 is null, not a record object');
    expect(out.map((x) => x.error.message).join(' ')).not.toMatch(/Cannot read|TypeError|undefined/);
    const files = records(run(['--no-progress', dir]).stdout);
    expect(files.map((x) => x.error.code)).toEqual(['INPUT_EMPTY', 'INPUT_EMPTY']);
    expect(JSON.parse(run([], '  \n').stdout)).toEqual({ id: 'stdin', error: { code: 'INPUT_EMPTY', message: expect.any(String) } });
  });
});

describe('cli: the NDJSON filter contract (README "Running at scale")', () => {
  const story = (i: number) => `Ferry service ${i} resumes\nThe island ferry resumed its daily runs on Monday after repairs to route ${i}, the county said.`;
  const lines = [
    JSON.stringify({ id: 'r1', text: story(1) }),
    JSON.stringify({ id: 'r2', html: `<html><body><article><h1>Pier ${2} reopens</h1><p>The pier reopened on Tuesday after a month of repairs to its deck, officials said.</p></article></body></html>` }),
    '{"id":"r3","text":""}',
    'null',
    '{"id":"r5", "text": 5}',
    '{"id":"r6", "text": "half a line',
    JSON.stringify({ id: 'r7', text: story(7), url: 'https://news.example.com/ferry-7', publishedAt: '2024-05-06' }),
    '',
    JSON.stringify({ id: 'r9', text: story(9) }),
  ];
  const filter = (input: string[], jobs: string) => run(['--input', 'ndjson', '--jobs', jobs, '--fields', 'headline,publishedAt'], input.join('\n') + '\n');

  it('one record in, one out, in order, errors as records, nothing else on stdout', () => {
    for (const jobs of ['1', '2']) {
      const r = filter(lines, jobs);
      expect(r.status).toBe(1);
      expect(r.stderr).toBe('');
      const out = r.stdout.split('\n');
      expect(out.pop()).toBe('');
      const recs = out.map((l) => JSON.parse(l));
      expect(recs.map((x) => x.id)).toEqual(['r1', 'r2', 'r3', 'stdin:4', 'r5', 'stdin:6', 'r7', 'r9']);
      expect(recs.map((x) => x.error?.code ?? 'ok')).toEqual(['ok', 'ok', 'INPUT_EMPTY', 'NDJSON_INVALID', 'INPUT_TYPE', 'NDJSON_INVALID', 'ok', 'ok']);
      expect(recs[6].publishedAt.value).toBe('2024-05-06');
    }
  });

  it('records are independent: chunks of the stream give the same records as the whole', () => {
    // Records that carry their own id (a line that is not JSON is named by its line number).
    const withIds = lines.filter((l) => l.startsWith('{"id"') && !l.includes('half a line'));
    const whole = filter(withIds, '1').stdout;
    const parts = filter(withIds.slice(0, 3), '1').stdout + filter(withIds.slice(3), '2').stdout;
    expect(parts).toBe(whole);
  });

  it('the README wrapper turns "some records are errors" into success, and an empty stream is empty', () => {
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${bin}" --input ndjson --jobs 1 || [ $? -eq 1 ]`], { input: `${lines[2]}\n`, encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).error.code).toBe('INPUT_EMPTY');
    const empty = run(['--input', 'ndjson'], '');
    expect([empty.status, empty.stdout]).toEqual([0, '']);
  });
});
