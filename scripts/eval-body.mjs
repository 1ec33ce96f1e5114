// npm run eval:body: the article body on real pages, in HTML and text mode, beside Readability.js +
// linkedom in the same run: wcxb-dev, l3s-gn1 and fundus-dev (bodyF1 = AEB shingle F1, wordF1 = WCXB's
// word-bag F1 averaged over pages, snippetF1 = trafilatura's must/must-not snippets) and AEB (F1).
// Every figure is also given for the two halves of a fixed split by site (scripts/split.mjs): rules and
// the region model are tuned on half A; half B shows whether that generalises.
//
// Usage: node scripts/eval-body.mjs [--corpus wcxb-dev,l3s-gn1,fundus-dev,aeb] [--mode html,text]
//          [--no-peer] [--limit N] [--half A|B] [--json FILE]
//   --json FILE  one record per page and mode (scores, and our body) for error analysis
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { projectDir, requireShared } from './shared.mjs';
import { half } from './split.mjs';
import { bodyPages } from './lib/corpus.mjs';

const shared = requireShared('the body eval');
const { shingleTpFpFn, aggregate } = await import(pathToFileURL(path.join(shared, 'tools', 'aeb-metric.mjs')).href);
const { extract } = await import(pathToFileURL(path.join(projectDir, 'dist', 'index.js')).href);

const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : dflt; };
const corpora = opt('--corpus', 'wcxb-dev,l3s-gn1,fundus-dev,aeb').split(',');
const modes = opt('--mode', 'html,text').split(',');
const limit = Number(opt('--limit', Infinity));
const onlyHalf = opt('--half', null);
const jsonOut = opt('--json', null);
const peer = !args.includes('--no-peer');

let Readability = null;
let parseHTML = null;
if (peer) {
  const require = createRequire(path.join(projectDir, 'package.json'));
  ({ Readability } = require('@mozilla/readability'));
  ({ parseHTML } = await import(pathToFileURL(require.resolve('linkedom')).href));
}



/** WCXB's word F1: bags of lower-cased word tokens. */
function wordF1(pred, ref) {
  const bag = (s) => {
    const m = new Map();
    for (const w of String(s).toLowerCase().match(/[\p{L}\p{N}_]+/gu) ?? []) m.set(w, (m.get(w) ?? 0) + 1);
    return m;
  };
  const P = bag(pred);
  const R = bag(ref);
  let np = 0;
  let nr = 0;
  for (const c of P.values()) np += c;
  for (const c of R.values()) nr += c;
  if (!nr) return np ? 0 : 1;
  if (!np) return 0;
  let overlap = 0;
  for (const [w, c] of P) overlap += Math.min(c, R.get(w) ?? 0);
  const p = overlap / np;
  const r = overlap / nr;
  return p + r ? (2 * p * r) / (p + r) : 0;
}

const squash = (s) => String(s).replace(/\s+/g, ' ').trim();
/** WCXB's snippets were drafted with straight quotes; pages mostly print curly ones. */
const straightQuotes = (s) => squash(s).replace(/[‘’ʼ]/g, "'").replace(/[“”]/g, '"');

/** Snippet counts: [must found, must-not found, must missed, must-not absent]. */
function snippets(body, g, norm = squash) {
  const b = norm(body);
  const must = g.with ?? [];
  const mustNot = g.without ?? [];
  const tp = must.filter((w) => b.includes(norm(w))).length;
  const fp = mustNot.filter((w) => b.includes(norm(w))).length;
  return [tp, fp, must.length - tp, mustNot.length - fp];
}

const pages = (corpus) => bodyPages(shared, corpus);

