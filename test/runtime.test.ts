// Where the package runs: the main entry bundled for a browser and run with no Node globals, and
// an install with a dependency missing, which must fail loudly (never a normal-looking Article).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const root = path.resolve(new URL('..', import.meta.url).pathname);
const dist = path.join(root, 'dist');

const APP = `
import { extract, extractMany, warmUp, NewsdistillError } from ${JSON.stringify(path.join(dist, 'index.js'))};
globalThis.run = async () => {
  const text = extract('Council approves budget\\nThe council approved the budget on Monday, officials said, after a long debate about roads.');
  const html = extract('<html><body><article><h1>Library reopens</h1><p>The county library reopened on Tuesday after a two-month repair of its roof, the director said.</p></article></body></html>');
  let before = null;
  try { extract('The council met.', { tagger: 'compromise' }); } catch (e) { before = { code: e.code, ours: e instanceof NewsdistillError }; }
  const many = [];
  for await (const r of extractMany(['First page\\nThe first page says the council met on Monday.', ''])) many.push(r.error ? r.error.code : 'ok');
  await warmUp({ tagger: 'compromise' });
  const full = extract('Officials in Springfield said Mayor Ana Ruiz approved the budget on Monday.', { tagger: 'compromise' });
  return JSON.parse(JSON.stringify({ text: text.headline, html: [html.headline, html.source.format], before, many, people: full.entities.people.map((p) => p.name) }));
};`;

describe('browser bundle of the main entry', () => {
  it('builds with esbuild --platform=browser and runs in a context without require, process or Buffer', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nd-browser-'));
    fs.writeFileSync(path.join(dir, 'app.mjs'), APP);
    const result = await build({ entryPoints: [path.join(dir, 'app.mjs')], bundle: true, platform: 'browser', format: 'iife', write: false, logLevel: 'silent', absWorkingDir: root });
    expect(result.errors).toEqual([]);
    const code = result.outputFiles[0]!.text;
    expect(code).not.toMatch(/worker_threads|tinypool|node:module/);
    // What a browser or an edge runtime has, and nothing of Node's.
    const context = vm.createContext({ atob, btoa, TextEncoder, TextDecoder, URL, URLSearchParams, console, setTimeout, clearTimeout, queueMicrotask });
    vm.runInContext('globalThis.self = globalThis;', context);
    vm.runInContext(code, context);
    expect(vm.runInContext('typeof require + typeof process + typeof Buffer', context)).toBe('undefinedundefinedundefined');
    const out = await (context.run as () => Promise<Record<string, unknown>>)();
    expect(out.text).toBe('Council approves budget');
    expect(out.html).toEqual(['Library reopens', 'html']);
    // The full tagger loads through a dynamic import the bundler followed: before warmUp() it is
    // DEPENDENCY_MISSING (no synchronous loading here), after it, it runs.
    expect(out.before).toEqual({ code: 'DEPENDENCY_MISSING', ours: true });
    expect(out.many).toEqual(['ok', 'INPUT_EMPTY']);
    expect(out.people).toEqual(['Ana Ruiz']);
  });
});

describe('node bundle of an app', () => {
  it('esbuild --bundle --platform=node carries every dependency: the bundle runs with no node_modules', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nd-nodebundle-'));
    fs.writeFileSync(
      path.join(dir, 'app.mjs'),
      `import { extract } from ${JSON.stringify(path.join(dist, 'index.js'))};
       const a = extract('<html><body><article><h1>Library reopens</h1><p>The county library reopened on Tuesday after a two-month repair of its roof, the director said.</p></article></body></html>');
       console.log(JSON.stringify({ headline: a.headline, format: a.source.format, warnings: a.warnings.map((w) => w.code) }));`,
    );
    await build({ entryPoints: [path.join(dir, 'app.mjs')], bundle: true, platform: 'node', format: 'esm', outfile: path.join(dir, 'out', 'app.mjs'), logLevel: 'silent', absWorkingDir: root });
    const r = spawnSync(process.execPath, [path.join(dir, 'out', 'app.mjs')], { cwd: path.join(dir, 'out'), encoding: 'utf8', timeout: 60_000 });
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ headline: 'Library reopens', format: 'html' });
    expect(out.warnings).not.toContain('INTERNAL_ERROR');
  });
});

