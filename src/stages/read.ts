/**
 * Stage 0, read: text or HTML. HTML becomes a text view (one block per line) with what the DOM
 * says about each line and the page's own metadata; the later stages read both formats alike.
 */
import type { DocumentState } from '../document.js';
import { htmlToView, type HtmlView } from '../html/view.js';
import { flightHtml } from '../html/flight.js';

const LOOKS_LIKE_HTML = /^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<meta[\s>]|<div[\s>]|<article[\s>]|<p[\s>])|<\/(?:p|div|article|body|html|span|a|li)>/i;

export function detectFormat(input: string): 'text' | 'html' {
  return LOOKS_LIKE_HTML.test(input.slice(0, 8192)) ? 'html' : 'text';
}

export function read(state: DocumentState): void {
  const wanted = state.options.format === 'auto' ? detectFormat(state.input) : state.options.format;
  state.format = 'text';
  state.view = state.input;
  if (wanted !== 'html') {
    readPreamble(state);
    return;
  }
  try {
    const view = withDeclaredBody(state, withClientRendered(state, htmlToView(state.input)));
    state.format = 'html';
    state.view = view.text;
    state.htmlHints = view.hints;
    state.metadata = view.metadata;
    if (!view.mainFound) state.warnings.push({ code: 'HTML_NO_MAIN_CONTENT', message: 'no main content container found; the article was located from the text alone' });
  } catch (err) {
    state.warnings.push({ code: 'HTML_UNPARSED', message: `HTML could not be parsed (${(err as Error).message}); read as text` });
  }
}

/** The share of the page's text the payload's article must exceed before it replaces the page. */
const CLIENT_RENDERED_MIN_SHARE = 1;

/**
 * A page whose article the client renders from a React Server Components payload shows a spinner
 * and a menu; when the payload holds more text than the page, its HTML is read under the page's head.
 */
function withClientRendered(state: DocumentState, view: HtmlView): HtmlView {
  const rows = flightHtml(state.input);
  if (!rows) return view;
  if (markupText(rows).replace(/\s+/g, ' ').length <= view.text.length * CLIENT_RENDERED_MIN_SHARE) return view;
  state.warnings.push({ code: 'HTML_CLIENT_RENDERED', message: 'the page renders its article in the browser; it was read from the page\'s React Server Components payload' });
  return articleUnderHead(state.input, view, rows);
}

/** A declared body shorter than this, or with fewer sentences, is a summary, not the article. */
const DECLARED_BODY_MIN_CHARS = 800;
const DECLARED_BODY_MIN_SENTENCES = 4;
/** Under this share of the declared body's sentences on the page, the page shows a teaser. */
const DECLARED_BODY_SHOWN_SHARE = 0.5;
const SENTENCE_KEY_CHARS = 50;

/**
 * A paywalled page shows the article's opening and states the whole text in JSON-LD `articleBody`.
 * When the page shows the declared body's first sentence but under half of the rest, the declared
 * body is the article: it is read under the page's head, the page's own lines set aside.
 */
function withDeclaredBody(state: DocumentState, view: HtmlView): HtmlView {
  const declared = view.metadata.articleBody;
  if (!declared || declared.length < DECLARED_BODY_MIN_CHARS) return view;
  const html = /<p[\s>]/i.test(declared);
  const plain = html ? markupText(declared) : declared;
  const sentences = plain.split(/(?<=[.!?。])\s+/).map(letterKey).filter((k) => k.length >= SENTENCE_KEY_CHARS);
  if (sentences.length < DECLARED_BODY_MIN_SENTENCES) return view;
  const shown = letterKey(view.text);
  const on = (k: string) => shown.includes(k.slice(0, SENTENCE_KEY_CHARS));
  if (!on(sentences[0]!)) return view;
  const shownCount = sentences.filter(on).length;
  if (shownCount >= sentences.length * DECLARED_BODY_SHOWN_SHARE) return view;
  const paragraphs = html ? declared : declared.split(/\n\s*/).filter((p) => p.trim()).map((p) => `<p>${escapeHtml(p.trim())}</p>`).join('');
  state.warnings.push({ code: 'HTML_DECLARED_BODY', message: `the page shows ${shownCount} of the ${sentences.length} sentences its JSON-LD articleBody states; the article was read from articleBody` });
  return articleUnderHead(state.input, view, paragraphs);
}

/**
 * The article found outside the page's body, read under the page's own head (its metadata stands).
 * The head states the headline (og:title, JSON-LD) that such article HTML lacks: it leads the article.
 */
function articleUnderHead(input: string, view: HtmlView, articleHtml: string): HtmlView {
  const bodyAt = input.search(/<body[\s>]/i);
  const head = bodyAt >= 0 ? input.slice(0, bodyAt) : '';
  const headline = view.metadata.headline ? `<h1>${escapeHtml(view.metadata.headline)}</h1>` : '';
  return htmlToView(`${head}<body><article>${headline}${articleHtml}</article></body></html>`);
}

/** The text of a snippet of markup, tags as spaces (for measuring, not for output). */
function markupText(html: string): string {
  return html.replace(/<[^<>]*>/g, ' ');
}

/** Letters and digits only, lower case: the same sentence typed with other spaces or quotes. */
function letterKey(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A field of a reader tool's preamble over the Markdown it made of a page. */
const PREAMBLE_FIELD = /^(Title|URL Source|Published Time|Description|Markdown Content):(.*)$/;
/** How many lines a preamble runs at most. */
const PREAMBLE_MAX_LINES = 12;

/**
 * "Title: ...", "URL Source: https://...", "Published Time: ...", "Markdown Content:": what a reader
 * tool states over the Markdown it made of a page. It is the page's metadata, as an HTML page's head
 * is (its title, address and date weigh as those do), and its lines are no part of the article.
 */
function readPreamble(state: DocumentState): void {
  const fields = new Map<string, string>();
  let at = 0;
  let end = -1;
  for (let n = 0; n < PREAMBLE_MAX_LINES && at < state.input.length; n++) {
    const next = state.input.indexOf('\n', at);
    const stop = next < 0 ? state.input.length : next;
    const line = state.input.slice(at, stop).trim();
    at = stop + 1;
    if (line === '') continue;
    const m = PREAMBLE_FIELD.exec(line);
    if (!m) break;
    fields.set(m[1]!, m[2]!.trim());
    end = stop;
    if (m[1] === 'Markdown Content') break;
  }
  if (end < 0 || !fields.get('Title') || !fields.has('URL Source')) return;
  state.preambleEnd = end;
  const url = fields.get('URL Source') || null;
  if (url && !state.options.url) state.options = { ...state.options, url };
  state.metadata = {
    headline: fields.get('Title')!,
    byline: [],
    publishedAt: fields.get('Published Time') || null,
    keywords: [],
    lang: null,
    page: { siteName: null, description: fields.get('Description') || null, image: null, canonicalUrl: url, modifiedAt: null, section: null, tags: [], ldTypes: [], ogType: null, ldArticles: 0, ldListItems: 0, articleElements: 0 },
    articleBody: null,
  };
}
