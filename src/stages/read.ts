/**
 * Stage 0, read: decide whether the input is text or HTML. HTML gets its own issue; until then
 * HTML input is read as text with a warning.
 */
import type { DocumentState } from '../document.js';

const LOOKS_LIKE_HTML = /^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])|<\/(?:p|div|article|body|html)>/i;

export function detectFormat(input: string): 'text' | 'html' {
  return LOOKS_LIKE_HTML.test(input.slice(0, 4096)) ? 'html' : 'text';
}

export function read(state: DocumentState): void {
  const wanted = state.options.format === 'auto' ? detectFormat(state.input) : state.options.format;
  state.format = 'text';
  state.view = state.input;
  if (wanted === 'html') {
    state.warnings.push({ code: 'HTML_NOT_SUPPORTED', message: 'HTML input is read as plain text in this version.' });
  }
}