/** An app folder where newsdistill is installed beside every dependency but `missing`. */
function installWithout(missing: string): string {
  const app = fs.mkdtempSync(path.join(os.tmpdir(), `nd-without-${missing}-`));
  const modules = path.join(app, 'node_modules');
  const pkg = path.join(modules, 'newsdistill');
  fs.mkdirSync(pkg, { recursive: true });
  fs.cpSync(dist, path.join(pkg, 'dist'), { recursive: true });
  fs.copyFileSync(path.join(root, 'package.json'), path.join(pkg, 'package.json'));
  for (const name of fs.readdirSync(path.join(root, 'node_modules'))) {
    if (name === missing || name.startsWith('.')) continue;
    fs.symlinkSync(path.join(root, 'node_modules', name), path.join(modules, name));
  }
  fs.writeFileSync(path.join(app, 'a.txt'), 'Council approves budget\nThe council approved the budget on Monday, officials said.\n');
  fs.writeFileSync(path.join(app, 'b.txt'), 'Library reopens\nThe county library reopened on Tuesday after repairs, the director said.\n');
  return app;
}

const node = (cwd: string, args: string[]) => spawnSync(process.execPath, args, { cwd, encoding: 'utf8', timeout: 60_000 });
const cli = (cwd: string, ...args: string[]) => node(cwd, [path.join(cwd, 'node_modules', 'newsdistill', 'dist', 'bin.js'), '--no-progress', ...args]);

describe('a missing dependency fails loudly', () => {
  it('without compromise: the default tagger works; the full tagger throws DEPENDENCY_MISSING; the CLI exits 3', () => {
    const app = installWithout('compromise');
    const probe = `
      import { extract, warmUp } from 'newsdistill';
      const page = 'Council approves budget\\nThe council approved the budget on Monday, officials said.';
      const out = { headline: extract(page).headline };
      try { extract(page, { tagger: 'compromise' }); } catch (e) { out.sync = [e.name, e.code, e.message]; }
      try { await warmUp({ tagger: 'compromise' }); } catch (e) { out.warm = e.code; }
      console.log(JSON.stringify(out));`;
    fs.writeFileSync(path.join(app, 'probe.mjs'), probe);
    const r = node(app, ['probe.mjs']);
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout);
    expect(out.headline).toBe('Council approves budget');
    expect(out.sync.slice(0, 2)).toEqual(['NewsdistillError', 'DEPENDENCY_MISSING']);
    expect(out.sync[2]).toMatch(/'compromise'/);
    expect(out.warm).toBe('DEPENDENCY_MISSING');
    // CommonJS too.
    const cjs = node(app, ['-e', "const { extract } = require('newsdistill'); try { extract('x y z', { tagger: 'compromise' }) } catch (e) { console.log(e.code) }"]);
    expect(cjs.stdout.trim()).toBe('DEPENDENCY_MISSING');
    // The CLI: no degraded Article, a message naming the module, exit 3; on one thread and on two.
    for (const jobs of ['1', '2']) {
      const run = cli(app, '--tagger', 'compromise', '--jobs', jobs, 'a.txt', 'b.txt');
      expect(run.status, run.stderr).toBe(3);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(/'compromise' could not be loaded/);
    }
    expect(cli(app, 'a.txt').status).toBe(0);
  });

  it('without cheerio: importing the package fails naming it, and the CLI exits 3 saying so', () => {
    const app = installWithout('cheerio');
    const r = node(app, ['--input-type=module', '-e', "import('newsdistill').then(() => console.log('loaded'), (e) => console.log(e.code, e.message))"]);
    expect(r.stdout).toMatch(/^ERR_MODULE_NOT_FOUND .*'cheerio'/);
    const run = cli(app, 'a.txt');
    expect(run.status).toBe(3);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/'cheerio' could not be loaded/);
  });
});
