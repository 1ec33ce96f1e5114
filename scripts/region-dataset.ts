/**
 * Entry bundled by scripts/train-region.mjs: the region model's feature rows for one page, computed
 * by the same code `classify` runs (read, normalize, segment, the rules), without the model itself.
 */
import { newState } from '../src/extract.js';
import { read } from '../src/stages/read.js';
import { normalize } from '../src/stages/normalize.js';
import { segment } from '../src/stages/segment.js';
import { classifyByRules, evidenceOf } from '../src/stages/classify.js';
import { CONTEXT_FEATURES, REGION_FEATURES, contextRows, regionRows } from '../src/model/region-features.js';
import type { Line } from '../src/document.js';

export { CONTEXT_FEATURES, REGION_FEATURES };

/** Second-pass rows (a line's REGION_FEATURES, then its CONTEXT_FEATURES) from first-pass probabilities. */
export function pageContextRows(rows: Float32Array, p: ArrayLike<number>, words: number[]): Float32Array {
  const n = words.length;
  const F = REGION_FEATURES.length;
  const C = CONTEXT_FEATURES.length;
  const around = contextRows(p, words.map((w) => ({ words: w }) as Line));
  const out = new Float32Array(n * (F + C));
  for (let i = 0; i < n; i++) {
    out.set(rows.subarray(i * F, (i + 1) * F), i * (F + C));
    out.set(around.subarray(i * C, (i + 1) * C), i * (F + C) + F);
  }
  return out;
}

export function pageRows(input: string, format: 'html' | 'text'): { texts: string[]; words: number[]; rows: Float32Array; baseKeep: boolean[]; ruleHit: boolean[]; html: boolean } {
  const state = newState(input, { format, publishedAt: null, url: null, timezone: 'UTC', tagger: 'lexicon' });
  read(state);
  normalize(state);
  segment(state);
  const lines = state.lines!;
  const base = classifyByRules(state);
  return { texts: lines.map((l) => l.text), words: lines.map((l) => l.words), rows: regionRows(evidenceOf(lines, base)), baseKeep: base.labels.map((l) => l.keep), ruleHit: base.features.map((f) => f.rule !== null), html: base.hints !== undefined };
}
