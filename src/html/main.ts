/**
 * Where the article is in the DOM: schema.org articleBody or an article-body class when present,
 * else Readability-style scoring: text-bearing blocks vote for their parent and grandparent, by
 * length and commas, weighted by class/id hints and discounted by link density. Siblings of the
 * winner that score close to it join it (articles split by ads or figures).
 */
import { htmlRules } from '../rules/html.js';

export interface DomNode {
  type: string;
  parent?: DomNode | null;
}

export interface DomElement extends DomNode {
  name: string;
  attribs: Record<string, string>;
  children: DomNode[];
}

export interface Stats {
  text: number;
  link: number;
  commas: number;
}

const TEXT_BLOCKS = new Set(['p', 'pre', 'td', 'blockquote', 'li', 'h2', 'h3', 'div', 'section']);

function isElement(n: DomNode): n is DomElement {
  return n.type === 'tag';
}

/** Text length, link text length and commas under every element, bottom-up without recursion. */
function measure(root: DomNode): Map<DomElement, Stats> {
  const r = htmlRules();
  const stats = new Map<DomElement, Stats>();
  const order: DomElement[] = [];
  const stack: DomNode[] = [...((root as DomElement).children ?? [])];
  while (stack.length) {
    const n = stack.pop()!;
    if (!isElement(n) || r.invisible.has(n.name)) continue;
    order.push(n);
    for (const c of n.children) stack.push(c);
  }
  for (let i = order.length - 1; i >= 0; i--) {
    const el = order[i]!;
    const s: Stats = { text: 0, link: 0, commas: 0 };
    for (const c of el.children) {
      if (c.type === 'text') {
        const data = (c as unknown as { data: string }).data;
        const len = data.replace(/\s+/g, ' ').trim().length;
        s.text += len;
        s.commas += (data.match(/[,，、]/g) ?? []).length;
        if (el.name === 'a') s.link += len;
      } else if (isElement(c)) {
        const cs = stats.get(c);
        if (!cs) continue;
        s.text += cs.text;
        s.commas += cs.commas;
        s.link += el.name === 'a' ? cs.text : cs.link;
      }
    }
    stats.set(el, s);
  }
  return stats;
}

/** Children that make an element with its own text a container rather than a paragraph. */
const BLOCK_CHILDREN = new Set(['p', 'div', 'section', 'article', 'table', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'blockquote', 'figure']);

/** Length and commas of an element's direct text children. */
function looseText(el: DomElement): { text: number; commas: number } {
  let text = 0;
  let commas = 0;
  for (const c of el.children) {
    if (c.type !== 'text') continue;
    const data = (c as unknown as { data: string }).data;
    text += data.replace(/\s+/g, ' ').trim().length;
    commas += (data.match(/[,，、]/g) ?? []).length;
  }
  return { text, commas };
}

function classWeight(el: DomElement): number {
  const r = htmlRules();
  const attrs = `${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`;
  let w = 0;
  if (r.articleHint.test(attrs) || el.attribs.itemprop === 'articleBody') w += 50;
  else if (r.positiveHint.test(attrs)) w += 25;
  if (r.negativeHint.test(attrs) && !r.articleHint.test(attrs)) w -= 25;
  if (el.name === 'article') w += 10;
  return w;
}

export interface MainContent {
  main: Set<DomElement>;
  stats: Map<DomElement, Stats>;
}

export function findMainContent(root: DomNode): MainContent {
  const stats = measure(root);
  const main = pickMain(stats);
  return { main, stats };
}

