#!/usr/bin/env node
// Trains the header model (headline line, byline lines, publication date) on the labelled pages of
// ../shared/corpora (wcxb-dev, l3s-gn1, fundus-dev; text and HTML) and our own fixture cases, and
// writes src/header/weights.ts. Deterministic: full-batch Adam from zero weights, fixed epochs,
// pages in file order.
//
// Split: a page is in half A when the FNV-1a hash of its id is even, else in half B. Weights and
// thresholds are fit on half A only; the figures for both halves are printed, so B is held out.
//
// Usage: node scripts/train-header.mjs [--dry] [--limit N] [--date-only]
//   --dry        print the figures, do not write the weights
//   --date-only  keep the shipped headline and byline models (and byline thresholds); train the date model
//   --keep-headline  keep the shipped headline model; train the byline and date models
//   --limit N    pages per corpus (for quick runs)
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { projectDir, requireShared } from './shared.mjs';
import { bylineMatch, headlineMatch, loadCorpus, norm, PAGE_CORPORA } from './lib/corpus.mjs';

const args = process.argv.slice(2);
const dry = args.includes('--dry');
const dateOnly = args.includes('--date-only');
const keepHeadline = dateOnly || args.includes('--keep-headline');
const limit = Number(args[args.indexOf('--limit') + 1] ?? 0) || Infinity;
const shared = requireShared('the header trainer');

// --- The library's own candidate code, bundled from src so the trainer and the package agree.
const bundle = path.join(projectDir, '.eval', 'header-training.mjs');
await build({ entryPoints: [path.join(projectDir, 'src/header/training.ts')], bundle: true, platform: 'node', format: 'esm', target: 'es2022', outfile: bundle, packages: 'external', logLevel: 'error' });
const T = await import(pathToFileURL(bundle).href + `?t=${Date.now()}`);

/** A byline line names at least one of the gold authors. */
function bylineLineMatch(names, goldByline) {
  const got = names.join(', ');
  if (bylineMatch(got, goldByline)) return true;
  const gold = String(goldByline).split(/,|;|&|\band\b|\bund\b|\bet\b|\by\b/).map((n) => norm(n)).filter((n) => n.length >= 4);
  const g = norm(got);
  return gold.some((n) => g.includes(n) || n.includes(g));
}

// --- Pages.
const pages = [];
for (const corpus of PAGE_CORPORA) {
  for (const p of loadCorpus(shared, corpus, limit)) {
    for (const mode of ['text', 'html']) {
      pages.push({ corpus, mode, id: p.id, split: p.split, gold: { headline: p.gold.headline, byline: p.gold.byline, date: p.gold.date }, input: p.input(mode), url: p.url });
    }
  }
}
// Our own annotated pages weigh more than one corpus page each: their labels are checked by hand,
// field by field, where the corpora's are drafted by models or parsers.
const CASE_WEIGHT = 5;
// Our own cases: the same model must keep them (they are ours, so they train in both halves' stead: always A).
const casesDir = path.join(projectDir, 'fixtures', 'cases');
for (const f of fs.readdirSync(casesDir).filter((f) => f.endsWith('.expect.json')).sort()) {
  const expect = JSON.parse(fs.readFileSync(path.join(casesDir, f), 'utf8'));
  const input = fs.readFileSync(path.join(casesDir, f.replace('.expect.json', '.txt')), 'utf8');
  const pub = expect.publishedAt && expect.publishedAt.earliest === expect.publishedAt.latest ? expect.publishedAt.earliest : null;
  pages.push({ corpus: 'cases', mode: 'text', id: f, split: 'A', weight: CASE_WEIGHT, gold: { headline: expect.headline, headlineAlternatives: expect.headlineAlternatives ?? [], byline: expect.byline?.length ? expect.byline.join(', ') : null, date: pub }, input, url: null });
}
const htmlDir = path.join(projectDir, 'fixtures', 'html');
for (const f of fs.readdirSync(htmlDir).filter((f) => f.endsWith('.expect.json')).sort()) {
  const expect = JSON.parse(fs.readFileSync(path.join(htmlDir, f), 'utf8'));
  const input = fs.readFileSync(path.join(htmlDir, f.replace('.expect.json', '.html')), 'utf8');
  pages.push({ corpus: 'cases', mode: 'html', id: f, split: 'A', weight: CASE_WEIGHT, gold: { headline: expect.headline, byline: expect.byline?.length ? expect.byline.join(', ') : null, date: expect.publishedAt ?? null }, input, url: null });
}
console.log(`pages: ${pages.length} (${pages.filter((p) => p.split === 'A').length} in half A)`);

