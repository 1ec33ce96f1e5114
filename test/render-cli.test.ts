// The built CLI's rendered outputs (npm test builds first): --out markdown, --out text, --out-dir,
// where error records go, and the exit code when the output cannot be written.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract, toMarkdown } from '../src/index.js';
import { fileNameFor, uniqueFileNames } from '../src/render/output.js';

const bin = decodeURIComponent(new URL('../dist/bin.js', import.meta.url).pathname);
const run = (args: string[], input?: string) => spawnSync(process.execPath, [bin, ...args], { input, encoding: 'utf8', timeout: 60_000 });
const ferry = 'fixtures/cases/b03_clean_island_ferry.txt';
const wheat = 'fixtures/cases/b04_clean_drought_wheat.txt';

describe('cli rendered outputs', () => {
  it('--out markdown prints one document as its Markdown', () => {
    const r = run(['--out', 'markdown', ferry]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(toMarkdown(extract(fs.readFileSync(ferry, 'utf8'))));
  });

  it('--out text prints the bodies of a batch, each under a head line naming it', () => {
    const r = run(['--out', 'text', '--jobs', '1', '--no-progress', ferry, wheat]);
    expect(r.status).toBe(0);
    const parts = r.stdout.split(/^==> (.+) <==\n/m).slice(1);
    expect(parts.filter((_, i) => i % 2 === 0)).toEqual([ferry, wheat]);
    expect(parts[1]!.trim()).toBe(extract(fs.readFileSync(ferry, 'utf8')).body);
    expect(parts[3]!.trim()).toBe(extract(fs.readFileSync(wheat, 'utf8')).body);
  });

  it('--out markdown marks each document of a batch with a comment', () => {
    const r = run(['--out', 'markdown', '--jobs', '1', '--no-progress', ferry, wheat]);
    expect(r.stdout.match(/^<!-- newsdistill: .+ -->$/gm)).toEqual([`<!-- newsdistill: ${ferry} -->`, `<!-- newsdistill: ${wheat} -->`]);
  });

  it('--out-dir writes one file per document, names unique, and errors to stderr', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nd-out-'));
    const input = [
      JSON.stringify({ id: 'same', text: fs.readFileSync(ferry, 'utf8') }),
      JSON.stringify({ id: 'same', text: fs.readFileSync(wheat, 'utf8') }),
      'not json',
    ].join('\n');
    const out = path.join(dir, 'md');
    const r = run(['--input', 'ndjson', '--out', 'markdown', '--out-dir', out, '--jobs', '1', '--no-progress'], input);
    expect(r.status).toBe(1);
    expect(fs.readdirSync(out).sort()).toEqual(['same-2.md', 'same.md']);
    expect(fs.readFileSync(path.join(out, 'same.md'), 'utf8')).toMatch(/^# Tangier Island ferry/);
    expect(fs.readFileSync(path.join(out, 'same-2.md'), 'utf8')).toMatch(/^# /);
    expect(r.stdout).toBe('');
    expect(JSON.parse(r.stderr.trim()).error.code).toBe('NDJSON_INVALID');
  });

  it('--out-dir with JSON writes .json files', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nd-out-'));
    const r = run(['--out-dir', dir, '--jobs', '1', '--no-progress', ferry]);
    expect(r.status).toBe(0);
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'b03_clean_island_ferry.json'), 'utf8')).headline).toMatch(/Tangier/);
  });

  it('rejects an unknown --out with exit code 2', () => expect(run(['--out', 'yaml', ferry]).status).toBe(2));

  it('keeps error records of a rendered batch off stdout, on stderr as JSON lines', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nd-out-'));
    fs.copyFileSync(ferry, path.join(dir, 'a.txt'));
    fs.writeFileSync(path.join(dir, 'b.txt'), '');
    fs.copyFileSync(wheat, path.join(dir, 'c.txt'));
    const r = run(['--out', 'text', '--jobs', '1', '--no-progress', dir]);
    expect(r.status).toBe(1);
    expect(r.stdout.match(/^==> .+ <==$/gm)).toEqual([`==> ${path.join(dir, 'a.txt')} <==`, `==> ${path.join(dir, 'c.txt')} <==`]);
    expect(r.stdout).not.toContain('INPUT_EMPTY');
    expect(JSON.parse(r.stderr)).toEqual({ id: path.join(dir, 'b.txt'), error: { code: 'INPUT_EMPTY', message: expect.any(String) } });
  });

  it('--out-dir with a JSON batch writes each Article alone, names unique, errors to stderr', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nd-out-'));
    fs.mkdirSync(path.join(dir, 'in'));
    fs.copyFileSync(ferry, path.join(dir, 'in', 'a.txt'));
    fs.copyFileSync(wheat, path.join(dir, 'in', 'A.text'));
    fs.writeFileSync(path.join(dir, 'in', 'b.txt'), '');
    const out = path.join(dir, 'out', 'nested');
    const r = run(['--out-dir', out, '--fields', 'headline', '--jobs', '1', '--no-progress', path.join(dir, 'in')]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(fs.readdirSync(out).sort()).toEqual(['A.json', 'a-2.json']);
    expect(JSON.parse(fs.readFileSync(path.join(out, 'a-2.json'), 'utf8'))).toEqual({ headline: expect.stringMatching(/Tangier/) });
    expect(JSON.parse(r.stderr).error.code).toBe('INPUT_EMPTY');
  });

  it('names a bad combination or folder on one line, with exit code 2', () => {
    const md = run(['--out', 'markdown', '--fields', 'headline', ferry]);
    expect([md.status, md.stderr]).toEqual([2, "newsdistill: --fields applies to --out json and ndjson only (got --out markdown)\nTry 'newsdistill --help'.\n"]);
    const dir = run(['--out-dir', ferry, ferry]); // a file, not a folder
    expect(dir.status).toBe(2);
    expect(dir.stderr).toMatch(/^newsdistill: --out-dir: cannot create '.+' \(file already exists \(EEXIST\)\)\n/);
  });

  it.skipIf(!fs.existsSync('/dev/full'))('exits 5 when the output cannot be written', () => {
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${bin}" --out markdown "${ferry}" > /dev/full`], { encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(5);
    expect(r.stderr).toMatch(/^newsdistill: cannot write the output \(.*ENOSPC\)/);
  });

  it('names files after the input, with safe characters only', () => {
    expect(fileNameFor('pages/a b.html')).toBe('a-b');
    expect(fileNameFor('records.ndjson:12')).toBe('records-12');
    expect(fileNameFor('../../etc/passwd')).toBe('passwd');
    expect(fileNameFor('...')).toBe('document');
    const next = uniqueFileNames('.md');
    expect(['x/a.txt', 'y/a.html', 'A', 'a-2', 'stdin'].map(next)).toEqual(['a.md', 'a-2.md', 'A-3.md', 'a-2-2.md', 'stdin.md']);
  });
});
