// npm run check:package (CI): packs the package as npm would publish it, lints the tarball
// (publint, @arethetypeswrong/cli), then installs it into a scratch app and calls it as users do:
// ESM, CommonJS, TypeScript (node16 and bundler resolution), the worker-thread entry and the CLI.
// Needs the npm registry (the scratch app installs the package's dependencies). Exits 1 on a fault.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { projectDir } from './shared.mjs';

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'newsdistill-package-'));
const bin = (name) => path.join(projectDir, 'node_modules', '.bin', name);
const faults = [];
const step = (name, fn) => {
  try {
    const note = fn();
    console.log(`ok   ${name}${note ? `: ${note}` : ''}`);
  } catch (err) {
    faults.push(name);
    console.log(`FAIL ${name}\n${String(err.stdout ?? '')}${String(err.stderr ?? '')}${err.stdout || err.stderr ? '' : err.message}`);
  }
};
const run = (cmd, args, cwd = scratch) => execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 300_000 });

// 1. The tarball (prepack builds first, so an unbuilt clone packs a working package).
const [packed] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', scratch], projectDir));
const tarball = path.join(scratch, packed.filename);
const files = packed.files.map((f) => f.path);
step('tarball contents', () => {
  const expected = ['LICENSE', 'README.md', 'package.json', 'dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts', 'dist/batch.js', 'dist/batch.cjs', 'dist/batch.d.ts', 'dist/batch.d.cts', 'dist/worker.js', 'dist/bin.js'];
  const missing = expected.filter((f) => !files.includes(f));
  const unwanted = files.filter((f) => /\.map$|^dist\/(?:bin|worker)\.c?[jt]s$/.test(f) && !expected.includes(f));
  if (missing.length || unwanted.length) throw new Error(`missing ${missing.join(', ') || '-'}; unwanted ${unwanted.join(', ') || '-'}`);
  return `${files.length} files, ${(packed.size / 1024).toFixed(0)} KB packed, ${(packed.unpackedSize / 1024).toFixed(0)} KB unpacked`;
});

// 2. Linters, on the tarball itself.
step('publint', () => run(bin('publint'), ['run', tarball, '--strict']).trim().split('\n').pop());
step('@arethetypeswrong/cli (node10, node16 from CJS and ESM, bundler)', () => {
  run(bin('attw'), [tarball, '--format', 'ascii', '--no-color']);
  return 'no problems';
});

// 3. A scratch app that installs the tarball.
fs.writeFileSync(path.join(scratch, 'package.json'), JSON.stringify({ name: 'scratch-app', private: true, version: '1.0.0' }));
run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', tarball]);

const PAGE = 'Council approves budget\\nThe council approved the new budget on Monday after a long debate, officials said.';
fs.writeFileSync(
  path.join(scratch, 'esm.mjs'),
  `import { extract, warmUp, NewsdistillError } from 'newsdistill';
import { extractMany } from 'newsdistill/batch';
await warmUp();
const a = extract('${PAGE}');
if (a.headline !== 'Council approves budget') throw new Error('headline: ' + a.headline);
const ids = [];
for await (const r of extractMany(['${PAGE}', '', '${PAGE}'], { concurrency: 2 })) ids.push(r.error ? r.error.code : r.id);
if (ids.join() !== '0,INPUT_EMPTY,2') throw new Error('extractMany: ' + ids.join());
try { extract(5); } catch (e) { if (!(e instanceof NewsdistillError) || e.code !== 'INPUT_TYPE') throw e; }
console.log('esm ok');`,
);
fs.writeFileSync(
  path.join(scratch, 'cjs.cjs'),
  `const { extract, NewsdistillError } = require('newsdistill');
const batch = require('newsdistill/batch');
if (batch.NewsdistillError !== NewsdistillError) throw new Error('two copies of NewsdistillError');
if (extract('${PAGE}').headline !== 'Council approves budget') throw new Error('headline');
(async () => {
  const ids = [];
  for await (const r of batch.extractMany(['${PAGE}', '${PAGE}'], { concurrency: 2 })) ids.push(r.id);
  if (ids.join() !== '0,1') throw new Error('extractMany: ' + ids.join());
  console.log('cjs ok');
})().catch((e) => { console.error(e); process.exit(1); });`,
);
step('ESM import (main entry, warmUp, newsdistill/batch on workers)', () => run('node', ['esm.mjs']).trim());
step('CommonJS require (both entries, workers)', () => run('node', ['cjs.cjs']).trim());
step('CLI from the installed package', () => {
  const version = run(path.join(scratch, 'node_modules', '.bin', 'newsdistill'), ['--version']).trim();
  if (version !== packed.version) throw new Error(`--version printed ${version}`);
  return `newsdistill --version -> ${version}`;
});

// 4. TypeScript users, both module resolutions that matter today.
const TS = `import { extract, type Article, NewsdistillError, type NewsdistillErrorCode } from 'newsdistill';
import { extractMany, type BatchResult } from 'newsdistill/batch';
const a: Article = extract('text', { format: 'text', tagger: 'lexicon' });
const code: NewsdistillErrorCode = 'DEPENDENCY_MISSING';
export async function all(): Promise<BatchResult[]> {
  const out: BatchResult[] = [];
  for await (const r of extractMany([a.body], { concurrency: 2 })) out.push(r);
  return out;
}
export const check = [a.headline, code, NewsdistillError];
`;
for (const [name, options, file] of [
  ['TypeScript, module node16 (ESM file)', ['--module', 'node16', '--moduleResolution', 'node16'], 'app.mts'],
  ['TypeScript, module node16 (CommonJS file)', ['--module', 'node16', '--moduleResolution', 'node16'], 'app.cts'],
  ['TypeScript, moduleResolution bundler', ['--module', 'esnext', '--moduleResolution', 'bundler'], 'app.ts'],
]) {
  step(name, () => {
    fs.writeFileSync(path.join(scratch, file), TS);
    run(bin('tsc'), ['--noEmit', '--strict', '--target', 'es2022', '--lib', 'es2022,dom', '--skipLibCheck', 'false', ...options, file]);
  });
}

fs.rmSync(scratch, { recursive: true, force: true });
if (faults.length) {
  console.log(`${faults.length} package check(s) failed: ${faults.join('; ')}`);
  process.exit(1);
}
console.log('package checks passed');
