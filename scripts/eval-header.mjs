#!/usr/bin/env node
// The page header on real labelled pages: headline, byline, publication date (and dates given a
// wrong day) on wcxb-dev, l3s-gn1 and fundus-dev, from scraped text and from HTML, for each half of
// our split (A trains the header model, B is held out), with Readability.js + linkedom beside us.
// Matching as ../shared/tools/score-corpus.mjs does. Usage: npm run eval:header [-- --no-peer] [--limit N]
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { projectDir, requireShared } from './shared.mjs';
import { bylineMatch, headlineMatch, loadCorpus, PAGE_CORPORA } from './lib/corpus.mjs';

const shared = requireShared('the header evaluation');
const args = process.argv.slice(2);
const peer = !args.includes('--no-peer');
const limit = Number(args[args.indexOf('--limit') + 1] ?? 0) || Infinity;
const { extract } = await import(pathToFileURL(path.join(projectDir, 'dist/index.js')).href);
let Readability, parseHTML;
if (peer) {
  const req = createRequire(path.join(projectDir, 'package.json'));
  ({ Readability } = req('@mozilla/readability'));
  ({ parseHTML } = await import(pathToFileURL(req.resolve('linkedom')).href));
}

const tally = () => ({ h: [0, 0], b: [0, 0], d: [0, 0], wrong: 0 });
function add(t, g, got) {
  if (g.headline) { t.h[1]++; if (headlineMatch(got.headline, g.headline)) t.h[0]++; }
  if (g.byline) { t.b[1]++; if (bylineMatch(got.byline, g.byline)) t.b[0]++; }
  if (g.date) { t.d[1]++; const day = got.date ? String(got.date).slice(0, 10) : ''; if (day === g.date) t.d[0]++; else if (day) t.wrong++; }
}
const rate = ([a, n]) => (n ? (a / n).toFixed(3) : '  -  ');
const row = (t) => `${rate(t.h)}  ${rate(t.b)}  ${rate(t.d)}  ${t.d[1] ? (t.wrong / t.d[1]).toFixed(3) : '  -  '}`;

console.log('corpus      mode  | half A: headline byline date dateWrong | half B: headline byline date dateWrong | all: headline byline date dateWrong' + (peer ? ' | Readability.js all' : ''));
for (const corpus of PAGE_CORPORA) {
  const pages = loadCorpus(shared, corpus, limit);
  const peerTally = tally();
  for (const mode of ['text', 'html']) {
    const t = { A: tally(), B: tally(), all: tally() };
    for (const p of pages) {
      const input = p.input(mode);
      const a = extract(input, { format: mode, url: p.url ?? undefined });
      const got = { headline: a.headline, byline: a.byline.join(', '), date: a.publishedAt?.value ?? null };
      add(t[p.split], p.gold, got);
      add(t.all, p.gold, got);
      if (peer && mode === 'html') {
        let r = null;
        try { r = new Readability(parseHTML(input).document).parse(); } catch {}
        const d = new Date(r?.publishedTime ?? NaN);
        add(peerTally, p.gold, { headline: r?.title ?? null, byline: r?.byline ?? '', date: Number.isNaN(d.getTime()) ? null : d.toISOString() });
      }
    }
    console.log(`${corpus.padEnd(11)} ${mode.padEnd(5)} | ${row(t.A)} | ${row(t.B)} | ${row(t.all)}` + (peer && mode === 'html' ? ` | ${row(peerTally)}` : ''));
  }
}
