/**
 * What the page states about itself: JSON-LD (headline, author, datePublished, keywords), Open
 * Graph and article meta tags, rel=author, <time datetime>, <h1> and <title>. JSON-LD is read
 * defensively: arrays, @graph, nulls, wrong types, and keys such as "__proto__" are plain data.
 */
import type { PageMetadata } from '../document.js';
import { splitList, trimEndOf } from '../text.js';
import type { DomElement, DomNode } from './main.js';

const ARTICLE_TYPES = /^(?:NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|LiveBlogPosting|OpinionNewsArticle|WebPage|Report|ScholarlyArticle|BackgroundNewsArticle)$/;

function textOf(node: DomNode): string {
  const out: string[] = [];
  const stack: DomNode[] = [node];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'text') out.push((n as unknown as { data: string }).data);
    else if (n.type === 'tag' || n.type === 'root' || n.type === 'script') {
      const kids = (n as DomElement).children ?? [];
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
    }
  }
  return out.join('').replace(/\s+/g, ' ').trim();
}

function str(v: unknown): string | null {
  return typeof v === 'string' && v.trim() ? v.trim() : null;
}

/** Names in a JSON-LD author value; `{"@id": ...}` references resolve to the node with that @id. */
function names(v: unknown, byId: ReadonlyMap<string, Record<string, unknown>> = new Map(), depth = 0): string[] {
  if (typeof v === 'string') return splitList(v, /,|\band\b|&/);
  if (Array.isArray(v)) return v.flatMap((x) => names(x, byId, depth));
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    const name = Object.prototype.hasOwnProperty.call(o, 'name') ? o.name : undefined;
    if (typeof name === 'string' && name.trim()) return [name.trim()];
    const ref = Object.prototype.hasOwnProperty.call(o, '@id') ? o['@id'] : undefined;
    const target = typeof ref === 'string' ? byId.get(ref) : undefined;
    return target && target !== o && depth < 3 ? names(target, byId, depth + 1) : [];
  }
  return [];
}

/** Every object inside parsed JSON-LD (arrays and @graph flattened), read with own keys only. */
function ldObjects(data: unknown): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const stack: unknown[] = [data];
  let guard = 0;
  while (stack.length && guard++ < 5000) {
    const v = stack.pop();
    if (Array.isArray(v)) stack.push(...v);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      out.push(o);
      if (Object.prototype.hasOwnProperty.call(o, '@graph')) stack.push(o['@graph']);
      if (Object.prototype.hasOwnProperty.call(o, 'mainEntity')) stack.push(o.mainEntity);
    }
  }
  return out;
}

function typeMatches(o: Record<string, unknown>): boolean {
  const t = o['@type'];
  const types = Array.isArray(t) ? t : [t];
  return types.some((x) => typeof x === 'string' && ARTICLE_TYPES.test(x));
}

export function readMetadata(root: DomNode): PageMetadata {
  const meta = new Map<string, string>();
  const ld: Record<string, unknown>[] = [];
  let h1: string | null = null;
  let title: string | null = null;
  let time: string | null = null;
  let htmlLang: string | null = null;
  const relAuthors: string[] = [];
  const stack: DomNode[] = [root];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type !== 'tag' && n.type !== 'root' && n.type !== 'script') continue;
    const el = n as DomElement;
    const name = el.name;
    const a = el.attribs ?? {};
    if (name === 'html' && htmlLang === null && typeof a.lang === 'string') htmlLang = a.lang;
    if (name === 'meta') {
      const key = (a.property ?? a.name ?? a.itemprop ?? a['http-equiv'] ?? '').toLowerCase();
      if (key && typeof a.content === 'string' && !meta.has(key)) meta.set(key, a.content);
    } else if (name === 'script' && /ld\+json/i.test(a.type ?? '')) {
      try {
        ld.push(...ldObjects(JSON.parse(textOf(el))));
      } catch {
        // Broken JSON-LD is common; the page's other metadata still counts.
      }
      continue;
    } else if (name === 'h1' && h1 === null) h1 = textOf(el) || null;
    else if (name === 'title' && title === null) title = textOf(el) || null;
    else if (name === 'time' && time === null && typeof a.datetime === 'string') time = a.datetime;
    else if (name === 'a' && /\bauthor\b/i.test(a.rel ?? '')) relAuthors.push(textOf(el));
    const kids = el.children ?? [];
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  const article = ld.find(typeMatches) ?? null;
  const byId = new Map<string, Record<string, unknown>>();
  for (const o of ld) {
    const id = Object.prototype.hasOwnProperty.call(o, '@id') ? o['@id'] : undefined;
    if (typeof id === 'string' && !byId.has(id)) byId.set(id, o);
  }
  const siteName = meta.get('og:site_name') ?? null;
  const stripSite = (t: string | null) => {
    if (!t) return null;
    let s = t;
    if (siteName && s.toLowerCase().endsWith(siteName.toLowerCase())) s = trimEndOf(s.slice(0, s.length - siteName.length), ' |-–—:');
    // "Headline | Outlet": a short tail after the last separator is the site's name.
    const cut = Math.max(s.lastIndexOf(' | '), s.lastIndexOf(' – '), s.lastIndexOf(' — '));
    if (cut > 0 && s.length - cut - 3 >= 2 && s.length - cut - 3 <= 40) s = s.slice(0, cut);
    return s.trim() || null;
  };
  const headline = str(article?.headline) ?? stripSite(meta.get('og:title') ?? null) ?? h1 ?? stripSite(title);
  const byline = [...new Set([...names(article?.author, byId), ...(meta.get('author') ? names(meta.get('author')) : []), ...relAuthors.filter(Boolean)])]
    .filter((n) => !/^https?:/.test(n) && n.length < 60);
  const publishedAt = str(article?.datePublished) ?? meta.get('article:published_time') ?? meta.get('datepublished') ?? meta.get('date') ?? time ?? null;
  const modifiedAt = str(article?.dateModified) ?? meta.get('article:modified_time') ?? meta.get('og:updated_time') ?? meta.get('datemodified') ?? null;
  const kw = article?.keywords ?? meta.get('news_keywords') ?? meta.get('keywords');
  const keywords = (typeof kw === 'string' ? kw.split(',') : Array.isArray(kw) ? kw.filter((k): k is string => typeof k === 'string') : [])
    .map((k) => k.trim())
    .filter((k) => k.length > 1 && k.length < 60);
  const inLanguage = article?.inLanguage;
  const lang = str(htmlLang) ?? meta.get('og:locale') ?? meta.get('content-language') ?? (typeof inLanguage === 'string' ? inLanguage : null);
  return { headline: headline ? headline.replace(/\s+/g, ' ').trim() : null, byline, publishedAt, modifiedAt, keywords, lang };
}