const t0 = Date.now();
for (const p of pages) {
  // `claimed`: digest lists and live-blog stamps, which the library never takes for header lines.
  const { ctx, claimed } = T.prepare(p.input, p.mode, p.url);
  p.ctx = ctx;
  p.claimed = claimed;
  p.input = null;
  const want = [p.gold.headline, ...(p.gold.headlineAlternatives ?? [])].filter(Boolean);
  const textOf = (c) => ctx.lines[c.line].text;
  p.hc = T.headlineCandidates(ctx).filter((c) => !claimed.has(c.line)).map((c) => ({ ...c, pos: want.some((w) => headlineMatch(textOf(c), w)) }));
}
console.log(`prepared in ${((Date.now() - t0) / 1000).toFixed(0)} s`);

// --- Learning: gradient-boosted shallow trees (histogram splits, Newton leaves), with a softmax
// over a page's candidates (headline, date) or a logistic per line (byline).
const BINS = 32;
function binning(X, dim) {
  // Up to BINS-1 thresholds per feature at its distinct-value quantiles.
  const thresholds = [];
  for (let j = 0; j < dim; j++) {
    const vals = [...new Set(X.map((x) => x[j]))].sort((a, b) => a - b);
    const t = [];
    if (vals.length <= BINS) for (let k = 0; k + 1 < vals.length; k++) t.push((vals[k] + vals[k + 1]) / 2);
    else for (let k = 1; k < BINS; k++) { const i = Math.floor((k * vals.length) / BINS); t.push((vals[i - 1] + vals[i]) / 2); }
    thresholds.push([...new Set(t)]);
  }
  const bins = X.map((x) => Uint8Array.from(thresholds, (t, j) => { let b = 0; while (b < t.length && x[j] > t[b]) b++; return b; }));
  return { thresholds, bins };
}
/** rows: Float64Array[]; gradHess(F) -> [g, h]; returns {base, trees} with feature names. */
function boost(names, X, gradHess, { rounds = 150, depth = 3, lr = 0.1, lambda = 1, minHess = 1 } = {}) {
  const dim = names.length, n = X.length;
  const { thresholds, bins } = binning(X, dim);
  const F = new Float64Array(n);
  const trees = [];
  for (let r = 0; r < rounds; r++) {
    const [g, h] = gradHess(F);
    // Level-wise growth: node ids per row; a node is split on the best histogram gain.
    let nodeOf = new Int32Array(n);
    const tree = [{ rows: null }];
    let frontier = [0];
    const rowsOf = (ids) => { const m = new Map(ids.map((id) => [id, []])); for (let i = 0; i < n; i++) m.get(nodeOf[i])?.push(i); return m; };
    for (let d = 0; d <= depth; d++) {
      const members = rowsOf(frontier);
      const next = [];
      for (const id of frontier) {
        const rows = members.get(id);
        let G = 0, H = 0;
        for (const i of rows) { G += g[i]; H += h[i]; }
        tree[id] = { leaf: (-G / (H + lambda)) * lr };
        if (d === depth || rows.length < 4) continue;
        let best = null;
        const base = (G * G) / (H + lambda);
        for (let j = 0; j < dim; j++) {
          const nb = thresholds[j].length + 1;
          if (nb < 2) continue;
          const hg = new Float64Array(nb), hh = new Float64Array(nb);
          for (const i of rows) { const b = bins[i][j]; hg[b] += g[i]; hh[b] += h[i]; }
          let gl = 0, hl = 0;
          for (let b = 0; b + 1 < nb; b++) {
            gl += hg[b]; hl += hh[b];
            const gr = G - gl, hr = H - hl;
            if (hl < minHess || hr < minHess) continue;
            const gain = (gl * gl) / (hl + lambda) + (gr * gr) / (hr + lambda) - base;
            if (gain > 1e-9 && (!best || gain > best.gain)) best = { gain, j, b };
          }
        }
        if (!best) continue;
        const left = tree.length, right = tree.length + 1;
        tree.push({}, {});
        tree[id] = { j: best.j, t: thresholds[best.j][best.b], left, right };
        for (const i of rows) nodeOf[i] = bins[i][best.j] <= best.b ? left : right;
        next.push(left, right);
      }
      frontier = next;
    }
    const round = (id) => (tree[id].leaf !== undefined ? Math.round(tree[id].leaf * 1e4) / 1e4 : [tree[id].j, Math.round(tree[id].t * 1e6) / 1e6, round(tree[id].left), round(tree[id].right)]);
    const node = round(0);
    trees.push(node);
    for (let i = 0; i < n; i++) F[i] += evalTree(node, X[i]);
  }
  // Feature indices become names in the shipped model, so adding a feature never shifts the others.
  const named = (node) => (Array.isArray(node) ? [names[node[0]], node[1], named(node[2]), named(node[3])] : node);
  return { base: 0, trees: trees.map(named) };
}
function evalTree(node, x) {
  while (Array.isArray(node)) node = x[node[0]] <= node[1] ? node[2] : node[3];
  return node;
}
/** groups: [{xs, pos}]: softmax over each group's rows, each group weighing the same. */
function trainSoftmax(names, groups, opts) {
  const X = [], gid = [], pos = [], wt = [];
  groups.forEach((grp, k) => grp.xs.forEach((x, c) => { X.push(x); gid.push(k); pos.push(grp.pos[c]); wt.push(grp.weight ?? 1); }));
  const starts = [];
  gid.forEach((k, i) => { if (i === 0 || gid[i - 1] !== k) starts.push(i); });
  starts.push(X.length);
  return boost(names, X, (F) => {
    const g = new Float64Array(X.length), h = new Float64Array(X.length);
    for (let s = 0; s + 1 < starts.length; s++) {
      const a = starts[s], b = starts[s + 1];
      let max = -Infinity;
      for (let i = a; i < b; i++) max = Math.max(max, F[i]);
      let z = 0, zp = 0;
      for (let i = a; i < b; i++) { const e = Math.exp(F[i] - max); z += e; if (pos[i]) zp += e; }
      for (let i = a; i < b; i++) {
        const p = Math.exp(F[i] - max) / z, q = pos[i] ? Math.exp(F[i] - max) / zp : 0;
        g[i] = (p - q) * wt[i];
        h[i] = Math.max(p * (1 - p), 1e-6) * wt[i];
      }
    }
    return [g, h];
  }, opts);
}
function trainLogistic(names, rows, opts) {
  const X = rows.map((r) => r.x), y = rows.map((r) => r.y);
  return boost(names, X, (F) => {
    const g = new Float64Array(X.length), h = new Float64Array(X.length);
    for (let i = 0; i < X.length; i++) { const p = 1 / (1 + Math.exp(-F[i])); g[i] = p - y[i]; h[i] = Math.max(p * (1 - p), 1e-6); }
    return [g, h];
  }, opts);
}
const vec = (names, x) => Float64Array.from(names, (f) => x[f] ?? 0);

