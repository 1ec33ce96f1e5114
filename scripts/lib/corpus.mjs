// Reading the page corpora of ../shared/corpora (wcxb-dev, l3s-gn1, fundus-dev) and matching
// header fields as the shared scorer (score-corpus.mjs) does: tolerant of form, strict on substance.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { half } from '../split.mjs';

export const PAGE_CORPORA = ['wcxb-dev', 'l3s-gn1', 'fundus-dev'];

/**
 * The pages of a corpus with their gold body, for the body eval and the region trainer: AEB's
 * ground truth, or a page corpus's gold records; each with lazy html() and text() readers.
 */
export function bodyPages(sharedDir, corpus) {
  const dir = path.join(sharedDir, 'corpora', corpus);
  if (corpus === 'aeb') {
    const truth = JSON.parse(fs.readFileSync(path.join(dir, 'ground-truth.json'), 'utf8'));
    return Object.keys(truth).sort().map((id) => ({
      id, url: truth[id].url, body: truth[id].articleBody ?? '',
      html: () => fs.readFileSync(path.join(dir, 'html', `${id}.html`), 'utf8'),
      text: () => fs.readFileSync(path.join(dir, 'text', `${id}.txt`), 'utf8'),
    }));
  }
  return fs.readFileSync(path.join(dir, 'gold.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => {
    const g = JSON.parse(l);
    return {
      ...g,
      html: () => decode(zlib.gunzipSync(fs.readFileSync(path.join(dir, 'html', `${g.id}.html.gz`)))),
      text: () => fs.readFileSync(path.join(dir, 'text', `${g.id}.txt`), 'utf8'),
    };
  });
}

export function decode(buf) {
  try { return new TextDecoder('utf-8', { fatal: true }).decode(buf); } catch {}
  const m = buf.subarray(0, 4000).toString('latin1').toLowerCase().match(/charset=["']?([a-z0-9_-]+)/);
  for (const label of [m?.[1], 'windows-1252']) { if (!label) continue; try { return new TextDecoder(label).decode(buf); } catch {} }
  return buf.toString('utf8');
}

/** The pages of one corpus: {id, url, gold, split, input(mode)}. */
export function loadCorpus(sharedDir, corpus, limit = Infinity) {
  const dir = path.join(sharedDir, 'corpora', corpus);
  const gold = fs.readFileSync(path.join(dir, 'gold.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)).slice(0, limit);
  return gold.map((g) => ({
    id: g.id,
    url: g.url ?? null,
    gold: g,
    // The project's one split (scripts/split.mjs, by site): half A trains, half B is held out.
    split: half({ id: g.id, url: g.url }),
    input: (mode) => (mode === 'text' ? fs.readFileSync(path.join(dir, 'text', g.id + '.txt'), 'utf8') : decode(zlib.gunzipSync(fs.readFileSync(path.join(dir, 'html', g.id + '.html.gz'))))),
  }));
}

const norm = (s) => String(s ?? '').normalize('NFKC').replace(/[‘’`´]/g, "'").replace(/[“”„«»]/g, '"').replace(/[‐-―]/g, '-').replace(/\s+/g, ' ').trim().toLowerCase();
const words = (s) => norm(s).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
export function wordF1(a, b) {
  const x = words(a), y = words(b);
  if (!x.length || !y.length) return 0;
  const bag = new Map();
  for (const w of y) bag.set(w, (bag.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of x) if (bag.get(w) > 0) { common++; bag.set(w, bag.get(w) - 1); }
  if (!common) return 0;
  const p = common / x.length, r = common / y.length;
  return (2 * p * r) / (p + r);
}
const SEP = /\s+(?:\||-|–|—|·|::|»|:)\s+|\s*_\s*/;
function cuts(s) {
  const parts = norm(s).split(SEP).filter(Boolean), out = new Set([norm(s)]);
  for (let i = 1; i < parts.length; i++) { out.add(parts.slice(i).join(' ')); out.add(parts.slice(0, i).join(' ')); }
  return out;
}
const bare = (s) => s.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
export function headlineMatch(got, want) {
  if (!got || !want) return false;
  if (norm(got) === norm(want)) return true;
  const a = cuts(got), b = cuts(want);
  for (const x of a) for (const y of b) if (x.length >= 3 && bare(x) === bare(y)) return true;
  return wordF1(got, want) >= 0.8;
}
export function bylineMatch(got, want) {
  const g = norm(got), w = norm(want);
  if (!g || !w) return false;
  return g.includes(w) || w.includes(g) || wordF1(got, want) >= 0.6;
}
export { norm };
