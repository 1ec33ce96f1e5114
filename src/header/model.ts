/**
 * Inference for the header model: each candidate's score is the sum of a few shallow regression
 * trees over its named features (gradient boosting, trained by scripts/train-header.mjs); a
 * softmax turns the scores of one page's candidates into probabilities (headline, date), a
 * logistic turns a line's score into a probability (byline). A plain loop over `weights.ts`.
 */

/** A split on one feature (`x[feature] <= threshold` goes left), or a leaf's score. */
export type TreeNode = number | readonly [feature: string, threshold: number, left: TreeNode, right: TreeNode];

export interface Model {
  /** Score of a candidate with all-zero features, before the trees. */
  base: number;
  trees: readonly TreeNode[];
}

export function score<F extends string>(x: Readonly<Record<F, number>>, model: Model): number {
  let s = model.base;
  for (const tree of model.trees) {
    let node = tree;
    while (typeof node !== 'number') node = (x[node[0] as F] ?? 0) <= node[1] ? node[2] : node[3];
    s += node;
  }
  return s;
}

export { sigmoid } from '../model/trees.js';

/** Probabilities of a softmax over `scores`. */
export function softmax(scores: readonly number[]): number[] {
  if (scores.length === 0) return [];
  let max = -Infinity;
  for (const s of scores) if (s > max) max = s;
  const exp = scores.map((s) => Math.exp(s - max));
  let sum = 0;
  for (const e of exp) sum += e;
  return exp.map((e) => e / sum);
}

/** Index of the largest score; the first on ties (reading order), -1 for none. */
export function argmax(scores: readonly number[]): number {
  let best = -1;
  for (let i = 0; i < scores.length; i++) if (best < 0 || scores[i]! > scores[best]!) best = i;
  return best;
}
