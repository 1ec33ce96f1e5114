// Temporal expressions on our annotated passages (fixtures/dates/passages*.json, one file per
// language): span precision, recall and F1 (strict: same span; relaxed: overlapping) and value
// accuracy, per language and overall, for newsdistill and, in the same run, for bare chrono-node
// (its casual parser for the passage's language, publication date as reference).
// Usage: node scripts/eval-dates.mjs [--verbose]
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { projectDir } from './shared.mjs';
import { extract } from '../dist/index.js';

const require = createRequire(import.meta.url);
const dir = path.join(projectDir, 'fixtures', 'dates');
const passages = fs.readdirSync(dir).filter((f) => /^passages.*\.json$/.test(f)).sort()
  .flatMap((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')).map((p) => ({ lang: 'en', ...p })));
const verbose = process.argv.includes('--verbose');

function goldSpans(p) {
  return p.expressions.map((e) => {
    let at = -1;
    for (let k = 0; k <= (e.occurrence ?? 0); k++) at = p.text.indexOf(e.text, at + 1);
    if (at < 0) throw new Error(`${p.id}: '${e.text}' not in text`);
    return { ...e, span: [at, at + e.text.length] };
  });
}

const pad = (n) => String(n).padStart(2, '0');
/** Bare chrono's own reading: the precision of its certain components, its own resolution. */
function chronoValue(r) {
  const c = r.start;
  const d = c.date();
  const y = c.get('year'), m = c.get('month'), day = c.get('day');
  if (c.isCertain('hour')) return { value: `${y}-${pad(m)}-${pad(day)}T${pad(c.get('hour'))}:${pad(c.get('minute') ?? 0)}`, granularity: 'time' };
  if (c.isCertain('day') || c.isCertain('weekday')) return { value: `${y}-${pad(m)}-${pad(day)}`, granularity: 'day' };
  if (c.isCertain('month')) return { value: `${y}-${pad(m)}`, granularity: 'month' };
  if (c.isCertain('year')) return { value: `${y}`, granularity: 'year' };
  return { value: d.toISOString().slice(0, 10), granularity: 'day' };
}

const chronoFor = (lang) => require(`chrono-node/${lang}`).casual;
const systems = {
  newsdistill: (p) => {
    const a = extract(p.text, { format: 'text', publishedAt: p.publishedAt });
    if (verbose && a.lang !== p.lang) console.log(`  lang ${p.id}: read as ${a.lang}, written in ${p.lang}`);
    return a.dates.map((d) => ({ span: d.span, value: d.value, granularity: d.granularity, text: d.text }));
  },
  'chrono-node': (p) => chronoFor(p.lang).parse(p.text, { instant: new Date(`${p.publishedAt}T12:00:00Z`), timezone: 0 }).map((r) => ({ span: [r.index, r.index + r.text.length], text: r.text, ...chronoValue(r) })),
};

const overlaps = (a, b) => a[0] < b[1] && b[0] < a[1];
const valueOk = (pred, gold) => pred.granularity === gold.granularity && (pred.value === gold.value || (gold.granularity === 'time' && pred.value.startsWith(gold.value)));
const f = (x) => x.toFixed(3);

function score(name, run, set) {
  let strictTp = 0, relaxedTp = 0, predN = 0, goldN = 0, valueRight = 0;
  for (const p of set) {
    const gold = goldSpans(p);
    const pred = run(p);
    predN += pred.length;
    goldN += gold.length;
    const used = new Set();
    for (const g of gold) {
      const exact = pred.findIndex((x, k) => !used.has(k) && x.span[0] === g.span[0] && x.span[1] === g.span[1]);
      const k = exact >= 0 ? exact : pred.findIndex((x, j) => !used.has(j) && overlaps(x.span, g.span));
      if (k < 0) { if (verbose && name === 'newsdistill') console.log(`  miss ${p.id}: '${g.text}' ${g.value}`); continue; }
      used.add(k);
      relaxedTp++;
      if (exact >= 0) strictTp++;
      if (valueOk(pred[k], g)) valueRight++;
      else if (verbose && name === 'newsdistill') console.log(`  value ${p.id}: '${g.text}' want ${g.value}/${g.granularity} got ${pred[k].value}/${pred[k].granularity}`);
    }
    if (verbose && name === 'newsdistill') pred.forEach((x, k) => { if (!used.has(k)) console.log(`  extra ${p.id}: '${x.text}' ${x.value}`); });
  }
  const prf = (tp) => { const P = tp / (predN || 1), R = tp / (goldN || 1); return { P, R, F: P + R ? (2 * P * R) / (P + R) : 0 }; };
  const s = prf(strictTp), r = prf(relaxedTp);
  return `passages=${set.length} expressions=${goldN} predicted=${predN} | strict P=${f(s.P)} R=${f(s.R)} F1=${f(s.F)} | relaxed P=${f(r.P)} R=${f(r.R)} F1=${f(r.F)} | value accuracy=${f(valueRight / (relaxedTp || 1))} (${valueRight}/${relaxedTp} matched) value F1=${f(prf(valueRight).F)}`;
}

const langs = [...new Set(passages.map((p) => p.lang))];
for (const [name, run] of Object.entries(systems)) {
  for (const lang of langs) console.log(`${name.padEnd(12)} ${lang.padEnd(3)} ${score(name, run, passages.filter((p) => p.lang === lang))}`);
  console.log(`${name.padEnd(12)} all ${score(name, run, passages)}`);
}
