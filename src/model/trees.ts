/**
 * Inference for the shipped tree ensembles (gradient-boosted regression trees, trained offline by
 * `scripts/train-region.mjs`): a plain loop over flat arrays, no dependency.
 */

/** One ensemble. Node k is a leaf when `feature[k] < 0`; otherwise x[feature] <= threshold goes left. */
export interface TreeEnsemble {
  /** Feature names, in row order: a model trained on other features is refused. */
  features: readonly string[];
  /** Log-odds before any tree. */
  base: number;
  roots: readonly number[];
  feature: readonly number[];
  split: readonly number[];
  left: readonly number[];
  right: readonly number[];
  /** Leaf values (log-odds added by the leaf). */
  value: readonly number[];
}

/** Log-odds of row `r` of the flat `rows` (width `width`). */
export function treeMargin(model: TreeEnsemble, rows: ArrayLike<number>, r: number, width: number): number {
  const o = r * width;
  let sum = model.base;
  const { roots, feature, split, left, right, value } = model;
  for (let t = 0; t < roots.length; t++) {
    let k = roots[t]!;
    let f = feature[k]!;
    while (f >= 0) {
      k = rows[o + f]! <= split[k]! ? left[k]! : right[k]!;
      f = feature[k]!;
    }
    sum += value[k]!;
  }
  return sum;
}

export function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

/**
 * Log-odds of line `r` whose features are row `r` of `a` (width `wa`) followed by row `r` of `b`
 * (width `wb`): the second pass reads both without copying them into one table.
 */
export function treeMarginJoined(model: TreeEnsemble, a: ArrayLike<number>, wa: number, b: ArrayLike<number>, wb: number, r: number): number {
  const oa = r * wa;
  const ob = r * wb - wa;
  let sum = model.base;
  const { roots, feature, split, left, right, value } = model;
  for (let t = 0; t < roots.length; t++) {
    let k = roots[t]!;
    let f = feature[k]!;
    while (f >= 0) {
      const x = f < wa ? a[oa + f]! : b[ob + f]!;
      k = x <= split[k]! ? left[k]! : right[k]!;
      f = feature[k]!;
    }
    sum += value[k]!;
  }
  return sum;
}