// --- 1. Headline.
const HF = T.HEADLINE_FEATURES;
const train = pages.filter((p) => p.split === 'A');
const hGroups = train.filter((p) => p.hc.some((c) => c.pos)).map((p) => ({ xs: p.hc.map((c) => vec(HF, c.x)), pos: p.hc.map((c) => c.pos), weight: p.weight }));
const headlineW = keepHeadline ? T.HEADER_MODEL.headline : trainSoftmax(HF, hGroups);
const headlineC = T.compileModel(headlineW);
for (const p of pages) {
  const best = T.chooseHeadline(p.hc, headlineC);
  p.headlineLine = best && best.line >= 0 ? best.line : -1;
  p.headlineHit = best ? best.pos : false;
}

// --- 2. Byline lines, around the headline the model chose.
const BF = T.BYLINE_FEATURES;
for (const p of pages) {
  p.zoneEnd = T.headerZoneEnd(p.ctx, p.headlineLine);
  const bylineZoneEnd = T.headerZoneEnd(p.ctx, p.headlineLine, T.BYLINE_ZONE_PROSE);
  p.bc = T.bylineCandidates(p.ctx, p.headlineLine, bylineZoneEnd).filter((c) => !p.claimed.has(c.line)).map((c) => ({ ...c, pos: p.gold.byline && c.reading.names.length > 0 ? bylineLineMatch(c.reading.names, p.gold.byline) : false }));
}
// Pages of corpora that state bylines say which lines are bylines (l3s-gn1 states none): a softmax
// over a page's candidates and "none", none being right where no candidate names the gold authors.
const statesBylines = (p) => p.corpus !== 'l3s-gn1';
// Lines far from the header that state their author are no part of the model's choice (src/header/decide.ts).
for (const p of pages) {
  const seen = p.bc.filter((c) => c.x['pos.far'] !== 1);
  const any = seen.some((c) => c.pos);
  p.bcModel = seen;
  p.bcPos = seen.map((c) => (any ? c.pos : c.reading.names.length === 0));
}
const bGroups = train.filter((p) => p.gold.byline || statesBylines(p)).map((p) => ({ xs: p.bcModel.map((c) => vec(BF, c.x)), pos: p.bcPos, weight: p.weight }));
const bylineW = dateOnly ? T.HEADER_MODEL.byline : trainSoftmax(BF, bGroups);
const bylineC = T.compileModel(bylineW);
const bylineOf = (p, threshold, share) => T.chooseBylines(p.bc, bylineC, threshold, share, p.headlineLine).flatMap((c) => c.reading.names);
// A byline on a page whose gold has none costs half a right one.
let bylineThreshold = 0.3, bylineShare = 0.5, bestB = -Infinity;
if (dateOnly) ({ bylineThreshold, bylineShare } = T.HEADER_MODEL);
for (let t = 0.1; t <= 0.7001 && !dateOnly; t += 0.05) {
  for (const share of [0.25, 0.5, 0.75]) {
    let score = 0;
    for (const p of train) {
      const w = p.weight ?? 1;
      if (p.gold.byline) { if (bylineMatch(bylineOf(p, t, share).join(', '), p.gold.byline)) score += w; }
      else if (statesBylines(p) && bylineOf(p, t, share).length > 0) score -= 0.5 * w;
    }
    if (score > bestB) { bestB = score; bylineThreshold = Math.round(t * 100) / 100; bylineShare = share; }
  }
}

