/**
 * HTML to the text view the pipeline reads: one block per line ("- " for list items, " | " between
 * table cells), never script or style text, and for every line what the DOM says about it: inside
 * the main content or not, and inside a region the markup marks as furniture.
 *
 * Traversal is iterative, so 10,000 nested elements cannot overflow the stack.
 */
import { load as cheerioLoad } from 'cheerio/slim';
import { trimEndOf } from '../text.js';
import { lazy } from '../lazy.js';
import { htmlRules } from '../rules/html.js';
import type { BoilerplateReason } from '../schema.js';
import { findMainContent, type DomElement, type DomNode, type Stats } from './main.js';
import { readMetadata } from './metadata.js';
import type { PageMetadata } from '../document.js';

// cheerio/slim parses with htmlparser2 (about 6x faster than parse5). A static import, so bundlers
// include it and a missing copy fails the package's import loudly instead of every HTML page quietly.
type LoadFn = (html: string) => { root: () => ArrayLike<DomNode> };
const load = cheerioLoad as unknown as LoadFn;

export interface LineHint {
  inMain: boolean;
  reason: BoilerplateReason | null;
  rule: string | null;
  /** Share of the line's characters inside links (teaser lists and menus are mostly links). */
  linkShare: number;
  /** The line is a table row: its " | " separators are cell borders, not typed separators. */
  tableRow: boolean;
  /** What the markup says of the line's header role (`HEADER_FLAG` bits, from its ancestors). */
  header: number;
  /** Where the line sits in the DOM, as numbers the region model reads. */
  dom: DomLineFeatures;
}

/** Header-role evidence in the markup, one bit each (see `headerFlags`). */
export const HEADER_FLAG = { h1: 1, h2: 2, title: 4, author: 8, date: 16, header: 32, kicker: 64 } as const;

/** The header-role bits an element adds for the lines inside it. */
function headerFlags(el: DomElement): number {
  const name = el.name;
  let flags = name === 'h1' ? HEADER_FLAG.h1 : name === 'h2' || name === 'h3' ? HEADER_FLAG.h2 : name === 'header' ? HEADER_FLAG.header : name === 'time' ? HEADER_FLAG.date : 0;
  const a = el.attribs;
  if (!a) return flags;
  const attrs = `${a.class ?? ''} ${a.id ?? ''} ${a.itemprop ?? ''} ${a.rel ?? ''}`;
  if (attrs.length < 4) return flags;
  const r = htmlRules().headerHint;
  if (r.title.test(attrs)) flags |= HEADER_FLAG.title;
  if (r.author.test(attrs)) flags |= HEADER_FLAG.author;
  if (r.date.test(attrs)) flags |= HEADER_FLAG.date;
  if (r.kicker.test(attrs)) flags |= HEADER_FLAG.kicker;
  return flags;
}

/**
 * The DOM around one line: the block element that holds it and the container around that (the
 * Kohlschütter/Boilerpipe shallow features), and what the ancestors' markup says.
 */
export interface DomLineFeatures {
  /** Tag of the innermost block element holding the line ('' for text straight under <body>). */
  block: string;
  /** Level of an enclosing heading (1-6), 0 outside headings. */
  heading: number;
  /** Enclosing lists, table cells and quotes. */
  inList: boolean;
  inTable: boolean;
  inQuote: boolean;
  /** Inside an <article> or a <main> element. */
  inArticleTag: boolean;
  inMainTag: boolean;
  /** Ancestors whose class/id reads as content ("article", "post-body") and as furniture ("sidebar"). */
  positiveAncestors: number;
  negativeAncestors: number;
  depth: number;
  /** Text and link text (characters) of the holding block, and of its parent. */
  blockChars: number;
  blockLinkChars: number;
  parentChars: number;
  parentLinkChars: number;
  /** <p> children of the holding block's parent: a run of paragraphs is an article's column. */
  parentParagraphs: number;
}

export interface HtmlView {
  text: string;
  hints: LineHint[];
  metadata: PageMetadata;
  mainFound: boolean;
}

