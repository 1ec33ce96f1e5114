/**
 * Stage 0, read: text or HTML. HTML becomes a text view (one block per line) with what the DOM
 * says about each line and the page's own metadata; the later stages read both formats alike.
 */
import type { DocumentState } from '../document.js';
import { htmlToView } from '../html/view.js';

const LOOKS_LIKE_HTML = /^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<meta[\s>]|<div[\s>]|<article[\s>]|<p[\s>])|<\/(?:p|div|article|body|html|span|a|li)>/i;

export function detectFormat(input: string): 'text' | 'html' {
  return LOOKS_LIKE_HTML.test(input.slice(0, 8192)) ? 'html' : 'text';
}

export function read(state: DocumentState): void {
  const wanted = state.options.format === 'auto' ? detectFormat(state.input) : state.options.format;
  state.format = 'text';
  state.view = state.input;
  if (wanted !== 'html') return;
  try {
    const view = htmlToView(state.input);
    state.format = 'html';
    state.view = view.text;
    state.htmlHints = view.hints;
    state.metadata = view.metadata;
    if (!view.mainFound) state.warnings.push({ code: 'HTML_NO_MAIN_CONTENT', message: 'no main content container found; the article was located from the text alone' });
  } catch (err) {
    state.warnings.push({ code: 'HTML_UNPARSED', message: `HTML could not be parsed (${(err as Error).message}); read as text` });
  }
}