// --- 3. Publication date, around the headline and the byline lines.
const DF = T.DATE_FEATURES;
for (const p of pages) {
  const lines = T.chooseBylines(p.bc, bylineC, bylineThreshold, bylineShare, p.headlineLine).map((c) => c.line);
  p.dc = T.dateCandidates(p.ctx, p.headlineLine, lines).filter((c) => !p.claimed.has(c.line) && c.line < p.zoneEnd);
  const any = p.dc.some((c) => c.day && c.day === p.gold.date);
  p.dcPos = p.dc.map((c) => (any ? c.day === p.gold.date : c.day === null));
}
const dGroups = train.filter((p) => p.gold.date).map((p) => ({ xs: p.dc.map((c) => vec(DF, c.x)), pos: p.dcPos, weight: p.weight }));
const dateW = trainSoftmax(DF, dGroups);
const dateC = T.compileModel(dateW);
// A wrong date is worse than none: the threshold gives the most right dates on half A while the
// pages given a wrong day stay at most MAX_WRONG of the dated pages, in each mode.
const MAX_WRONG = 0.035;
let dateThreshold = 0.95, bestD = -Infinity;
for (let t = 0.3; t <= 0.9501; t += 0.05) {
  let hits = 0;
  const wrong = { text: 0, html: 0 }, dated = { text: 0, html: 0 };
  for (const p of train) {
    if (!p.gold.date) continue;
    const w = p.weight ?? 1;
    dated[p.mode] += w;
    const d = T.chooseDate(p.dc, dateC, t);
    if (d?.day === p.gold.date) hits += w;
    else if (d) wrong[p.mode] += w;
  }
  const ok = wrong.text <= MAX_WRONG * dated.text && wrong.html <= MAX_WRONG * dated.html;
  if (ok && hits > bestD) { bestD = hits; dateThreshold = Math.round(t * 100) / 100; }
}