function isHidden(el: DomElement): boolean {
  const a = el.attribs ?? {};
  if ('hidden' in a || a['aria-hidden'] === 'true') return true;
  const style = a.style;
  return typeof style === 'string' && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

const NESTED_STORY = { reason: 'related' as const, rule: 'html.nested-article' };
const NESTED_STORY_MAX_SHARE = 0.4;

/** Prose-heavy regions are content whatever their class says ("elementor-widget", "paywall"). */
const PROSE_CHARS = 600;
const PROSE_LINK_DENSITY = 0.3;

/** The furniture hints as one pattern: most class attributes match none, and one test says so. */
const anyFurnitureHint = lazy(() => new RegExp(htmlRules().hint.map(([pattern]) => `(?:${pattern.source})`).join('|'), 'i'));

function hintOf(el: DomElement, s: Stats | undefined): { reason: BoilerplateReason; rule: string } | null {
  const r = htmlRules();
  if (s && s.text >= PROSE_CHARS && s.link / s.text < PROSE_LINK_DENSITY && !r.regionTag[el.name]) return null;
  const tagReason = r.regionTag[el.name];
  if (tagReason) return { reason: tagReason, rule: `html.tag-${el.name}` };
  const attrs = `${el.attribs?.class ?? ''} ${el.attribs?.id ?? ''} ${el.attribs?.role ?? ''}`.replace(/[_]/g, '-');
  if (attrs.trim() === '') return null;
  if (!anyFurnitureHint().test(attrs) || r.articleHint.test(attrs)) return null;
  for (const [pattern, reason] of r.hint) {
    if (!pattern.test(attrs)) continue;
    // A "social" wrapper around a blockquote is an embedded post the article quotes, not a share bar.
    if (reason === 'share' && el.children.some((c) => c.type === 'tag' && r.quoteTags.has((c as DomElement).name))) return null;
    return { reason, rule: `html.class-${reason}` };
  }
  return null;
}

function onlySpaceBetween(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c !== 32 && c !== 10 && c !== 13 && c !== 9 && c !== 12) return false;
  }
  return true;
}

/**
 * Flattens absurd nesting: in a run of more than `maxOpeningRun` opening tags in a row, the middle
 * ones are dropped and the outermost and innermost half kept (the innermost hold the content's own
 * tags). Closing tags left without a partner are ignored by the parser.
 */
export function capNesting(html: string): string {
  const { maxOpeningRun } = htmlRules();
  const drop: [number, number][] = [];
  // Start and end of each opening tag in the current run, flat.
  const run: number[] = [];
  let lastEnd = 0;
  const endRun = () => {
    const tags = run.length / 2;
    if (tags > maxOpeningRun) drop.push([run[2 * (maxOpeningRun >> 1)]!, run[2 * (tags - (maxOpeningRun >> 1) - 1) + 1]!]);
    run.length = 0;
  };
  // Tags as the parser starts them: '<', an optional '/', a letter, then anything but '<' up to the
  // '>'. Found by hand: this runs over every page, and a regex match object per tag costs more.
  for (let start = html.indexOf('<'); start >= 0; ) {
    const closing = html.charCodeAt(start + 1) === 47;
    const first = html.charCodeAt(start + (closing ? 2 : 1)) | 32;
    if (first < 97 || first > 122) {
      start = html.indexOf('<', start + 1);
      continue;
    }
    let end = start + (closing ? 3 : 2);
    while (end < html.length) {
      const c = html.charCodeAt(end);
      if (c === 60 || c === 62) break;
      end++;
    }
    if (end >= html.length) break;
    if (html.charCodeAt(end) === 60) {
      start = end;
      continue;
    }
    if (closing || !onlySpaceBetween(html, lastEnd, start)) endRun();
    lastEnd = end + 1;
    if (!closing) run.push(start, lastEnd);
    start = html.indexOf('<', lastEnd);
  }
  endRun();
  if (drop.length === 0) return html;
  const parts: string[] = [];
  let kept = 0;
  for (const [a, b] of drop) {
    parts.push(html.slice(kept, a));
    kept = b;
  }
  parts.push(html.slice(kept));
  return parts.join('');
}

/**
 * Closes a <title> left open: the parser reads everything after it as the title's text, so the whole
 * page would vanish. The title ends where its first line or the next tag does.
 */
