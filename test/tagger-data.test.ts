// The lexicon tagger's tables are generated from compromise at build time. These tests fail when
// the installed compromise and the shipped tables disagree, or when compromise is not pinned.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { taggerData } from '../src/nlp/tagger-data.js';

const script = new URL('../scripts/build-tagger-data.mjs', import.meta.url).pathname;
const check = (...args: string[]) => spawnSync(process.execPath, [script, '--check', ...args], { encoding: 'utf8', timeout: 60_000 });

describe('tagger data', () => {
  it('matches the installed compromise', () => {
    const r = check();
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('the check names what differs when the tables drift from compromise', () => {
    const tampered = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'nd-tagger-')), 'tagger-data.ts');
    const text = fs.readFileSync(new URL('../src/nlp/tagger-data.ts', import.meta.url), 'utf8');
    fs.writeFileSync(tampered, text.replace('"Actor": "accountant\\n', '"Actor": "'));
    const r = check('--file', tampered);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/taggerData\.lexicon\.Actor .*only in compromise: \["accountant"\]/);
  });

  it('compromise is pinned to the exact version the tables were built from', () => {
    const pkg = JSON.parse(fs.readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    const installed = (createRequire(import.meta.url)('compromise') as { version: string }).version;
    expect(pkg.dependencies.compromise).toBe(taggerData.compromise);
    expect(installed).toBe(taggerData.compromise);
  });

  it('holds the whole lexicon', () => {
    const words = Object.values(taggerData.lexicon).reduce((n, list) => n + list.split('\n').length, 0);
    expect(words).toBeGreaterThan(20_000);
    expect(taggerData.lexicon.Actor!.split('\n')).toContain('accountant');
  });
});