// --- Figures: the model's decisions, per corpus, mode and half.
const rows = new Map();
for (const p of pages) {
  const key = `${p.corpus} ${p.mode} ${p.split}`;
  const r = rows.get(key) ?? { n: 0, h: 0, hn: 0, b: 0, bn: 0, d: 0, dn: 0, dw: 0, reach: 0 };
  r.n++;
  if (p.gold.headline) { r.hn++; if (p.headlineHit) r.h++; if (p.hc.some((c) => c.pos)) r.reach++; }
  if (p.gold.byline) { r.bn++; if (bylineMatch(bylineOf(p, bylineThreshold, bylineShare).join(', '), p.gold.byline)) r.b++; }
  if (p.gold.date) { r.dn++; const d = T.chooseDate(p.dc, dateC, dateThreshold); if (d?.day === p.gold.date) r.d++; else if (d) r.dw++; }
  rows.set(key, r);
}
const f = (a, b) => (b ? (a / b).toFixed(3) : '  -  ');
console.log('corpus mode half | headline (reachable) | byline | date dateWrong');
for (const [key, r] of [...rows].sort()) console.log(`${key.padEnd(16)} | ${f(r.h, r.hn)} (${f(r.reach, r.hn)}) | ${f(r.b, r.bn)} | ${f(r.d, r.dn)} ${f(r.dw, r.dn)}`);
console.log(`thresholds: byline ${bylineThreshold} (neighbours ${bylineShare}), date ${dateThreshold}`);

const missesFile = args.includes('--misses') ? args[args.indexOf('--misses') + 1] : null;
if (missesFile) {
  const out = [];
  for (const p of pages) {
    const lines = p.ctx.lines;
    const goldLines = p.gold.headline ? lines.map((l, i) => (headlineMatch(l.text, p.gold.headline) ? i : -1)).filter((i) => i >= 0) : [];
    const d = T.chooseDate(p.dc, dateC, dateThreshold);
    const by = bylineOf(p, bylineThreshold, bylineShare).join(', ');
    out.push({
      corpus: p.corpus, mode: p.mode, id: p.id, split: p.split, start: p.ctx.start, nLines: lines.length,
      headline: { gold: p.gold.headline, got: p.headlineLine >= 0 ? lines[p.headlineLine].text : null, gotLine: p.headlineLine, goldLines, hit: p.headlineHit, reachable: p.hc.some((c) => c.pos) },
      byline: { gold: p.gold.byline, got: by, hit: p.gold.byline ? bylineMatch(by, p.gold.byline) : null, cands: p.bc.map((c) => [c.line, c.line >= 0 ? lines[c.line].text.slice(0, 80) : c.reading.names.join(", "), c.pos]) },
      date: { gold: p.gold.date, got: d?.day ?? null, src: d?.line ?? null, cands: p.dc.map((c) => [c.line, c.day, c.line >= 0 ? lines[c.line].text.slice(0, 80) : '']) },
    });
  }
  fs.writeFileSync(missesFile, out.map((r) => JSON.stringify(r)).join('\n') + '\n');
}

if (!dry) {
  const json = (m) => JSON.stringify(m).replace(/"/g, "'");
  const out = `/**
 * Weights of the header model: gradient-boosted trees over the features of src/header/features.ts.
 * Generated by \`node scripts/train-header.mjs\` (fit on half A of ../shared/corpora and the fixture
 * cases); do not edit by hand.
 */
import type { Model } from './model.js';

export const HEADER_MODEL: { headline: Model; byline: Model; date: Model; bylineThreshold: number; bylineShare: number; dateThreshold: number } = {
  headline: ${json(headlineW)},
  byline: ${json(bylineW)},
  date: ${json(dateW)},
  bylineThreshold: ${bylineThreshold},
  bylineShare: ${bylineShare},
  dateThreshold: ${dateThreshold},
};
`;
  fs.writeFileSync(path.join(projectDir, 'src/header/weights.ts'), out);
  console.log('wrote src/header/weights.ts');
}