export function closeTitle(html: string): string {
  const { titleOpen, titleClose } = htmlRules();
  const open = titleOpen.exec(html);
  if (!open) return html;
  const from = open.index + open[0].length;
  if (titleClose.test(html.slice(from))) return html;
  let end = from;
  while (end < html.length && html[end] !== '<' && html[end] !== '\n') end++;
  return `${html.slice(0, end)}</title>${html.slice(end)}`;
}

type Sibling = DomNode & { prev?: DomNode | null; next?: DomNode | null };

/** Puts `nodes` in place of `parent.children[at .. at + count)`, keeping parent and sibling links. */
function spliceChildren(parent: DomElement, at: number, count: number, nodes: DomNode[]): void {
  parent.children.splice(at, count, ...nodes);
  for (const n of nodes) n.parent = parent;
  const kids = parent.children as Sibling[];
  for (let k = Math.max(0, at - 1); k < Math.min(kids.length, at + nodes.length + 1); k++) {
    kids[k]!.prev = kids[k - 1] ?? null;
    kids[k]!.next = kids[k + 1] ?? null;
  }
}

/**
 * Streamed server rendering (React's Suspense): the page arrives with a `<template id="B:0">`
 * placeholder (and loading filler up to the `<!--/$-->` comment) where the article belongs, and the
 * article itself later in a `<div hidden id="S:0">` that an inline script moves into place. The move
 * is made here: the pairs the scripts name (`$RC("B:0","S:0")`, `$RS("S:1","P:1")`), else the same number.
 */
function placeStreamedSegments(root: DomNode, html: string): void {
  const { streamedSegment, streamedPlaceholder, streamedPair } = htmlRules();
  if (!html.includes('id="S:')) return;
  const placeholders = new Map<string, DomElement>();
  const segments = new Map<string, DomElement>();
  const pairs = new Map<string, string>();
  const stack: DomNode[] = [root];
  while (stack.length) {
    const n = stack.pop()!;
    const el = n as DomElement;
    if (n.type === 'script') {
      for (const c of el.children ?? []) {
        const data = (c as unknown as { data?: string }).data;
        if (!data || !data.includes('$R')) continue;
        for (const m of data.matchAll(streamedPair)) {
          if (m[1]!.startsWith('S:')) pairs.set(m[2]!, m[1]!);
          else pairs.set(m[1]!, m[2]!);
        }
      }
      continue;
    }
    if (n.type !== 'tag' && n.type !== 'root') continue;
    const id = el.attribs?.id;
    if (id && el.name === 'template' && streamedPlaceholder.test(id)) placeholders.set(id, el);
    else if (id && 'hidden' in (el.attribs ?? {}) && streamedSegment.test(id)) segments.set(id, el);
    for (const c of el.children ?? []) stack.push(c);
  }
  const used = new Set<DomElement>();
  for (const [id, template] of placeholders) {
    const segment = segments.get(pairs.get(id) ?? `S:${id.slice(2)}`);
    const parent = template.parent as DomElement | null | undefined;
    if (!segment || used.has(segment) || !parent || segment === parent) continue;
    used.add(segment);
    const from = segment.parent as DomElement | null | undefined;
    if (from) spliceChildren(from, from.children.indexOf(segment), 1, []);
    const at = parent.children.indexOf(template);
    if (at < 0) continue;
    // A boundary's loading filler runs from the placeholder to the closing "/$" comment.
    let count = 1;
    if (id.startsWith('B:')) {
      for (let k = at + 1; k < parent.children.length; k++) {
        const c = parent.children[k]!;
        if (c.type === 'comment' && (c as unknown as { data: string }).data === '/$') break;
        count++;
      }
      if (at + count >= parent.children.length) count = 1;
    }
    spliceChildren(parent, at, count, [...segment.children]);
  }
  // Segments no placeholder claimed are shown where they are.
  for (const segment of segments.values()) if (!used.has(segment)) delete segment.attribs.hidden;
}

