/**
 * What the page states about itself: JSON-LD (headline, author, dates, keywords, section, image,
 * publisher, breadcrumbs), Open Graph, Twitter and article meta tags, <link rel=canonical>,
 * rel=author, <time datetime>, <h1> and <title>; and a count of the page's <article> elements. One
 * walk of the parsed DOM. JSON-LD is read defensively: arrays, @graph, nulls, wrong types, and keys
 * such as "__proto__" are plain data.
 */
import { decodeHTML } from 'entities/decode';
import type { PageDeclared, PageMetadata } from '../document.js';
import { htmlRules } from '../rules/html.js';
import { pageRules } from '../rules/page.js';
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

/**
 * A trimmed string value, or null. CMSs often escape a value for HTML before writing it into JSON-LD
 * or a meta attribute that the parser has already decoded once ("&quot;", "&amp;amp;"), so a value
 * that still holds an entity is decoded once more.
 */
function str(v: unknown): string | null {
  if (typeof v !== 'string') return null;
  const s = v.includes('&') && ENTITY.test(v) ? decodeHTML(v) : v;
  return s.trim() ? s.trim() : null;
}
const ENTITY = /&(?:#\d{1,7}|#x[\da-f]{1,6}|[a-z][a-z\d]{1,31});/i;

/** Names in a JSON-LD author value; `{"@id": ...}` references resolve to the node with that @id. */
function names(v: unknown, byId: ReadonlyMap<string, Record<string, unknown>> = new Map(), depth = 0): string[] {
  if (typeof v === 'string') return splitList(str(v) ?? '', /,|\band\b|&/);
  if (Array.isArray(v)) return v.flatMap((x) => names(x, byId, depth));
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    const name = Object.prototype.hasOwnProperty.call(o, 'name') ? o.name : undefined;
    const stated = str(name);
    if (stated) return [stated];
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

function own(o: Record<string, unknown> | null | undefined, key: string): unknown {
  return o && Object.prototype.hasOwnProperty.call(o, key) ? o[key] : undefined;
}

/** A URL in a JSON-LD value: a string, `{url}` / `{@id}`, or the first of an array. */
function urlOf(v: unknown, depth = 0): string | null {
  if (typeof v === 'string') return str(v);
  if (Array.isArray(v)) return depth < 2 && v.length ? urlOf(v[0], depth + 1) : null;
  if (v && typeof v === 'object') return str(own(v as Record<string, unknown>, 'url')) ?? str(own(v as Record<string, unknown>, '@id'));
  return null;
}

/** A name in a JSON-LD value: a string or `{name}`. */
function nameOf(v: unknown): string | null {
  if (typeof v === 'string') return str(v);
  if (Array.isArray(v)) return v.length ? nameOf(v[0]) : null;
  if (v && typeof v === 'object') return str(own(v as Record<string, unknown>, 'name'));
  return null;
}

function typesOf(o: Record<string, unknown>): string[] {
  const t = own(o, '@type');
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

/** Tags and keywords: a comma-separated string or an array of strings, trimmed, deduplicated, bounded. */
function tagList(v: unknown): string[] {
  const raw = typeof v === 'string' ? v.split(/[,;]/) : Array.isArray(v) ? v.filter((k): k is string => typeof k === 'string') : [];
  const seen = new Set<string>();
  const out: string[] = [];
  for (const t of raw) {
    const tag = t.replace(/\s+/g, ' ').trim();
    const key = tag.toLowerCase();
    if (tag.length < 2 || tag.length > 60 || seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
    if (out.length >= pageRules().maxTags) break;
  }
  return out;
}

/** The section a BreadcrumbList names: its last crumb that is neither the home page nor the article itself. */
function breadcrumbSection(ld: Record<string, unknown>[], headline: string | null): string | null {
  const list = ld.find((o) => typesOf(o).includes('BreadcrumbList'));
  const items = own(list, 'itemListElement');
  if (!Array.isArray(items)) return null;
  const names = items
    .filter((x): x is Record<string, unknown> => !!x && typeof x === 'object')
    .map((x) => ({ pos: Number(own(x, 'position')) || 0, name: nameOf(own(x, 'name')) ?? nameOf(own(x, 'item')) }))
    .sort((a, b) => a.pos - b.pos)
    .map((x) => x.name)
    .filter((n): n is string => !!n);
  const home = pageRules().homeCrumb;
  const head = headline?.toLowerCase() ?? null;
  for (let i = names.length - 1; i >= 0; i--) {
    const n = names[i]!;
    if (home.test(n) || n.toLowerCase() === head || n.length > 60) continue;
    return n;
  }
  return null;
}

/** The first publication a meta tag states: the common names first, then any other name for it. */
function publishedMeta(meta: ReadonlyMap<string, string>): string | null {
  const rules = htmlRules();
  for (const key of rules.publishedMeta) {
    const v = str(meta.get(key));
    if (v) return v;
  }
  const named = [...meta].filter(([key, value]) => rules.publishedMetaName.test(key) && !rules.notPublishedMeta.test(key) && /\d/.test(value));
  return str((named.find(([key]) => key.includes('date')) ?? named[0])?.[1]);
}

export function readMetadata(root: DomNode): PageMetadata {
  const meta = new Map<string, string>();
  const metaTags: string[] = [];
  let canonical: string | null = null;
  let imageLink: string | null = null;
  let articleElements = 0;
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
      // article:tag repeats, one tag a tag.
      if (key === 'article:tag' && typeof a.content === 'string') metaTags.push(a.content);
    } else if (name === 'link') {
      const rel = (a.rel ?? '').toLowerCase();
      if (canonical === null && /\bcanonical\b/.test(rel) && typeof a.href === 'string') canonical = str(a.href);
      else if (imageLink === null && /\bimage_src\b/.test(rel) && typeof a.href === 'string') imageLink = str(a.href);
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
    else if (name === 'article') articleElements++;
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
  const headline = str(article?.headline) ?? stripSite(str(meta.get('og:title'))) ?? h1 ?? stripSite(title);
  const byline = [...new Set([...names(article?.author, byId), ...(meta.get('author') ? names(meta.get('author')) : []), ...relAuthors.filter(Boolean)])]
    // An address, an e-mail or a bare id ("105092") is a CMS's author field, not a name.
    .filter((n) => !/^https?:/.test(n) && !n.includes('@') && /\p{L}/u.test(n) && n.length < 60);
  const publishedAt = str(article?.datePublished) ?? publishedMeta(meta) ?? time ?? null;
  const kw = article?.keywords ?? meta.get('news_keywords') ?? meta.get('keywords');
  const keywords = (typeof kw === 'string' ? kw.split(',') : Array.isArray(kw) ? kw.filter((k): k is string => typeof k === 'string') : [])
    .map((k) => k.trim())
    .filter((k) => k.length > 1 && k.length < 60);
  const inLanguage = article?.inLanguage;
  const lang = str(htmlLang) ?? meta.get('og:locale') ?? meta.get('content-language') ?? (typeof inLanguage === 'string' ? inLanguage : null);
  const cleanHeadline = headline ? headline.replace(/\s+/g, ' ').trim() : null;
  const page = readPageDeclared(meta, ld, article, { canonical, imageLink, metaTags, articleElements, headline: cleanHeadline });
  const articleBody = str(article?.articleBody);
  return { headline: cleanHeadline, byline, publishedAt, keywords, lang, page, articleBody: articleBody && articleBody.trim() ? articleBody : null };
}

function readPageDeclared(
  meta: ReadonlyMap<string, string>,
  ld: Record<string, unknown>[],
  article: Record<string, unknown> | null,
  found: { canonical: string | null; imageLink: string | null; metaTags: string[]; articleElements: number; headline: string | null },
): PageDeclared {
  const m = (...keys: string[]) => {
    for (const k of keys) {
      const v = str(meta.get(k));
      if (v) return v;
    }
    return null;
  };
  const website = ld.find((o) => typesOf(o).includes('WebSite')) ?? null;
  const siteName = m('og:site_name') ?? nameOf(own(article, 'publisher')) ?? nameOf(own(website, 'name')) ?? m('application-name');
  const description = m('og:description', 'description', 'twitter:description') ?? str(own(article, 'description'));
  const image = m('og:image', 'og:image:url', 'og:image:secure_url', 'twitter:image', 'twitter:image:src') ?? urlOf(own(article, 'image')) ?? urlOf(own(article, 'thumbnailUrl')) ?? found.imageLink;
  const canonicalUrl = found.canonical ?? m('og:url') ?? str(own(article, 'url')) ?? urlOf(own(article, 'mainEntityOfPage'));
  const modifiedAt = str(own(article, 'dateModified')) ?? m('article:modified_time', 'og:updated_time', 'datemodified', 'last-modified');
  const ldSection = own(article, 'articleSection');
  const section = (Array.isArray(ldSection) ? nameOf(ldSection) : str(ldSection)) ?? m('article:section', 'section') ?? breadcrumbSection(ld, found.headline);
  const tags = found.metaTags.length ? tagList(found.metaTags) : tagList(own(article, 'keywords') ?? meta.get('news_keywords') ?? meta.get('keywords'));
  // The main entity's types first, so the page's own kind leads the evidence.
  const ldTypes = [...new Set([...(article ? typesOf(article) : []), ...ld.flatMap(typesOf)])];
  const articleTypes = pageRules().articleTypes;
  const articleKeys = new Set<string>();
  for (const o of ld) {
    if (!typesOf(o).some((t) => articleTypes.test(t))) continue;
    articleKeys.add(String(str(own(o, 'headline')) ?? str(own(o, 'url')) ?? articleKeys.size));
  }
  // A section front lists its teasers in an ItemList (breadcrumbs are lists too, and not that).
  let ldListItems = 0;
  for (const o of ld) {
    const items = typesOf(o).includes('ItemList') ? own(o, 'itemListElement') : undefined;
    if (Array.isArray(items)) ldListItems = Math.max(ldListItems, items.length);
  }
  return {
    siteName: siteName ? siteName.replace(/\s+/g, ' ') : null,
    description: description ? description.replace(/\s+/g, ' ') : null,
    image,
    canonicalUrl,
    modifiedAt,
    section: section ? section.replace(/\s+/g, ' ') : null,
    tags,
    ldTypes,
    ogType: m('og:type')?.toLowerCase() ?? null,
    ldArticles: articleKeys.size,
    ldListItems,
    articleElements: found.articleElements,
  };
}
