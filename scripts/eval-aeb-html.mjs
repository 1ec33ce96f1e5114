// AEB in HTML mode: newsdistill through the shared scorer, then in the same run
// @mozilla/readability on linkedom over the same pages, scored with the benchmark's metric.
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { projectDir, requireShared } from './shared.mjs';

const shared = requireShared('the AEB HTML eval');
const r = spawnSync(process.execPath, [path.join(shared, 'tools', 'score-aeb.mjs'), '--pkg', projectDir, '--mode', 'html', ...process.argv.slice(2)], { stdio: 'inherit' });
if (r.status !== 0) process.exit(r.status ?? 1);

const { evaluate } = await import(pathToFileURL(path.join(shared, 'tools', 'aeb-metric.mjs')).href);
const { Readability } = await import('@mozilla/readability');
const { parseHTML } = await import('linkedom');
const corpus = path.join(shared, 'corpora', 'aeb');
const truth = JSON.parse(fs.readFileSync(path.join(corpus, 'ground-truth.json'), 'utf8'));
const ids = Object.keys(truth).sort();
const pred = {};
let ms = 0;
for (const id of ids) {
  const html = fs.readFileSync(path.join(corpus, 'html', `${id}.html`), 'utf8');
  const t0 = performance.now();
  try {
    const { document } = parseHTML(html);
    const article = new Readability(document).parse();
    pred[id] = { articleBody: article?.textContent ?? '' };
  } catch {
    pred[id] = { articleBody: '' };
  }
  ms += performance.now() - t0;
}
const s = evaluate(Object.fromEntries(ids.map((id) => [id, truth[id]])), pred);
console.log(`readability+linkedom pages=${s.n} ms/page=${(ms / ids.length).toFixed(1)} precision=${s.precision.toFixed(3)} recall=${s.recall.toFixed(3)} F1=${s.f1.toFixed(3)}`);