function tally() { return { shingles: [], words: [], snip: [0, 0, 0, 0], snipQ: [0, 0, 0, 0] }; }
/** Body figures where the gold has a body (as the shared scorer counts them); snippets wherever given. */
function add(t, g, body) {
  const sh = g.body ? shingleTpFpFn(g.body, body) : null;
  const w = g.body ? wordF1(body, g.body) : null;
  if (sh) t.shingles.push(sh);
  if (w !== null) t.words.push(w);
  const s = snippets(body, g);
  const q = snippets(body, g, straightQuotes);
  for (let k = 0; k < 4; k++) {
    t.snip[k] += s[k];
    t.snipQ[k] += q[k];
  }
  return { sh, w };
}
function figures(t) {
  if (!t.shingles.length) return null;
  const agg = aggregate(t.shingles);
  const f1 = ([tp, fp, fn]) => (2 * tp + fp + fn ? (2 * tp) / (2 * tp + fp + fn) : null);
  return { n: t.shingles.length, bodyF1: agg.f1, P: agg.precision, R: agg.recall, wordF1: t.words.reduce((a, b) => a + b, 0) / t.words.length, snippetF1: f1(t.snip), snippetQuotesF1: f1(t.snipQ) };
}

const f3 = (x) => (x === null || x === undefined ? '-' : x.toFixed(3));
const records = [];
const rows = [];
for (const corpus of corpora) {
  const all = pages(corpus).slice(0, limit).filter((g) => !onlyHalf || half(g) === onlyHalf);
  for (const mode of modes) {
    const ours = { all: tally(), A: tally(), B: tally() };
    const theirs = { all: tally(), A: tally(), B: tally() };
    let ms = 0;
    let threw = 0;
    for (const g of all) {
      const input = mode === 'html' ? g.html() : g.text();
      let body = '';
      const t0 = performance.now();
      try { body = extract(input, { format: mode, url: g.url ?? undefined }).body; } catch { threw++; }
      ms += performance.now() - t0;
      const h = half(g);
      const { sh, w } = add(ours.all, g, body);
      add(ours[h], g, body);
      if (jsonOut) records.push({ corpus, mode, id: g.id, half: h, wordF1: w === null ? null : +w.toFixed(4), shingle: sh?.map((x) => +x.toFixed(4)) ?? null, body });
      if (peer && mode === 'html') {
        let text = '';
        try { text = new Readability(parseHTML(input).document).parse()?.textContent ?? ''; } catch { /* Readability gave up */ }
        add(theirs.all, g, text);
        add(theirs[h], g, text);
      }
    }
    rows.push({ corpus, mode, ours: Object.fromEntries(Object.entries(ours).map(([k, t]) => [k, figures(t)])), theirs: peer && mode === 'html' ? figures(theirs.all) : null, ms: ms / Math.max(1, all.length), threw });
  }
}

const show = (f) => (f ? `wordF1 ${f3(f.wordF1)}, bodyF1 ${f3(f.bodyF1)}${f.snippetF1 !== null ? `, snippetF1 ${f3(f.snippetF1)}` : ''}` : '-');
console.log('| corpus | mode | newsdistill (all) | half A | half B | Readability.js + linkedom, same run | ms/page |');
console.log('|---|---|---|---|---|---|---|');
for (const r of rows) {
  console.log(`| ${r.corpus} (${r.ours.all?.n ?? 0}) | ${r.mode} | ${show(r.ours.all)} (P ${f3(r.ours.all?.P)}, R ${f3(r.ours.all?.R)}) | ${show(r.ours.A)} | ${show(r.ours.B)} | ${show(r.theirs)} | ${r.ms.toFixed(1)}${r.threw ? `, threw ${r.threw}` : ''} |`);
}
for (const r of rows) {
  if (r.ours.all?.snippetF1 === null || r.ours.all?.snippetF1 === undefined) continue;
  console.log(`${r.corpus} ${r.mode}: snippetF1 with curly quotes read as straight ones (the snippets' own typing): ${f3(r.ours.all.snippetQuotesF1)}${r.theirs ? `, Readability.js ${f3(r.theirs.snippetQuotesF1)}` : ''}`);
}
if (jsonOut) fs.writeFileSync(jsonOut, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
