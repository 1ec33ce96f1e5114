// The built CLI's rendered outputs (npm test builds first): --out markdown, --out text, --out-dir.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract, toMarkdown } from '../src/index.js';
import { fileNameFor } from '../src/render/output.js';

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

  it('names files after the input, with safe characters only', () => {
    expect(fileNameFor('pages/a b.html')).toBe('a-b');
    expect(fileNameFor('records.ndjson:12')).toBe('records-12');
    expect(fileNameFor('../../etc/passwd')).toBe('passwd');
    expect(fileNameFor('...')).toBe('document');
  });
});
