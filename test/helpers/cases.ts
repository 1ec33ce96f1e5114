// Loads the annotated cases in fixtures/cases (the ../shared/CASES.md format) and checks an Article
// against one, field by field, with the same matching conventions as the shared scorer.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article } from '../../src/index.js';

export interface CaseGold {
  style?: string;
  headline: string;
  headlineAlternatives?: string[];
  kicker: string | null;
  publishedAt?: { earliest: string; latest: string };
  byline: string[];
  mustKeep: string[];
  mustRemove: string[];
  digest: string[];
  stories: { label: string; startsWith: string }[];
  events: { date: string; granularity: string; text: string }[];
  topics: string[][];
  entities: { people: string[]; places: string[]; organizations: string[] };
  notTopics: string[];
  figures: string[];
}

export interface Case {
  name: string;
  text: string;
  gold: CaseGold;
}

export const casesDir = fileURLToPath(new URL('../../fixtures/cases', import.meta.url));

export function loadCases(): Case[] {
  return fs
    .readdirSync(casesDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({
      name: f.replace(/\.txt$/, ''),
      text: fs.readFileSync(path.join(casesDir, f), 'utf8'),
      gold: JSON.parse(fs.readFileSync(path.join(casesDir, f.replace(/\.txt$/, '.expect.json')), 'utf8')) as CaseGold,
    }));
}

export const norm = (s: string | null | undefined): string =>
  String(s ?? '')
    .normalize('NFKC')
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/[–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

const stripBullet = (s: string) => s.replace(/^\s*(?:[-•*·▪►]|\d+[.)])\s+/, '');

export function missingKeep(a: Article, gold: CaseGold): string[] {
  const body = norm(a.body);
  return gold.mustKeep.filter((s) => !body.includes(norm(s)));
}

export function leakedBoilerplate(a: Article, gold: CaseGold): string[] {
  const body = norm(a.body);
  const lines = new Set(a.body.split('\n').map((l) => norm(stripBullet(l))));
  return gold.mustRemove.filter((s) => {
    const t = norm(stripBullet(s));
    return lines.has(t) || (t.length >= 25 && body.includes(t));
  });
}

/** Non-whitespace characters of the source not covered exactly once by blocks and boilerplate. */
export function spanFaults(a: Article): number {
  const src = a.source.text;
  const cover = new Uint8Array(src.length);
  for (const rec of [...a.blocks, ...a.boilerplate]) for (let k = rec.span[0]; k < rec.span[1]; k++) cover[k] = (cover[k] ?? 0) + 1;
  let faults = 0;
  for (let k = 0; k < src.length; k++) if (!/\s/.test(src[k]!) && cover[k] !== 1) faults++;
  return faults;
}

const overlaps = (a: string, b: string) => {
  const x = norm(a);
  const y = norm(b);
  return x.length > 0 && y.length > 0 && (x.includes(y) || y.includes(x));
};

/** Gold digest items not found, and found items that match no gold item. */
export function digestDiff(a: Article, gold: CaseGold): { missing: string[]; extra: string[] } {
  const got = a.digest.map((d) => d.text);
  const used = new Set<number>();
  const missing: string[] = [];
  for (const e of gold.digest) {
    const i = got.findIndex((d, k) => !used.has(k) && overlaps(d, e));
    if (i >= 0) used.add(i);
    else missing.push(e);
  }
  return { missing, extra: got.filter((_, k) => !used.has(k)) };
}

export function storiesDiff(a: Article, gold: CaseGold): { missing: string[]; extra: string[] } {
  const used = new Set<number>();
  const missing: string[] = [];
  for (const e of gold.stories) {
    const i = a.stories.findIndex((s, k) => !used.has(k) && norm(s.label) === norm(e.label) && norm(s.text).startsWith(norm(e.startsWith)));
    if (i >= 0) used.add(i);
    else missing.push(e.label);
  }
  return { missing, extra: a.stories.filter((_, k) => !used.has(k)).map((s) => s.label) };
}