function pickMain(stats: Map<DomElement, Stats>): Set<DomElement> {
  // Declared article bodies with real text win outright (all of them: bodies split into chunks).
  const declared = new Set<DomElement>();
  for (const [el, s] of stats) {
    const marked = el.attribs.itemprop === 'articleBody' || htmlRules().articleHint.test(`${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`);
    if (marked && s.text >= 150 && s.link / Math.max(1, s.text) < 0.5) declared.add(el);
  }
  const declaredText = [...declared].reduce((n, el) => n + stats.get(el)!.text, 0);
  if (declaredText >= 400) return declaredBodies(declared, stats);
  const score = new Map<DomElement, number>();
  const init = (el: DomElement) => {
    if (!score.has(el)) score.set(el, classWeight(el) + (el.name === 'div' || el.name === 'article' || el.name === 'main' || el.name === 'section' ? 5 : 0));
  };
  for (const [el, s] of stats) {
    if (!TEXT_BLOCKS.has(el.name)) continue;
    // Only blocks that hold their own text vote (a div of divs is a container, not a paragraph).
    const own = el.children.some((c) => c.type === 'text' && (c as unknown as { data: string }).data.trim().length > 0);
    if (!own || s.text < 25) continue;
    // Loose text beside block children (a paragraph typed straight into the column div) is a paragraph
    // of that container: it votes for the container itself, as Readability's wrapping in <p> would.
    const loose = el.children.some((c) => isElement(c) && BLOCK_CHILDREN.has(c.name)) ? looseText(el) : null;
    if (loose && loose.text < 25) continue;
    const text = loose?.text ?? s.text;
    const points = 1 + (loose?.commas ?? s.commas) + Math.min(3, Math.floor(text / 100));
    let ancestor = (loose ? el : el.parent) as DomElement | null | undefined;
    for (let level = 0; ancestor && isElement(ancestor) && level < 3; level++) {
      init(ancestor);
      score.set(ancestor, score.get(ancestor)! + points / (level === 0 ? 1 : level * 2));
      ancestor = ancestor.parent as DomElement | null | undefined;
    }
  }
  let best: DomElement | null = null;
  let bestScore = 0;
  for (const [el, sc] of score) {
    const s = stats.get(el)!;
    const final = sc * (1 - s.link / Math.max(1, s.text));
    score.set(el, final);
    if (final > bestScore) {
      best = el;
      bestScore = final;
    }
  }
  if (!best) return new Set();
  const main = new Set<DomElement>([best]);
  const parent = best.parent as DomElement | null | undefined;
  if (parent && isElement(parent)) {
    const threshold = Math.max(10, bestScore * 0.2);
    for (const sib of parent.children) {
      if (!isElement(sib) || sib === best) continue;
      const s = stats.get(sib);
      if (!s) continue;
      const density = s.link / Math.max(1, s.text);
      if ((score.get(sib) ?? 0) >= threshold || (sib.name === 'p' && s.text > 80 && density < 0.25)) main.add(sib);
    }
  }
  // Bodies split by ads or embeds repeat their container ("article-body-component" x 4): take every
  // element of the winner's tag and class that holds real prose.
  const signature = `${best.name}.${best.attribs.class ?? ''}`;
  if (best.attribs.class) {
    for (const [el, sc] of score) {
      if (main.has(el) || `${el.name}.${el.attribs.class ?? ''}` !== signature) continue;
      const s = stats.get(el)!;
      if (sc > 0 && s.text >= 150 && s.link / s.text < 0.35) main.add(el);
    }
  }
  return outermost(main);
}

/** Inner declared bodies holding at least this share of an outer one's text (most of it) replace it. */
const INNER_BODY_SHARE = 0.5;

/**
 * The outermost declared bodies, except that an outer one ("main-content-left": a layout column) whose
 * declared descendants hold most of its text gives way to them: the rest of it is tickers and teasers.
 */
function declaredBodies(declared: Set<DomElement>, stats: Map<DomElement, Stats>): Set<DomElement> {
  // Each declared element under its nearest declared ancestor.
  const under = new Map<DomElement, DomElement[]>();
  for (const el of declared) {
    for (let p = el.parent as DomElement | null | undefined; p; p = p.parent as DomElement | null | undefined) {
      if (!declared.has(p)) continue;
      const list = under.get(p);
      if (list) list.push(el);
      else under.set(p, [el]);
      break;
    }
  }
  const chosen = new Set<DomElement>();
  const stack = [...outermost(new Set(declared))];
  while (stack.length) {
    const el = stack.pop()!;
    const kids = under.get(el) ?? [];
    const kidsText = kids.reduce((n, k) => n + stats.get(k)!.text, 0);
    if (kids.length && kidsText >= stats.get(el)!.text * INNER_BODY_SHARE) stack.push(...kids);
    else chosen.add(el);
  }
  return chosen;
}

/** Members not inside another member: one inside another adds nothing. */
function outermost(set: Set<DomElement>): Set<DomElement> {
  for (const el of [...set]) {
    for (let p = el.parent as DomElement | null | undefined; p; p = p.parent as DomElement | null | undefined) {
      if (set.has(p)) {
        set.delete(el);
        break;
      }
    }
  }
  return set;
}
