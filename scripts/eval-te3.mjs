// article.dates on the TempEval-3 training stories (../shared/corpora/tbaq), scored as
// ../shared/tools/score-te3.mjs scores them, per half of two splits: ids by parity of their sorted
// position (tune on "even", hold out "odd") and source (TimeBank vs AQUAINT). Bare chrono-node is
// scored beside it in the same run. Skips cleanly when ../shared is absent.
// Usage: node scripts/eval-te3.mjs [--half even|odd|timebank|aquaint] [--misses] [--extra] [--values]
import fs from 'node:fs';
import path from 'node:path';
import * as chrono from 'chrono-node';
import { requireShared } from './shared.mjs';
import { extract } from '../dist/index.js';

const shared = requireShared('eval-te3');
const args = process.argv.slice(2);
const opt = (n, d) => { const i = args.indexOf(n); return i >= 0 ? args[i + 1] : d; };
const only = opt('--half', null);
const showMisses = args.includes('--misses');
const showExtra = args.includes('--extra');
const showValues = args.includes('--values');

const docs = JSON.parse(fs.readFileSync(path.join(shared, 'corpora', 'tbaq', 'timex.json'), 'utf8')).sort((a, b) => (a.id < b.id ? -1 : 1));
// AQUAINT's stories are the APW, XIE and year-2000 NYT wires; the rest is TimeBank 1.2.
const isAquaint = (id) => /^(?:APW|XIE|NYT2000)/.test(id);
const halves = {
  even: (d, k) => k % 2 === 0,
  odd: (d, k) => k % 2 === 1,
  timebank: (d) => !isAquaint(d.id),
  aquaint: (d) => isAquaint(d.id),
};
const calendar = /^\d{4}(-\d{2}(-\d{2})?)?$|^\d{4}-Q\d$|^\d{4}-W\d{2}$/;
const cpToUnit = (text) => { const m = []; let u = 0; for (const ch of text) { m.push(u); u += ch.length; } m.push(u); return m; };

function chronoMentions(d) {
  const ref = new Date(d.dct + 'T12:00:00Z');
  return chrono.parse(d.text, ref).map((r) => {
    const k = (c) => r.start.isCertain(c);
    const y = r.start.get('year'), mo = String(r.start.get('month')).padStart(2, '0'), dd = String(r.start.get('day')).padStart(2, '0');
    const value = k('day') || k('weekday') ? `${y}-${mo}-${dd}` : k('month') ? `${y}-${mo}` : `${y}`;
    return { span: [r.index, r.index + r.text.length], value, text: r.text };
  });
}
const oursMentions = (d) => extract(d.text, { format: 'text', publishedAt: d.dct }).dates.map((x) => ({ span: x.span, value: x.value, text: x.text }));

function score(set, get, log) {
  let goldDates = 0, recalled = 0, predN = 0, predTp = 0, strictTp = 0, valN = 0, valOk = 0;
  for (const d of set) {
    const m = cpToUnit(d.text);
    const gold = d.timexes.map((t) => ({ ...t, s: m[t.start], e: m[t.end] }));
    const pred = get(d);
    predN += pred.length;
    for (const p of pred) {
      const g = gold.find((g) => p.span[0] < g.e && g.s < p.span[1]);
      if (g) predTp++;
      else if (log && showExtra) console.log(`  extra ${d.id}: "${p.text}" ${p.value} | …${d.text.slice(Math.max(0, p.span[0] - 50), p.span[1] + 30).replace(/\s+/g, ' ')}…`);
    }
    for (const g of gold.filter((t) => t.type === 'DATE')) {
      goldDates++;
      const hit = pred.find((p) => p.span[0] < g.e && g.s < p.span[1]);
      if (hit) recalled++;
      if (hit && hit.span[0] === g.s && hit.span[1] === g.e) strictTp++;
      if (log && showMisses && !hit) console.log(`  miss ${d.id} (${d.dct}): "${g.text}" ${g.value} | …${d.text.slice(Math.max(0, g.s - 60), g.e + 40).replace(/\s+/g, ' ')}…`);
      if (calendar.test(g.value)) {
        valN++;
        if (hit && hit.value === g.value) valOk++;
        else if (log && showValues && hit) console.log(`  value ${d.id} (${d.dct}): "${g.text}" gold ${g.value} got "${hit.text}" ${hit.value} | …${d.text.slice(Math.max(0, g.s - 60), g.e + 30).replace(/\s+/g, ' ')}…`);
      }
    }
  }
  const P = predN ? predTp / predN : 0, R = goldDates ? recalled / goldDates : 0;
  const sP = predN ? strictTp / predN : 0, sR = goldDates ? strictTp / goldDates : 0;
  return { P, R, F1: P + R ? (2 * P * R) / (P + R) : 0, strict: sP + sR ? (2 * sP * sR) / (sP + sR) : 0, value: valN ? valOk / valN : 0, valN, dates: goldDates, docs: set.length };
}

const f = (x) => x.toFixed(3);
const fmt = (r) => `relaxed F1=${f(r.F1)} strict F1=${f(r.strict)} P=${f(r.P)} R=${f(r.R)} value=${f(r.value)} (docs=${r.docs} DATE=${r.dates} calendar=${r.valN})`;
for (const name of only ? [only] : ['all', ...Object.keys(halves)]) {
  const set = name === 'all' ? docs : docs.filter((d, k) => halves[name](d, k));
  console.log(`${name.padEnd(8)} newsdistill: ${fmt(score(set, oursMentions, true))}`);
  console.log(`${name.padEnd(8)} chrono-node: ${fmt(score(set, chronoMentions, false))}`);
}
