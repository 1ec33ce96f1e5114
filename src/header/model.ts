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

/** A model with its feature names read once: trees index a vector instead of looking names up. */
export interface CompiledModel {
  names: readonly string[];
  base: number;
  trees: readonly CompiledNode[];
}
type CompiledNode = number | readonly [index: number, threshold: number, left: CompiledNode, right: CompiledNode];

export function compileModel(model: Model): CompiledModel {
  const names: string[] = [];
  const index = new Map<string, number>();
  const walk = (node: TreeNode): CompiledNode => {
    if (typeof node === 'number') return node;
    let k = index.get(node[0]);
    if (k === undefined) {
      k = names.length;
      index.set(node[0], k);
      names.push(node[0]);
    }
    return [k, node[1], walk(node[2]), walk(node[3])];
  };
  return { names, base: model.base, trees: model.trees.map(walk) };
}

/** A candidate's score: its features read once into a vector, then the trees over it. */
export function scoreCompiled<F extends string>(x: Readonly<Record<F, number>>, model: CompiledModel): number {
  const v = new Float64Array(model.names.length);
  for (let k = 0; k < v.length; k++) v[k] = x[model.names[k] as F] ?? 0;
  let s = model.base;
  for (const tree of model.trees) {
    let node = tree;
    while (typeof node !== 'number') node = v[node[0]]! <= node[1] ? node[2] : node[3];
    s += node;
  }
  return s;
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
