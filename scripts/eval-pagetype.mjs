// page.type on real article pages, HTML and text: the share read as 'article' (target >= 0.98), by
// id parity, and the pages read otherwise with the evidence. wcxb-dev and AEB are the development
// pages; l3s-gn1 and fundus-dev (several languages) were not looked at while tuning: a held-out check.
// `--list` prints the pages read otherwise; `--limit N` reads N pages a corpus; `--mode html|text`.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { projectDir, requireShared } from './shared.mjs';

const shared = requireShared('the page-type eval');
const { extract } = await import(path.join(projectDir, 'dist', 'index.js'));
const args = process.argv.slice(2);
const list = args.includes('--list');
const limitAt = args.indexOf('--limit');
const limit = limitAt >= 0 ? Number(args[limitAt + 1]) : Infinity;
const modes = args.includes('--mode') ? [args[args.indexOf('--mode') + 1]] : ['html', 'text'];

function corpusPages(name) {
  const dir = path.join(shared, 'corpora', name);
  if (name === 'aeb') {
    const ids = Object.keys(JSON.parse(fs.readFileSync(path.join(dir, 'ground-truth.json'), 'utf8'))).sort();
    return ids.map((id, n) => ({
      id,
      even: n % 2 === 0,
      html: () => fs.readFileSync(path.join(dir, 'html', `${id}.html`), 'utf8'),
      text: () => fs.readFileSync(path.join(dir, 'text', `${id}.txt`), 'utf8'),
    }));
  }
  const gold = fs.readFileSync(path.join(dir, 'gold.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  return gold.map((g) => ({
    id: g.id,
    url: g.url,
    even: Number(g.id.replace(/\D/g, '')) % 2 === 0,
    html: () => zlib.gunzipSync(fs.readFileSync(path.join(dir, 'html', `${g.id}.html.gz`))).toString('utf8'),
    text: () => fs.readFileSync(path.join(dir, 'text', `${g.id}.txt`), 'utf8'),
  }));
}

for (const corpus of ['wcxb-dev', 'aeb', 'l3s-gn1', 'fundus-dev']) {
  if (!fs.existsSync(path.join(shared, 'corpora', corpus))) {
    console.log(`${corpus}: absent, skipped`);
    continue;
  }
  const pages = corpusPages(corpus).slice(0, limit);
  for (const mode of modes) {
    const count = { even: [0, 0], odd: [0, 0] };
    const types = {};
    const misses = [];
    for (const p of pages) {
      const a = extract(p[mode](), { format: mode, url: p.url });
      const half = p.even ? 'even' : 'odd';
      count[half][1]++;
      types[a.page.type] = (types[a.page.type] ?? 0) + 1;
      if (a.page.type === 'article') count[half][0]++;
      else misses.push(`  ${p.id} ${a.page.type}: ${a.warnings.find((w) => w.code === 'PAGE_NOT_ARTICLE')?.message ?? ''}`);
    }
    const rate = (c) => (c[1] ? (c[0] / c[1]).toFixed(3) : '-');
    const all = [count.even[0] + count.odd[0], count.even[1] + count.odd[1]];
    console.log(`${corpus} ${mode}: article ${rate(all)} (${all[0]}/${all[1]}; even ${rate(count.even)}, odd ${rate(count.odd)}) types ${JSON.stringify(types)}`);
    if (list) for (const m of misses) console.log(m);
  }
}