export function htmlToView(html: string): HtmlView {
  const $ = load(capNesting(closeTitle(html)));
  const root = $.root()[0]!;
  placeStreamedSegments(root, html);
  const metadata = readMetadata(root);
  const { main, stats } = findMainContent(root);
  // Classes on the article's own containers ("paywall", "subscriber-content") do not make it furniture.
  const holdsMain = new Set<DomNode>();
  for (const el of main) for (let p: DomNode | null | undefined = el; p; p = p.parent) holdsMain.add(p);
  const r = htmlRules();
  let mainText = 0;
  for (const el of main) mainText += stats.get(el)?.text ?? 0;

  const lines: string[] = [];
  const hints: LineHint[] = [];
  let buffer = '';
  let bufferHint: LineHint | null = null;
  const hintStack: ({ reason: BoilerplateReason; rule: string } | null)[] = [];
  const flagStack: number[] = [0];
  let mainDepth = 0;
  let preDepth = 0;
  let articleDepth = 0;
  // The DOM context of the line being read (see DomLineFeatures).
  const blocks: DomElement[] = [];
  const markStack: number[] = [];
  let positiveAncestors = 0;
  let negativeAncestors = 0;
  let listDepth = 0;
  let tableDepth = 0;
  let quoteDepth = 0;
  let mainTagDepth = 0;
  let heading = 0;
  /** How many lines were out when the current heading opened: a kicker comes before its title. */
  let headingLineStart = 0;
  const paragraphsUnder = new Map<DomElement, number>();
  const paragraphCount = (el: DomElement | null | undefined): number => {
    if (!el) return 0;
    let n = paragraphsUnder.get(el);
    if (n === undefined) {
      n = 0;
      for (const c of el.children) if (c.type === 'tag' && (c as DomElement).name === 'p') n++;
      paragraphsUnder.set(el, n);
    }
    return n;
  };
  const currentDom = (): DomLineFeatures => {
    const block = blocks[blocks.length - 1];
    const parent = block?.parent && block.parent.type === 'tag' ? (block.parent as DomElement) : undefined;
    const bs = block ? stats.get(block) : undefined;
    const ps = parent ? stats.get(parent) : undefined;
    return {
      block: block?.name ?? '', heading, inList: listDepth > 0, inTable: tableDepth > 0, inQuote: quoteDepth > 0,
      inArticleTag: articleDepth > 0, inMainTag: mainTagDepth > 0, positiveAncestors, negativeAncestors, depth: markStack.length,
      blockChars: bs?.text ?? 0, blockLinkChars: bs?.link ?? 0, parentChars: ps?.text ?? 0, parentLinkChars: ps?.link ?? 0,
      parentParagraphs: paragraphCount(parent),
    };
  };

  const currentHint = (): LineHint => {
    let h: { reason: BoilerplateReason; rule: string } | null = null;
    for (let i = hintStack.length - 1; i >= 0; i--) {
      if (hintStack[i]) {
        h = hintStack[i]!;
        break;
      }
    }
    return { inMain: mainDepth > 0, reason: h?.reason ?? null, rule: h?.rule ?? null, linkShare: 0, tableRow: false, header: flagStack[flagStack.length - 1]!, dom: currentDom() };
  };
  const flush = () => {
    // Cell separators are trimmed first: a row of empty cells ("| |") is an empty line.
    const text = trimEndOf(buffer.replace(/[ \t\f\v\u00a0]+/g, ' ').trim(), ' |');
    // Lines with nothing visible would vanish in segmentation and break the line-to-hint mapping.
    const visible = text.replace(/[\u200b-\u200f\u2060\ufeff\u00ad\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '').trim();
    if (visible && visible !== '-' && visible !== '|') {
      lines.push(text);
      const hint = bufferHint ?? currentHint();
      hints.push({ ...hint, linkShare: Math.min(1, linkChars / Math.max(1, text.length)), tableRow: cells });
    }
    linkChars = 0;
    cells = false;
    buffer = '';
    bufferHint = null;
  };
  let linkDepth = 0;
  let linkChars = 0;
  const kickersInHeading = new Set<DomElement>();
  let cells = false;
  const append = (s: string) => {
    if (!bufferHint && s.trim()) bufferHint = currentHint();
    if (linkDepth > 0) linkChars += s.trim().length;
    buffer += s;
  };

  /** Updates the line context on entering an element; returns its class marks to undo on leaving. */
  const enterContext = (el: DomElement): number => {
    const name = el.name;
    if (r.block.has(name) && name !== 'br' && name !== 'hr') blocks.push(el);
    if (name === 'ul' || name === 'ol' || name === 'dl') listDepth++;
    else if (name === 'td' || name === 'th') tableDepth++;
    else if (name === 'blockquote') quoteDepth++;
    else if (name === 'main') mainTagDepth++;
    else if (name.length === 2 && name[0] === 'h' && name[1]! >= '1' && name[1]! <= '6') {
      heading = Number(name[1]);
      headingLineStart = lines.length;
    }
    const attrs = el.attribs ? `${el.attribs.class ?? ''} ${el.attribs.id ?? ''}` : ' ';
    if (attrs === ' ') return 0;
    const negative = r.negativeHint.test(attrs) && !r.articleHint.test(attrs);
    const positive = !negative && r.positiveHint.test(attrs);
    positiveAncestors += positive ? 1 : 0;
    negativeAncestors += negative ? 1 : 0;
    return (positive ? 1 : 0) | (negative ? 2 : 0);
  };
  const leaveContext = (el: DomElement, marks: number): void => {
    const name = el.name;
    if (blocks[blocks.length - 1] === el) blocks.pop();
    if (name === 'ul' || name === 'ol' || name === 'dl') listDepth--;
    else if (name === 'td' || name === 'th') tableDepth--;
    else if (name === 'blockquote') quoteDepth--;
    else if (name === 'main') mainTagDepth--;
    else if (name.length === 2 && name[0] === 'h' && name[1]! >= '1' && name[1]! <= '6') heading = 0;
    if (marks & 1) positiveAncestors--;
    if (marks & 2) negativeAncestors--;
  };

  // Iterative DFS with explicit exit markers.
  type Frame = { node: DomNode; exit: boolean };
  const stack: Frame[] = [];
  const children = (n: DomNode) => (n as DomElement).children ?? [];
  for (let i = children(root).length - 1; i >= 0; i--) stack.push({ node: children(root)[i]!, exit: false });
  while (stack.length) {
    const { node, exit } = stack.pop()!;
    if (node.type === 'text') {
      const data = (node as unknown as { data: string }).data;
      append(preDepth > 0 ? data.replace(/[\r\n\u2028\u2029]/g, ' ') : data.replace(/\s+/g, ' '));
      continue;
    }
    if (node.type !== 'tag') continue; // script, style, comment, directive, cdata
    const el = node as DomElement;
    const name = el.name;
    if (exit) {
      if (name === 'td' || name === 'th') {
        append(' | ');
        cells = true;
      }
      if (r.block.has(name) || (heading > 0 && r.blockInHeading.has(name)) || kickersInHeading.has(el)) flush();
      if (name === 'pre') preDepth--;
      if (name === 'article') articleDepth--;
      if (main.has(el)) mainDepth--;
      if (name === 'a') linkDepth--;
      hintStack.pop();
      flagStack.pop();
      leaveContext(el, markStack.pop()!);
      continue;
    }
    if (r.invisible.has(name) || isHidden(el)) continue;
    if (r.block.has(name) || (heading > 0 && r.blockInHeading.has(name))) flush();
    if (name === 'li') append('- ');
    if (name === 'pre') preDepth++;
    if (main.has(el)) mainDepth++;
    if (name === 'a') linkDepth++;
    // An <article> inside another, within the article container and holding a minor part of its text, is
    // another story: a teaser or a "you may like" card (the body itself may be an <article> in an <article>).
    const nestedStory = name === 'article' && articleDepth > 0 && mainDepth > 0 && !holdsMain.has(el) && (stats.get(el)?.text ?? 0) < mainText * NESTED_STORY_MAX_SHARE;
    if (name === 'article') articleDepth++;
    hintStack.push(holdsMain.has(el) ? null : nestedStory ? NESTED_STORY : hintOf(el, stats.get(el)));
    const flags = headerFlags(el);
    // A kicker inside a heading (<h1><span class="kicker">Analysis</span>Title</h1>) is a line of its
    // own; a span so named after the heading's first words is part of the title.
    if (heading > 0 && flags & HEADER_FLAG.kicker && buffer.trim() === '' && lines.length === headingLineStart) {
      flush();
      kickersInHeading.add(el);
    }
    flagStack.push(flagStack[flagStack.length - 1]! | flags);
    markStack.push(enterContext(el));
    stack.push({ node: el, exit: true });
    const kids = children(el);
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i]!, exit: false });
  }
  flush();
  return { text: lines.join('\n'), hints, metadata, mainFound: main.size > 0 };
}
