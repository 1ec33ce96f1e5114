// Gradient-boosted regression trees for binary log-loss, small and deterministic: features binned
// once into at most 64 quantile bins, trees grown level by level to a fixed depth, histograms of
// gradient and hessian per node (the larger child's by subtraction), L2-regularised leaf values.
// Used by scripts/train-region.mjs; the trees it returns are what src/model/trees.ts evaluates.

const sigmoid = (x) => 1 / (1 + Math.exp(-x));

/** Split points per feature: midpoints between distinct values, or quantiles when there are many. */
function binEdges(X, n, F, maxBins) {
  const edges = [];
  const stride = Math.max(1, Math.floor(n / 200000));
  for (let f = 0; f < F; f++) {
    const vals = [];
    for (let i = 0; i < n; i += stride) vals.push(X[i * F + f]);
    vals.sort((a, b) => a - b);
    const distinct = [];
    for (const v of vals) if (distinct.length === 0 || distinct[distinct.length - 1] !== v) distinct.push(v);
    const cuts = [];
    if (distinct.length <= maxBins) {
      for (let k = 0; k + 1 < distinct.length; k++) cuts.push((distinct[k] + distinct[k + 1]) / 2);
    } else {
      for (let q = 1; q < maxBins; q++) {
        const v = vals[Math.floor((q * vals.length) / maxBins)];
        const below = distinct[binarySearchBelow(distinct, v)];
        const cut = below !== undefined && below < v ? (below + v) / 2 : v;
        if (cuts.length === 0 || cut > cuts[cuts.length - 1]) cuts.push(cut);
      }
    }
    // Each cut as the shortest decimal between the values it separates (what the weights module prints).
    const firstAbove = (v) => {
      let lo = 0;
      let hi = distinct.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (distinct[mid] <= v) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    };
    const texts = cuts.map((cut) => {
      const k = firstAbove(cut);
      const below = k > 0 ? distinct[k - 1] : -Infinity;
      const above = k < distinct.length ? distinct[k] : Infinity;
      for (let p = 1; p <= 17; p++) {
        const t = String(Number(cut.toPrecision(p)));
        if (Number(t) >= below && Number(t) < above) return t;
      }
      return String(cut);
    });
    edges.push(Object.assign(Float64Array.from(cuts.map((c, k) => Number(texts[k]))), { texts }));
  }
  return edges;
}

function binarySearchBelow(sorted, v) {
  let lo = 0;
  let hi = sorted.length - 1;
  let ans = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < v) {
      ans = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return ans;
}

