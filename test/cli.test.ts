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
