/**
 * Entry bundled by scripts/train-region.mjs: the region model's feature rows for one page, computed
 * by the same code `classify` runs (read, normalize, segment, the rules), without the model itself.
 */
import { newState } from '../src/extract.js';
import { read } from '../src/stages/read.js';
import { normalize } from '../src/stages/normalize.js';
import { segment } from '../src/stages/segment.js';
import { classifyByRules, evidenceOf } from '../src/stages/classify.js';
import { REGION_FEATURES, regionRows } from '../src/model/region-features.js';

export { REGION_FEATURES };

export function pageRows(input: string, format: 'html' | 'text'): { texts: string[]; rows: Float32Array; baseKeep: boolean[]; html: boolean } {
  const state = newState(input, { format, publishedAt: null, url: null, timezone: 'UTC', tagger: 'lexicon' });
  read(state);
  normalize(state);
  segment(state);
  const lines = state.lines!;
  const base = classifyByRules(state);
  return { texts: lines.map((l) => l.text), rows: regionRows(evidenceOf(lines, base)), baseKeep: base.labels.map((l) => l.keep), html: base.hints !== undefined };
}