function binOf(cuts, v) {
  // First cut >= v: values <= cut go left of it.
  let lo = 0;
  let hi = cuts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cuts[mid] < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Trains an ensemble. X: Float32Array of n rows x F; y: 0/1; w: weights.
 * Returns { base, roots, feature, split, left, right, value } in the layout of src/model/trees.ts.
 */
export function trainGbdt(X, y, w, F, { trees = 200, depth = 4, rate = 0.1, lambda = 1, minHess = 1, maxBins = 64, colsample = 1, log = () => {} } = {}) {
  // Features each tree may split on: a fixed-seed sample (deterministic), for less variance.
  let seed = 0x2545f491;
  const random = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  let allowed = new Uint8Array(F).fill(1);
  const n = y.length;
  const edges = binEdges(X, n, F, maxBins);
  const B = maxBins + 1;
  const bins = new Uint8Array(n * F);
  for (let i = 0; i < n; i++) for (let f = 0; f < F; f++) bins[f * n + i] = binOf(edges[f], X[i * F + f]);
  let pos = 0;
  let tot = 0;
  for (let i = 0; i < n; i++) {
    pos += y[i] * w[i];
    tot += w[i];
  }
  const p0 = Math.min(0.99, Math.max(0.01, pos / tot));
  const base = Number(Math.log(p0 / (1 - p0)).toPrecision(6));
  const margin = new Float64Array(n).fill(base);
  const g = new Float64Array(n);
  const h = new Float64Array(n);
  const out = { base, roots: [], feature: [], split: [], left: [], right: [], value: [] };
  const newNode = () => {
    out.feature.push(-1);
    out.split.push(0);
    out.left.push(-1);
    out.right.push(-1);
    out.value.push(0);
    return out.feature.length - 1;
  };
  const histogram = (rows) => {
    const hist = new Float64Array(F * B * 2);
    for (let f = 0; f < F; f++) {
      const col = f * n;
      const o = f * B * 2;
      for (let r = 0; r < rows.length; r++) {
        const i = rows[r];
        const b = o + bins[col + i] * 2;
        hist[b] += g[i];
        hist[b + 1] += h[i];
      }
    }
    return hist;
  };
  const bestSplit = (hist, G, H) => {
    let best = null;
    const parentScore = (G * G) / (H + lambda);
    for (let f = 0; f < F; f++) {
      if (!allowed[f]) continue;
      const o = f * B * 2;
      let gl = 0;
      let hl = 0;
      const cuts = edges[f].length;
      for (let b = 0; b < cuts; b++) {
        gl += hist[o + b * 2];
        hl += hist[o + b * 2 + 1];
        const gr = G - gl;
        const hr = H - hl;
        if (hl < minHess || hr < minHess) continue;
        const gain = (gl * gl) / (hl + lambda) + (gr * gr) / (hr + lambda) - parentScore;
        if (gain > 1e-9 && (!best || gain > best.gain)) best = { gain, f, b };
      }
    }
    return best;
  };
  const importance = new Float64Array(F);
  for (let t = 0; t < trees; t++) {
    if (colsample < 1) allowed = Uint8Array.from({ length: F }, () => (random() < colsample ? 1 : 0));
    let loss = 0;
    for (let i = 0; i < n; i++) {
      const p = sigmoid(margin[i]);
      g[i] = (p - y[i]) * w[i];
      h[i] = Math.max(1e-6, p * (1 - p)) * w[i];
      loss -= w[i] * (y[i] ? Math.log(Math.max(p, 1e-12)) : Math.log(Math.max(1 - p, 1e-12)));
    }
    const root = newNode();
    out.roots.push(root);
    let level = [{ node: root, rows: Int32Array.from({ length: n }, (_, i) => i), hist: null }];
    for (let d = 0; d <= depth; d++) {
      const next = [];
      for (const item of level) {
        let G = 0;
        let H = 0;
        for (const i of item.rows) {
          G += g[i];
          H += h[i];
        }
        const hist = item.hist ?? histogram(item.rows);
        const split = d < depth ? bestSplit(hist, G, H) : null;
        if (!split) {
          // Six significant digits, as the weights module prints them: training sees the shipped model.
          const v = Number(((-G / (H + lambda)) * rate).toPrecision(6));
          out.value[item.node] = v;
          for (const i of item.rows) margin[i] += v;
          continue;
        }
        importance[split.f] += split.gain;
        const cutValue = edges[split.f][split.b];
        const col = split.f * n;
        let nl = 0;
        for (const i of item.rows) if (bins[col + i] <= split.b) nl++;
        const L = new Int32Array(nl);
        const R = new Int32Array(item.rows.length - nl);
        let a = 0;
        let c = 0;
        for (const i of item.rows) if (bins[col + i] <= split.b) L[a++] = i;
        else R[c++] = i;
        const l = newNode();
        const r = newNode();
        out.feature[item.node] = split.f;
        out.split[item.node] = cutValue;
        out.left[item.node] = l;
        out.right[item.node] = r;
        // The smaller child's histogram is built; the larger one's is the parent's minus it.
        const smallIsLeft = L.length <= R.length;
        const small = histogram(smallIsLeft ? L : R);
        const large = new Float64Array(hist.length);
        for (let k = 0; k < hist.length; k++) large[k] = hist[k] - small[k];
        next.push({ node: l, rows: L, hist: smallIsLeft ? small : large });
        next.push({ node: r, rows: R, hist: smallIsLeft ? large : small });
      }
      level = next;
      if (level.length === 0) break;
    }
    if (t % 25 === 0 || t === trees - 1) log(`tree ${t}: weighted log-loss ${(loss / tot).toFixed(4)}`);
  }
  return { model: out, importance };
}

/** Log-odds of one row, as src/model/trees.ts computes it. */
export function margin(model, X, r, F) {
  let s = model.base;
  for (const root of model.roots) {
    let k = root;
    while (model.feature[k] >= 0) k = X[r * F + model.feature[k]] <= model.split[k] ? model.left[k] : model.right[k];
    s += model.value[k];
  }
  return s;
}
